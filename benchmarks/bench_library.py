"""Library at size: 10,000 articles opened and listed, filter-as-you-type, entity ranking, cached open."""

from __future__ import annotations

import tempfile
from pathlib import Path

from common import Row, articles, best_of

N_ARTICLES = 10_000


def _fill(path: Path, n: int, seed_analysis) -> list[int]:
    from tui.extract.types import ArticleInput
    from tui.library.store import Store

    corpus = articles()
    ids = []
    with Store.open(path) as store:
        for i in range(n):
            row = corpus[i % len(corpus)]
            item = ArticleInput(f"{row['text']}\n\n#{i}", f"{row['title']} ({i})", row.get("date") or None, "wikinews")
            ids.append(store.add_article(item))
        for article_id in ids[:200]:
            store.put_analysis(article_id, seed_analysis)
        _synthetic_entity_index(store, ids)
    return ids


def _synthetic_entity_index(store, ids: list[int], per_article: int = 40, vocabulary: int = 60_000) -> None:
    """Entity rows at library scale (40 per article over 60,000 names), as put_analysis would leave them."""
    import random

    from tui.library.schema import MIGRATIONS

    rng = random.Random(7)
    rows = []
    for article_id in ids[200:]:
        for k in rng.sample(range(vocabulary), per_article):
            # Zipf-like: a few entities in many articles, most in one or two.
            k = int(k ** 2 / vocabulary)
            rows.append((article_id, f"person:name-{k}", f"Name {k} Surname{k % 97}", "PERSON", rng.randint(1, 5), k))
    db = store._db
    db.execute("BEGIN")
    db.executemany("INSERT OR IGNORE INTO entity_index(article_id, entity, name, label, mentions, first_offset, aliases,"
                   " library_entity) VALUES (?, ?, ?, ?, ?, ?, '[]', ?2)", rows)
    db.execute("DELETE FROM entity_stats")
    db.execute(MIGRATIONS[2].split(";")[-2])  # the v3 step that fills entity_stats from entity_index
    db.execute("COMMIT")


def run(*, quick: bool = False) -> list[Row]:
    from tui.extract import analyse
    from tui.library import catalog
    from tui.library.models import installed_model_info
    from tui.library.store import Store

    n = 2_000 if quick else N_ARTICLES
    seed = analyse(articles()[0]["text"])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "library.db"
        ids = _fill(path, n, seed)

        def open_and_list() -> None:
            with Store.open(path) as store:
                assert len(store.articles()) == n

        store = Store.open(path)
        typed = "president"

        def filter_keystroke() -> None:
            for k in range(1, len(typed) + 1):
                store.articles(query=typed[:k])

        model = installed_model_info()

        def cached_open() -> None:
            assert store.cached_analysis(ids[0], model) is not None

        open_s = best_of(open_and_list)
        per_key = best_of(filter_keystroke) / len(typed)
        ents = best_of(lambda: catalog.entities(store, top=30))
        ents_typed = best_of(lambda: [catalog.entities(store, query=typed[:k], top=500) for k in (1, 2, 3)]) / 3
        n_entities = store.query("SELECT count(*) FROM entity_stats")[0][0]
        cached = best_of(cached_open)
        store.close()
    note = f"{n} articles"
    return [
        Row(f"open + list library ({n})", open_s * 1000, "ms", direction="le", target=1000, target_on="value", note=note),
        Row("filter as you type, per keystroke", per_key * 1000, "ms", direction="le", target=50, target_on="value", note=note),
        Row("entities top 30", ents * 1000, "ms", direction="le", target=50, target_on="value",
            note=f"{n_entities} entities"),
        Row("entities filter, per keystroke", ents_typed * 1000, "ms", direction="le", target=50, target_on="value",
            note=f"{n_entities} entities"),
        Row("cached analysis open (no NLP)", cached * 1000, "ms", direction="le", target=100, target_on="value",
            note="one Wikinews-size analysis"),
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row.name}: {row.value:.1f} {row.unit} (target {row.target})")
