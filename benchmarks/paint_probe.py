"""Run in a child process by bench_paint: start an app headless, report when it first paints.

Usage: paint_probe.py T0 bare|reader|reader-analysed [newsloupe args...]
Prints one JSON line: seconds from T0 (the parent's clock before spawning) to the first
frame that shows what the user came for, the CPU seconds spent by then, and the peak RSS in MB.

What counts as painted is read from the frame itself, not from the app's state: the bare app's
frame must show its "Hello"; the reader's must show the open article's title twice (in the list
and over the article) and the first words of its text on one line (an article still wrapped to
a provisional width does not count). ``reader-analysed`` waits for the analysis's layers too.

Headless Textual skips turning a frame into terminal bytes; the probe does it for every frame
(both apps), as a terminal run must. Reading the frame back to check it is the probe's own cost:
its CPU and wall time are measured and taken off the figures, so polling never weighs on either app.

``cpu_s`` is the process's CPU time since it was created (the interpreter's start included: the
clock counts from the fork), all its threads, plus the CPU of any child process alive at the paint.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

_overhead = {"cpu": 0.0, "wall": 0.0}


def _children_cpu() -> float:
    """CPU seconds of this process's live children (e.g. an analysis worker), from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    try:
        for task in Path("/proc/self/task").iterdir():
            for pid in (task / "children").read_text().split():
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    except OSError:
        pass
    return total


def report(t0: float, cpu: float, wall: float, **extra: object) -> None:
    # VmHWM is this process image's own peak. ru_maxrss is not: Linux carries the parent's peak over
    # the exec of a vforked child, so after a benchmark that loaded the model in run.py it read 427 MB.
    peak_mb = _peak_mb(os.getpid()) or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": wall - t0 - _overhead["wall"],
                      "cpu_s": cpu + _children_cpu() - _overhead["cpu"],
                      "probe_overhead_cpu_s": _overhead["cpu"], "rss_mb": peak_mb, **extra}), flush=True)


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


def _frame_lines(app: Any) -> list[str]:
    update = app.screen._compositor.render_update(full=True)
    return ["".join(segment.text for segment in strip) for strip in update.strips]


def _probe(app: Any, renderable: Any, painted: Any) -> tuple[float, float] | None:
    """After the app displayed ``renderable``: encode it as a terminal would, then check the frame.

    The CPU and wall clocks at the paint when this frame is the one; None otherwise."""
    if renderable is None or getattr(app, "_probe_reported", False):
        return None
    if hasattr(renderable, "render_segments"):
        renderable.render_segments(app.console)  # the app's cost: a terminal run writes these bytes
    cpu, wall = time.process_time(), time.time()
    done = painted(app)
    if not done:
        _overhead["cpu"] += time.process_time() - cpu
        _overhead["wall"] += time.time() - wall
        return None
    app._probe_reported = True
    return cpu, wall


def bare(t0: float) -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("Hello")

        def _display(self, screen: Any, renderable: Any) -> None:
            super()._display(screen, renderable)
            at = _probe(self, renderable, lambda app: any("Hello" in line for line in _frame_lines(app)))
            if at:
                report(t0, *at)
                self.exit()

    Bare().run(headless=True, size=(120, 40))


def _reader_painted(app: Any, wait_analysis: bool) -> bool:
    screen = app.screen
    entry, item = getattr(screen, "current_entry", None), getattr(screen, "current_input", None)
    if entry is None or item is None or (wait_analysis and screen.current_analysis is None):
        return False
    lines = _frame_lines(app)
    frame = "\n".join(lines)
    # The title's first two words, cut to what a narrow list row shows whole: a title that is one long
    # word (a file name, when a library has no better title) is cut with an ellipsis in the list.
    title = " ".join(entry.title.split()[:2])[:12]
    body = next((line for line in item.text.splitlines() if line.strip() and line.strip() != entry.title.strip()), "")
    first_words = " ".join(body.split()[:3])
    return frame.count(title) >= 2 and any(first_words in line for line in lines)


def reader(t0: float, wait_analysis: bool, argv: list[str]) -> None:
    import tui.app
    from tui.cli import main as cli

    base = tui.app.ReaderApp

    class Probe(base):  # type: ignore[misc, valid-type]
        # CSS_PATH is relative to the defining module: keep pointing at the reader's.
        CSS_PATH = str(Path(tui.app.__file__).parent / base.CSS_PATH)

        def _display(self, screen: Any, renderable: Any) -> None:
            super()._display(screen, renderable)
            at = _probe(self, renderable, lambda app: _reader_painted(app, wait_analysis))
            if at:
                host = getattr(self, "analysis_host", None)
                report(t0, *at, spacy_loaded="spacy" in sys.modules,
                       worker_rss_mb=_peak_mb(getattr(host, "pid", None)))
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
