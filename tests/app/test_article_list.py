"""The article list: rows rendered only when shown, literal titles, read markers and counts."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult

from tui.library.entries import ArticleEntry
from tui.widgets.article_list import ROW_HEIGHT, ArticleList, entry_lines


class ListApp(App[None]):
    def __init__(self, entries: list[ArticleEntry]) -> None:
        super().__init__()
        self.entries = entries
        self.selected: list[int] = []

    def compose(self) -> ComposeResult:
        yield ArticleList(id="articles")

    def on_mount(self) -> None:
        self.query_one(ArticleList).set_entries(self.entries)
        self.query_one(ArticleList).focus()

    def on_article_list_selected(self, message: ArticleList.Selected) -> None:
        self.selected.append(message.index)


def many(n: int) -> list[ArticleEntry]:
    return [ArticleEntry(f"k{i}", f"Article {i}", "Wire", "2020-01-02", read=i % 2 == 0, entity_count=i)
            for i in range(n)]


async def test_ten_thousand_rows_render_only_what_is_on_screen():
    app = ListApp(many(10_000))
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.pause()
        articles = app.query_one(ArticleList)
        assert articles.virtual_size.height == 10_000 * ROW_HEIGHT
        rendered = {key[0] for key in articles._cache}
        assert rendered and max(rendered) < 24
        await pilot.press("end")
        await pilot.pause()
        assert articles.highlighted == 9_999
        assert articles.scroll_y == articles.max_scroll_y
        assert {key[0] for key in articles._cache} - rendered <= set(range(9_970, 10_000))
        await pilot.press("enter", "home", "j", "enter")
        assert app.selected == [9_999, 1]


async def test_titles_with_markup_and_escapes_are_shown_literally():
    hostile = ArticleEntry("h", "[@click=app.bell]Bell[/] \x1b[2J", "[b]src[/b]", None)
    app = ListApp([hostile])
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.pause()
        articles = app.query_one(ArticleList)
        first = "".join(seg.text for seg in articles.render_line(0))
        details = "".join(seg.text for seg in articles.render_line(2))
        assert first.startswith("\u25cf [@click=app.bell]Bell[/] \u241b[2J")
        assert details.strip() == "[b]src[/b]"


def test_rows_show_read_marker_date_count_and_source():
    title, more, details = entry_lines(ArticleEntry("k", "Talks", "Wikinews", "2019-01-04T10:00", read=False,
                                                    entity_count=34))
    assert title.plain == "\u25cf Talks" and more.plain == ""
    assert details.plain == "  2019-01-04 \u00b7 34 ent. \u00b7 Wikinews"
    _, _, unreadable = entry_lines(ArticleEntry("k", "x", error="x: binary", path=str(Path("x"))))
    assert "unreadable" in unreadable.plain


def test_long_titles_wrap_to_two_lines_and_similar_ones_stay_apart():
    base = "Turkey and Israel hold talks over Syria"
    one = entry_lines(ArticleEntry("a", base + " on Monday"), width=40)
    two = entry_lines(ArticleEntry("b", base + " on Friday"), width=40)
    assert one[0].plain.startswith("\u25cf Turkey and Israel") and one[0].plain == two[0].plain
    assert one[1].plain.startswith("  ") and "on Monday" in one[1].plain and "on Friday" in two[1].plain
    shown = [line.plain for line in (*one[:2], *two[:2])]
    assert all(len(line) <= 40 + 3 for line in shown)
    long = entry_lines(ArticleEntry("c", "word " * 40), width=40)
    assert long[1].plain.endswith("word\u2026") and len(long[1].plain) <= 40  # cut below the second line: the ellipsis says so


def test_plural_wording():
    from tui.render.status_words import plural

    assert plural(1, "article") == "1 article"
    assert plural(0, "article") == "0 articles"
    assert plural(9_997, "article") == "9,997 articles"
