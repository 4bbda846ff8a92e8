"""Who is who inside one article: descriptions and pronouns linked to the entity they stand for.

Rules first, each small and named, each link recording the rule that made it:

- ``role_title``: "the mayor" -> the person written with that title ("Mayor Doug McCallum",
  "Doug McCallum, the mayor of Surrey");
- ``introduced``: "the official" -> the official introduced earlier ("a senior Israeli official"),
  a description with no name, linked to those words;
- ``org_noun``: "the company", "the agency", "the ministry" -> the nearest organisation before,
  one whose name holds the noun first ("the ministry" -> "Ministry of Health");
- ``document_author``: "a statement", "the release" -> its author when the text names one
  ("a statement from X", "X's statement", "a statement released by X", or the organisation or
  person the sentence before is about);
- ``salient_person``: "the billionaire", "The duchess" -> the person (of that gender) the last
  sentences are about, when no title or introduction says more;
- ``pronoun``: "he", "she" -> the latest person of that gender who is the subject of the
  sentence (or clause) before, else the latest such person; gender from the article itself
  (Mr, Ms, Mrs; gendered role nouns; pronouns already tied to the name).

The names themselves (surnames, first names, family names written first) are linked by
``entities.link``; ``name_links`` reports which rule joined each short form to its entity.
Public entry points: ``resolve_token`` (one noun phrase head or pronoun to a link) and
``resolve_document`` (every link of an article), both pure over a ``DocContext``.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from .context import DocContext
from .entities import _person_words, fold
from .role_words import HONORIFICS, ROLE_MODIFIERS, is_role_head
from .types import CorefLink, Fact, Mention, Span
from .word_index import column, nouns_by_lemma, span_at, tagged

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: How far back (characters) a description or pronoun looks for what it stands for.
REACH = 1500
_MALE_WORDS = frozenset({"mr", "mr.", "he", "him", "his", "himself", "man", "father", "son", "husband", "brother",
                         "king", "prince", "spokesman", "chairman", "congressman", "businessman", "boy", "uncle",
                         "sir", "lord", "actor", "nephew", "grandfather", "emperor", "sultan", "pope", "monk",
                         "duke", "boyfriend", "widower"})
_FEMALE_WORDS = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "she", "her", "hers", "herself", "woman", "mother",
                           "daughter", "wife", "sister", "queen", "princess", "spokeswoman", "chairwoman",
                           "congresswoman", "businesswoman", "girl", "aunt", "dame", "lady", "actress", "niece",
                           "grandmother", "empress", "nun", "duchess", "girlfriend", "widow"})
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_PRONOUN_WORDS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
#: Nouns for an organisation, and words its name may hold for that kind ("the ministry" -> "Ministry of ...").
ORG_NOUNS: dict[str, tuple[str, ...]] = {
    "company": ("inc", "corp", "company", "co", "ltd", "llc", "plc", "group", "gamble"), "firm": ("inc", "corp", "llp", "ltd"),
    "agency": ("agency", "administration", "service", "bureau", "office"), "group": ("group", "coalition", "front", "movement"),
    "ministry": ("ministry",), "department": ("department",), "organisation": (), "organization": (),
    "council": ("council",), "commission": ("commission",), "committee": ("committee",), "union": ("union",),
    "party": ("party",), "court": ("court",), "university": ("university", "college"), "school": ("school", "academy"),
    "government": ("government",), "authority": ("authority",), "police": ("police",), "club": ("club", "fc"),
    "team": (), "board": ("board",), "bank": ("bank",), "airline": ("airlines", "airways", "air"),
    "network": ("network", "news", "broadcasting"), "newspaper": ("times", "post", "herald", "news", "journal"),
    "charity": ("foundation", "trust", "fund"), "foundation": ("foundation",), "institute": ("institute",),
    "office": ("office",), "administration": ("administration",), "regime": (), "military": ("army", "forces"),
    "army": ("army",), "carrier": ("airlines", "airways"), "manufacturer": (), "retailer": (), "startup": (),
    "operator": (), "utility": (), "league": ("league",), "federation": ("federation",), "association": ("association",),
    "giant": (), "chain": (), "supermarket": (), "insurer": (), "automaker": (), "lender": (), "regulator": (),
    "watchdog": (), "broadcaster": (), "outlet": (), "publication": (), "paper": (), "brand": (), "publisher": (),
    "campaign": ("campaign",), "hospital": ("hospital",), "prison": ("prison",), "museum": ("museum",),
}
#: Organisation nouns general enough to stand for the nearest salient organisation of any name.
_ANY_ORG_NOUNS = frozenset({"company", "firm", "group", "organisation", "organization", "agency", "giant", "chain",
                            "brand", "retailer", "manufacturer", "startup", "operator", "carrier", "airline",
                            "insurer", "automaker", "lender", "supermarket", "utility", "charity", "network",
                            "broadcaster", "publisher", "regulator", "watchdog"})
#: Nouns for a document that speaks for its author.
DOCUMENT_NOUNS = frozenset({"statement", "release", "announcement", "communique", "communiqué", "letter", "post",
                            "tweet", "notice", "memo", "report", "filing", "complaint", "lawsuit", "suit", "ruling",
                            "decision", "judgment", "indictment", "affidavit", "petition", "email", "message"})
#: Documents whose author is the party filing them, not whoever the sentence before is about.
_FILED = frozenset({"complaint", "lawsuit", "suit", "indictment", "affidavit", "petition", "filing"})
_ORG_LABELS = frozenset({"ORG"})
_AUTHOR_LABELS = frozenset({"ORG", "PERSON", "GPE"})

LinkRule = Callable[[DocContext, "Token", int], "CorefLink | None"]


def _link(ctx: DocContext, tok: "Token", start: int, entity: str | None, rule: str,
          antecedent: tuple[int, int] | None) -> CorefLink:
    end = tok.idx + len(tok.text)
    return CorefLink(start, end, ctx.text[start:end], entity, rule, antecedent)


def _mentions_before(ctx: DocContext, pos: int, labels: frozenset[str], *, reach: int = REACH) -> Iterable[Mention]:
    """Mentions of those labels ending before ``pos``, latest first, within ``reach`` characters."""
    below = bisect.bisect_left(ctx.mention_starts, pos)  # later ones cannot end before pos
    for m in reversed(ctx.mentions[:below]):
        if m.end > pos:
            continue
        if pos - m.end > reach:
            return
        if m.label in labels and not m.duplicate:
            yield m


def _definite(ctx: DocContext, tok: "Token", start: int) -> bool:
    """A definite description with a common-noun head ("the company"; "the Prime Minister's Office" is a name)."""
    return tok.text.islower() and ctx.text[start : tok.idx].lower().startswith(("the ", "this ", "that "))


def role_title(ctx: DocContext, tok: "Token", start: int) -> CorefLink | None:
    """"the mayor" -> the person written with the title mayor (before the name or in apposition)."""
    noun = tok.lower_
    if not (is_role_head(noun) or noun in _MALE_WORDS or noun in _FEMALE_WORDS) or not _definite(ctx, tok, start):
        return None
    qualifiers = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i}
    for m in _mentions_before(ctx, start, frozenset({"PERSON"}), reach=4 * REACH):  # a title sticks to its holder
        before = ctx.text[max(0, m.start - 60) : m.start].lower().replace(",", " ").split()
        # Apposition after the name ("Doug McCallum, the mayor of Surrey"), never running into
        # the description itself ("... President Ahmed al-Sharaa, the official added").
        tail = ctx.text[m.end : min(m.end + 80, start)]
        after = tail.lower().split(".")[0].replace(",", " ").split()[:5] if tail.startswith(",") else []
        near = title_run(before) + after
        if noun in near and all(q in ctx.text[max(0, m.start - 80) : m.end + 80].lower() for q in qualifiers):
            return _link(ctx, tok, start, _full_entity(ctx, m), "role_title", (m.start, m.end))
    return None


def title_run(before: list[str]) -> list[str]:
    """The last words before a name that run into it as a title ("industry commissioner"), never
    across a verb or another lower-case word ("commissioner Albert Muchanga announced Benin")."""
    run: list[str] = []
    for word in reversed(before[-4:]):
        bare = word.strip(".")
        if not (is_role_head(bare) or bare in _MALE_WORDS or bare in _FEMALE_WORDS or bare in ROLE_MODIFIERS
                or bare in HONORIFICS or bare in ("of", "and", "the", "for", "-")):
            break
        run.append(bare)
    return run


def introduced(ctx: DocContext, tok: "Token", start: int) -> CorefLink | None:
    """"the official" -> "a senior Israeli official" introduced earlier (same head noun, indefinite)."""
    if not _definite(ctx, tok, start) or tok.pos_ != "NOUN":
        return None
    doc, lemma = tok.doc, tok.lemma_.lower()
    same = nouns_by_lemma(doc).get(lemma, [])  # the nouns of this lemma only (scanning every word cost ~10%)
    for i in reversed(same[: bisect.bisect_right(same, tok.i - 2)]):
        prev = doc[i]
        if tok.idx - prev.idx > REACH:
            return None
        if prev.tag_ == tok.tag_:
            dets = [c for c in prev.children if c.dep_ == "det"]
            if dets and dets[0].lower_ in ("a", "an", "one"):
                left = dets[0].idx
                return _link(ctx, tok, start, None, "introduced", (left, prev.idx + len(prev.text)))
            if dets and dets[0].lower_ == "the":
                continue  # an earlier "the official": keep looking for where it was introduced
    return None


def org_noun(ctx: DocContext, tok: "Token", start: int) -> CorefLink | None:
    """"the company", "the agency" -> the nearest organisation before, one whose name fits first."""
    noun = tok.lemma_.lower()
    if noun not in ORG_NOUNS or not _definite(ctx, tok, start) or any(c.dep_ == "poss" for c in tok.children):
        return None  # "the university's student newspaper" is not the company named before
    hints = ORG_NOUNS[noun] + (noun,)
    candidates = list(_mentions_before(ctx, start, _ORG_LABELS))
    for m in candidates:
        words = fold(m.text).replace("&", " ").split()
        if any(h in words for h in hints) or noun in _described_as(ctx, m):
            return _link(ctx, tok, start, m.entity, "org_noun", (m.start, m.end))
    if candidates and noun in _ANY_ORG_NOUNS:
        def rank(mention: Mention) -> tuple[bool, float]:
            # "TransLink, the regional transit authority": an organisation the text describes as one.
            entity = ctx.entity(mention.entity)
            described = bool(_described_as(ctx, mention) & (ORG_NOUNS.keys() - {"team"}))
            return described, entity.salience if entity else 0.0

        m = max(candidates[:3], key=rank)
        return _link(ctx, tok, start, m.entity, "org_noun", (m.start, m.end))
    return None


def _described_as(ctx: DocContext, mention: Mention) -> set[str]:
    """The words of a description set beside a name: "TransLink, the regional transit authority"."""
    tail = ctx.text[mention.end : mention.end + 60]
    if not tail.startswith(", "):
        return set()
    words = tail[2:].split(",")[0].lower().split()
    return set(words[1:6]) if words[:1] in (["the"], ["a"], ["an"]) else set()


def document_author(ctx: DocContext, tok: "Token", start: int) -> CorefLink | None:
    """"a statement from X" / "X's statement" / "a statement released by X" / the sentence before's subject."""
    noun = tok.lemma_.lower()
    if noun not in DOCUMENT_NOUNS:
        return None
    sourced = False  # the text says whose it is, named or not ("reports from Omsk hospital")
    for child in tok.children:
        if child.dep_ == "compound" and child.i < tok.i:
            # "a NATO press release", "the FBI report": the issuer written into the document's name.
            found = _named(ctx, child)
            if found and found.label in ("ORG", "GPE"):
                return _link(ctx, tok, start, found.entity, "document_author", (found.start, found.end))
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    sourced = True
                    found = _named(ctx, obj)
                    if found:
                        return _link(ctx, tok, start, found.entity, "document_author", (found.start, found.end))
        if child.dep_ == "poss":
            found = _named(ctx, child)
            if found:
                return _link(ctx, tok, start, found.entity, "document_author", (found.start, found.end))
        if child.dep_ == "acl":  # "a statement released by X", "the complaint filed by X"
            for agent in child.children:
                if agent.dep_ == "agent":
                    for obj in agent.children:
                        found = _named(ctx, obj) if obj.dep_ == "pobj" else None
                        if found:
                            return _link(ctx, tok, start, found.entity, "document_author", (found.start, found.end))
    if noun in _FILED:
        return _filer(ctx, tok, start)
    determined = any(c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this", "that") for c in tok.children)
    if sourced or tok.tag_ != "NN" or not determined:
        return None  # "reports", "initial reports from a hospital": nobody the sentence before names
    sent = tok.sent
    previous = tok.doc[sent.start - 1].sent if sent.start > 0 else None
    for span in (previous,):
        if span is None:
            continue
        for t in span:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
                found = _named(ctx, t)
                if found and found.label in _AUTHOR_LABELS:
                    return _link(ctx, tok, start, _full_entity(ctx, found), "document_author", (found.start, found.end))
    return None


#: Verbs by which a party brings a filed document ("sued", "filed a complaint").
_FILING_VERBS = frozenset({"sue", "file", "bring", "lodge", "charge", "indict", "petition"})


def _filer(ctx: DocContext, tok: "Token", start: int) -> CorefLink | None:
    """"the complaint said" -> the party that sued or filed, named as the subject in this sentence or the
    two before ("The Department of Justice sued Google. ... the complaint said")."""
    doc = tok.doc
    first = tok.sent.start
    for _ in range(2):
        if first > 0:
            first = doc[first - 1].sent.start
    for i in range(tok.i - 1, first - 1, -1):
        verb = doc[i]
        if verb.lemma_.lower() not in _FILING_VERBS or verb.pos_ != "VERB":
            continue
        for subject in verb.children:
            if subject.dep_ == "nsubj":
                found = _named(ctx, subject)
                if found is not None:
                    return _link(ctx, tok, start, found.entity, "document_author", (found.start, found.end))
    return None


def _named(ctx: DocContext, tok: "Token") -> Mention | None:
    hit = ctx.mention_at(tok.idx, tok.idx + len(tok.text))
    return hit if hit is not None and hit.label in _AUTHOR_LABELS else None


def _full_entity(ctx: DocContext, mention: Mention) -> str:
    return mention.entity


def described(ctx: DocContext, tok: "Token", start: int) -> CorefLink | None:
    """A role noun: the titled person or the earlier indefinite description, whichever is nearer."""
    key = ("described", tok.i, start)  # the events ask for the same words as the document pass
    if key in ctx.memo:
        return ctx.memo[key]  # type: ignore[return-value]
    found = [link for link in (role_title(ctx, tok, start), introduced(ctx, tok, start)) if link is not None]
    link = max(found, key=lambda link: link.antecedent or (0, 0)) if found else None
    ctx.memo[key] = link
    return link


#: Nouns that describe a person without a title of office ("the billionaire", "the singer").
PERSON_DESCRIPTIONS = frozenset({
    "billionaire", "millionaire", "businessman", "businesswoman", "entrepreneur", "candidate", "nominee", "actor",
    "actress", "singer", "star", "rapper", "musician", "artist", "author", "writer", "novelist", "athlete", "player",
    "duke", "duchess", "prince", "princess", "king", "queen", "host", "presenter",
    "researcher", "scientist", "professor", "doctor", "lawyer", "suspect", "defendant", "victim", "man", "woman",
    "teenager", "boy", "girl", "veteran", "activist", "politician", "lawmaker", "legislator", "democrat", "republican",
})


def salient_person(ctx: DocContext, tok: "Token", start: int) -> CorefLink | None:
    """"the billionaire", "The duchess" -> the person the sentences before are about (a subject),
    of the noun's gender when it has one; marked by its own rule, a guess the reader can see."""
    noun = tok.lower_
    if not _definite(ctx, tok, start) or tok.tag_ != "NN" or not (noun in PERSON_DESCRIPTIONS or is_role_head(noun)):
        return None
    gender = "m" if noun in _MALE_WORDS else "f" if noun in _FEMALE_WORDS else None
    genders = article_genders(ctx)
    first_sentence = max(0, tok.sent.start - 1)
    for _ in range(2):  # this sentence and the two before it
        if first_sentence > 0:
            first_sentence = ctx.doc[first_sentence - 1].sent.start
    limit = ctx.doc[first_sentence].idx
    for m in _mentions_before(ctx, start, frozenset({"PERSON"})):
        if m.start < limit:
            return None
        if gender is not None and genders.get(m.entity, gender) != gender:
            continue
        head = _head_token(ctx, m)
        if head is not None and head.dep_ in ("nsubj", "nsubjpass"):
            return _link(ctx, tok, start, m.entity, "salient_person", (m.start, m.end))
    return None


DESCRIPTION_RULES: tuple[LinkRule, ...] = (document_author, described, org_noun, salient_person)


# -- gender and pronouns --------------------------------------------------------------------
#: Genders read once per article (rules ask for them many times).
_GENDERS: "weakref.WeakKeyDictionary[DocContext, dict[str, str]]" = weakref.WeakKeyDictionary()


def article_genders(ctx: DocContext) -> dict[str, str]:
    """Entity id -> "m"/"f" from the article's own words: Mr/Ms/Mrs before a name, a gendered
    noun right before it or in apposition ("spokeswoman Jane Roe", "Jane Roe, his wife").
    A fresh dict each call (callers add what pronouns teach them)."""
    if ctx not in _GENDERS:
        _GENDERS[ctx] = _read_genders(ctx)
    return dict(_GENDERS[ctx])


def _read_genders(ctx: DocContext) -> dict[str, str]:
    votes: dict[str, list[str]] = {}
    for m in ctx.mentions:
        if m.label != "PERSON":
            continue
        before = ctx.text[max(0, m.start - 25) : m.start].lower().replace(",", " ").split()[-2:]
        after = ctx.text[m.end : m.end + 30].lower().replace(",", " ").split()[:3]
        words = before + (after[1:] if after[:1] in (["the"], ["a"], ["his"], ["her"]) else [])
        if ctx.text[m.end : m.end + 1] == ",":
            words += after[:1]  # "Meghan, Duchess of Sussex", "Jane Roe, spokeswoman for ..."
        for w in words:
            w = w.strip(".")
            if w in _PRONOUN_WORDS:
                continue  # '"… him," Meghan said', "her husband Harry": the pronoun is someone else
            if w in _MALE_WORDS or w + "." in _MALE_WORDS:
                votes.setdefault(m.entity, []).append("m")
            elif w in _FEMALE_WORDS or w + "." in _FEMALE_WORDS:
                votes.setdefault(m.entity, []).append("f")
    return {e: max(set(v), key=v.count) for e, v in votes.items() if len(set(v)) == 1}


#: Conjunctions of a clause that tells when or why, not who the sentence is about; a contrast ("while Interior
#: Minister Joachim Brudziński wrote ...") brings in the one the story goes on with, and is not among them.
_SUBORDINATORS = frozenset({"after", "before", "when", "until", "since", "because", "once", "if", "unless"})


def subordinate_subject(subject: "Token") -> bool:
    """The subject of a clause of time, cause or condition ("after Archie was born"): a pronoun in a later
    sentence stands for the sentence's topic before it stands for this one."""
    verb = subject.head
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in verb.children)


def resolve_pronoun(ctx: DocContext, tok: "Token", genders: dict[str, str]) -> CorefLink | None:
    """"he"/"she" -> the latest fitting person: the subject of a sentence before first, then a subject of a clause
    of time or cause in a sentence before ("He said that ... after Archie was born. But he said" is not Archie),
    then the latest person named."""
    gender = _PRONOUN_GENDER.get(tok.lower_)
    if gender is None:
        return None
    subject_pick: Mention | None = None
    latest_pick: Mention | None = None
    aside: Mention | None = None
    for m in _mentions_before(ctx, tok.idx, frozenset({"PERSON"})):
        if genders.get(m.entity, gender) != gender:
            continue
        head = _head_token(ctx, m)
        if head is not None and head.dep_ in ("nsubj", "nsubjpass") and subordinate_subject(head) \
                and head.sent.start != tok.sent.start:
            aside = aside or m
            continue
        if latest_pick is None:
            latest_pick = m
        if head is not None and head.dep_ in ("nsubj", "nsubjpass"):
            subject_pick = m
            break
        if head is not None and head.sent.start < tok.sent.start - 60:
            break
    pick = subject_pick or aside or latest_pick  # "after Spanton smoked ...; In between, she testified": a subject still
    if pick is None:
        return None
    return _link(ctx, tok, tok.idx, pick.entity, "pronoun", (pick.start, pick.end))


def _head_token(ctx: DocContext, m: Mention) -> "Token | None":
    span = span_at(ctx.doc, m.start, m.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


# -- public entry points --------------------------------------------------------------------
def resolve_token(ctx: DocContext, tok: "Token", *, start: int | None = None,
                  genders: dict[str, str] | None = None) -> CorefLink | None:
    """The entity a noun phrase head or pronoun stands for, with the rule that found it; None if unknown.

    ``start`` is where the phrase begins (default: the head's left edge). A named mention
    resolves to its own entity (rule ``name``).
    """
    begin = tok.left_edge.idx if start is None else start
    hit = ctx.mention_at(tok.idx, tok.idx + len(tok.text))
    if hit is not None and hit.label in _AUTHOR_LABELS | {"NORP", "FAC", "LOC"}:
        return CorefLink(hit.start, hit.end, hit.text, hit.entity, "name", None)
    if tok.pos_ == "PRON":
        return resolve_pronoun(ctx, tok, article_genders(ctx) if genders is None else genders)
    for rule in DESCRIPTION_RULES:
        found = rule(ctx, tok, begin)
        if found is not None:
            return found
    return None


def name_links(ctx: DocContext) -> tuple[CorefLink, ...]:
    """Short forms joined to a fuller name, each with its rule: surname, first_name, alias."""
    out = []
    for m in ctx.mentions:
        ent = ctx.entity(m.entity)
        if ent is None or fold(m.text) == fold(ent.name) or m.duplicate:
            continue
        short, full = _person_words(m.text), _person_words(ent.name)
        if ent.label == "PERSON" and short and full and short[-1] == full[-1]:
            rule = "surname"
        elif ent.label == "PERSON" and short and full and short[0] == full[0]:
            rule = "first_word"  # a first name, or a family name written first ("Kim", "Wang")
        else:
            rule = "alias"
        out.append(CorefLink(m.start, m.end, m.text, ent.id, rule, None))
    return tuple(out)


_DESCRIBED_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")
_DESCRIBING_WORDS = ("the", "this", "that", "a", "an")


def _candidates(doc: Doc) -> list[int]:
    """The words ``resolve_document`` may link, read from the doc's columns: the gendered pronouns,
    and the nouns in a described role right after a determiner it reads (a superset of its test)."""
    from spacy.attrs import DEP, LOWER, POS

    strings = doc.vocab.strings
    pron, noun = strings["PRON"], strings["NOUN"]
    pronouns = {strings[w] for w in _PRONOUN_GENDER}
    deps = {strings[d] for d in _DESCRIBED_DEPS}
    before = {strings[w] for w in _DESCRIBING_WORDS}
    tags, lowers, relations = column(doc, POS), column(doc, LOWER), column(doc, DEP)
    return [i for i in tagged(doc, "PRON", "NOUN")
            if (lowers[i] in pronouns if tags[i] == pron
                else tags[i] == noun and i > 0 and relations[i] in deps and lowers[i - 1] in before)]


def resolve_document(ctx: DocContext) -> tuple[CorefLink, ...]:
    """Every link of the article: short names, definite descriptions and he/she, in text order."""
    genders = article_genders(ctx)
    links = list(name_links(ctx))
    for tok in (ctx.doc[i] for i in _candidates(ctx.doc)):  # no other word is linked
        if tok.pos_ == "PRON" and tok.lower_ in _PRONOUN_GENDER:
            found = resolve_pronoun(ctx, tok, genders)
            if found is not None and found.entity:
                genders.setdefault(found.entity, _PRONOUN_GENDER[tok.lower_])
                links.append(found)
        elif tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and tok.i > 0 \
                and (tok.doc[tok.i - 1].lower_ in ("the", "this", "that")
                     or tok.doc[tok.i - 1].lower_ in ("a", "an") and tok.lemma_.lower() in DOCUMENT_NOUNS):
            for rule in DESCRIPTION_RULES:
                found = rule(ctx, tok, tok.doc[tok.i - 1].idx)
                if found is not None:
                    links.append(found)
                    break
    links.sort(key=lambda link: (link.start, link.end))
    return tuple(links)


def link_facts(facts: Iterable[Fact], links: tuple[CorefLink, ...], *, names: dict[str, str] | None = None) -> list[Fact]:
    """Facts whose unlinked spans ("He" met Trump) take the entity a link over the same words gives.

    With ``names`` (entity id -> name), a pronoun in the fact's one-line summary is replaced by
    the name ("He → Donald Trump" reads "Benjamin Netanyahu → Donald Trump"); evidence is unchanged.
    """
    from dataclasses import fields, replace

    by_range = {(link.start, link.end): link.entity for link in links if link.entity}
    if not by_range:
        return list(facts)
    names = names or {}

    def fix(span: Span | None) -> Span | None:
        if span is None or span.entity is not None:
            return span
        entity = by_range.get((span.start, span.end))
        return replace(span, entity=entity) if entity else span

    out: list[Fact] = []
    for fact in facts:
        changes: dict[str, Any] = {}
        for f in fields(fact):
            value = getattr(fact, f.name)
            if isinstance(value, Span):
                new = fix(value)
                if new is not value:
                    changes[f.name] = new
            elif isinstance(value, tuple) and value and all(isinstance(v, Span) for v in value):
                new_tuple = tuple(fix(v) for v in value)
                if any(a is not b for a, b in zip(new_tuple, value, strict=True)):
                    changes[f.name] = new_tuple
        if changes:
            text = fact.text
            for value in changes.values():
                for span in value if isinstance(value, tuple) else (value,):
                    name = names.get(span.entity or "")
                    if name and span.text.lower() in _PRONOUN_GENDER:
                        text = re.sub(rf"(?<!\w){re.escape(span.text)}(?!\w)", _literal(name), text, count=1)
            changes["text"] = text
        out.append(replace(fact, **changes) if changes else fact)
    return out


def _literal(text: str) -> Callable[[re.Match[str]], str]:
    """A ``re.sub`` replacement that inserts ``text`` as it is (no backslash escapes)."""
    return lambda _match: text
