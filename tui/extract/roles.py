"""Role facts: which person holds which office, and for whom.

Three patterns, each a rule name in the facts it yields:

* ``role.title_before_name``: "Israeli National Security Adviser Tzachi Hanegbi",
  "U.S. President Donald Trump", "Turkey's President Erdogan". The title is read off the
  tokens left of the name rather than off NER spans, so it does not matter whether the model's
  ORG fragment ("Israeli National Security") was repaired away or not.
* ``role.apposition``: "Oleg Klimov, the deputy governor of Chelyabinsk," and the reverse
  "the deputy governor, Oleg Klimov".
* ``role.relative_clause``: "Oleg Klimov, who is the deputy governor of Chelyabinsk".

One fact per (person, role): repeated mentions add evidence instead of duplicate facts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import DocContext
from .role_words import HONORIFICS, TITLE_LINKERS, is_role_head, is_role_word, looks_like_demonym
from .types import Mention, RoleFact, Span
from .word_index import children_of, span_at

if TYPE_CHECKING:
    from spacy.tokens import Token

_AFFILIATION_LABELS = {"NORP", "GPE", "ORG", "LOC"}
#: Lower-case words of time and rank that may stand before a nationality or place inside a title
#: ("former U.S. President", "senior Tory MP"); a field's word there ("the state of emergency United
#: States President") is not the title's.
_BEFORE_AFFILIATION = frozenset(
    "former then acting interim incoming outgoing current deputy vice senior junior top chief assistant associate"
    " special principal first".split()
)
#: Title heads that also name a ministry's field ("Minister of Justice"): no title of their own after a linker.
_FIELD_HEADS = frozenset({"justice"})
_COMMA_BETWEEN = re.compile(r"^\s*,\s*(?:(?:formerly|currently|now|then|also)\s+)?$")


def _tokens_of(ctx: DocContext, mention: Mention) -> list["Token"]:
    span = span_at(ctx.doc, mention.start, mention.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _label_at(ctx: DocContext, token: "Token") -> str | None:
    hit = ctx.mention_at(token.idx, token.idx + len(token.text))
    return hit.label if hit else None


def _title_tokens(ctx: DocContext, first: "Token") -> list["Token"]:
    """Tokens of the title written just left of a name, nearest last."""
    doc, sent = first.doc, first.sent
    taken: list["Token"] = []
    i = first.i - 1
    while i >= sent.start:
        tok = doc[i]
        label = _label_at(ctx, tok)
        if label in {"PERSON", "DATE", "TIME", "CARDINAL"} or tok.is_punct and tok.text not in {"-", "'s", "’s"}:
            break
        word = tok.text
        if tok.text in {"'s", "’s"}:
            # "Turkey's President Erdogan": the owner is the affiliation; stop after it.
            owner = doc[i - 1] if i - 1 >= sent.start else None
            hit = ctx.mention_at(owner.idx, owner.idx + len(owner.text)) if owner is not None else None
            if hit is not None and hit.label in _AFFILIATION_LABELS and taken:
                taken.append(tok)
                # The whole owner name ("El Paso's"), not only its last word.
                taken += [t for t in reversed(doc[sent.start : i]) if t.idx >= hit.start]
            break
        if word.lower() in TITLE_LINKERS or tok.tag_ == "HYPH":
            taken.append(tok)
        elif tok.lower_ == "the" and taken and i > sent.start and doc[i - 1].lower_ == "of":
            taken.append(tok)  # "Vice President of the United States Joe Biden": the owner's article
        elif word[:1].isupper() and tok.pos_ in {"PROPN", "NOUN", "ADJ"}:
            taken.append(tok)
        elif word[:1].isupper() and label in _AFFILIATION_LABELS:
            taken.append(tok)  # "U.S." is tagged oddly but is a GPE
        elif word.islower() and is_role_word(word):
            right = taken[-1] if taken else None
            if (right is not None and _label_at(ctx, right) in _AFFILIATION_LABELS
                    and right.lower_.rstrip(".") not in HONORIFICS and word not in _BEFORE_AFFILIATION):
                break
            taken.append(tok)
        else:
            break
        i -= 1
    taken.reverse()
    # A title never starts with a linker or an article ("direction of Prime Minister ...").
    while taken and (taken[0].text.lower() in TITLE_LINKERS or taken[0].tag_ == "HYPH" or taken[0].lower_ == "the"):
        taken.pop(0)
    return taken


def _split_affiliation(ctx: DocContext, title: list["Token"]) -> tuple[list["Token"], list["Token"]]:
    """Leading nationality / place / organisation tokens, then the role proper."""
    cut = 0
    for tok in title:
        label = _label_at(ctx, tok)
        if tok.text in {"'s", "’s"}:
            cut += 1
            continue
        unlabelled_demonym = cut == 0 and looks_like_demonym(tok.text) and not is_role_word(tok.text)
        demonym = label in {"NORP", "GPE", "LOC"} or unlabelled_demonym
        if demonym and not is_role_head(tok.text):
            cut += 1
        elif label == "ORG" and not is_role_word(tok.text):
            cut += 1  # "Google CEO Sundar Pichai"; never a title word of a wrong ORG fragment
        else:
            break
    return title[:cut], title[cut:]


def _affiliation_span(ctx: DocContext, tokens: list["Token"]) -> Span | None:
    tokens = [t for t in tokens if t.text not in {"'s", "’s"}]
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    words = ctx.text[start:end]
    # The NER may have swallowed "Israeli" into an ORG fragment: link the nationality itself.
    entity = None
    for label in ("NORP", "GPE", "ORG", "LOC"):
        found = ctx.entity_for_name(words, label=label)
        if found:
            entity = found.id
            break
    if entity is None:
        inside = ctx.mentions_in(start, end)
        entity = inside[0].entity if inside else None
    return Span(start, end, words, entity)


def _person_span(ctx: DocContext, mention: Mention) -> Span:
    return Span(mention.start, mention.end, mention.text, mention.entity)


def _title_before_name(ctx: DocContext, mention: Mention) -> RoleFact | None:
    tokens = _tokens_of(ctx, mention)
    if not tokens:
        return None
    # "professor Dr. Sara Seager": the courtesy title is no part of the office.
    title = [t for t in _title_tokens(ctx, tokens[0]) if t.text.lower().rstrip(".") not in HONORIFICS]
    if not title or title[-1].text.lower() in TITLE_LINKERS:
        return None  # "mayor of Fort Lee", "president and Juan Muñoz": the title is someone else's
    title = _own_title(title)
    last_part = title[max((k + 1 for k, t in enumerate(title) if t.lower_ == "and"), default=0) :]
    if not any(is_role_head(t.text) for t in last_part):
        return None  # "CNN reporter and former X": the reporter is another person
    if len(title) == 1 and _opens_table_cell(ctx.text, title[0].idx):
        return None  # "| Bishop Auckland |", "| Dean Russell |": a cell's name, a place's or a first name
    affiliation, role = _split_affiliation(ctx, title)
    if not role or not any(is_role_word(t.text) for t in role):
        return None
    role_end = role[-1].idx + len(role[-1].text)
    role_span = Span(role[0].idx, role_end, ctx.text[role[0].idx : role_end])
    aff_span = _affiliation_span(ctx, affiliation)
    person = _person_span(ctx, mention)
    start = title[0].idx
    written = " ".join(ctx.text[start : role_span.end].split())
    return RoleFact(
        text=f"{person.text}: {written}",
        evidence=((start, mention.end),),
        rule="role.title_before_name",
        confidence=0.9 if aff_span else 0.85,
        person=person,
        role=role_span,
        affiliation=aff_span,
    )


def _own_title(title: list["Token"]) -> list["Token"]:
    """"former advisor for U.S. President" before "Donald Trump": the title after the linker is the
    name's own, the one before it someone else's. "Minister of Justice" keeps its field, and "Deputy
    Prime Minister for Finance and Minister of Economy" is two titles of one person."""
    def has_head(part: list["Token"]) -> bool:
        return any(is_role_head(t.text) and t.lower_ not in _FIELD_HEADS for t in part)

    for k in range(len(title) - 1, 0, -1):
        own = title[k + 1 :]
        if title[k].lower_ in {"of", "for"} and has_head(title[:k]) and has_head(own) and "and" not in {t.lower_ for t in own}:
            return title[k + 1 :]
    return title


def _opens_table_cell(text: str, start: int) -> bool:
    """``start`` is the first word of a cell in a table row as pages are read ("| Dean Russell |")."""
    line_start = text.rfind("\n", 0, start) + 1
    return text.startswith("|", line_start) and text[:start].rstrip(" ").endswith("|")


def _role_phrase(ctx: DocContext, head: "Token") -> tuple[Span, Span | None, int, int] | None:
    """The role noun phrase around ``head`` ("the deputy governor of Chelyabinsk") split in role + "of" owner."""
    if not is_role_head(head.text) and not is_role_head(head.lemma_):
        return None
    left = [
        c for c in head.lefts
        if c.dep_ == "poss"
        or (c.dep_ in {"compound", "amod", "nmod"} and (is_role_word(c.text) or c.text[:1].isupper()))
    ]
    start_tok = min([head, *[t for c in left for t in c.subtree]], key=lambda t: t.i)
    affiliation = None
    end_tok = head
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "at", "for"}:
            objects = [c for c in children_of(prep) if c.dep_ == "pobj"]
            if objects:
                # The owner's name only: not a clause hanging off it ("... who had investigated").
                clauses = {
                    t.i for c in objects[0].subtree if c.dep_ in {"relcl", "acl", "appos", "punct"} for t in c.subtree
                }
                sub = [t for t in objects[0].subtree if t.i not in clauses]
                sub = sub[: next((k for k in range(1, len(sub)) if sub[k].i != sub[k - 1].i + 1), len(sub))]
                affiliation = ctx.span(sub[0].idx, sub[-1].idx + len(sub[-1].text))
                end_tok = sub[-1]
            break
    # A possessive owner ("Google's chief executive") is the affiliation too.
    for c in left:
        if c.dep_ == "poss" and affiliation is None:
            sub = [t for t in c.subtree if t.text not in {"'s", "’s", "'", "’"}]
            while len(sub) > 1 and sub[0].dep_ == "det":
                sub = sub[1:]  # "The group's founder": the group, not "The group"
            affiliation = ctx.span(sub[0].idx, sub[-1].idx + len(sub[-1].text))
    role_tokens = [t for t in head.doc[start_tok.i : head.i + 1] if t.dep_ != "det" and t.text not in {"'s", "’s"}]
    if affiliation is not None:
        role_tokens = [t for t in role_tokens if not (affiliation.start <= t.idx < affiliation.end)]
    if not role_tokens:
        return None
    role = Span(role_tokens[0].idx, head.idx + len(head.text), ctx.text[role_tokens[0].idx : head.idx + len(head.text)])
    first = min([start_tok.i, *(t.i for t in head.lefts if t.dep_ == "det")])
    return role, affiliation, head.doc[first].idx, end_tok.idx + len(end_tok.text)


def _apposition(ctx: DocContext, mention: Mention) -> RoleFact | None:
    tokens = _tokens_of(ctx, mention)
    if not tokens:
        return None
    # The token of the name the rest of the sentence hangs on (usually the surname).
    name_head = next((t for t in reversed(tokens) if t.head not in tokens or t.head == t), tokens[-1])
    candidates: list[tuple["Token", str]] = []
    for child in children_of(name_head):
        if child.dep_ == "appos":
            candidates.append((child, "role.apposition"))
        if child.dep_ == "relcl" and child.lemma_ == "be":
            candidates += [(c, "role.relative_clause") for c in children_of(child) if c.dep_ == "attr"]
    if name_head.dep_ == "appos":
        candidates.append((name_head.head, "role.apposition"))
    for head, rule in candidates:
        found = _role_phrase(ctx, head)
        if found is None:
            continue
        role, affiliation, start, end = found
        # An apposition is set off by a comma right beside the name; anything else is a misparse.
        between = ctx.text[mention.end : start] if start >= mention.end else ctx.text[role.end : mention.start]
        if rule == "role.apposition" and not _COMMA_BETWEEN.match(between):
            continue
        person = _person_span(ctx, mention)
        linker = ctx.text[role.end : affiliation.start].strip() if affiliation else ""
        owner = f" {linker} {affiliation.text}" if affiliation and affiliation.start > role.start else ""
        # "Hagan's former spokeswoman", "The state's newest Justice": the owner keeps its possessive.
        owned = ctx.text[affiliation.end : affiliation.end + 2] if affiliation else ""
        mark = owned if owned in {"'s", "’s"} else owned[:1] if owned[:1] in {"'", "’"} else ""
        lead = f"{affiliation.text}{mark} " if affiliation and affiliation.start < role.start else ""
        return RoleFact(
            text=f"{person.text}: {lead}{role.text}{owner}",
            evidence=((min(start, mention.start), max(end, mention.end)),),
            rule=rule,
            confidence=0.8,
            person=person,
            role=role,
            affiliation=affiliation,
        )
    return None


def extract_roles(ctx: DocContext) -> list[RoleFact]:
    """Role facts in text order; the same person in the same role once, with all its evidence."""
    by_key: dict[tuple[str, str], RoleFact] = {}
    for mention in ctx.mentions:
        if mention.label != "PERSON" or mention.duplicate or ctx.in_duplicate(mention.start):
            continue
        fact = _title_before_name(ctx, mention) or _apposition(ctx, mention)
        if fact is None:
            continue
        key = (mention.entity, fact.role.text.lower())
        if key in by_key:
            kept = by_key[key]
            by_key[key] = RoleFact(
                text=kept.text, evidence=kept.evidence + fact.evidence, rule=kept.rule,
                confidence=min(1.0, kept.confidence + 0.05), person=kept.person, role=kept.role,
                affiliation=kept.affiliation or fact.affiliation,
            )
        else:
            by_key[key] = fact
    return sorted(by_key.values(), key=lambda f: f.evidence[0])
