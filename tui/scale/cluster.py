"""The Dask cluster a command runs on: a local one of worker processes, or an existing scheduler.

Each worker loads the spaCy pipelines once through a worker plugin and opens the library itself,
from the same ``--db`` target the command was given, so every task only names what to do.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distributed.diagnostics.plugin import WorkerPlugin

from . import ClusterError

if TYPE_CHECKING:
    from distributed import Client, Worker

    from tui.library.store import Store

PLUGIN_NAME = "newsloupe"
#: Seconds a worker waits for another writer: several worker processes share one SQLite file,
#: each writing short transactions, so a wait is expected and never the end of a batch.
WORKER_BUSY_TIMEOUT = 120.0
#: Seconds the worker processes of a local cluster have to start (a loaded machine is slow).
START_TIMEOUT = 120


def open_library(target: str, *, busy_timeout: float | None = None) -> "Store":
    """The library a ``--db`` target names, opened the way the CLI opens it (never created here).

    A worker on another machine that does not see the client's SQLite file must not start
    an empty library of its own there: it refuses, and the batch fails with that reason.
    """
    from tui.library.store import Store, StoreError

    if "://" not in target and not Path(target).is_file():
        import socket

        raise StoreError(f"the library {target} is not visible on the Dask worker {socket.gethostname()}:"
                         " a SQLite library must be on a file system every worker shares (or use PostgreSQL)")
    return Store.open(target, busy_timeout=busy_timeout)


def library_target(db: str | None, store_path: Path) -> str:
    """The ``--db`` target as workers must see it: a file path made absolute (their folder differs)."""
    if db is not None and "://" in db:
        return db  # a server URL reads the same everywhere
    return str(Path(store_path).resolve())


class PipelinePlugin(WorkerPlugin):
    """Loads the named pipelines once per worker and keeps one library handle per target.

    A worker runs its tasks one at a time under ``lock`` (a spaCy pipeline and a library
    handle are not for two threads at once), so ``dask worker --nthreads 1`` wastes nothing.
    """

    name = PLUGIN_NAME
    idempotent = False  # a later run may bring other pipelines: it replaces this one

    def __init__(self, models: tuple[str, ...], *, ignore_ctrl_c: bool = False) -> None:
        self.models = models
        #: A worker of a local cluster leaves Ctrl-C to the command (never on a user's own cluster).
        self.ignore_ctrl_c = ignore_ctrl_c
        self.lock = threading.Lock()
        self.stores: dict[str, Store] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {"models": self.models, "ignore_ctrl_c": self.ignore_ctrl_c}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["models"], ignore_ctrl_c=state.get("ignore_ctrl_c", False))  # type: ignore[misc]

    def setup(self, worker: "Worker") -> None:
        from tui.extract import model

        if self.ignore_ctrl_c and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        for name in self.models:
            model.load(name)

    def teardown(self, worker: "Worker") -> None:
        for store in self.stores.values():
            store.close()
        self.stores.clear()

    def store(self, target: str) -> "Store":
        if target not in self.stores:
            self.stores[target] = open_library(target, busy_timeout=WORKER_BUSY_TIMEOUT)
        return self.stores[target]


def worker_plugin() -> PipelinePlugin:
    """This worker's plugin (inside a task)."""
    from distributed import get_worker

    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, PipelinePlugin):
        raise ClusterError("the Newsloupe worker plugin is not registered on this worker")
    return plugin


_WORKER_PROCESS = "Dask Worker process (from Nanny)"


def _worker_processes() -> int:
    import multiprocessing

    return sum(1 for p in multiprocessing.active_children() if p.name == _WORKER_PROCESS)


def _start_workers(cluster: Any, count: int) -> None:
    """Start ``count`` worker processes that never see Ctrl-C.

    Ctrl-C reaches every process of the terminal's group. A process started while SIGINT is
    ignored keeps ignoring it (Python leaves an inherited SIG_IGN alone), so only this process
    sees Ctrl-C and it stops the cluster itself, without a traceback per worker. SIGINT is
    ignored only until the processes exist (well under a second), not while they load.
    """
    import time

    if threading.current_thread() is not threading.main_thread():
        cluster.scale(count)
        return
    before = _worker_processes()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        cluster.scale(count)
        deadline = time.monotonic() + 60
        while _worker_processes() < before + count and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def _ctrl_c_ignored() -> Iterator[None]:
    # Closing is what a Ctrl-C would ask for anyway: one pressed now must not break the close.
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def connect(*, workers: int | None = None, scheduler: str | None = None,
            models: tuple[str, ...] = ()) -> Iterator["Client"]:
    """A client on a local cluster of ``workers`` processes, or on the scheduler at ``scheduler``."""
    import dask
    from distributed import Client, LocalCluster

    quiet_logs()
    if scheduler is not None:
        check_address(scheduler)
    client: Client | None = None
    cluster: LocalCluster | None = None
    already = frozenset(process.pid for process in _local_processes())  # not the cluster's to stop
    try:  # whatever was started is stopped, however this ends (a Ctrl-C while starting too)
        with dask.config.set({"distributed.worker.daemon": False}):
            if scheduler is not None:
                try:
                    # How long to try: dask's own setting (distributed.comm.timeouts.connect, 30 s).
                    client = Client(scheduler, timeout=dask.config.get("distributed.comm.timeouts.connect"),
                                    set_as_default=False)
                except (OSError, TimeoutError, ValueError) as exc:
                    raise ClusterError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
            else:
                # The scheduler first (in this process), then the worker processes.
                cluster = LocalCluster(n_workers=0, threads_per_worker=1, processes=True,
                                       # No dashboard; its HTTP server (health) on a free port,
                                       # never 8787 that another cluster may hold.
                                       dashboard_address="127.0.0.1:0", scheduler_kwargs={"dashboard": False},
                                       silence_logs=logging.CRITICAL, host="127.0.0.1", memory_limit=0)
                client = Client(cluster, set_as_default=False)
                _start_workers(cluster, workers or 1)
                try:
                    client.wait_for_workers(workers or 1, timeout=START_TIMEOUT)
                except TimeoutError:  # WorkerStartTimeoutError
                    raise ClusterError(f"the local Dask workers did not start within {START_TIMEOUT} s") from None
        if models:
            # A local worker restarted after it died was not started with SIGINT ignored: the plugin says so.
            client.register_plugin(PipelinePlugin(models, ignore_ctrl_c=cluster is not None))
        yield client
    finally:
        _close(client, cluster, keep=already)


def quiet_logs() -> None:
    """The user sees one progress bar and one line per problem, not the cluster's log lines."""
    import distributed  # noqa: F401 - its import configures the loggers this then quiets

    names = [n for n in logging.root.manager.loggerDict if n.split(".")[0] in ("distributed", "tornado", "asyncio")]
    for name in ("distributed", "tornado", *names):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)


def check_address(address: str) -> None:
    """Refuse an address no Dask client can use, before a client is made for it."""
    from distributed.comm.addressing import parse_address
    from distributed.comm.registry import backends

    scheme, location = parse_address(address)
    if scheme not in backends or not location or location.startswith(":"):
        raise ClusterError(f"not a Dask scheduler address: {address!r} (give one such as tcp://127.0.0.1:8786)")


def _close(client: "Client | None", cluster: Any, *, keep: frozenset[int] = frozenset()) -> None:
    """Close quietly: a Ctrl-C may land here too, and an unfinished close must not print a traceback."""
    with _ctrl_c_ignored():
        # Noted before closing: a worker whose nanny is gone no longer shows as our child.
        family = _local_processes() if cluster is not None else []
        try:
            if client is not None:
                client.close(timeout=10)
        except Exception:  # noqa: BLE001 - the cluster may already be gone (a killed worker)
            pass
        if cluster is not None:
            try:
                cluster.close(timeout=10)
            except Exception:  # noqa: BLE001
                pass
        _end([p for p in family + _local_processes() if p.pid not in keep])  # and any a nanny started while closing


def _local_processes() -> list[Any]:
    """The processes this one started (a local cluster's nannies and workers, and their helpers)."""
    import psutil

    try:
        return list(psutil.Process().children(recursive=True))
    except psutil.Error:
        return []


def _end(processes: list[Any]) -> None:
    """Make sure none of ``processes`` outlives the command (a close cut short by a Ctrl-C while a
    worker was still starting can leave one behind): ask them to stop, then kill what remains."""
    import psutil

    alive = list({p.pid: p for p in processes if p.is_running()}.values())
    for process in alive:
        try:
            process.terminate()
        except psutil.Error:
            pass
    _, still = psutil.wait_procs(alive, timeout=5)
    for process in still:
        try:
            process.kill()
        except psutil.Error:
            pass
    psutil.wait_procs(still, timeout=5)

