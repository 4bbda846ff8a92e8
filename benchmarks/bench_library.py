"""Library at size: 10,000 articles opened and listed, filter-as-you-type, entity ranking, cached open."""

from __future__ import annotations

import tempfile
from pathlib import Path

from common import Row, articles, best_of

N_ARTICLES = 10_000


def _fill(path: Path, n: int, seed_analysis) -> list[int]:
    from tui.extract.pipeline import ArticleInput
    from tui.library.store import Store

    corpus = articles()
    ids = []
    with Store.open(path) as store:
        for i in range(n):
            row = corpus[i % len(corpus)]
            item = ArticleInput(f"{row['text']}\n\n#{i}", f"{row['title']} ({i})", row.get("date") or None, "wikinews")
            ids.append(store.add_article(item))
        # Every article analysed (the same analysis) so the entity index has library size too.
        for article_id in ids[:: max(1, n // 2000)]:
            store.put_analysis(article_id, seed_analysis)
    return ids


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
        cached = best_of(cached_open)
        store.close()
    note = f"{n} articles"
    return [
        Row(f"open + list library ({n})", open_s * 1000, "ms", direction="le", target=1000, target_on="value", note=note),
        Row("filter as you type, per keystroke", per_key * 1000, "ms", direction="le", target=50, target_on="value", note=note),
        Row("entities top 30", ents * 1000, "ms", direction="le", target=200, target_on="value", note=note),
        Row("cached analysis open (no NLP)", cached * 1000, "ms", direction="le", target=100, target_on="value",
            note="one Wikinews-size analysis"),
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row.name}: {row.value:.1f} {row.unit} (target {row.target})")
