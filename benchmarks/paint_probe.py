"""Run in a child process by bench_paint: start an app headless, report when it first paints.

Usage: paint_probe.py T0 bare|reader|reader-analysed [newsloupe args...]
Prints one JSON line: seconds from T0 (the parent's clock before spawning) to the first
paint with the article list and text on screen, the process's CPU seconds by then, and the
peak RSS in MB.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def report(t0: float, **extra: object) -> None:
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # cpu_s: this process's CPU time up to the paint (all threads, no children): steadier than wall
    # time on a loaded machine, though it misses the interpreter's start before main().
    print(json.dumps({"seconds": time.time() - t0, "cpu_s": time.process_time(), "rss_mb": peak_mb, **extra}),
          flush=True)


def _peak_mb(pid: int | None) -> float | None:
    """Peak RSS of another process (the analysis worker), from /proc; None where unknown."""
    if pid is None:
        return None
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def bare(t0: float) -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("Hello")

        def on_mount(self) -> None:
            self.call_after_refresh(self._painted)

        def _painted(self) -> None:
            report(t0)
            self.exit()

    Bare().run(headless=True, size=(120, 40))


def reader(t0: float, wait_analysis: bool, argv: list[str]) -> None:
    import tui.app
    from tui.cli import main as cli

    base = tui.app.ReaderApp

    class Probe(base):  # type: ignore[misc, valid-type]
        # CSS_PATH is relative to the defining module: keep pointing at the reader's.
        CSS_PATH = str(Path(tui.app.__file__).parent / base.CSS_PATH)

        def on_mount(self) -> None:
            self.set_interval(0.002, self._check)

        def _check(self) -> None:
            screen = self.screen
            view = screen.query("#article")
            if not view or not screen.query("#articles"):
                return
            if getattr(screen, "current_input", None) is None:
                return  # the article text is not in the view yet
            if wait_analysis and screen.current_analysis is None:
                return
            host = getattr(self, "analysis_host", None)
            report(t0, spacy_loaded="spacy" in sys.modules, worker_rss_mb=_peak_mb(getattr(host, "pid", None)))
            self.exit()

        def run(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            return super().run(*args, headless=True, size=(120, 40), **kwargs)

    tui.app.ReaderApp = Probe  # read_cmd imports it by name when it runs
    cli.main(argv)


def main() -> None:
    t0 = float(sys.argv[1])
    mode = sys.argv[2]
    if mode == "bare":
        bare(t0)
    else:
        reader(t0, mode == "reader-analysed", sys.argv[3:])


if __name__ == "__main__":
    main()
