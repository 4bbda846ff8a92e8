"""Identity scores: do the engine's entities and library identities group gold mentions as the gold does?

Within articles: every pair of gold named mentions (with a gold identity) that the
engine detects is scored: same gold identity against same engine entity, pairwise
precision, recall and F1 summed over articles.

Detected, under either of two matchings (a scorer we do not have may use either, so both
are reported): a predicted mention sharing at least half the longer span, matched
``one-to-one`` (best overlaps first), or ``best-overlap`` (each gold mention takes its best
predicted mention, so one predicted name may detect gold names nested in it).

Across articles: one item per (article, gold identity) that the engine detected,
predicted as the library identity most of its mentions were given; every pair of
items is scored the same way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from .scoring import Counts
from .types import GoldDoc, GoldSpan

if TYPE_CHECKING:
    from spacy.language import Language

    from tui.extract.types import Analysis


@dataclass(frozen=True)
class IdentityScores:
    within: Counts
    across: Counts
    detected: int
    gold: int

    def as_dict(self) -> dict[str, object]:
        return {"within": self.within.as_dict(), "across": self.across.as_dict(),
                "detected": self.detected, "gold": self.gold}


def _pairs(items: Sequence[tuple[str, str]], counts: Counts) -> None:
    """Pairwise tally: items are (gold id, predicted id)."""
    for (g1, p1), (g2, p2) in combinations(items, 2):
        same_gold, same_pred = g1 == g2, p1 == p2
        if same_gold and same_pred:
            counts.tp += 1
        elif same_pred:
            counts.fp += 1
        elif same_gold:
            counts.fn += 1


#: The ways a gold mention may be detected (see the module docstring).
MATCHINGS = ("one-to-one", "best-overlap")


def detected_pairs(doc: GoldDoc, mentions: Sequence[tuple[int, int, str]], *,
                   matching: str = "one-to-one") -> list[tuple[str, str]]:
    """(gold identity, predicted entity) of each gold mention a predicted mention detects.

    Detected: the predicted span shares at least half of the longer of the two spans, matched one
    to one, best pairs first (as entity spans are scored). So "Hui Chi-fung from the Democratic
    Party" is not taken for the party, and a predicted "University of Southern Indiana" detects
    that gold name only, not also the place GUM marks inside it ("Southern Indiana").
    ``best-overlap``: each gold mention takes the predicted mention it shares most with, so
    that one predicted name detects "Southern Indiana" too.
    """
    return [(gold.identity, mentions[pi][2]) for gold, pi in _detected(doc, mentions, matching)]


def _detected(doc: GoldDoc, mentions: Sequence[tuple[int, int, str]], matching: str) -> list[tuple[GoldSpan, int]]:
    """(gold mention, index of the predicted mention that detects it), in gold order."""
    from .scoring import overlap

    if matching not in MATCHINGS:
        raise ValueError(f"unknown matching {matching!r}")
    gold = [g for g in doc.mentions if g.identity]
    if matching == "best-overlap":
        out = []
        for g in gold:
            shares = [(overlap((start, end), (g.start, g.end)), -pi) for pi, (start, end, _) in enumerate(mentions)]
            best = max(shares, default=(0.0, 0))
            if best[0] >= 0.5:
                out.append((g, -best[1]))
        return out
    pairs = sorted(
        ((shared, gi, pi) for gi, g in enumerate(gold) for pi, (start, end, _) in enumerate(mentions)
         if (shared := overlap((start, end), (g.start, g.end))) >= 0.5),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    chosen: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in chosen and pi not in used:
            chosen[gi] = pi
            used.add(pi)
    return [(gold[gi], chosen[gi]) for gi in range(len(gold)) if gi in chosen]


def score_identity(
    docs: Sequence[GoldDoc],
    mentions: Mapping[str, Sequence[tuple[int, int, str]]],
    library: Mapping[tuple[str, str], str],
    *,
    matching: str = "one-to-one",
) -> IdentityScores:
    """``mentions``: (start, end, entity) per document; ``library``: (document, entity) -> library id."""
    within, across = Counts(), Counts()
    items: list[tuple[str, str]] = []
    detected = gold = 0
    for doc in docs:
        gold += sum(1 for g in doc.mentions if g.identity)
        pairs = detected_pairs(doc, mentions.get(doc.name, ()), matching=matching)
        detected += len(pairs)
        _pairs(pairs, within)
        items += _article_items(doc.name, pairs, library)
    _pairs(items, across)
    return IdentityScores(within, across, detected, gold)


def _article_items(name: str, pairs: Sequence[tuple[str, str]],
                   library: Mapping[tuple[str, str], str]) -> list[tuple[str, str]]:
    """One (gold identity, library id) per gold identity of an article: the id most of its mentions got."""
    by_identity: dict[str, Counter[str]] = {}
    for identity, entity in pairs:
        by_identity.setdefault(identity, Counter())[library.get((name, entity), entity)] += 1
    return [(identity, votes.most_common(1)[0][0]) for identity, votes in by_identity.items()]


def split_halves(docs: Sequence[GoldDoc]) -> tuple[list[GoldDoc], list[GoldDoc]]:
    """(dev, check): documents in name order, alternately (tune on dev, report both)."""
    ordered = sorted(docs, key=lambda d: d.name)
    return ordered[0::2], ordered[1::2]


@dataclass(frozen=True)
class IdentityRun:
    """The engine's analyses of gold documents and their library links per part (all, dev, check)."""

    docs: tuple[GoldDoc, ...]
    analyses: Mapping[str, "Analysis"]
    parts: Mapping[str, tuple[GoldDoc, ...]]
    links: Mapping[str, Mapping[tuple[str, str], str]]

    def mentions(self) -> dict[str, list[tuple[int, int, str]]]:
        return {name: [(m.start, m.end, m.entity) for m in a.mentions] for name, a in self.analyses.items()}

    def scores(self, matching: str = "one-to-one") -> dict[str, IdentityScores]:
        mentions = self.mentions()
        return {part: score_identity(subset, mentions, self.links[part], matching=matching)
                for part, subset in self.parts.items()}


def run_identity(docs: Sequence[GoldDoc], nlp: Language, *, baseline: bool = False) -> IdentityRun:
    """Analyse the documents once and link them as a library would, on all of them and on each half.

    ``baseline`` scores the engine's entity ids as library identities (no library linking).
    """
    from tui.extract.pipeline import analyse_doc
    from tui.extract.types import ArticleInput

    analyses = {}
    for doc, gold in nlp.pipe(((d.text, d) for d in docs), as_tuples=True):
        analyses[gold.name] = analyse_doc(doc, ArticleInput(text=gold.text), nlp)
    dev, check = split_halves(docs)
    parts = {"all": tuple(docs), "dev": tuple(dev), "check": tuple(check)}
    links = {part: {} if baseline else stored_links({d.name: analyses[d.name] for d in subset})
             for part, subset in parts.items()}
    return IdentityRun(tuple(docs), analyses, parts, links)


def evaluate_identity(docs: Sequence[GoldDoc], nlp: Language, *, baseline: bool = False,
                      matching: str = "one-to-one") -> dict[str, IdentityScores]:
    """Scores on all documents and on the dev and check halves."""
    return run_identity(docs, nlp, baseline=baseline).scores(matching)


def stored_links(analyses: Mapping[str, "Analysis"]) -> dict[tuple[str, str], str]:
    """(document, entity) -> library id as a real library gives them: each analysis stored in a
    temporary library (identity resolved as it arrives), then what ``newsloupe index`` does after."""
    import tempfile
    from pathlib import Path

    from tui.extract.types import ArticleInput
    from tui.library.store import Store

    with tempfile.TemporaryDirectory(prefix="newsloupe-identity-") as folder:
        with Store.open(Path(folder) / "library.db") as store:
            ids = {}
            for name, analysis in analyses.items():
                ids[store.add_article(ArticleInput(analysis.text, title=name))] = name
                store.put_analysis(next(reversed(ids)), analysis)
            store.after_indexing()
            return {(ids[aid], eid): lib for aid, links in store.library_links().items() for eid, lib in links.items()}
