"""The ``newsloupe index`` options for a Dask cluster, and the glue between that command and tui.scale."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import TYPE_CHECKING, Any

from . import ClusterError

__all__ = ["ClusterError", "after_indexing", "check", "cluster_for", "configure", "index", "relink", "wanted"]

if TYPE_CHECKING:
    from distributed import Client

    from tui.library.indexing import IndexSummary
    from tui.library.store import Store


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workers", type=int, metavar="N",
                        help="index on a local Dask cluster of N worker processes (one pipeline each)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="index on an existing Dask cluster (tcp://host:8786); its workers open --db themselves")


def wanted(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "workers", None) or getattr(args, "scheduler", None))


def check(args: argparse.Namespace) -> str | None:
    """A one-line complaint about the cluster options, or None."""
    if args.workers is not None and args.workers < 1:
        return "--workers must be at least 1"
    if args.workers and args.scheduler:
        return "give --workers (a local cluster) or --scheduler (an existing one), not both"
    if args.scheduler is not None:
        from .cluster import check_address

        try:
            check_address(args.scheduler)
        except ClusterError as exc:
            return str(exc)
    return None


@contextmanager
def cluster_for(args: argparse.Namespace, models: tuple[str, ...]) -> Iterator["Client | None"]:
    """The cluster the options ask for (None: the one-process path, exactly as before)."""
    if not wanted(args):
        with nullcontext():
            yield None
        return
    from .cluster import connect

    with connect(workers=args.workers, scheduler=args.scheduler, models=models) as client:
        yield client


def index(client: "Client", store: "Store", nlp: Any, model_name: str, languages: tuple[str | None, ...] | None,
          args: argparse.Namespace, progress: Any) -> "IndexSummary":
    """One pipeline's share of the index on the cluster, with the command's progress bar."""
    from tui.extract.model import model_info

    from .cluster import library_target
    from .dask_index import index_on_dask

    task = progress.add_task("index", total=None, words=0)

    def on_start(count: int, words: int) -> None:
        progress.update(task, total=count)

    def on_result(article_id: int, words: int | None) -> None:
        progress.update(task, advance=1, words=progress.tasks[task].fields["words"] + (words or 0))

    def on_wait(message: str) -> None:
        progress.console.print(message, markup=False, highlight=False)

    return index_on_dask(client, store, library_target(args.db, store.path), model_name, model_info(nlp),
                         batch_size=args.batch_size, on_start=on_start, on_result=on_result, on_wait=on_wait,
                         languages=languages)


def after_indexing(client: "Client", store: "Store", args: argparse.Namespace) -> int:
    from .cluster import library_target
    from .dask_relink import after_indexing_on_dask

    return after_indexing_on_dask(client, store, library_target(args.db, store.path))


def relink(client: "Client", store: "Store", args: argparse.Namespace) -> int:
    from .cluster import library_target
    from .dask_relink import relink_on_dask

    return relink_on_dask(client, store, library_target(args.db, store.path))
