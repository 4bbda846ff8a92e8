"""Each article's language, and no analysis with another language's pipeline."""

from __future__ import annotations

import json

import pytest

from tui.cli import exitcodes
from tui.cli.main import main
from tui.extract.types import ArticleInput

GERMAN = ("Bundeskanzler Olaf Scholz hat am Montag in Berlin den französischen Präsidenten Emmanuel Macron"
          " empfangen. Die beiden Politiker sprachen über die Lage in der Ukraine und über die Energiepreise.")
RUSSIAN = "Президент России провёл переговоры в Кремле с делегацией из Казахстана, сообщает пресс-служба."
FRENCH = "Le président de la République a reçu lundi à l'Élysée les représentants des syndicats agricoles."
ENGLISH = "The city council approved the budget on Tuesday. Mayor John Smith said it would help residents."


@pytest.mark.parametrize(("text", "lang"), [(GERMAN, "de"), (RUSSIAN, "ru"), (FRENCH, "fr"), (ENGLISH, "en")])
def test_detector(text, lang):
    from tui.library.languages import detect_language

    assert detect_language(text) == lang


def test_too_short_to_tell_is_untagged():
    from tui.library.languages import detect_language

    assert detect_language("OK 2024") is None
    assert detect_language("iPhone 15 发布会") is None  # no script holds most of the letters


@pytest.mark.parametrize(("text", "lang"), [
    ("不归移民漫画系列：专业工作", "zh"),  # the only text of a real feed entry (feeds/illformed/gb2312.xml)
    ("こんにちは世界", "ja"), ("東京の天気", "ja"), ("서울 시장 선거", "ko"), ("สวัสดีครับ", "th"),
    ("שלום עולם", "he"), ("مرحبا بالعالم", "ar"), ("Привет", "ru"), ("Київ і Харків", "uk"),
    ("Καλημέρα", "el"), ("नमस्ते दुनिया", "hi"),
])
def test_a_title_too_short_for_the_detector_is_told_by_its_script(text, lang):
    """The detector needs about 20 letters; a script other than Latin decides with fewer (a short
    Cyrillic text is told among Cyrillic languages, Russian when the detector hesitates)."""
    from tui.library.languages import detect_language

    assert detect_language(text) == lang


def test_the_chinese_entry_of_a_real_feed_is_not_analysed_by_the_english_pipeline(shared_dir, tmp_path, capsys,
                                                                                  monkeypatch):
    monkeypatch.setenv("NEWSLOUPE_CONFIG", str(tmp_path / "none.toml"))
    assert main(["extract", str(shared_dir / "data/web/feeds/illformed/gb2312.xml"), "--format", "json"]) == exitcodes.OK
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert doc["text"] == "不归移民漫画系列：专业工作" and doc["mentions"] == [] and doc["meta"]["language"] == "zh"
    assert "language 'zh': no pipeline configured" in captured.err


def test_model_options_and_config(tmp_path, monkeypatch):
    from tui.library.languages import configured_models, parse_model_options, pipeline_for

    assert parse_model_options(["my_pipeline", "de=de_core_news_sm"]) == ("my_pipeline", {"de": "de_core_news_sm"})
    config = tmp_path / "config.toml"
    config.write_text('[models]\nfr = "fr_core_news_sm"\n', encoding="utf-8")
    monkeypatch.setenv("NEWSLOUPE_CONFIG", str(config))
    models = configured_models({"de": "de_core_news_md"})
    assert models == {"fr": "fr_core_news_sm", "de": "de_core_news_md"}
    assert pipeline_for("de", models=models) == "de_core_news_md"
    assert pipeline_for("en", models=models) == ""  # the default pipeline
    assert pipeline_for("ru", models=models) is None


def test_extract_gives_text_without_layers_and_one_notice(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("NEWSLOUPE_CONFIG", str(tmp_path / "none.toml"))
    (tmp_path / "de.txt").write_text(GERMAN + "\n", encoding="utf-8")
    (tmp_path / "de2.txt").write_text(GERMAN.replace("Montag", "Dienstag") + "\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Angela Merkel met Emmanuel Macron in Paris on Monday. " + ENGLISH + "\n", encoding="utf-8")
    assert main(["extract", str(tmp_path), "--format", "jsonl"]) == exitcodes.OK
    captured = capsys.readouterr()
    docs = {json.loads(line)["source"].rsplit("/", 1)[1]: json.loads(line) for line in captured.out.splitlines()}
    assert docs["de.txt"]["mentions"] == [] and docs["de.txt"]["meta"]["language"] == "de"
    assert docs["de.txt"]["text"] == GERMAN + "\n"
    assert docs["en.txt"]["mentions"] and docs["en.txt"]["meta"]["language"] == "en"
    notices = [line for line in captured.err.splitlines() if "no pipeline" in line]
    assert len(notices) == 1 and "--model de=de_core_news_sm" in notices[0] and '[models] de = "' in notices[0]
    # A pipeline named for the language is loaded (and a missing one is the usual exit 3).
    assert main(["extract", str(tmp_path / "de.txt"), "--model", "de=no_such_pipeline"]) == exitcodes.MODEL_MISSING


def test_index_never_analyses_or_indexes_another_language(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("NEWSLOUPE_CONFIG", str(tmp_path / "none.toml"))
    (tmp_path / "ru.txt").write_text(RUSSIAN + "\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Angela Merkel met Emmanuel Macron in Paris on Monday. " + ENGLISH + "\n", encoding="utf-8")
    db = str(tmp_path / "lib.db")
    assert main(["index", "--db", db, "--processes", "1", str(tmp_path)]) == exitcodes.OK
    assert "language 'ru': no pipeline configured" in capsys.readouterr().err
    from tui.library.store import Store

    with Store.open(db) as store:
        rows = {r.title: r for r in store.articles()}
        ru = next(r for r in rows.values() if r.entity_count is None)
        assert store.query("SELECT language FROM articles WHERE id = ?", (ru.id,)) == [("ru",)]
        assert store.query("SELECT count(*) FROM entity_index WHERE article_id = ?", (ru.id,)) == [(0,)]
        assert store.query("SELECT count(*) FROM entity_index")[0][0] > 0


def test_reader_job_for_another_language_is_a_notice_not_an_analysis():
    from tui.messages import AnalysisSkipped
    from tui.workers.analysis_jobs import Job, Worker
    from tui.workers.analysis_process import to_message

    events: list = []
    article = ArticleInput(GERMAN, meta=(("language", "de"),))
    worker = Worker(lambda a: pytest.fail("analysed"), events.append, None)
    worker.apply(("foreground", [Job("k", None, article)]))
    worker.step()
    skipped = [m for m in map(to_message, events) if isinstance(m, AnalysisSkipped)]
    assert len(skipped) == 1 and "--model de=" in skipped[0].message


async def test_reader_shows_the_text_and_a_notice_without_layers(tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
    from reader_support import NO_CONFIG, shown_words

    from tui.app import ReaderApp
    from tui.library.entries import entries_from_paths

    (tmp_path / "de.txt").write_text(GERMAN + "\n", encoding="utf-8")
    app = ReaderApp(entries_from_paths([str(tmp_path / "de.txt")]), analyser=lambda a: pytest.fail("analysed"),
                    background_analysis=False, config_path=NO_CONFIG)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if not any(w.is_running for w in app.workers):
                break
        await pilot.pause()
        assert "Bundeskanzler Olaf Scholz" in shown_words(app.reader.view)
        assert app.reader.current_analysis is None
        screen = "\n".join("".join(s.text for s in strip)
                           for strip in app.screen._compositor.render_update(full=True).strips)
        assert "language 'de': no pipeline configured" in " ".join(screen.split())


def test_index_tags_articles_added_without_a_language(tmp_path, capsys, monkeypatch):
    from tui.library.store import Store

    monkeypatch.setenv("NEWSLOUPE_CONFIG", str(tmp_path / "none.toml"))
    db = tmp_path / "lib.db"
    with Store.open(db) as store:  # as the reader (or an older version) adds them: no tag
        store.add_article(ArticleInput(GERMAN), location="de")
        store.add_article(ArticleInput(ENGLISH), location="en")
        store.add_article(ArticleInput("OK."), location="short")
    assert main(["index", "--db", str(db), "--processes", "1"]) == exitcodes.OK
    assert "language 'de': no pipeline configured" in capsys.readouterr().err
    with Store.open(db) as store:
        rows = dict(store.query("SELECT location, language FROM articles"))
        assert rows == {"de": "de", "en": "en", "short": ""}
        analysed = {r.location for r in store.articles(analysed=True)}
        assert analysed == {"en", "short"}


def test_a_library_from_before_scripts_were_read_loses_the_english_analysis_of_a_chinese_title(
        tmp_path, capsys, monkeypatch, nlp):
    """A library kept such an entry untagged ('') and analysed it with the English pipeline, which put its title
    in the entity index as a PRODUCT. Opened now, it is detected again: Chinese, out of the index, not analysed."""
    import dataclasses
    import sqlite3

    from tui.extract import analyse
    from tui.library.schema import MIGRATIONS
    from tui.library.store import Store

    # The version before the step that forgets '' tags (later steps run after it, on the old rows too).
    before_retagging = next(n for n, step in enumerate(MIGRATIONS)
                            if isinstance(step, str) and "SET language = NULL WHERE language = ''" in step)
    monkeypatch.setenv("NEWSLOUPE_CONFIG", str(tmp_path / "none.toml"))
    title = "不归移民漫画系列：专业工作"
    db = tmp_path / "lib.db"
    with Store.open(db) as store:
        chinese = store.add_article(ArticleInput(title, title), location="zh")
        english = store.add_article(ArticleInput("OK."), location="short")
        store.put_analysis(chinese, dataclasses.replace(analyse(title, nlp=nlp), extractor_version="1.6.15"))
        assert store.query("SELECT count(*) FROM entity_index WHERE article_id = ?", (chinese,)) == [(1,)]
    old = sqlite3.connect(db)
    with old:
        old.execute("UPDATE articles SET language = ''")
        old.execute("UPDATE schema_version SET version = ?", (before_retagging,))
    old.close()
    with Store.open(db) as store:  # the migration forgets the old '' tags
        assert dict(store.query("SELECT location, language FROM articles")) == {"zh": None, "short": None}
    assert main(["index", "--db", str(db), "--processes", "1"]) == exitcodes.OK
    assert "language 'zh': no pipeline configured" in capsys.readouterr().err
    with Store.open(db) as store:
        assert dict(store.query("SELECT location, language FROM articles")) == {"zh": "zh", "short": ""}
        assert store.query("SELECT count(*) FROM entity_index WHERE article_id = ?", (chinese,)) == [(0,)]
        assert {r.location for r in store.articles(analysed=True)} == {"short"}
        assert store.article(english) is not None


def test_the_reader_finding_such_a_language_takes_the_article_out_of_the_index(tmp_path, monkeypatch, nlp):
    """The reader's worker detects the language of an untagged library article before analysing it."""
    from tui.extract import analyse
    from tui.library.languages import remember_language
    from tui.library.store import Store

    monkeypatch.setenv("NEWSLOUPE_CONFIG", str(tmp_path / "none.toml"))
    title = "不归移民漫画系列：专业工作"
    with Store.open(tmp_path / "lib.db") as store:
        article = store.add_article(ArticleInput(title, title))
        store.put_analysis(article, analyse(title, nlp=nlp))
        remember_language(store, article, "zh")
        assert store.query("SELECT language, entity_count FROM articles") == [("zh", None)]
        assert store.query("SELECT count(*) FROM entity_index") == [(0,)]
        assert store.query("SELECT count(*) FROM entity_stats") == [(0,)]


def test_a_failed_drop_leaves_the_tag_untold_too(tmp_path, monkeypatch, nlp):
    """The tag and the index drop are one write: when the drop fails (a full disk), the article keeps
    no tag, so it is detected and dropped again later, instead of keeping a stale English analysis."""
    import sqlite3

    from tui.extract import analyse
    from tui.library import store as store_module
    from tui.library.languages import remember_language
    from tui.library.store import Store

    monkeypatch.setenv("NEWSLOUPE_CONFIG", str(tmp_path / "none.toml"))
    title = "不归移民漫画系列：专业工作"
    with Store.open(tmp_path / "lib.db") as store:
        article = store.add_article(ArticleInput(title, title))
        store.put_analysis(article, analyse(title, nlp=nlp))
        indexed = store.query("SELECT count(*) FROM entity_index")

        def full_disk(*args, **kwargs):
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(store_module, "_drop_entity_rows", full_disk)
        remember_language(store, article, "zh")
        assert store.query("SELECT language FROM articles") == [(None,)]
        assert store.query("SELECT count(*) FROM entity_index") == indexed != [(0,)]


def test_a_long_source_of_one_language_is_tagged_from_a_sample(monkeypatch):
    from tui.library import languages
    from tui.library.sources import SAMPLE, SourceItem, with_languages

    calls = []
    real = languages.detect_language
    monkeypatch.setattr(languages, "detect_language",
                        lambda text, declared=None: calls.append(text) or real(text, declared=declared))
    same = [SourceItem(ArticleInput(f"{GERMAN} {GERMAN} ({i})"), f"#{i}") for i in range(SAMPLE * 5)]
    tagged = list(with_languages(same))
    assert {dict(i.article.meta)["language"] for i in tagged} == {"de"} and len(calls) == SAMPLE
    calls.clear()
    mixed = [SourceItem(ArticleInput(f"{(GERMAN * 2, ENGLISH * 3)[i % 2]} ({i})"), f"#{i}") for i in range(SAMPLE * 3)]
    tagged = list(with_languages(mixed))
    assert [dict(i.article.meta)["language"] for i in tagged] == ["de", "en"] * (SAMPLE * 3 // 2)
    assert len(calls) == SAMPLE * 3


def test_the_notice_names_only_pipelines_spacy_publishes() -> None:
    from tui.library.languages import no_pipeline_notice

    assert "--model fr=fr_core_news_sm" in no_pipeline_notice("fr")
    assert "--model zh=zh_core_web_sm" in no_pipeline_notice("zh")
    thai = no_pipeline_notice("th")
    assert "th_core_news_sm" not in thai and "--model th=NAME" in thai and "publishes no trained pipeline" in thai
