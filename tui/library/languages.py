"""Which language an article is in, and whether a configured pipeline can analyse it.

The detector is py3langid (langid.py's naive Bayes over byte n-grams, 97 languages, a
2 MB model in the wheel, numpy only), on an article's first 600 characters. Measured on
143 articles (the shared pages in en/de/fr/es by their ``lang`` attribute and 100
Wikinews articles): py3langid 143/143 at about 1 ms per article, lingua-language-detector
143/143 at about 10 times that, with a 96 MB wheel; 300 characters already cost one error.

An article in a language without a pipeline is stored and shown with its tag, but is not
analysed with another language's pipeline and never enters the entity index.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tui.extract.types import Analysis, ArticleInput

    from .store import Store

#: Characters read for detection: enough for a stable answer, bounded time on long articles.
SAMPLE_CHARS = 600
#: Below this many letters the answer is a guess: no tag rather than a wrong one.
MIN_LETTERS = 20
_lock = threading.Lock()
_LETTERS = re.compile(r"[^\W\d_]")


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier; its LZMA model (1 s to unpack) is unpacked once into the user cache."""
    from py3langid.langid import _load_identifier

    try:
        return _cached_identifier()
    except (OSError, ValueError, KeyError, ImportError):
        return _load_identifier(norm_probs=True)


def _cached_identifier() -> Any:
    import lzma
    import os
    import shutil
    from importlib.metadata import version
    from pathlib import Path

    import numpy as np
    from platformdirs import user_cache_dir
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import _to_array

    cache = Path(user_cache_dir("newsloupe")) / f"py3langid-{version('py3langid')}.npz"
    if not cache.is_file():
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(f".{os.getpid()}.part")
        with lzma.open(MODEL_DIR / MODEL_FILE) as src, partial.open("wb") as out:
            shutil.copyfileobj(src, out, length=1 << 20)
        os.replace(partial, cache)
    with np.load(cache, allow_pickle=False) as data:
        return LanguageIdentifier(
            np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(), _to_array(data["nextmove"]),
            data["out_feat"].tolist(), norm_probs=True, tk_row=_to_array(data["nextmove_row"]))


def detect_language(text: str, *, declared: str | None = None) -> str | None:
    """The ISO 639-1 code of ``text`` ("en", "de", "ru" ...), None when too short or unsure.

    A text too short or too mixed for the detector is still told by its script when one other than
    Latin holds most of its letters ("不归移民漫画系列：专业工作" is Chinese: ``scripts.dominant_script``).
    The language its feed or page ``declared`` (``<language>``, ``xml:lang``, ``<html lang>``) chooses
    among the languages of a script other than Latin ("東京都知事選挙", Han letters alone, is Japanese in
    a feed that says ``ja``, not Chinese), and decides for a text too short for the detector. A long
    Latin text is told by the detector (pages keep their template's ``lang="en"``), and a declaration
    the letters contradict (a Chinese blog left at WordPress's "en-US") is not taken.
    """
    from .scripts import dominant_script, writes

    sample = text[:SAMPLE_CHARS]
    script = dominant_script(sample)
    declared = declared if declared and writes(script, declared) else None
    if declared and script is not None:
        return declared
    if len(_LETTERS.findall(sample, 0, 400)) >= MIN_LETTERS:
        with _lock:  # the identifier keeps scratch arrays: one caller at a time
            lang, prob = _identifier().classify(sample)
        if prob >= 0.5:
            return str(lang)
    if declared:
        return declared
    if script is None:
        return None
    if len(script.languages) == 1:
        return script.default
    with _lock:
        ranked = [(str(lang), prob) for lang, prob in _identifier().rank(sample) if lang in script.languages]
    total = sum(prob for _, prob in ranked)
    # The detector's choice among the script's languages, or the script's main one when it hesitates
    # (five Cyrillic letters are as much Serbian as Russian to it).
    return ranked[0][0] if ranked and total > 0 and ranked[0][1] >= 0.5 * total else script.default


def default_language() -> str:
    """The language of the default pipeline (read from its meta.json, without importing spaCy)."""
    from tui.library.models import installed_model_info

    info = installed_model_info(None)
    return info.name.split("_", 1)[0] if info is not None else "en"


def parse_model_options(values: list[str] | None) -> tuple[str | None, dict[str, str]]:
    """``--model NAME`` and ``--model de=de_core_news_sm``: (the default pipeline, per-language ones)."""
    default: str | None = None
    per_language: dict[str, str] = {}
    for value in values or []:
        lang, sep, name = value.partition("=")
        if sep and lang.strip().isalpha() and len(lang.strip()) <= 3:
            per_language[lang.strip().lower()] = name.strip()
        else:
            default = value
    return default, per_language


def configured_models(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Language -> pipeline name: config ``[models]``, then ``--model xx=NAME`` options."""
    from tui.config import load_models

    models = load_models()
    models.update(extra or {})
    return models


def pipeline_for(language: str | None, *, default_name: str | None = None,
                 models: dict[str, str] | None = None) -> str | None:
    """The pipeline that analyses ``language`` (None: unknown language, the default one); None when none does."""
    models = models or {}
    if language and language in models:
        return models[language]
    if language is None or language == _language_of(default_name):
        return default_name or ""
    return None


def _language_of(name: str | None) -> str:
    """The language a pipeline reads, from its meta.json; a pipeline not installed counts as the default's
    (loading it then fails with the usual one-line message)."""
    from tui.library.models import installed_model_info

    info = installed_model_info(name) if name else None
    return info.name.split("_", 1)[0] if info is not None else default_language()


#: Languages spaCy publishes a trained ``<lang>_core_news_sm`` pipeline for (Chinese's is ``zh_core_web_sm``).
CORE_NEWS_LANGUAGES = frozenset(
    "ca da de el es fi fr hr it ja ko lt mk nb nl pl pt ro ru sl sv uk".split()
)


def no_pipeline_notice(language: str) -> str:
    """The one line shown instead of layers for an article no pipeline reads (it names a real
    pipeline only where spaCy publishes one for the language)."""
    published = language == "zh" or language in CORE_NEWS_LANGUAGES
    name = ("zh_core_web_sm" if language == "zh" else f"{language}_core_news_sm") if published else "NAME"
    fix = f"add one with --model {language}={name} or config [models] {language} = \"{name}\""
    if not published:
        fix += " (spaCy publishes no trained pipeline for it)"
    return f"language '{language}': no pipeline configured, so it is not analysed; {fix}"


def article_language(article: "ArticleInput") -> str | None:
    return dict(article.meta).get("language") or None


def unsupported_language(article: "ArticleInput", *, default_name: str | None = None,
                         models: dict[str, str] | None = None) -> str | None:
    """The article's language when no configured pipeline reads it; None when one does."""
    lang = article_language(article)
    if lang and pipeline_for(lang, default_name=default_name, models=models) is None:
        return lang
    return None


def unanalysed(article: "ArticleInput", language: str) -> "Analysis":
    """The article with no layers (its language has no pipeline), its notice in ``meta``."""
    from tui.extract.preprocess import paragraph_ranges
    from tui.extract.types import Analysis, ModelInfo, Sentence
    from tui.extract.version import EXTRACTOR_VERSION

    meta = tuple(sorted({**dict(article.meta), "notice": no_pipeline_notice(language)}.items()))
    return Analysis(text=article.text, title=article.title, published=article.published, source=article.source,
                    model=ModelInfo("", ""), extractor_version=EXTRACTOR_VERSION,
                    paragraphs=tuple(Sentence(a, b) for a, b in paragraph_ranges(article.text)), meta=meta)


def analyse_by_language(articles: list["ArticleInput"], *, model_options: list[str] | None = None,
                        n_process: int = 1, notify: Callable[[str], object] | None = None) -> Iterator["Analysis"]:
    """Each article analysed by the pipeline of its language, in order; one without a pipeline is
    given back unanalysed and ``notify(line)`` is called once per such language."""
    from tui.extract import analyse_many, model

    default, extra = parse_model_options(model_options)
    models = configured_models(extra)
    groups: dict[str, list[int]] = {}
    results: dict[int, Analysis] = {}
    told: set[str] = set()
    for index, article in enumerate(articles):
        lang = article_language(article)
        name = pipeline_for(lang, default_name=default, models=models)
        if name is None:
            assert lang is not None
            results[index] = unanalysed(article, lang)
            if lang not in told and notify is not None:
                notify(no_pipeline_notice(lang))
                told.add(lang)
        else:
            groups.setdefault(name, []).append(index)
    for name, indexes in groups.items():
        nlp = model.load(name or default)
        for index, analysis in zip(indexes, analyse_many((articles[i] for i in indexes), nlp=nlp, n_process=n_process), strict=True):
            results[index] = analysis
    for index in range(len(articles)):
        yield results[index]


def unanalysable_articles(store: Store) -> set[int]:
    """Ids of the library's articles tagged with a language that no pipeline reads."""
    languages = [r[0] for r in store.query(
        "SELECT DISTINCT language FROM articles WHERE language IS NOT NULL AND language != ''")]
    unread = [lang for lang in languages if pipeline_for(lang) is None]
    if not unread:
        return set()
    marks = ", ".join("?" * len(unread))
    return {int(r[0]) for r in store.query(f"SELECT id FROM articles WHERE language IN ({marks})", tuple(unread))}


def remember_language(store: Store, article_id: int, language: str) -> None:
    """Keep the language detected for an article the library had no tag for (a library that cannot be
    written now is left as it is: the article is only detected again)."""
    from .safety import StoreError

    try:
        # an English analysis of it from before its script was read leaves the indexes with the tag
        unread = {language} if pipeline_for(language) is None else set()
        store.set_languages([(language, article_id)], unread=unread, untagged_only=True)
    except StoreError:
        pass


def tag_library(store: Store, *, batch: int = 500) -> int:
    """Give each library article without a language tag its language ('' when it cannot be told).

    Articles added before languages were kept, or by the reader (which leaves detection to its
    worker), are tagged here, so ``index`` never analyses them with another language's pipeline.
    """
    tagged = last = 0
    while True:
        rows = store.query(
            "SELECT id, substr(body, 1, ?) FROM articles JOIN bodies ON bodies.article_id = articles.id"
            " WHERE language IS NULL AND id > ? ORDER BY id LIMIT ?", (SAMPLE_CHARS, last, batch))
        if not rows:
            forget_misread(store)
            return tagged
        found = [(detect_language(text) or "", article_id) for article_id, text in rows]
        # An article analysed before its language was known (a short Chinese title, once left untagged and
        # read by the English pipeline) leaves the entity index when no pipeline reads its language.
        store.set_languages(found, unread={lang for lang, _ in found if lang and pipeline_for(lang) is None})
        tagged += sum(1 for lang, _ in found if lang)
        last = rows[-1][0]


def forget_misread(store: Store) -> int:
    """Articles tagged with a language no pipeline reads that still carry the default pipeline's reading
    (stored by `export --all` before it asked the language) leave the indexes and the cache; returns how many."""
    from tui.library.models import installed_model_info

    unread = unanalysable_articles(store)
    default = installed_model_info(None)
    if not unread or default is None:
        return 0
    misread = [int(r[0]) for r in store.query(
        "SELECT DISTINCT articles.id FROM articles JOIN analyses ON analyses.content_hash = articles.content_hash"
        " WHERE analyses.model_name = ?", (default.name,)) if int(r[0]) in unread]
    misread += [int(r[0]) for r in store.query("SELECT id FROM articles WHERE entity_count IS NOT NULL")
                if int(r[0]) in unread and int(r[0]) not in misread]
    if misread:
        store.forget_misread(misread, model_name=default.name)
    return len(misread)
