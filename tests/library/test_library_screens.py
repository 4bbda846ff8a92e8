"""The entities and timeline screens, driven with Pilot over a small store built here."""

from __future__ import annotations

from textual.app import App
from textual.widgets import Input, OptionList, Static

from tui.library import catalog
from tui.messages import OpenArticle
from tui.screens.entities import EntitiesScreen
from tui.screens.timeline import TimelineScreen, date_columns


class Host(App[None]):
    """A bare app that shows one screen and records the articles it is asked to open."""

    def __init__(self, screen_factory) -> None:
        super().__init__()
        self.screen_factory = screen_factory
        self.opened: list[tuple[int, int]] = []

    def on_mount(self) -> None:
        self.push_screen(self.screen_factory())

    def on_open_article(self, message: OpenArticle) -> None:
        self.opened.append((message.article_id, message.offset))


def _prompts(option_list: OptionList) -> list[str]:
    return [str(option.prompt) for option in option_list.options]


async def test_entities_filter_as_you_type(filled_store):
    app = Host(lambda: EntitiesScreen(filled_store))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        listing = app.screen.query_one("#entity-list", OptionList)
        everyone = _prompts(listing)
        assert len(everyone) == len(catalog.entities(filled_store, top=500))
        await pilot.press(*"macron")
        await pilot.pause()
        narrowed = _prompts(listing)
        assert narrowed and len(narrowed) < len(everyone)
        assert all("macron" in p.lower() for p in narrowed)
        assert narrowed[0].startswith("Emmanuel Macron")


async def test_choosing_an_entity_shows_its_dossier_and_opens_an_article(filled_store):
    app = Host(lambda: EntitiesScreen(filled_store))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press(*"emmanuel macron", "enter", "enter")
        await pilot.pause()
        heading = str(app.screen.query_one("#dossier-heading", Static).render())
        assert "Emmanuel Macron" in heading
        dossier = app.screen.query_one("#dossier", OptionList)
        assert dossier.has_focus
        prompts = _prompts(dossier)
        assert "Roles" in prompts and "Articles" in prompts
        # Go to the first article line and open it: the app is asked to open it at the first mention.
        first_article = prompts.index("Articles") + 1
        dossier.highlighted = first_article
        await pilot.press("enter")
        await pilot.pause()
        expected = catalog.dossier(filled_store, "person:emmanuel-macron").articles[0]
        assert app.opened == [(expected.article_id, expected.first_offset)]
        text = filled_store.article_text(expected.article_id)
        assert text[expected.first_offset:].startswith("Emmanuel Macron")


async def test_a_role_reported_in_two_articles_is_one_dossier_line_with_both_dates(filled_store):
    app = Host(lambda: EntitiesScreen(filled_store))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press(*"emmanuel macron", "enter", "enter")
        await pilot.pause()
        dossier = app.screen.query_one("#dossier", OptionList)
        prompts = _prompts(dossier)
        first = prompts.index("Roles") + 1
        end = next(i for i in range(first, len(prompts)) if prompts[i] in ("Quotes", "Events", "See also", "Articles"))
        roles = prompts[first:end]
        facts = catalog.dossier(filled_store, "person:emmanuel-macron").roles
        assert len(facts) == 2 and len(roles) == 1
        assert roles[0].startswith("2020-03-02 – 2020-05-11") and "French President" in roles[0] and "(2 art.)" in roles[0]
        # The line opens the words of the role's first report.
        dossier.highlighted = first
        await pilot.press("enter")
        await pilot.pause()
        assert app.opened == [(facts[0].article_id, facts[0].start)]


async def test_hostile_names_are_shown_as_text(store, nlp):
    from tui.extract import analyse
    from tui.extract.types import ArticleInput

    body = "Officials said [@click=app.quit]Quitter Corp[/] and Acme \x1b[31mGroup paid Rowan Atkinson on Monday."
    analysis = analyse(body, nlp=nlp, published="2021-01-04")
    article_id = store.add_article(ArticleInput(body, "[b]Bold[/b] title"))
    store.put_analysis(article_id, analysis)
    app = Host(lambda: TimelineScreen(store))
    async with app.run_test(size=(140, 30)) as pilot:
        await pilot.pause()
        prompts = _prompts(app.screen.query_one("#timeline", OptionList))
        assert prompts and all("[b]Bold[/b] title" in p for p in prompts)
        assert app.is_running  # no markup action ran
    app = Host(lambda: EntitiesScreen(store))
    async with app.run_test(size=(140, 30)) as pilot:
        await pilot.pause()
        prompts = " ".join(_prompts(app.screen.query_one("#entity-list", OptionList)))
        assert "\x1b" not in prompts and "Rowan Atkinson" in prompts


async def test_timeline_in_date_order_opens_at_the_evidence(filled_store):
    app = Host(lambda: TimelineScreen(filled_store))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        listing = app.screen.query_one("#timeline", OptionList)
        entries = catalog.timeline(filled_store)
        assert listing.option_count == len(entries)
        dates = [p.split()[0] for p in _prompts(listing)]
        assert dates == sorted(dates, key=catalog.date_sort_key)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.opened == [(entries[1].article_id, entries[1].start)]


async def test_timeline_filter_narrows(filled_store):
    app = Host(lambda: TimelineScreen(filled_store))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        app.screen.query_one("#timeline-filter", Input).focus()
        await pilot.press(*"2020-05")
        await pilot.pause()
        prompts = _prompts(app.screen.query_one("#timeline", OptionList))
        assert prompts and all(p.startswith("2020-05") or "2020-05" in p for p in prompts)
        status = str(app.screen.query_one("#timeline-status", Static).render())
        assert f"{len(prompts)} of {len(catalog.timeline(filled_store))}" in status


async def test_see_also_leads_to_the_related_dossier(filled_store, nlp):
    from tui.extract import analyse
    from tui.extract.types import ArticleInput

    # Two people called Merkel in the library and nothing to tell which one "Merkel" is: kept apart.
    for text in ("Peter Merkel, a baker, spoke on Monday.", "Chancellor Merkel spoke."):
        filled_store.put_analysis(filled_store.add_article(ArticleInput(text)), analyse(text, nlp=nlp))
    app = Host(lambda: EntitiesScreen(filled_store))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.screen.show_dossier("person:angela-merkel")
        await pilot.pause()
        dossier = app.screen.query_one("#dossier", OptionList)
        ids = [o.id for o in dossier.options]
        dossier.highlighted = ids.index("see-person:merkel")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.dossier.entity == "person:merkel"
        assert app.opened == []


async def test_corrections_from_the_entities_screen_ask_first(filled_store, nlp):
    from tui.extract import analyse
    from tui.extract.types import ArticleInput

    for text in ("Peter Merkel, a baker, spoke on Monday.", "Chancellor Merkel spoke."):
        filled_store.put_analysis(filled_store.add_article(ArticleInput(text)), analyse(text, nlp=nlp))
    app = Host(lambda: EntitiesScreen(filled_store))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        screen.show_dossier("person:angela-merkel")
        await pilot.pause()
        dossier = screen.query_one("#dossier", OptionList)
        dossier.highlighted = [o.id for o in dossier.options].index("see-person:merkel")
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("n")  # declined: nothing changes
        await pilot.pause()
        assert catalog.dossier(filled_store, "person:merkel").entity == "person:merkel"
        dossier = screen.query_one("#dossier", OptionList)
        dossier.focus()
        dossier.highlighted = [o.id for o in dossier.options].index("see-person:merkel")
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert catalog.dossier(filled_store, "person:merkel").entity == "person:angela-merkel"
        await pilot.press("r")
        await pilot.pause()
        name = app.screen.query_one("#correction-name", Input)
        name.value = "Angela Dorothea Merkel"
        await pilot.press("enter")
        await pilot.pause()
        assert screen.dossier.name == "Angela Dorothea Merkel"
    filled_store.relink()
    names = [e.name for e in catalog.entities(filled_store, top=None)]
    assert "Angela Dorothea Merkel" in names and "Merkel" not in names


async def test_list_lines_carry_their_targets_typed(filled_store):
    # Every openable line says where it leads as data: no id is parsed back with split.
    from tui.widgets.target_options import ArticleOption, EntityOption

    app = Host(lambda: EntitiesScreen(filled_store))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        listing = app.screen.query_one("#entity-list", OptionList)
        assert listing.options and all(isinstance(o, EntityOption) for o in listing.options)
        app.screen.show_dossier("person:emmanuel-macron")
        await pilot.pause()
        lines = [o for o in app.screen.query_one("#dossier", OptionList).options if not o.disabled]
        articles = catalog.dossier(filled_store, "person:emmanuel-macron").articles
        opened = [(o.article_id, o.offset) for o in lines if isinstance(o, ArticleOption)]
        assert [(a.article_id, a.first_offset) for a in articles] == opened[-len(articles):]
        assert all(isinstance(o, ArticleOption | EntityOption) for o in lines)
    app = Host(lambda: TimelineScreen(filled_store))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        options = app.screen.query_one("#timeline", OptionList).options
        entries = catalog.timeline(filled_store)
        assert [(o.article_id, o.offset) for o in options if isinstance(o, ArticleOption)] == [
            (e.article_id, e.start) for e in entries
        ]


async def test_j_k_g_G_move_in_the_library_lists_as_in_the_reader(filled_store):
    """The entities list, a dossier and the timeline move with j/k and g/G, as the article list and the
    sidebar do (only the arrows moved them, j and k did nothing)."""
    app = Host(lambda: EntitiesScreen(filled_store))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # from the filter line to the list
        listing = app.screen.query_one("#entity-list", OptionList)
        assert listing.has_focus and listing.highlighted == 0
        await pilot.press("j", "j", "k")
        assert listing.highlighted == 1
        await pilot.press("G")
        assert listing.highlighted == listing.option_count - 1
        await pilot.press("g")
        assert listing.highlighted == 0
    app = Host(lambda: TimelineScreen(filled_store))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        listing = app.screen.query_one("#timeline", OptionList)
        start = listing.highlighted or 0
        await pilot.press("j")
        assert listing.highlighted == start + 1
        await pilot.press("G")
        assert listing.highlighted == listing.option_count - 1


async def test_the_timeline_keeps_its_columns_in_line_whatever_the_date_label(filled_store):
    """A time of day ("2010-12-28 20:00") or a season ("summer 2004") is longer than a day: the kind column
    stays where it is on every row."""
    from dataclasses import replace

    app = Host(lambda: TimelineScreen(filled_store))
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        screen.entries = [replace(screen.entries[0], date="2010-12-28T20:00"), replace(screen.entries[0], date="2004-SU"),
                          *screen.entries]
        screen.show_entries("")
        await pilot.pause()
        prompts = _prompts(screen.query_one("#timeline", OptionList))
        assert prompts[0].startswith("2010-12-28 ") and " 20:00 " in prompts[0], prompts[0]
        columns = {p.index(e.kind, len(date_columns(e.date or "")[0])) for p, e in zip(prompts, screen.entries,
                                                                                        strict=True)}
        assert len(columns) == 1, prompts[:4]


async def test_the_date_column_is_as_wide_as_the_days_not_the_longest_label(filled_store):
    """One "2019-01-04 afternoon" made the date column 20 wide on all 1,979 rows of a real library: the time of
    day now leads its row's text, and the column is as wide as a day ("summer 2004" widens it by one)."""
    from dataclasses import replace

    app = Host(lambda: TimelineScreen(filled_store))
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        first = screen.entries[0]
        screen.entries = [replace(first, date="2019-01-04TAF"), replace(first, date="2019-01-05T20:00"), *screen.entries]
        screen.show_entries("")
        await pilot.pause()
        prompts = _prompts(screen.query_one("#timeline", OptionList))
        assert prompts[0].startswith(f"2019-01-04  {first.kind:<5}  afternoon "), prompts[0]
        assert prompts[1].startswith(f"2019-01-05  {first.kind:<5}  20:00 "), prompts[1]
        assert all(p.index(e.kind, 10) == 12 for p, e in zip(prompts, screen.entries, strict=True)), prompts[:4]


async def test_rows_of_one_year_named_twice_are_told_apart_by_their_words(store, nlp):
    """A Wikinews obituary names 1924 twice and was read from two sources: its rows read "1924 = 1924" four
    times over. Each row now shows the words around its date, and the source where the story is the same."""
    from tui.extract import analyse
    from tui.extract.types import ArticleInput

    body = ("Robert Mugabe died on Friday in Singapore. He was born in 1924 in Kutama.\n\n"
            "The country he led was a colony in 1924, when few expected independence.")
    analysis = analyse(body, nlp=nlp, published="2019-09-06")
    for source, tail in (("Wikinews", ""), ("wikinews_2019.csv", "\n\nSources")):
        article_id = store.add_article(ArticleInput(body + tail, "Mugabe dies aged 95", "2019-09-06", source))
        store.put_analysis(article_id, analysis)
    app = Host(lambda: TimelineScreen(store))
    async with app.run_test(size=(200, 30)) as pilot:
        await pilot.pause()
        prompts = [p for p in _prompts(app.screen.query_one("#timeline", OptionList)) if p.startswith("1924")]
        assert len(prompts) == 4 and len(set(prompts)) == 4, prompts
        assert any("born in 1924 in Kutama" in p for p in prompts) and any("colony in 1924" in p for p in prompts)
        assert any("date   wikinews_2019.csv: " in p for p in prompts) and "1924 = 1924" not in " ".join(prompts)


async def test_slash_on_the_empty_filter_is_the_filter_key_not_text(filled_store):
    """The footer offers "/ Filter", and the entities screen opens with the filter focused: "/" then a name
    filtered by "/macron" and showed an empty list; on the timeline a second "/" did the same. A "/" inside
    a filter stays text."""
    for screen, filter_id in ((lambda: EntitiesScreen(filled_store), "#entity-filter"),
                              (lambda: TimelineScreen(filled_store), "#timeline-filter")):
        app = Host(screen)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            line = app.screen.query_one(filter_id, Input)
            await pilot.press("slash", "slash", *"macron")
            assert line.has_focus
            await pilot.pause()
            assert line.value == "macron"
            await pilot.press("slash", "x")
            assert line.value == "macron/x"
    app = Host(lambda: EntitiesScreen(filled_store))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"macron")
        await pilot.pause()
        assert _prompts(app.screen.query_one("#entity-list", OptionList))[0].startswith("Emmanuel Macron")
