"""The library on each back end (SQLite file, PostgreSQL server): open + list and filter as you type
at 100,000 articles, the write rate of our rows, and rows and bytes per article.

PostgreSQL is a throwaway server started here (tests/pg_server.py), with durable commits
(fsync on) so the write rates are those of a real server on this machine's disk.
Run alone: ``.venv/bin/python benchmarks/bench_shared_library.py [--quick] [--articles N]``.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, Row, articles, best_of

sys.path.insert(0, str(ROOT / "tests"))

N_ARTICLES = 100_000
#: Articles analysed for real, each stored under this many distinct texts (names repeat as in a library).
N_ANALYSED, COPIES = 24, 8
#: Rows a list shows and keeps ahead of the cursor (a paged list asks for this many at a time).
PAGE = 200
TABLES = ("articles", "bodies", "analyses", "entity_index", "fact_index", "fact_entities", "entity_stats",
          "article_context", "entity_acronyms")


def _fill(store, n: int, batch: int = 500) -> float:
    """Add ``n`` Wikinews articles (each made distinct), in transactions of ``batch``; articles per second."""
    from tui.extract.types import ArticleInput

    corpus = articles()
    started = time.perf_counter()
    for start in range(0, n, batch):
        items = []
        for i in range(start, min(n, start + batch)):
            row = corpus[i % len(corpus)]
            items.append((ArticleInput(f"{row['text']}\n\n#{i}", f"{row['title']} ({i})", row.get("date") or None,
                                       "wikinews"), None, None))
        store.add_articles(items)
    return n / (time.perf_counter() - started)


def _write_rate(store, analyses) -> tuple[float, float]:
    """put_analysis of real analyses into fresh articles: (articles/s, index rows/s)."""
    from tui.extract.types import ArticleInput

    ids = []
    for copy in range(COPIES):
        for analysis in analyses:
            ids.append((store.add_article(ArticleInput(f"{analysis.text}\n\n~{copy}", f"{analysis.title} ~{copy}",
                                                       analysis.published, "wire")), analysis))
    before = _index_rows(store)
    started = time.perf_counter()
    for article_id, analysis in ids:
        store.put_analysis(article_id, analysis)
    seconds = time.perf_counter() - started
    return len(ids) / seconds, (_index_rows(store) - before) / seconds


def _index_rows(store) -> int:
    return sum(int(store.query(f"SELECT count(*) FROM {t}")[0][0])
               for t in ("entity_index", "fact_index", "fact_entities", "analyses", "article_context"))


def _per_article(store, analysed: int) -> dict[str, float]:
    """Rows per analysed article in each index table."""
    return {t: int(store.query(f"SELECT count(*) FROM {t}")[0][0]) / analysed for t in TABLES[2:6]}


def _pg_bytes(store) -> dict[str, int]:
    """Bytes of each table with its indexes (and TOAST) on the server."""
    rows = store._db.execute_native(
        "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = current_schema() AND c.relkind = 'r'").fetchall()
    return {name: int(size) for name, size in rows}


def _timings(target, n: int) -> dict[str, float]:
    from tui.library.search import search
    from tui.library.store import Store

    def open_and_list() -> None:
        with Store.open(target) as st:
            assert len(st.articles()) == n

    store = Store.open(target)
    typed = "president"

    def filter_keystrokes() -> None:
        for k in range(1, len(typed) + 1):
            store.articles(query=typed[:k])

    def search_keystrokes() -> None:
        for k in range(1, len(typed) + 1):
            search(store, typed[:k], typing=True)

    def open_first_page() -> None:
        with Store.open(target) as st:
            assert len(st.articles(limit=PAGE)) == PAGE

    def filter_first_page() -> None:
        for k in range(1, len(typed) + 1):
            store.articles(query=typed[:k], limit=PAGE)

    out = {
        "open_page_ms": best_of(open_first_page) * 1000,
        "filter_page_key_ms": best_of(filter_first_page) / len(typed) * 1000,
        "open_list_ms": best_of(open_and_list) * 1000,
        "filter_key_ms": best_of(filter_keystrokes) / len(typed) * 1000,
        "search_key_ms": best_of(search_keystrokes) / len(typed) * 1000,
    }
    store.close()
    return out


def _no_analysis(article):
    """A stand-in analyser: the reader's list, not spaCy, is measured."""
    from tui.extract.types import Analysis, ModelInfo

    return Analysis(text=article.text, title=article.title, published=article.published, source=article.source,
                    model=ModelInfo("stand-in", "0"), extractor_version="bench")


def _fill_fast_sqlite(path: str, n: int, seed: int = 1000) -> None:
    """``seed`` articles added as usual, then copied (title and hash made distinct, dates spread) to ``n`` rows."""
    import sqlite3

    from tui.library.store import Store

    with Store.open(path) as store:
        _fill(store, seed)
    db = sqlite3.connect(path)
    with db:
        for k in range(1, -(-n // seed)):
            db.execute(
                "INSERT INTO articles(content_hash, location, title, source, published, meta, word_count, added_at)"
                " SELECT content_hash || '-' || ?1, location, title || ' /' || ?1, source,"
                " CASE WHEN published IS NULL THEN NULL ELSE date(substr(published, 1, 10), '-' || ?1 || ' days') END,"
                " meta, word_count, added_at FROM articles WHERE id <= ?2 LIMIT ?3",
                (k, seed, min(seed, n - k * seed)))
    db.close()


def _reader_timings(target: str, n: int) -> dict[str, float]:
    """The READER on the library: open to the list's first paint (the first page listed, drawn), and
    the title filter per keystroke (key pressed to the filtered list drawn), in a headless Pilot."""
    import asyncio

    from tui.app import ReaderApp
    from tui.library.entries import LIBRARY_PAGE, entries_from_library
    from tui.library.store import Store
    from tui.widgets.article_list import ArticleList
    from tui.widgets.list_filter import ListFilterBar

    typed = "president"
    found: dict[str, float] = {}

    async def drive() -> None:
        started = time.perf_counter()
        store = Store.open(target)
        entries = entries_from_library(store, limit=LIBRARY_PAGE)
        app = ReaderApp(entries, store=store, analyser=_no_analysis, background_analysis=False,
                        config_path=ROOT / "benchmarks" / "no-config.toml", paged=len(entries) == LIBRARY_PAGE)
        async with app.run_test(size=(120, 40)) as pilot:
            article_list = app.reader.query_one(ArticleList)
            while not article_list.option_count:
                await pilot.pause(0.001)
            await pilot.pause()
            found["reader_open_ms"] = (time.perf_counter() - started) * 1000
            await pilot.press("ctrl+f")
            await pilot.pause()
            handled = []
            for k in range(len(typed)):
                # The reader's own work for a keystroke: the filter's query and the list updated.
                started = time.perf_counter()
                app.reader.on_list_filter_bar_filter(ListFilterBar.Filter(typed[:k + 1]))
                handled.append(time.perf_counter() - started)
                await pilot.pause()
            found["reader_filter_key_ms"] = sorted(handled)[len(handled) // 2] * 1000
            found["reader_filter_key_max_ms"] = max(handled) * 1000
            app.exit()
        store.close()

    asyncio.run(drive())
    return found


def measure(n: int) -> dict[str, dict[str, object]]:
    from pg_server import start_server

    from tui.extract import analyse_many, model
    from tui.library.store import Store

    nlp = model.load()
    sample = articles()[:N_ANALYSED]
    from tui.extract.types import ArticleInput

    inputs = [ArticleInput(r["text"], r["title"], r.get("date") or None, "wikinews") for r in sample]
    analyses = list(analyse_many(inputs, nlp=nlp))
    server = start_server(durable=True)
    results: dict[str, dict[str, object]] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for backend in ("sqlite", "postgresql"):
                writes = str(Path(tmp) / "writes.db") if backend == "sqlite" else server.create_database("writes")
                with Store.open(writes) as store:
                    per_s, rows_s = _write_rate(store, analyses)
                    found: dict[str, object] = {"put_analysis_per_s": per_s, "index_rows_per_s": rows_s,
                                                "rows_per_article": _per_article(store, N_ANALYSED * COPIES)}
                    if backend == "postgresql":
                        found["bytes"] = _pg_bytes(store)
                    else:
                        found["bytes"] = {"file": Path(writes).stat().st_size}
                big = str(Path(tmp) / "big.db") if backend == "sqlite" else server.create_database("big")
                with Store.open(big) as store:
                    found["add_articles_per_s"] = _fill(store, n)
                    if backend == "postgresql":
                        store._db.execute_native("VACUUM ANALYZE")
                        found["big_bytes"] = _pg_bytes(store)
                    else:
                        found["big_bytes"] = {"file": Path(big).stat().st_size}
                found.update(_timings(big, n))
                found.update(_reader_timings(big, n))
                results[backend] = found
    finally:
        server.stop()
    return results


def run(*, quick: bool = False, n: int | None = None) -> list[Row]:
    n = n or (10_000 if quick else N_ARTICLES)
    results = measure(n)
    (ROOT / "benchmarks" / ".cache").mkdir(exist_ok=True)
    (ROOT / "benchmarks" / ".cache" / f"shared-library-{n}.json").write_text(json.dumps(results, indent=2))
    rows = []
    for backend, found in results.items():
        note = f"{n:,} articles on {backend}"
        rows += [
            Row(f"{backend}: open + list library", float(found["open_list_ms"]), "ms", direction="le", target=1000,
                target_on="value", note=note),
            Row(f"{backend}: title filter, per keystroke", float(found["filter_key_ms"]), "ms", direction="le",
                target=50, target_on="value", note=note),
            Row(f"{backend}: open + first {PAGE} rows", float(found["open_page_ms"]), "ms", direction="le",
                target=1000, target_on="value", note=note),
            Row(f"{backend}: title filter, first {PAGE} rows per keystroke", float(found["filter_page_key_ms"]), "ms",
                direction="le", target=50, target_on="value", note=note),
            Row(f"{backend}: reader open to the list's first paint", float(found["reader_open_ms"]), "ms",
                direction="le", target=1000, target_on="value", note=note + " (first page listed, Pilot)"),
            Row(f"{backend}: reader title filter, per keystroke", float(found["reader_filter_key_ms"]), "ms",
                direction="le", target=50, target_on="value",
                note=note + f" (the reader's work per key, median of {len('president')}: query and list updated; max"
                f" {float(found['reader_filter_key_max_ms']):.0f} ms)"),
            Row(f"{backend}: full-text search, per keystroke", float(found["search_key_ms"]), "ms", direction="le",
                target=50, target_on="value", note=note),
            Row(f"{backend}: analyses stored per second", float(found["put_analysis_per_s"]), "articles/s",
                direction="ge", note=f"{found['index_rows_per_s']:.0f} index rows/s"),
        ]
    return rows


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--articles", type=int)
    parser.add_argument("--reader-only", action="store_true", help="only the reader's rows, on SQLite")
    args = parser.parse_args()
    if args.reader_only:
        from tui.library.store import Store

        with tempfile.TemporaryDirectory() as tmp:
            big = str(Path(tmp) / "big.db")
            _fill_fast_sqlite(big, args.articles or N_ARTICLES)
            with Store.open(big) as store:
                print(f"{len(store.articles()):,} articles")
            print(_reader_timings(big, args.articles or N_ARTICLES))
        sys.exit(0)
    for row in run(quick=args.quick, n=args.articles):
        print(f"{row.name}: {row.value:,.1f} {row.unit} (target {row.target}) {row.note}")
    cache = sorted((ROOT / "benchmarks" / ".cache").glob("shared-library-*.json"))[-1]
    print(cache.read_text())
