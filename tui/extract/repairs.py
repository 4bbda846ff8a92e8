"""Small, separately tested repairs of the model's entity spans.

Each rule takes the doc and the current mentions and returns new mentions;
``repair_mentions`` runs them in order. Every rule was kept because it raised
exact-span F1 on gold news (GUM's Wikinews documents, ``newsloupe eval``):
edges trimmed, photo credits and parentheses split, a title's fragment
dropped, and names made consistent across the document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .bearing_places import places_by_bearing
from .context import RawMention
from .control_sequences import drop_control_sequence_names
from .doc_text import doc_text
from .first_names import first_names_after_roles
from .loanwords import drop_accented_loanwords
from .named_people import people_named_as_people
from .noise_mentions import (
    drop_clitic_mentions,
    drop_control_and_file_names,
    drop_emphasised_words,
    drop_shouted_words,
    drop_symbol_mentions,
)
from .organisation_names import people_named_as_organisations
from .person_name_edges import trim_caption_labels, trim_possessed_things
from .role_words import is_role_head, is_role_word, looks_like_demonym
from .storm_names import storms_named
from .table_headings import drop_table_headings, has_tables, in_heading_words
from .time_zones import STANDALONE_ZONES
from .word_class_names import drop_lowercase_describing_words, trim_leading_gerunds
from .word_index import span_at, word_texts

if TYPE_CHECKING:
    from spacy.tokens import Doc

Rule = Callable[["Doc", list[RawMention]], list[RawMention]]

#: Labels that name something; numbers, dates and amounts are never repaired.
NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
#: Labels whose names are copied onto untagged repeats of them in the same document.
PROPAGATED_LABELS = frozenset({"PERSON", "ORG", "GPE"})
#: Photo agencies named after a slash in credits ("Ozan Kose/AFP", "Reuters/Ammar Awad").
AGENCIES = frozenset({"afp", "ap", "reuters", "getty", "getty images", "epa", "efe", "anadolu", "xinhua", "upi", "dpa", "ansa", "tass", "sipa", "pool"})

#: Articles left out of names ("the Taliban" -> "Taliban").
ARTICLES = frozenset({"the", "a", "an"})
_TRAILING = "-‐–—,;:/"
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")
_OPENERS = {"(": ")", "[": "]", '"': '"', "“": "”", "‘": "’", "'": "'"}


# -- edges -----------------------------------------------------------------
def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop dangling punctuation, unbalanced brackets or quotes and a possessive from the edges."""
    while True:
        before = (start, end)
        while end > start and (text[end - 1] in _TRAILING or text[end - 1].isspace()):
            end -= 1
        while start < end and (text[start] in ",;:-–—/" or text[start].isspace()):
            start += 1
        piece = text[start:end]
        if piece and piece[0] in _OPENERS and _OPENERS[piece[0]] not in piece[1:]:
            start += 1
        piece = text[start:end]
        if piece and piece[-1] in ")]\"”’'" and not _balanced_close(piece):
            end -= 1
        possessive = _POSSESSIVE.search(text[start:end])
        if possessive and end - start - len(possessive.group()) > 1:
            end -= len(possessive.group())
        if (start, end) == before:
            return start, end


def _balanced_close(piece: str) -> bool:
    closer = piece[-1]
    opener = {")": "(", "]": "[", "”": "“", "’": "‘"}.get(closer, closer)
    if opener == closer:  # straight quotes: balanced when another one opens the pair
        return piece[:-1].count(closer) % 2 == 1
    return opener in piece[:-1]


def trim_edges(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Arabic-" in "Arabic-language" -> "Arabic"; "Saudi Arabia's" -> "Saudi Arabia"."""
    text = doc_text(doc)  # rebuilt from the tokens on every access: read it once
    out = []
    for m in mentions:
        if m.label not in NAME_LABELS:
            out.append(m)
            continue
        start, end = trim_span(text, m.start, m.end)
        if end > start:
            out.append(RawMention(start, end, m.label))
    return out


# -- splits ------------------------------------------------------------------
def drop_articles(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"the Syrian Arab Republic" -> "Syrian Arab Republic": news NER gold leaves the article out.

    A capitalised "The" is kept inside a sentence, where it belongs to the name
    ("The Hague", "The Guardian"), and dropped at a sentence start, where the
    capital says nothing.
    """
    out = []
    for m in mentions:
        span = span_at(doc, m.start, m.end, alignment_mode="expand") if m.label in NAME_LABELS else None
        if span is not None and len(span) > 1:
            first = span[0]
            if first.lower_ in ARTICLES and (first.text.islower() or first.is_sent_start):
                out.append(RawMention(span[1].idx, m.end, m.label))
                continue
        out.append(m)
    return out


def split_credits(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Ozan Kose/AFP" -> PERSON "Ozan Kose" + ORG "AFP" (either side may be the agency)."""
    text = doc_text(doc)
    out = []
    for m in mentions:
        piece = text[m.start : m.end]
        left, slash, right = piece.partition("/")
        if not slash or m.label not in ("PERSON", "ORG") or not left.strip() or not right.strip() or " " in (left[-1], right[0]):
            out.append(m)
            continue
        cut = m.start + len(left)
        parts = ((m.start, cut, left), (cut + 1, m.end, right))
        if not any(_is_agency(p) for _, _, p in parts):
            out.append(m)
            continue
        for a, b, p in parts:
            out.append(RawMention(a, b, "ORG" if _is_agency(p) else "PERSON"))
    return out


def _is_agency(name: str) -> bool:
    return name.strip().lower() in AGENCIES or (name.isupper() and name.isalpha() and len(name) <= 5)


def split_parentheses(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Palmyra (Tadmor)" or the model's "the Palmyra (Tadmor" -> two mentions of one label.

    The entity linker then reads the parenthesised one as an alias of the first.
    """
    text = doc_text(doc)
    out = []
    for m in mentions:
        piece = text[m.start : m.end]
        open_at = piece.find("(")
        if m.label not in NAME_LABELS or open_at <= 0:
            out.append(m)
            continue
        close_at = piece.find(")", open_at)
        inner_end = m.start + (close_at if close_at > 0 else len(piece))
        for a, b in ((m.start, m.start + open_at), (m.start + open_at + 1, inner_end)):
            a, b = trim_span(text, a, b)
            if b > a:
                out.append(RawMention(a, b, m.label))
    return out


def drop_title_fragments(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Israeli National Security" (ORG) before "Adviser Tzachi Hanegbi": the title's words, not an org.

    The fragment goes, its leading nationality stays as NORP, so the role rule reads the whole title.
    """
    starts = {m.start: m for m in mentions}
    out = []
    for m in mentions:
        span = span_at(doc, m.start, m.end, alignment_mode="expand") if m.label == "ORG" else None
        if span is None or span.end >= len(doc):
            out.append(m)
            continue
        words = list(span)
        demonym = words[0] if looks_like_demonym(words[0].text) else None
        rest = words[1:] if demonym is not None else words
        head = doc[span.end]
        after = doc[span.end + 1] if span.end + 1 < len(doc) else None
        person_next = after is not None and (p := starts.get(after.idx)) is not None and p.label == "PERSON"
        if rest and all(is_role_word(w.text) for w in rest) and is_role_head(head.text) and person_next:
            if demonym is not None:
                out.append(RawMention(demonym.idx, demonym.idx + len(demonym.text), "NORP"))
            continue
        out.append(m)
    return out



_SECRETARY_OF = re.compile(r"\b(?:[Ss]ecretar(?:y|ies)|[Mm]inisters?|[Uu]nder-?[Ss]ecretary) of (?:the )?$")
#: Departments a title names after "Secretary of" ("Secretary of State", "Minister of Defence").
_DEPARTMENT_WORDS = frozenset({"state", "defense", "defence", "health", "energy", "transportation", "transport",
                               "education", "agriculture", "commerce", "labor", "labour", "interior", "treasury",
                               "homeland security", "veterans affairs", "housing", "justice", "finance", "war"})


def drop_department_in_title(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Secretary of State Mike Pompeo": "State" (the model's ORG) is a word of the title, not an organisation."""
    text = doc_text(doc)
    return [m for m in mentions
            if not (m.label in ("ORG", "GPE") and text[m.start : m.end].casefold() in _DEPARTMENT_WORDS
                    and _SECRETARY_OF.search(text[max(0, m.start - 40) : m.start]))]


def trim_trailing_titles(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"the State Department Spokesperson" (ORG) -> "the State Department": the title names a person."""
    out = []
    texts = word_texts(doc)
    for m in mentions:
        span = span_at(doc, m.start, m.end) if m.label == "ORG" else None
        if span is not None and len(span) >= 3 and is_role_head(texts[span.end - 1]) and texts[span.end - 2][:1].isupper():
            keep = span[:-1]
            m = RawMention(keep.start_char, keep.end_char, m.label)
        out.append(m)
    return out


def trim_trailing_words(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Meghan cry" (PERSON, from "made Meghan cry") -> "Meghan": no name ends in a lower-case word."""
    out = []
    for m in mentions:
        span = span_at(doc, m.start, m.end) if m.label == "PERSON" else None
        if span is not None and len(span) >= 2 and span[-1].is_alpha and span[-1].text.islower():
            keep = len(span)
            while keep > 1 and span[keep - 1].is_alpha and span[keep - 1].text.islower():
                keep -= 1
            if span[keep - 1].text[:1].isupper():
                m = RawMention(m.start, span[keep - 1].idx + len(span[keep - 1].text), m.label)
        out.append(m)
    return out


def trim_leading_titles(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Spokesperson Jeff Rathke" (PERSON) -> "Jeff Rathke": the title is not part of the name."""
    out = []
    texts = word_texts(doc)
    for m in mentions:
        span = span_at(doc, m.start, m.end) if m.label == "PERSON" else None
        if span is not None:
            cut = 0
            while cut < len(span) - 1 and is_role_word(texts[span.start + cut]):
                cut += 1
            if cut:
                m = RawMention(span[cut].idx, m.end, m.label)
        out.append(m)
    return out

def split_joined_names(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """Two names the model ran into one "person": each becomes a name of its own.

    "the prior Trump-Biden debate": both halves name people of the article, so "Trump-Biden"
    is two people, never one (a double-barrelled surname, "Ruiz-Tagle", has halves no one else
    carries). "on Twitter West accused ...": a platform or a disease is never the first name of
    a person ("Post COVID Melbourne ...").
    """
    from .labels import PLATFORMS, starts_with_non_person

    text = doc_text(doc)
    words: set[str] = set()
    for m in mentions:
        if m.label == "PERSON":
            words.update(text[m.start : m.end].split())
    out = []
    for m in mentions:
        piece = text[m.start : m.end]
        halves = piece.split("-")
        if m.label in ("PERSON", "ORG") and len(halves) == 2 and " " not in piece and \
                all(h[:1].isupper() and h in words and h != piece for h in halves):
            cut = m.start + len(halves[0])
            out += [RawMention(m.start, cut, "PERSON"), RawMention(cut + 1, m.end, "PERSON")]
            continue
        first, space, rest = piece.partition(" ")
        if m.label == "PERSON" and space and starts_with_non_person(first):
            # The platform keeps a mention of its own; the rest is a person only if it reads as a name.
            out.append(RawMention(m.start, m.start + len(first), "ORG" if first.casefold() in PLATFORMS else "EVENT"))
            if rest[:1].isupper():
                out.append(RawMention(m.start + len(first) + 1, m.end, m.label))
            continue
        out.append(m)
    return out


_INNER_THE = re.compile(r" the (?=[A-Z])")


def split_at_inner_article(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"announced on Twitter the Federal Aviation Administration would ...": a lowercase "the" between
    two names the model ran into one; each becomes a name of its own.

    Only when every word before "the" is capitalised ("Bank of the West" is one name) and two or
    more capitalised words follow it ("Alexander the Great", "Jack the Ripper" stay whole).
    """
    text = doc_text(doc)
    out = []
    for m in mentions:
        piece = text[m.start : m.end]
        hit = _INNER_THE.search(piece) if m.label in NAME_LABELS else None
        if hit is not None:
            before, after = piece[: hit.start()].split(), piece[hit.end() :].split()
            if before and all(w[:1].isupper() for w in before) and len(after) >= 2 and after[-1][:1].isupper():
                out += [RawMention(m.start, m.start + hit.start(), m.label), RawMention(m.start + hit.end(), m.end, m.label)]
                continue
        out.append(m)
    return out


_STANCE = re.compile(r"^(?:pro|anti|non|ex)-\w+\s+(?=[A-Z])")
_SCORE_BEFORE = re.compile(r"\d\s*[-–—]\s*$")
_SCORE_AFTER = re.compile(r"^\s*[-–—]\s*\d")


def trim_stances_and_scores(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """A stance or a score is no part of a name.

    "pro-Beijing New People's Party" -> "New People's Party"; in results, "Sweden 1 – 0 Korea
    Republic" gives "Sweden" and "Korea Republic" (an organisation, whatever the model called
    the number it ran into).
    """
    text = doc_text(doc)
    out = []
    for m in mentions:
        start, end, label = m.start, m.end, m.label
        piece = text[start:end]
        stance = _STANCE.match(piece) if label in NAME_LABELS else None
        if stance:
            start += stance.end()
        lead = re.match(r"^\d+\s+(?=[A-Z])", piece)
        if lead and _SCORE_BEFORE.search(text[max(0, start - 6) : start]):
            start, label = start + lead.end(), label if label in NAME_LABELS else "ORG"
        tail = re.search(r"(?<=[a-z])\s+\d+$", piece)
        if tail and _SCORE_AFTER.match(text[end : end + 6]):
            end, label = end - len(tail.group()), label if label in NAME_LABELS else "ORG"
        out.append(RawMention(start, end, label) if (start, end, label) != (m.start, m.end, m.label) else m)
    return out


_NAME_LINKS = frozenset({"and", "of", "&", "the", "on", "in"})
#: Heads of bodies whose names go on after "for" ("Institute for ...", "Foundation for ...").
_FOR_HEADS = frozenset({
    "foundation", "foundations", "institute", "institutes", "centre", "center", "centres", "centers", "committee",
    "campaign", "council", "commission", "fund", "alliance", "coalition", "society", "association", "office",
    "agency", "organisation", "organization", "network", "union", "league", "partnership", "movement", "party",
    "department", "ministry", "court", "tribunal", "school", "college", "university", "academy", "trust", "board",
    "bureau", "service", "authority", "federation", "forum", "group", "initiative", "project", "programme", "program",
})


def extend_for_names(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Andy Warhol Foundation" + "for the Visual Arts": an organisation's name goes on after "for".

    The model often stops at "for" ("Institute for Fiscal Studies", "Centers for Disease Control
    and Prevention"); the name goes on through capitalised words (and "of", "and", "the" between
    them), never ending on a small word.
    """
    out = []
    for m in mentions:
        span = span_at(doc, m.start, m.end) if m.label == "ORG" else None
        if span is None or span.end + 1 >= len(doc) or doc[span.end].lower_ != "for" or span[-1].lower_ not in _FOR_HEADS:
            out.append(m)
            continue
        i = span.end + 1
        if doc[i].lower_ == "the":
            i += 1
        last = None
        while i < len(doc) and not doc[i].is_sent_start and (
                doc[i].text[:1].isupper() or (doc[i].lower_ in _NAME_LINKS and last is not None)):
            if doc[i].text[:1].isupper():
                last = i
            i += 1
        out.append(RawMention(m.start, doc[last].idx + len(doc[last].text), m.label) if last is not None else m)
    return out


# -- document-level consistency ----------------------------------------------------
#: Labels the model gives a bare surname by mistake; a PRODUCT or EVENT named like a person stays.
_SURNAME_MISREADS = frozenset({"ORG", "GPE", "LOC", "FAC"})
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")
#: Words a surname of two or more words opens with ("La Riva", "De La Fuente", "Van der Leyen", "bin Salman").
_SURNAME_PARTICLES = frozenset({"la", "le", "de", "del", "della", "der", "di", "da", "du", "dos", "das", "van", "von",
                                "bin", "ben", "ibn", "al", "el", "abu", "st.", "saint", "mac", "ter", "ten"})


def label_surnames(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """A mention that is the last name of a full PERSON name seen earlier is a PERSON: "Biden" after "Joe
    Biden", and a surname of two words or more that opens with a particle, "La Riva" after "Gloria La Riva"
    (tagged ORG 23 times in a debate's report); "North East" after "Bolton North East" is no surname.

    A "full name" that starts with another person's surname ("Warhol Polaroid")
    is the model running two names together, and lends its last word nothing.
    """
    text = doc_text(doc)
    full_names = []
    for m in mentions:
        words = text[m.start : m.end].split()
        if m.label == "PERSON" and 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words):
            full_names.append((m.start, words))
    last_words = {words[-1] for _, words in full_names}
    since: dict[str, int] = {}
    for start, words in full_names:
        if words[0] not in last_words:
            for k in range(1, len(words)):  # "Riva", "La Riva" of "Gloria La Riva"
                if k < len(words) - 1 and words[k].casefold() not in _SURNAME_PARTICLES:
                    continue  # "North East" of "Bolton North East" (a constituency taken for a person)
                tail = " ".join(words[k:])
                since[tail] = min(start, since.get(tail, start))
    out = []
    for m in mentions:
        name = text[m.start : m.end]
        if m.label in _SURNAME_MISREADS and since.get(name, len(text)) < m.start:
            m = RawMention(m.start, m.end, "PERSON")
        out.append(m)
    return out


def majority_labels(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """The same name tagged differently in one document takes its most frequent label."""
    text = doc_text(doc)
    votes: dict[str, Counter[str]] = {}
    for m in mentions:
        if m.label in NAME_LABELS:
            votes.setdefault(text[m.start : m.end], Counter())[m.label] += 1
    out = []
    for m in mentions:
        counts = votes.get(text[m.start : m.end])
        if counts and len(counts) > 1:
            (best, n), *others = counts.most_common()
            if n > others[0][1]:
                m = RawMention(m.start, m.end, best)
        out.append(m)
    return out


def extend_to_known_names(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """A name cut short where the article writes it in full elsewhere is the full name.

    "James" + "To of the Democratic Party", where "James To" is a person elsewhere in the
    article: the model read "To" as a preposition once. The words after the short form must be
    the rest of the known name, word for word.
    """
    names: dict[str, list[tuple[str, ...]]] = {}
    spans = []
    for m in mentions:
        # People and places ("Washington" + "D.C."); "NASA" + "Administrator" is an organisation and a title.
        span = span_at(doc, m.start, m.end) if m.label in ("PERSON", "GPE") else None
        spans.append(span)
        if span is not None and len(span) >= 2:
            written = [t.text for t in span]
            while len(written) > 1 and written[-1] in ".,":  # "James To." at a sentence's end
                written.pop()
            names.setdefault(span[0].text, []).append(tuple(written))
    if not names:
        return mentions
    starts = {m.start for m in mentions}
    out = []
    for m, span in zip(mentions, spans, strict=True):
        if span is not None and span[0].text in names:
            words = tuple(t.text for t in span)
            for key in sorted(names[span[0].text], key=len, reverse=True):
                j = span.start + len(key)
                if len(key) > len(words) and key[: len(words)] == words and j <= len(doc) \
                        and tuple(t.text for t in doc[span.start : j]) == key \
                        and not any(t.idx in starts for t in doc[span.end : j]):
                    m = RawMention(m.start, doc[j - 1].idx + len(doc[j - 1].text), m.label)
                    break
        out.append(m)
    return out


def propagate_names(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """A name tagged once is tagged again where it recurs untagged (same tokens, not inside a longer name)."""
    names: dict[tuple[str, ...], Counter[str]] = {}
    texts = word_texts(doc)
    for m in mentions:
        span = span_at(doc, m.start, m.end) if m.label in PROPAGATED_LABELS else None
        if span is not None and texts[span.start][:1].isupper():
            names.setdefault(tuple(texts[span.start : span.end]), Counter())[m.label] += 1
    if not names:
        return mentions
    covered = bytearray(len(doc))
    for m in mentions:
        span = span_at(doc, m.start, m.end, alignment_mode="expand")
        if span is not None:
            covered[span.start : span.end] = b"\x01" * len(span)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in names:
        by_first.setdefault(key[0], []).append(key)
    for keys in by_first.values():
        keys.sort(key=len, reverse=True)  # the longest name first
    added = []
    text = doc_text(doc)
    tables = has_tables(text)
    for i, word in enumerate(texts):
        for key in by_first.get(word, ()):
            j = i + len(key)
            if j > len(doc) or any(covered[i:j]) or tuple(texts[i:j]) != key:
                continue
            if _extends_name(doc, i, j):
                continue
            if tables and in_heading_words(text, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)):
                continue  # "| Member of Parliament |": a word of a column's name
            covered[i:j] = b"\x01" * (j - i)
            added.append(RawMention(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), names[key].most_common(1)[0][0]))
            break
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def _extends_name(doc: "Doc", i: int, j: int) -> bool:
    """The match touches another capitalised word: it is part of a longer name."""
    before = doc[i - 1] if i > 0 else None
    after = doc[j] if j < len(doc) else None
    if before is not None and before.text[:1].isupper() and not before.is_sent_start and before.pos_ == "PROPN":
        return True
    return after is not None and after.text[:1].isupper() and after.pos_ == "PROPN"


_CLOCK_BEFORE = re.compile(r"(?:\b\d{1,2}[:.]\d{2}|\b\d{4}|\b\d{1,2}\s*[ap]\.?m\.?)\s*\(?$", re.IGNORECASE)


def time_zones(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"UTC", "GMT", "EST" belong to the time before them, never to an organisation.

    A zone right after a TIME/DATE mention joins it; after a bare clock ("0930 UTC") the two
    become one TIME mention; anywhere else the zone is no entity at all. Zones that are also
    companies' names ("ADT": ``time_zones.NAME_CLASHES``) are left to the model.
    """
    out: list[RawMention] = []
    text = doc_text(doc)  # spaCy rebuilds it at every access
    for m in sorted(mentions, key=lambda m: m.start):
        zone = text[m.start:m.end].strip("() ")
        if m.label not in NAME_LABELS or zone not in STANDALONE_ZONES:
            out.append(m)
            continue
        gap = text[out[-1].end:m.start] if out else "x"
        if out and out[-1].label in {"TIME", "DATE"} and re.fullmatch(r"\s*\(?", gap):
            out[-1] = RawMention(out[-1].start, m.end, "TIME")
        elif clock := _CLOCK_BEFORE.search(text[max(0, m.start - 12):m.start]):
            out.append(RawMention(m.start - len(clock.group()), m.end, "TIME"))
    return out


_LOCAL_AFTER = re.compile(r"\s+local(?:\s+time\b|(?!\s*[A-Za-z]))", re.IGNORECASE)


def local_clocks(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"at 0800 local time": the model's number is a clock time (as ``date_times.read_local_clocks``
    reads it), so the entity layer shows a time, not a quantity."""
    text = doc_text(doc)
    return [
        RawMention(m.start, m.end, "TIME")
        if m.label == "CARDINAL" and re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", text[m.start:m.end]) and _LOCAL_AFTER.match(text, m.end)
        else m
        for m in mentions
    ]


#: The rules in the order they run.
RULES: tuple[Rule, ...] = (
    drop_symbol_mentions,
    drop_clitic_mentions,
    drop_control_and_file_names,
    drop_control_sequence_names,
    drop_accented_loanwords,
    drop_lowercase_describing_words,
    trim_edges,
    trim_leading_gerunds,
    drop_shouted_words,
    drop_table_headings,
    drop_emphasised_words,
    time_zones,
    local_clocks,
    drop_articles,
    split_credits,
    split_parentheses,
    drop_title_fragments,
    drop_department_in_title,
    trim_trailing_titles,
    trim_trailing_words,
    trim_possessed_things,
    trim_caption_labels,
    trim_leading_titles,
    split_joined_names,
    split_at_inner_article,
    trim_stances_and_scores,
    first_names_after_roles,
    extend_for_names,
    people_named_as_organisations,
    people_named_as_people,
    storms_named,
    places_by_bearing,
    label_surnames,
    majority_labels,
    extend_to_known_names,
    propagate_names,
)


def repair_mentions(doc: "Doc", *, rules: Sequence[Rule] = RULES) -> list[RawMention]:
    """The model's entities after repairs, sorted by start, without overlaps."""
    mentions = [RawMention(e.start_char, e.end_char, e.label_) for e in doc.ents]
    for rule in rules:
        mentions = rule(doc, mentions)
    return _without_overlaps(mentions)


def _without_overlaps(mentions: list[RawMention]) -> list[RawMention]:
    out: list[RawMention] = []
    for m in sorted(set(mentions), key=lambda m: (m.start, -(m.end - m.start))):
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out

