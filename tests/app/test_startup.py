"""What the reader loads before its first paint: the article types without the extraction rules."""

from __future__ import annotations

import subprocess
import sys


def _modules_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_article_types_import_without_the_pipeline() -> None:
    loaded = _modules_after("import tui.extract.types")
    assert "tui.extract.types" in loaded
    assert "tui.extract.pipeline" not in loaded
    assert "spacy" not in loaded


def test_reader_screen_imports_without_spacy_or_rules() -> None:
    loaded = _modules_after("import tui.app")
    assert "spacy" not in loaded
    assert not {"tui.extract.roles", "tui.extract.quotes", "tui.extract.events"} & loaded


def test_reader_imports_no_multiprocessing_before_the_first_paint() -> None:
    # The analysis worker starts after the first paint; its process machinery is imported then.
    loaded = _modules_after("import tui.app; import tui.cli.read_cmd")
    assert "tui.workers.analysis_process" not in loaded
    assert "multiprocessing" not in loaded


def test_engine_names_still_exported_lazily() -> None:
    import tui.extract as engine
    from tui.extract import pipeline, types

    assert engine.ArticleInput is types.ArticleInput is pipeline.ArticleInput
    assert engine.analyse is pipeline.analyse
    assert "EXTRACTOR_VERSION" in dir(engine)


def test_unknown_engine_name_is_an_attribute_error() -> None:
    import tui.extract as engine

    try:
        engine.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("an unknown name was exported")


def test_reader_imports_no_index_writer_or_server_dialect_before_the_first_paint() -> None:
    # The cross index (and its calendar) is written by the analysis worker; the SQL rewriter
    # serves PostgreSQL libraries only: both load when first used.
    loaded = _modules_after("import tui.app; import tui.cli.read_cmd; import tui.library.store")
    assert not {"tui.library.crossindex", "tui.library.dialect", "tui.extract.date_calendar"} & loaded


def test_reader_imports_no_worker_messages_or_help_before_the_first_paint() -> None:
    # The worker's messages are handled by name (their classes load with the worker); the help
    # screen loads when asked for.
    loaded = _modules_after("import tui.app; import tui.cli.read_cmd")
    assert not {"tui.messages", "tui.screens.help"} & loaded


def test_reader_imports_no_input_line_or_library_search_before_the_first_paint() -> None:
    # The article search, the title filter and the library search (its FTS5 queries too) load
    # when first opened: their lines are mounted then, not hidden in the first frame.
    loaded = _modules_after("import tui.app; import tui.cli.read_cmd")
    assert not {"tui.widgets.search_bar", "tui.widgets.list_filter", "tui.widgets.library_search",
                "tui.widgets.list_line", "tui.library.search"} & loaded


def test_reader_imports_no_analysis_jobs_before_the_first_paint() -> None:
    # The spaCy analyser and the worker's jobs are made when the worker starts, after the first paint.
    loaded = _modules_after("import tui.app; import tui.cli.read_cmd")
    assert "tui.workers.analysis_jobs" not in loaded


def test_reader_imports_no_argparse_for_a_plain_command_line() -> None:
    # ``newsloupe seeds --db lib.db`` is read without argparse (tui.cli.reader_args); a form it
    # leaves to argparse still gets it.
    assert "argparse" not in _modules_after(
        "import tui.app; import tui.cli.main as m, tui.cli.read_cmd as r; r.run = lambda a: 0; m.main(['seeds', '--db', 'x'])")
    assert "argparse" in _modules_after(
        "import tui.app; import tui.cli.main as m, tui.cli.read_cmd as r; r.run = lambda a: 0; m.main(['seeds', '--db=x'])")


def test_reader_imports_no_date_vocabulary_for_its_titles() -> None:
    # A title guess needs the month names alone: the date vocabulary compiles its number-word
    # patterns at import (over a millisecond of the first paint) and loads with the analysis.
    loaded = _modules_after("import tui.app; import tui.cli.read_cmd; import tui.library.entries")
    assert "tui.extract.preprocess" in loaded
    assert "tui.extract.date_words" not in loaded


def test_date_words_keeps_the_month_and_weekday_names() -> None:
    from tui.extract import date_words, month_names

    assert date_words.MONTH_NAMES is month_names.MONTH_NAMES
    assert date_words.WEEKDAYS is month_names.WEEKDAYS
    assert date_words.MONTHS["march"] == 3 and date_words.MONTHS["sept"] == 9


_FIRST_FRAME_MODULES = """
import json, sys
from pathlib import Path
import tui.app
from tui.cli import main as cli

class FirstFrame(tui.app.ReaderApp):
    CSS_PATH = str(Path(tui.app.__file__).parent / tui.app.ReaderApp.CSS_PATH)

    def on_ready(self):  # before the reader's own: the first frame is on screen, nothing after it ran
        print(json.dumps(sorted(sys.modules)))
        self.exit()

    def run(self, *args, **kwargs):
        return super().run(*args, headless=True, size=(120, 40), **kwargs)

tui.app.ReaderApp = FirstFrame
sys.exit(cli.main(sys.argv[1:]))
"""


def test_the_real_first_frame_loads_none_of_what_waits_for_it(tmp_path) -> None:
    # ``newsloupe seeds/`` up to its first frame, in a process of its own: what its start imports
    # lazily (the library, the sources, the renderers) counts too, not only the modules' own imports.
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "TERM": "xterm-256color"}
    out = subprocess.run([sys.executable, "-c", _FIRST_FRAME_MODULES, str(root / "seeds"), "--db", str(tmp_path / "l.db")],
                         capture_output=True, text=True, check=True, cwd=root, env=env, timeout=120)
    loaded = set(json.loads(out.stdout.strip().splitlines()[-1]))
    assert "tui.screens.reader" in loaded and "tui.library.store" in loaded
    waiting = {"spacy", "dateparser", "multiprocessing", "argparse", "charset_normalizer", "lxml", "feedparser",
               "py3langid", "tui.extract.pipeline", "tui.extract.date_words", "tui.extract.date_calendar",
               "tui.workers.analysis_process", "tui.workers.analysis_jobs", "tui.messages", "tui.widgets.facts_tree",
               "tui.screens.help", "tui.library.search", "tui.library.crossindex"}
    assert not waiting & loaded, sorted(waiting & loaded)
