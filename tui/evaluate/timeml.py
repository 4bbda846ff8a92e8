"""TimeML gold (``.tml``) and the TempEval-3 measures of the engine's date facts.

A ``.tml`` file holds the document creation time (``<DCT><TIMEX3 value=...>``), an optional
``<TITLE>`` and the article in ``<TEXT>`` with every temporal expression tagged as
``<TIMEX3 type=... value=...>``. The reader rebuilds the plain text with the gold offsets;
``timeml_predictions`` writes each article as a front-matter file (``title:``, ``date:``), reads
it back with the same reader ``newsloupe extract`` uses, and scores the ``span``/``value``/``type``
of the date facts in the same JSON ``extract --format jsonl`` prints, so the figures are those a
scorer reading that output would get.

Measures (UzZaman et al. 2013): a predicted expression matches a gold one when their spans
overlap (relaxed) or coincide (strict), one to one, in text order; value accuracy is the share
of relaxed matches with the gold value exactly; value F1 = relaxed F1 x value accuracy.
"""

from __future__ import annotations

import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .types import GoldError

if TYPE_CHECKING:
    from spacy.language import Language

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    type: str
    value: str
    text: str = ""


@dataclass(frozen=True, slots=True)
class TimemlDoc:
    name: str
    text: str
    dct: str
    title: str | None
    timexes: tuple[Timex, ...]


def read_tml(path: Path) -> TimemlDoc:
    """One ``.tml`` file as plain text, creation time, title and gold TIMEX3 (offsets into the text)."""
    try:
        root = ET.parse(path).getroot()  # noqa: S314 - local research files, no entity expansion in stdlib ET
    except (OSError, ET.ParseError) as exc:
        raise GoldError(f"{path}: not readable TimeML: {exc}") from None
    dct_node = root.find("DCT/TIMEX3")
    text_node = root.find("TEXT")
    if dct_node is None or text_node is None:
        raise GoldError(f"{path}: no DCT or TEXT element")
    title_node = root.find("TITLE")
    title = " ".join("".join(title_node.itertext()).split()) if title_node is not None else None
    parts: list[str] = []
    timexes: list[Timex] = []
    pos = 0

    def walk(node: ET.Element) -> None:
        nonlocal pos
        if node.text:
            parts.append(node.text)
            pos += len(node.text)
        for child in node:
            start = pos
            walk(child)
            if child.tag == "TIMEX3":
                text = "".join(child.itertext())
                timexes.append(Timex(start, pos, child.get("type", ""), child.get("value", ""), text))
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)

    walk(text_node)
    return TimemlDoc(path.stem, "".join(parts), dct_node.get("value", ""), title or None, tuple(timexes))


def tml_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(path.glob("*.tml"))
        if not files:
            raise GoldError(f"{path}: no .tml files")
        return files
    if not path.exists():
        raise GoldError(f"{path}: no such file or folder")
    return [path]


def front_matter_file(doc: TimemlDoc) -> str:
    """The article as ``newsloupe extract`` reads it: ``title:`` and ``date:`` lines, a blank line, the body."""
    lines = []
    if doc.title:
        lines.append(f"title: {doc.title}")
    lines.append(f"date: {doc.dct}")
    return "\n".join(lines) + "\n\n" + doc.text


def timeml_predictions(docs: Sequence[TimemlDoc], nlp: "Language") -> dict[str, list[Timex]]:
    """The engine's date facts per document, read from the JSON ``extract --format jsonl`` prints."""
    from tui.extract import analyse_many
    from tui.extract.serialize import to_dict
    from tui.library.sources import read_one

    with tempfile.TemporaryDirectory(prefix="newsloupe-timeml-") as tmp:
        loaded = []
        for doc in docs:
            path = Path(tmp) / f"{doc.name}.txt"
            path.write_text(front_matter_file(doc), encoding="utf-8")
            loaded.append((doc.name, read_one(path, languages=False)))
        out: dict[str, list[Timex]] = {}
        analyses = analyse_many((article for _, article in loaded), nlp=nlp)
        for (name, _), analysis in zip(loaded, analyses, strict=True):
            out[name] = list(date_facts_of(to_dict(analysis)))
    return out


def date_facts_of(record: dict[str, Any]) -> Iterable[Timex]:
    """Date facts of one ``extract`` JSON record as predicted timexes (span, value, type)."""
    for fact in record.get("facts", []):
        if fact.get("kind") != "date" or not fact.get("span"):
            continue
        span = fact["span"]
        yield Timex(int(span["start"]), int(span["end"]), fact.get("type") or "DATE", fact.get("value") or "", span.get("text", ""))


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.predicted if self.predicted else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, self._f1(p, r)

    @property
    def value_accuracy(self) -> float:
        return self.value / self.relaxed if self.relaxed else 0.0

    @property
    def value_f1(self) -> float:
        return self.prf(self.relaxed)[2] * self.value_accuracy

    def as_dict(self) -> dict[str, float | int]:
        rp, rr, rf = self.prf(self.relaxed)
        sp, sr, sf = self.prf(self.strict)
        return {
            "gold": self.gold, "predicted": self.predicted, "relaxed_matches": self.relaxed,
            "strict_matches": self.strict, "value_correct": self.value,
            "relaxed_p": round(rp, 4), "relaxed_r": round(rr, 4), "relaxed_f1": round(rf, 4),
            "strict_p": round(sp, 4), "strict_r": round(sr, 4), "strict_f1": round(sf, 4),
            "value_accuracy": round(self.value_accuracy, 4), "value_f1": round(self.value_f1, 4),
        }


@dataclass
class TimemlScores:
    documents: int
    overall: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=lambda: {t: Tally() for t in TYPES})
    #: (document, gold or None, predicted or None) for every miss, extra and wrong value.
    errors: list[tuple[str, Timex | None, Timex | None]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"documents": self.documents, "overall": self.overall.as_dict(),
                "by_type": {t: s.as_dict() for t, s in self.by_type.items()}}


def match(gold: Sequence[Timex], predicted: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one overlap matches, preferring exact spans, then the earliest overlapping one."""
    pairs: list[tuple[Timex, Timex]] = []
    free = list(predicted)
    for g in gold:
        overlapping = [p for p in free if p.start < g.end and g.start < p.end]
        if not overlapping:
            continue
        best = next((p for p in overlapping if (p.start, p.end) == (g.start, g.end)), overlapping[0])
        free.remove(best)
        pairs.append((g, best))
    return pairs


def score(docs: Sequence[TimemlDoc], predicted: dict[str, list[Timex]]) -> TimemlScores:
    result = TimemlScores(len(docs))
    for doc in docs:
        preds = predicted.get(doc.name, [])
        pairs = match(doc.timexes, preds)
        matched_preds = {id(p) for _, p in pairs}
        matched_gold = {id(g) for g, _ in pairs}
        for g in doc.timexes:
            for tally in (result.overall, result.by_type.setdefault(g.type, Tally())):
                tally.gold += 1
            if id(g) not in matched_gold:
                result.errors.append((doc.name, g, None))
        for p in preds:
            if id(p) not in matched_preds:
                result.errors.append((doc.name, None, p))
                for tally in (result.overall, result.by_type.setdefault(p.type, Tally())):
                    tally.predicted += 1
        for g, p in pairs:
            # By type, a match counts under the gold type for precision and recall alike,
            # so a type row's P and R have one denominator each; extras count under their own type.
            for tally in (result.overall, result.by_type[g.type]):
                tally.predicted += 1
                tally.relaxed += 1
                tally.strict += (g.start, g.end) == (p.start, p.end)
                tally.value += g.value == p.value
            if g.value != p.value:
                result.errors.append((doc.name, g, p))
    return result


def evaluate_timeml(path: Path, nlp: "Language") -> TimemlScores:
    docs = [read_tml(p) for p in tml_files(path)]
    return score(docs, timeml_predictions(docs, nlp))
