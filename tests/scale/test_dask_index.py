"""Indexing and relinking on a local Dask cluster give the library a one-process run gives."""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path

import pytest
from dask_helpers import assert_same_tables

from tui.extract import model
from tui.extract.model import model_info
from tui.library.indexing import index_library, pending_articles
from tui.library.store import Store


@pytest.fixture(scope="module")
def client():
    from tui.scale.cluster import connect

    with connect(workers=2, models=(model.model_name(),)) as c:
        yield c


def _twin_libraries(tmp_path: Path, source: Path) -> tuple[Path, Path]:
    """Two copies of one library of the articles at ``source`` (the same ids), none analysed."""
    from tui.cli.add_cmd import add_targets

    first, second = tmp_path / "dask.db", tmp_path / "single.db"
    with Store.open(first) as store:
        add_targets(store, [str(source)], err=io.StringIO(), options={"full_text": False})
        assert store.query("SELECT count(*) FROM articles")[0][0] > 0
    shutil.copyfile(first, second)
    return first, second



def _indexed_twins(tmp_path: Path, source: Path, nlp, *stale: str) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    """Two copies of one library indexed in one process, each SQL statement of ``stale`` run on it first."""
    first, second = _twin_libraries(tmp_path, source)
    with Store.open(first) as store:
        index_library(store, nlp, n_process=1)
        with store.transaction() as db:
            for sql in stale:
                db.execute(sql)
    shutil.copyfile(first, second)
    return first, second


def _index_on_dask(client, path: Path, nlp, batch_size: int = 2):  # type: ignore[no-untyped-def]
    from tui.scale.dask_index import index_on_dask
    from tui.scale.dask_relink import after_indexing_on_dask

    seen: list[tuple[int, int | None]] = []
    with Store.open(path) as store:
        summary = index_on_dask(client, store, str(path), model.model_name(), model_info(nlp),
                                batch_size=batch_size, on_result=lambda i, words: seen.append((i, words)))
        after_indexing_on_dask(client, store, str(path))
    return summary, seen


@pytest.mark.slow
def test_dask_run_on_wikinews_gives_the_single_process_library(client, tmp_path, wikinews_csv, nlp):
    on_dask, single = _twin_libraries(tmp_path, wikinews_csv)
    summary, seen = _index_on_dask(client, on_dask, nlp)
    with Store.open(single) as store:
        alone = index_library(store, nlp, n_process=1)
        store.after_indexing()
    assert summary.error is None and not summary.interrupted
    assert (summary.analysed, summary.failed, summary.words) == (alone.analysed, 0, alone.words) == (6, 0, alone.words)
    assert sorted(i for i, _ in seen) == list(range(1, 7))  # every article reported once, for the progress bar
    want = assert_same_tables(on_dask, single)  # the analyses byte for byte, the index rows, the identities
    assert want["analyses"] and want["entity_index"] and want["fact_index"]


@pytest.mark.slow
def test_relink_on_dask_gives_the_one_process_relink(client, tmp_path, short_articles, nlp):
    from tui.scale.dask_relink import relink_on_dask

    # Rows from before blocks existed, and identities left stale: relinking must settle them.
    on_dask, single = _indexed_twins(tmp_path, short_articles, nlp,
                                     "UPDATE entity_index SET block = '', library_entity = NULL WHERE article_id % 3 = 0",
                                     "UPDATE entity_index SET library_entity = entity WHERE article_id % 3 = 1")
    with Store.open(single) as store:
        blocks = store.relink()
    with Store.open(on_dask) as store:
        # Small slices, so the waves really are many tasks spread over both workers.
        assert relink_on_dask(client, store, str(on_dask), chunk=40) == blocks
    assert_same_tables(on_dask, single)
    assert blocks > 40


@pytest.mark.slow
def test_after_indexing_on_dask_gives_the_one_process_pass(client, tmp_path, short_articles, nlp):
    from tui.scale.dask_relink import after_indexing_on_dask

    # Rows indexing left in a stale block.
    on_dask, single = _indexed_twins(tmp_path, short_articles, nlp, "UPDATE entity_index SET block = '' WHERE article_id % 3 = 0")
    with Store.open(single) as store:
        moved = store.after_indexing()
    with Store.open(on_dask) as store:
        assert after_indexing_on_dask(client, store, str(on_dask), chunk=40) == moved
    assert_same_tables(on_dask, single)
    assert moved > 10


@pytest.mark.slow
def test_a_retried_batch_writes_nothing_twice(client, tmp_path, short_articles, nlp):
    from tui.scale.tasks import index_batch

    path, _ = _twin_libraries(tmp_path, short_articles)
    with Store.open(path) as store:
        ids = pending_articles(store, model_info(nlp))[:4]
    # The first attempt stored two articles, then its worker died.
    with Store.open(path) as store:
        index_library_part(store, nlp, ids[:2])
    con = sqlite3.connect(path)
    con.executescript("CREATE TABLE writes(article_id); CREATE TRIGGER counted AFTER INSERT ON article_context"
                      " BEGIN INSERT INTO writes VALUES (new.article_id); END;")
    con.close()
    retry = client.submit(index_batch, str(path), model.model_name(), model_info(nlp), ids, pure=False).result()
    assert retry.already == 2 and retry.failures == ()
    assert sorted(i for i, words in retry.done if words) == sorted(ids)
    con = sqlite3.connect(path)
    assert sorted(r[0] for r in con.execute("SELECT article_id FROM writes")) == sorted(ids[2:])
    assert con.execute("SELECT count(*) FROM analyses").fetchone()[0] == 4
    con.close()


def index_library_part(store: Store, nlp, ids: list[int]) -> None:  # type: ignore[no-untyped-def]
    from tui.extract.pipeline import analyse_many

    for article_id, analysis in zip(ids, analyse_many((store.article_input(i) for i in ids), nlp=nlp), strict=True):
        store.put_analysis(article_id, analysis)


def test_batches_keep_the_order_and_shrink_towards_the_end():
    from tui.scale.dask_index import batches

    ids = list(range(1, 101))
    parts = batches(ids, 20, workers=2)
    assert [i for part in parts for i in part] == ids  # every id once, in order
    sizes = [len(p) for p in parts]
    assert max(sizes) == 20 and sizes == sorted(sizes, reverse=True)
    assert sizes[-4:] == [1, 1, 1, 1]  # the last ones are small: no worker waits on a long tail
    assert batches(ids[:3], 20, workers=8) == [[1], [2], [3]]
    assert batches([], 20, workers=2) == []


def test_a_worker_that_cannot_see_the_library_says_so_and_creates_nothing(client, tmp_path, nlp):
    from tui.scale.dask_index import index_on_dask

    missing = tmp_path / "elsewhere" / "library.db"
    with Store.open(tmp_path / "here.db") as store:
        from tui.extract.types import ArticleInput

        store.add_article(ArticleInput("Angela Merkel met Emmanuel Macron in Paris on Monday."))
        summary = index_on_dask(client, store, str(missing), model.model_name(), model_info(nlp))
    assert summary.analysed == 0 and summary.error is not None
    assert "is not visible on the Dask worker" in summary.error and str(missing) in summary.error
    assert not missing.parent.exists()
