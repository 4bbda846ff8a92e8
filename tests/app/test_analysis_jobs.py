"""The analysis worker's loop: foreground first, failures kept to one article, a missing model stops,
a new request replaces the old one, the library-wide run stores as it goes and can be cancelled."""

from __future__ import annotations

from collections import deque
from dataclasses import replace

from tui.extract.model import ModelNotFound
from tui.extract.types import Analysis, ArticleInput, ModelInfo
from tui.extract.version import EXTRACTOR_VERSION
from tui.workers.analysis_jobs import Job, serve


def fake(article: ArticleInput) -> Analysis:
    if "boom" in article.text:
        raise ValueError("bad text\nsecond line")
    if "nomodel" in article.text:
        raise ModelNotFound("spaCy model 'x' is not installed")
    return Analysis(text=article.text, title=article.title, published=None, source=None,
                    model=ModelInfo("m", "1"), extractor_version="t")


def run(commands, *, db_path=None, analyser=fake, on_event=None):
    """Serve ``commands`` (then stop) and return the events, in order."""
    queue = deque(commands)
    events: list = []

    def next_command(block):
        if queue:
            return queue.popleft()
        return ("stop",) if block else None

    def emit(event):
        events.append(event)
        if on_event:
            on_event(event, queue)

    serve(analyser, next_command, emit, db_path)
    return events


def kinds(events) -> list[str]:
    return [e[0] for e in events]


def test_each_article_is_started_then_ready_or_failed():
    events = run([("foreground", [Job("a", None, ArticleInput("Calm.")), Job("b", None, ArticleInput("boom")),
                                  Job("c"), Job("d", None, ArticleInput("Rain in Oslo."))])])
    assert kinds(events) == ["pending", "started", "ready", "started", "failed", "started", "failed",
                             "started", "ready", "idle"]
    assert events[0] == ("pending", 0)
    assert events[4] == ("failed", "b", None, "bad text")  # one line, no exception class
    assert events[6][3] == "no text to analyse"
    assert events[8][3].text == "Rain in Oslo." and events[8][4] == 0


def test_a_missing_model_stops_the_work():
    events = run([("foreground", [Job("a", None, ArticleInput("nomodel")), Job("b", None, ArticleInput("fine"))])])
    assert kinds(events) == ["pending", "started", "model_missing", "idle"]
    assert "not installed" in events[2][1]


def test_a_new_request_replaces_the_waiting_one():
    def reopen(event, queue):
        if event[:2] == ("started", "a"):
            queue.append(("foreground", [Job("z", None, ArticleInput("zed"))]))

    events = run([("foreground", [Job("a", None, ArticleInput("one")), Job("b", None, ArticleInput("two"))])],
                 on_event=reopen)
    assert [e[1] for e in events if e[0] == "started"] == ["a", "z"]


def test_the_library_run_stores_every_pending_article_and_reports_progress(tmp_path):
    from tui.library.store import Store

    db = tmp_path / "library.db"
    with Store.open(db) as store:
        ids = [store.add_article(ArticleInput(f"Article number {n}.", f"T{n}")) for n in range(5)]
        store.add_article(ArticleInput("boom", "Broken"))
    events = run([("library", True)], db_path=str(db))
    assert events[0] == ("pending", 6)
    readies = [e for e in events if e[0] == "ready"]
    assert sorted(e[2] for e in readies) == ids and all(e[3] is None for e in readies)  # no analysis sent back
    assert ("library_done", 6, 1, False, 0, 0) in events
    assert events[-2:] == [("pending", 1), ("idle",)]
    with Store.open(db) as store:
        assert [r.id for r in store.articles(analysed=False)] == [ids[-1] + 1]


def test_cancelling_the_library_run_stops_before_the_next_article(tmp_path):
    from tui.library.store import Store

    db = tmp_path / "library.db"
    with Store.open(db) as store:
        for n in range(20):
            store.add_article(ArticleInput(f"Article number {n}.", f"T{n}"))

    def cancel(event, queue):
        if event[0] == "ready" and not any(c == ("library", False) for c in queue):
            queue.append(("library", False))

    events = run([("library", True)], db_path=str(db), on_event=cancel)
    done = [e for e in events if e[0] == "library_done"]
    assert done == [("library_done", 1, 0, True, 0, 0)]
    with Store.open(db) as store:
        assert len(store.articles(analysed=True)) == 1


def test_foreground_jobs_go_before_the_library_run(tmp_path):
    from tui.library.store import Store

    db = tmp_path / "library.db"
    with Store.open(db) as store:
        ids = [store.add_article(ArticleInput(f"Article number {n}.", f"T{n}")) for n in range(10)]

    def open_one(event, queue):
        if event[0] == "ready" and event[3] is None and len([c for c in queue if c[0] == "foreground"]) == 0 \
                and not getattr(open_one, "done", False):
            open_one.done = True  # type: ignore[attr-defined]
            queue.append(("foreground", [Job(f"db:{ids[-1]}", ids[-1])]))

    events = run([("library", True)], db_path=str(db), on_event=open_one)
    readies = [e for e in events if e[0] == "ready"]
    assert readies[1][2] == ids[-1] and readies[1][3] is not None  # the opened article comes next, in full
    assert len({e[2] for e in readies}) == 10  # and is not analysed twice


def test_a_scoped_worker_counts_and_runs_only_its_articles_and_its_scope_can_widen(tmp_path):
    from tui.library.store import Store

    store = Store.open(tmp_path / "library.db")
    ids = [store.add_article(ArticleInput(f"Rain {n} in Oslo.", f"Rain {n}")) for n in range(6)]
    store.close()
    queue = deque([("scope", [ids[3]]), ("library", True)])
    events: list = []

    def next_command(block):
        if queue:
            return queue.popleft()
        return ("stop",) if block else None

    serve(fake, next_command, events.append, str(tmp_path / "library.db"), frozenset(ids[:2]))
    pendings = [e[1] for e in events if e[0] == "pending"]
    assert pendings[:2] == [2, 3]  # the two listed, then the one that joined the list
    analysed = {e[2] for e in events if e[0] == "ready"}
    assert analysed == {ids[0], ids[1], ids[3]}
    store = Store.open(tmp_path / "library.db")
    assert len(store.articles(analysed=False)) == 3
    store.close()


def test_a_library_run_with_nothing_to_analyse_ends_at_once(tmp_path):
    """``I`` when every article is analysed (or cannot be): the run reports done, not 0/0 for ever."""
    from tui.library.store import Store

    db = tmp_path / "library.db"
    with Store.open(db):
        pass
    events = run([("library", True)], db_path=str(db))
    assert events[1:] == [("progress", 0, 0, 0), ("progress", 0, 0, 0), ("library_done", 0, 0, False, 0, 0), ("pending", 0)]


GERMAN = "Die Regierung hat am Montag in Berlin über den neuen Haushalt und die Steuern getagt."


def test_an_article_without_a_pipeline_opened_leaves_the_pending_count(tmp_path):
    """A German article the library has no language for (the reader adds files untagged), opened in the
    reader, is skipped (no German pipeline): the count of articles ``I`` would analyse drops at once, as for
    one analysed, so ``I`` is not offered for it; its language is kept, so the next start does not count it."""
    from tui.library.store import Store

    db = tmp_path / "library.db"
    with Store.open(db) as store:
        german = store.add_article(ArticleInput(GERMAN, "Berlin"))
        store.add_article(ArticleInput("The government met in London on Monday.", "London"))
    events = run([("foreground", [Job(f"db:{german}", german)])], db_path=str(db))
    assert events[0] == ("pending", 2)
    assert kinds(events)[1:3] == ["started", "skipped"]
    assert ("pending", 1) in events[2:]
    assert run([], db_path=str(db))[0] == ("pending", 1)


def test_articles_tagged_with_a_language_without_a_pipeline_are_not_counted(tmp_path):
    from tui.library.store import Store

    db = tmp_path / "library.db"
    with Store.open(db) as store:
        store.add_article(ArticleInput(GERMAN, "Berlin", meta=(("language", "de"),)))
        store.add_article(ArticleInput("The government met in London on Monday.", "London", meta=(("language", "en"),)))
        store.add_article(ArticleInput("Rain in Oslo.", "Oslo"))
    events = run([("library", True)], db_path=str(db))
    assert events[0] == ("pending", 2)
    assert [e for e in events if e[0] == "library_done"] == [("library_done", 2, 0, False, 0, 0)]


def test_the_library_run_tells_articles_skipped_or_found_analysed_from_those_it_analysed(tmp_path):
    """``I`` over a German article (no German pipeline), one the reader analysed meanwhile, a broken one
    and two to analyse: the run's end counts each for what came of it, not all as analysed."""
    from tui.library.store import Store

    db = tmp_path / "library.db"
    with Store.open(db) as store:
        german = store.add_article(ArticleInput(GERMAN, "Berlin"))  # untagged: detected when its turn comes
        opened = store.add_article(ArticleInput("Rain fell in Oslo on Monday.", "Rain"))
        store.add_article(ArticleInput("boom", "Broken"))
        store.add_article(ArticleInput("Snow fell in Bergen.", "Snow"))
        store.add_article(ArticleInput("Wind in Tromso.", "Wind"))

    def analysed_meanwhile(event, queue):
        # the reader opens an article and it is analysed before the run comes to it
        if event[0] == "progress" and event[1] == 0 and not getattr(analysed_meanwhile, "done", False):
            analysed_meanwhile.done = True  # type: ignore[attr-defined]
            with Store.open(db) as store:
                store.put_analysis(opened, WithModel()(store.article_input(opened)))

    class WithModel:
        def __call__(self, article):
            return replace(fake(article), extractor_version=EXTRACTOR_VERSION)

        def model_info(self):
            return ModelInfo("m", "1")

    events = run([("library", True)], db_path=str(db), analyser=WithModel(), on_event=analysed_meanwhile)
    assert [e for e in events if e[0] == "library_done"] == [("library_done", 5, 1, False, 1, 1)]
    assert german  # the German one is the skipped one
