"""``Store.known_articles``: the ids ``add_articles`` would give without writing, found by reading only."""

from __future__ import annotations

from tui.extract.types import ArticleInput
from tui.library.store import Store


def _changes(store: Store) -> int:
    return int(store.query("SELECT total_changes()")[0][0])


def test_known_articles_are_those_adding_would_not_write(tmp_path):
    store = Store.open(tmp_path / "lib.db")  # SQLite counts the rows a statement changed
    held = store.add_article(ArticleInput("Held text.", title="Held"), location="/news/held.txt", source_digest="d1")
    no_place = store.add_article(ArticleInput("Held without a location.", title="Loose"))
    same_bytes = store.add_article(ArticleInput("Read the old way.", title="Old"), location="/news/old.txt",
                                   source_digest="d2")
    items: list[tuple[ArticleInput, str | None, str | None]] = [
        (ArticleInput("Held text.", title="Held"), "/news/held.txt", "d1"),  # the same text
        (ArticleInput("Held text.", title="Held"), "/news/copy.txt", None),  # the same text from elsewhere
        (ArticleInput("Held without a location.", title="Loose"), None, None),  # no location to fill in
        (ArticleInput("Held without a location.", title="Loose"), "/news/loose.txt", None),  # fills its location: a write
        (ArticleInput("Read the new way.", title="Old"), "/news/old.txt", "d2"),  # the same bytes: the old text stays
        (ArticleInput("Changed on disk.", title="Old"), "/news/old.txt", "d3"),  # new bytes: replaced in place
        (ArticleInput("Never seen.", title="New"), "/news/new.txt", "d4"),  # added
    ]
    before = _changes(store)
    known = store.known_articles(items)
    assert _changes(store) == before  # reads only
    assert known == [held, held, no_place, None, same_bytes, None, None]
    # Each known id is what adding gives, and adding the known ones writes nothing.
    known_items = [item for item, article_id in zip(items, known, strict=True) if article_id is not None]
    before = _changes(store)
    assert [article_id for article_id, _new in store.add_articles(known_items)] == [i for i in known if i is not None]
    assert _changes(store) == before


def test_articles_by_id_are_the_rows_article_gives(store):
    ids = [article_id for article_id, _new in store.add_articles(
        [(ArticleInput(f"Text number {n}.", title=f"Title {n}"), f"/news/{n}.txt", None) for n in range(520)])]
    store.set_read(ids[3])
    store.set_starred(ids[510], True)
    wanted = [ids[510], ids[3], ids[0], ids[3], 999_999]  # past the first 500, twice, and one not held
    rows = store.articles_by_id(wanted)
    assert set(rows) == {ids[510], ids[3], ids[0]}
    assert all(rows[i] == store.article(i) for i in rows)
    assert rows[ids[3]].read and rows[ids[510]].starred and not rows[ids[0]].read
    assert len(store.articles_by_id(ids)) == 520
    assert store.articles_by_id([]) == {}


def test_listed_files_take_the_library_state_in_one_read(tmp_path):
    from tui.library.entries import entries_from_paths

    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(3):
        (folder / f"a{n}.txt").write_text(f"Story {n}\n\nThe text of story number {n}.\n", encoding="utf-8")
    store = Store.open(tmp_path / "lib.db")
    first = entries_from_paths([str(folder)], store)
    store.set_read(first[1].article_id)
    store.set_starred(first[2].article_id, True)
    joining: list = []
    again = entries_from_paths([str(folder)], store, joining=joining)
    assert not joining
    assert [e.article_id for e in again] == [e.article_id for e in first]
    assert [(e.read, e.starred) for e in again] == [(False, False), (True, False), (False, True)]
