"""Exact-span precision, recall and F1 per class, through a label mapping; quote overlap scoring.

A mapping names classes (PER, LOC, ...) and, for each, the gold labels and
the engine labels that belong to it. A predicted span is correct when a gold
span has exactly the same offsets and the same class. Spans whose label maps
to no class are left out on both sides (the engine's DATE when the gold has
no dates).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .types import GoldDoc, GoldSpan

MISC_LABELS = ("NORP", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE")
SPACY_LABELS = (
    "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
    "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL",
)


@dataclass(frozen=True, slots=True)
class LabelClass:
    name: str
    gold: frozenset[str]
    ours: frozenset[str]


@dataclass(frozen=True)
class LabelMap:
    """Classes to score, each with its gold labels and engine labels."""

    classes: tuple[LabelClass, ...]

    def gold_class(self, label: str) -> str | None:
        return next((c.name for c in self.classes if label in c.gold), None)

    def our_class(self, label: str) -> str | None:
        return next((c.name for c in self.classes if label in c.ours), None)

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, Iterable[str], Iterable[str]]]) -> "LabelMap":
        return cls(tuple(LabelClass(n, frozenset(g), frozenset(o)) for n, g, o in pairs))


def _conll_classes(per: str, loc: str, org: str, misc: Sequence[str]) -> LabelMap:
    return LabelMap.of([
        ("PER", [per], ["PERSON"]),
        ("LOC", [loc], ["GPE", "LOC", "FAC"]),
        ("ORG", [org], ["ORG"]),
        ("MISC", misc, MISC_LABELS),
    ])


#: GUM entity types and CoNLL-2003 tags, both scored as the four CoNLL classes.
GUM_MAP = _conll_classes("person", "place", "organization", ("event", "object", "abstract", "substance", "animal", "plant"))
CONLL_MAP = _conll_classes("PER", "LOC", "ORG", ("MISC",))
SPACY_MAP = LabelMap.of([(label, [label], [label]) for label in SPACY_LABELS])


def default_map(fmt: str, docs: Sequence[GoldDoc]) -> LabelMap:
    """The mapping for a gold format; brat files are read as spaCy labels unless they use CoNLL tags."""
    if fmt == "conllu":
        return GUM_MAP
    if fmt == "conll":
        return CONLL_MAP
    labels = {m.label for d in docs for m in d.mentions}
    return CONLL_MAP if labels and labels <= {"PER", "LOC", "ORG", "MISC"} else SPACY_MAP


def parse_map(specs: Sequence[str]) -> LabelMap:
    """``["person=PERSON", "place=GPE|LOC|FAC"]``: one class per gold label, named after it."""
    pairs = []
    for spec in specs:
        gold, sep, ours = spec.partition("=")
        targets = [t.strip() for t in ours.split("|") if t.strip()]
        if not sep or not gold.strip() or not targets:
            raise ValueError(f"--map {spec!r}: expected GOLD=OURS or GOLD=OURS|OURS")
        pairs.append((gold.strip(), [gold.strip()], targets))
    return LabelMap.of(pairs)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Scores:
    """Counts per class and overall (micro-averaged)."""

    per_class: dict[str, Counts] = field(default_factory=dict)
    overall: Counts = field(default_factory=Counts)

    def as_dict(self) -> dict[str, object]:
        return {"overall": self.overall.as_dict(), "per_class": {k: v.as_dict() for k, v in self.per_class.items()}}


def score_spans(
    gold: Iterable[tuple[str, Iterable[GoldSpan]]],
    predicted: Mapping[str, Iterable[GoldSpan]],
    mapping: LabelMap,
) -> Scores:
    """Exact-span scores over documents: ``gold`` as (doc name, spans), ``predicted`` by doc name."""
    scores = Scores({c.name: Counts() for c in mapping.classes})
    for name, spans in gold:
        gold_set = {(s.start, s.end, c) for s in spans if (c := mapping.gold_class(s.label))}
        pred_set = {(s.start, s.end, c) for s in predicted.get(name, ()) if (c := mapping.our_class(s.label))}
        for _, _, c in gold_set & pred_set:
            scores.per_class[c].tp += 1
        for _, _, c in pred_set - gold_set:
            scores.per_class[c].fp += 1
        for _, _, c in gold_set - pred_set:
            scores.per_class[c].fn += 1
    for counts in scores.per_class.values():
        scores.overall.tp += counts.tp
        scores.overall.fp += counts.fp
        scores.overall.fn += counts.fn
    return scores


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters over the longer of the two spans (1.0 = the same span)."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    longest = max(a[1] - a[0], b[1] - b[0])
    return shared / longest if shared > 0 and longest > 0 else 0.0


def score_overlap(
    gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]], *, threshold: float = 0.5
) -> Counts:
    """One-to-one matching of predicted to gold spans whose overlap reaches ``threshold``, best pairs first."""
    pairs = sorted(
        ((overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for value, gi, pi in pairs:
        if value < threshold:
            break
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
    return Counts(tp=len(used_gold), fp=len(predicted) - len(used_pred), fn=len(gold) - len(used_gold))
