"""Score event facts against hand-annotated events (``benchmarks/data/events_gold.json``).

A gold event has one or more trigger mentions (character offsets into the article text), a type,
actors, targets, a place, a time and a factuality. A predicted event *matches* a gold event when
one of its evidence ranges contains one of the gold triggers and the two types are compatible
(``compatible``); matching is one to one, best first (a predicted trigger on a gold trigger, then
the most arguments right).

Arguments are scored on matched pairs only, by role: a predicted actor is right when it names a
gold actor (same words, one inside the other, or the same surname; the entity's other names count,
so "Chirac" matches "Jacques Chirac"), likewise targets and the place. A pronoun names no one.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tui.extract.types import Analysis, EventFact, Span

from .scoring import Counts

if TYPE_CHECKING:
    from spacy.language import Language

#: Types that may stand for one another: an attack that kills is scored against a death, a
#: warning is a statement, and the court's steps are one family.
_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"attack", "death"}),
    frozenset({"attack", "injure"}),
    frozenset({"attack", "damage"}),
    frozenset({"disaster", "damage"}),
    frozenset({"statement", "warning", "appeal"}),
    frozenset({"charge", "trial", "convict", "sentence", "lawsuit", "ruling", "legal"}),
    frozenset({"arrest", "sentence"}),
    frozenset({"resign", "dismiss"}),
    frozenset({"appoint", "take_office", "elect"}),
    frozenset({"meet", "visit"}),
    frozenset({"transport", "visit"}),
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "their"})


class EventGoldError(ValueError):
    """An events gold file that cannot be read (reported in one line)."""


def compatible(gold: str, predicted: str) -> bool:
    return gold == predicted or any(gold in f and predicted in f for f in _FAMILIES)


@dataclass(frozen=True)
class GoldEvent:
    type: str
    triggers: tuple[tuple[int, int], ...]
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    place: str | None
    time: str | None
    factuality: str


@dataclass(frozen=True)
class GoldArticle:
    split: str
    url: str
    title: str
    date: str
    text: str
    events: tuple[GoldEvent, ...]


@dataclass
class EventScores:
    documents: int = 0
    events: Counts = field(default_factory=Counts)
    arguments: Counts = field(default_factory=Counts)
    factuality_right: int = 0
    #: Per gold type: events found / gold events of that type.
    per_type: dict[str, Counts] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        matched = self.events.tp or 1
        return {"documents": self.documents, "events": self.events.as_dict(), "arguments": self.arguments.as_dict(),
                "factuality_accuracy": round(self.factuality_right / matched, 4),
                "per_type": {k: v.as_dict() for k, v in sorted(self.per_type.items())}}


# -- reading -------------------------------------------------------------------------------------
def wikinews_texts(folder: Path) -> dict[str, str]:
    """url -> text of every Wikinews CSV (``url,date,title,text``) under ``folder``."""
    texts: dict[str, str] = {}
    for path in sorted(folder.rglob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("url") and row.get("text") is not None:
                    texts[row["url"]] = row["text"]
    return texts


def load_events_gold(path: Path, texts_folder: Path | None, *, split: str | None = None) -> list[GoldArticle]:
    """Articles of the gold file (one split, or all); text from the article itself or the Wikinews CSVs."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        raw_articles = data["articles"]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise EventGoldError(f"{path}: not an events gold file ({exc})") from None
    texts = wikinews_texts(texts_folder) if texts_folder is not None and texts_folder.is_dir() else {}
    out: list[GoldArticle] = []
    for item in raw_articles:
        if split and item.get("split") != split:
            continue
        text = item.get("text") or texts.get(item.get("url", ""))
        if text is None:
            where = texts_folder or "--texts"
            raise EventGoldError(f"{path}: no text for {item.get('url')} (give the Wikinews CSV folder with {where})")
        events = []
        for ev in item.get("events", []):
            triggers = tuple((int(t["start"]), int(t["end"])) for t in ev["triggers"])
            for start, end, want in ((t["start"], t["end"], t["text"]) for t in ev["triggers"]):
                if text[start:end] != want:
                    raise EventGoldError(f"{path}: trigger {want!r} not at {start} in {item.get('url')}")
            events.append(GoldEvent(ev["type"], triggers, tuple(ev.get("actors", [])), tuple(ev.get("targets", [])),
                                    ev.get("place"), ev.get("time"), ev.get("factuality", "asserted")))
        out.append(GoldArticle(item.get("split", ""), item.get("url", ""), item.get("title", ""),
                               item.get("date", ""), text, tuple(events)))
    return out


# -- matching ------------------------------------------------------------------------------------
def _norm(name: str) -> str:
    words = name.lower().replace("’", "'").replace("'s", "").replace('"', "").split()
    while words and words[0] in {"the", "a", "an"}:
        words.pop(0)
    return " ".join(words)


def names_match(gold: str, predicted_names: Iterable[str]) -> bool:
    g = _norm(gold)
    for p in map(_norm, predicted_names):
        if not g or not p or p in _PRONOUNS:
            continue
        if g == p or f" {g} " in f" {p} " or f" {p} " in f" {g} " or g.split()[-1] == p.split()[-1]:
            return True
    return False


def _names_of(span: Span, analysis: Analysis) -> list[str]:
    names = [span.text]
    if span.entity and (entity := analysis.entity(span.entity)) is not None:
        names += [entity.name, *entity.aliases]
    return names


def _arguments(gold: GoldEvent, fact: EventFact, analysis: Analysis) -> tuple[int, int, int]:
    """(right, predicted, gold) arguments of one matched pair."""
    right = predicted = expected = 0
    pairs = [(list(gold.actors), list(fact.actors)), (list(gold.targets), list(fact.targets)),
             ([gold.place] if gold.place else [], [fact.place] if fact.place else [])]
    for gold_names, spans in pairs:
        expected += len(gold_names)
        predicted += len(spans)
        unused = list(gold_names)
        for span in spans:
            hit = next((g for g in unused if names_match(g, _names_of(span, analysis))), None)
            if hit is not None:
                unused.remove(hit)
                right += 1
    return right, predicted, expected


def _contains(evidence: Sequence[tuple[int, int]], trigger: tuple[int, int]) -> bool:
    return any(a <= trigger[0] and trigger[1] <= b for a, b in evidence)


def score_article(article: GoldArticle, analysis: Analysis, scores: EventScores) -> list[tuple[GoldEvent, EventFact | None]]:
    """Add one article to ``scores``; return each gold event with the predicted event matched to it."""
    facts = [f for f in analysis.facts if isinstance(f, EventFact)]
    candidates = []
    for gi, gold in enumerate(article.events):
        for pi, fact in enumerate(facts):
            if not compatible(gold.type, fact.type):
                continue
            if not any(_contains(fact.evidence, t) for t in gold.triggers):
                continue
            trig = fact.trigger
            on_trigger = any(trig.start < b and a < trig.end for a, b in gold.triggers)
            right, _, _ = _arguments(gold, fact, analysis)
            candidates.append((on_trigger, right, -pi, gi, pi))
    candidates.sort(reverse=True)
    gold_used: dict[int, int] = {}
    pred_used: set[int] = set()
    for _, _, _, gi, pi in candidates:
        if gi in gold_used or pi in pred_used:
            continue
        gold_used[gi] = pi
        pred_used.add(pi)
    scores.documents += 1
    scores.events.tp += len(gold_used)
    scores.events.fn += len(article.events) - len(gold_used)
    scores.events.fp += len(facts) - len(pred_used)
    out: list[tuple[GoldEvent, EventFact | None]] = []
    for gi, gold in enumerate(article.events):
        per = scores.per_type.setdefault(gold.type, Counts())
        matched = facts[gold_used[gi]] if gi in gold_used else None
        out.append((gold, matched))
        if matched is None:
            per.fn += 1
            continue
        per.tp += 1
        right, predicted, expected = _arguments(gold, matched, analysis)
        scores.arguments.tp += right
        scores.arguments.fp += predicted - right
        scores.arguments.fn += expected - right
        if matched.factuality == gold.factuality:
            scores.factuality_right += 1
    return out


def evaluate_events(
    articles: Sequence[GoldArticle],
    nlp: Language,
    *,
    show: Callable[[GoldArticle, Analysis, list[tuple[GoldEvent, EventFact | None]]], object] | None = None,
) -> EventScores:
    """Analyse each article with the engine and score its events; ``show(article, analysis, pairs)`` sees each."""
    from tui.extract.pipeline import analyse_many
    from tui.extract.types import ArticleInput

    scores = EventScores()
    items = [ArticleInput(text=a.text, title=a.title or None, published=a.date or None, source=a.url) for a in articles]
    for article, analysis in zip(articles, analyse_many(items, nlp=nlp), strict=True):
        pairs = score_article(article, analysis, scores)
        if show is not None:
            show(article, analysis, pairs)
    return scores
