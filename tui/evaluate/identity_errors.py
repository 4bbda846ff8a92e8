"""What the identity scores lose: gold identities split apart and different ones merged.

Within an article: a gold identity whose detected mentions went to several engine entities
(``split``: recall lost), and an engine entity that detects several gold identities
(``merged``: precision lost). Across articles the same over (article, gold identity) items
and library ids. Each error carries the pairs it costs, so the worst come first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from .identity import _article_items, _detected
from .types import GoldDoc


@dataclass(frozen=True, slots=True)
class IdentityError:
    scope: str  # "within" or "across"
    kind: str  # "split" or "merged"
    #: The gold identity split, or the engine / library id that merged several.
    key: str
    #: What it was split into, or what was merged: "id: where (how many)".
    parts: tuple[str, ...]
    #: Pairs of items this error costs (false negatives for a split, false positives for a merge).
    pairs: int

    def line(self) -> str:
        return f"{self.scope:6} {self.kind:6} {self.pairs:3}  {self.key}  <- " + " | ".join(self.parts)


def _lost(groups: Mapping[str, Mapping[str, list[str]]], scope: str, kind: str) -> list[IdentityError]:
    """Errors of one kind: ``groups`` maps a key to its parts, each with the places it was seen."""
    out = []
    for key, parts in groups.items():
        if len(parts) < 2:
            continue
        sizes = [len(v) for v in parts.values()]
        pairs = sum(a * b for a, b in combinations(sizes, 2))
        shown = tuple(f"{part}: {', '.join(sorted(set(where))[:4])} ({len(where)})" for part, where in parts.items())
        out.append(IdentityError(scope, kind, key, shown, pairs))
    return out


def identity_errors(
    docs: Sequence[GoldDoc],
    mentions: Mapping[str, Sequence[tuple[int, int, str]]],
    library: Mapping[tuple[str, str], str],
    *,
    matching: str = "one-to-one",
) -> list[IdentityError]:
    """Every split and merge within and across articles, the costliest first."""
    errors: list[IdentityError] = []
    split_across: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    merged_across: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for doc in docs:
        found = mentions.get(doc.name, ())
        detected = _detected(doc, found, matching)
        split: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        merged: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for gold, pi in detected:
            start, end, entity = found[pi]
            said = f"{doc.text[gold.start:gold.end]!r}~{doc.text[start:end]!r}"
            split[f"{doc.name} {gold.identity}"][entity].append(said)
            merged[f"{doc.name} {entity}"][gold.identity].append(said)
        errors += _lost(split, "within", "split") + _lost(merged, "within", "merged")
        for identity, lib in _article_items(doc.name, [(g.identity, found[pi][2]) for g, pi in detected], library):
            split_across[identity][lib].append(doc.name)
            merged_across[lib][identity].append(doc.name)
    errors += _lost(split_across, "across", "split") + _lost(merged_across, "across", "merged")
    return sorted(errors, key=lambda e: (e.scope != "across", -e.pairs, e.kind, e.key))
