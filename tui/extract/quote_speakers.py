"""Who is speaking: the subject of a cue verb, trimmed to its noun phrase and linked to an entity.

A name resolves to its entity (a surname to the full name), a pronoun to the nearest fitting
entity before it (marked heuristic), and an anonymous source ("a senior Israeli official",
"Turkish sources") stays as written, with no entity: the nationality word in it is not the speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import coref
from .context import DocContext
from .dash_asides import dash_aside
from .quote_words import CUE_VERBS, GROUP_PRONOUNS, PERSON_NOUNS, PERSON_PRONOUNS
from .role_words import is_role_head
from .types import Mention, Span
from .word_index import span_at

if TYPE_CHECKING:
    from spacy.tokens import Token

_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
#: Written short forms of titles, as they stand before a name ("Gov. Inslee").
_TITLE_ABBREVIATIONS = {"gov.": "governor", "sen.": "senator", "rep.": "representative", "pres.": "president",
                        "gen.": "general", "lt.": "lieutenant", "col.": "colonel", "supt.": "superintendent",
                        "insp.": "inspector", "prof.": "professor", "capt.": "captain", "sgt.": "sergeant"}
#: How far back (in characters) a pronoun may look for its antecedent.
_PRONOUN_REACH = 1500
#: Dependents that end a speaker's noun phrase: "Smith, who heads the agency" is Smith.
_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_NP_STOPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "parataxis"})


@dataclass(frozen=True, slots=True)
class Speaker:
    span: Span
    #: The words in the text naming the speaker (a pronoun's own position when resolved).
    written: tuple[int, int]
    heuristic: bool
    label: str | None
    #: What the words stand for when they do not name it (a coreference link), and its rule.
    resolved: Span | None = None
    rule: str | None = None


#: Words that point at a thing or a clause, never at who spoke, when they stand alone as a subject.
_POINTING_WORDS = frozenset({"this", "that", "these", "those", "which"})


def pointing_subject(tok: "Token") -> bool:
    """"this was unconfirmed and noted ...", "a factor ... that predicts how": a demonstrative or a relative
    "that" standing alone (no noun of its own) points at a thing or a clause, never at a speaker; the parser
    makes it the subject of a speech verb it shares a clause with, or of a relative clause it misattached."""
    return tok.lower_ in _POINTING_WORDS and tok.tag_ in ("DT", "WDT") and not any(
        c.dep_ in ("compound", "amod", "prep", "relcl", "acl") for c in tok.children)


def relative_antecedent(who: "Token") -> "Token | None":
    """"according to CNN who reported that ...": a "who" the parser did not read as a relative clause's
    subject stands for the name or noun right before it (a comma between allowed), else for no one."""
    doc = who.doc
    i = who.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    before = doc[i] if i >= 0 else None
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") and not never_speaker(before) else None


def never_speaker(tok: "Token") -> bool:
    """A date, a sentence adverb, a verb form or a pointing word is never who spoke ("Saturday",
    "Addressing", "this")."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.pos_ in ("VERB", "AUX", "ADV") \
        or tok.tag_ in ("VBG", "VBN", "RB") or pointing_subject(tok)


def subject_of(verb: "Token", *, in_quote: Callable[[int], bool] | None = None) -> tuple["Token | None", bool]:
    """The subject of a cue verb, and whether it came via "was quoted as saying".

    Walks up coordinated verbs ("confirmed the meeting and said") and the "quoted as saying"
    chain; a relative pronoun ("Smith, who said") gives way to the noun it stands for. With
    ``in_quote``, a subject inside quote marks never speaks for a verb outside them: in
    'The proclamation said "the outbreak constitutes an emergency" and said ...' the parser may
    hang the second "said" on the quoted verb.
    """
    if dash_aside(verb):
        return None, False  # "X — revealed hours before the deadline — has roiled ...": X was revealed
    tok = verb
    via_quoted = False
    outside = in_quote is not None and not in_quote(verb.idx)
    for _ in range(5):
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and outside and in_quote is not None and all(in_quote(c.idx) for c in subjects) and tok.head is not tok:
            tok = tok.head
            continue
        if subjects:
            # Two subjects means the parser split one phrase ("The judge ..., Bernard
            # Schwartz, said"): the part next to the verb is the name, or a name further off when the part next
            # to it is none ("said study co-author Karen Alley": "co" and "Alley").
            named = [c for c in subjects if c.ent_type_ == "PERSON"]
            child = min(named or subjects, key=lambda c: abs(c.i - tok.i))
            if child.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                return tok.head, via_quoted
            if child.tag_ == "WP" and child.text in ("who", "Who"):  # "WHO said" is the World Health Organization
                return relative_antecedent(child), via_quoted
            return (None if never_speaker(child) else child), via_quoted
        head = tok.head
        if head is tok:
            break
        # "..., telling Wikinews that" / "went on to say": the verb speaks for its clause's subject.
        nonfinite = tok.dep_ in ("advcl", "xcomp") and tok.tag_ in ("VBG", "VB") and head.pos_ in ("VERB", "AUX", "ADV")
        # "was quoted as saying": through the preposition only on that road.
        quoted_road = tok.dep_ in ("pcomp", "prep") and (head.lower_ == "as" or head.lemma_ == "quote")
        if tok.dep_ == "conj" or nonfinite or quoted_road or (tok.dep_ == "advmod" and tok.pos_ == "ADV"):
            if head.lemma_ == "quote":
                via_quoted = True
                # "Politico quoted Tim Manning as saying": the one quoted is the speaker.
                for obj in head.children:
                    if obj.dep_ == "dobj":
                        return obj, via_quoted
            tok = head
            continue
        if tok.dep_ == "relcl":
            return head, via_quoted
        break
    return None, via_quoted


def _reported(subject: "Token") -> bool:
    """A subject inside a clause a speech verb reports ("said Hartley had closed ...")."""
    verb = subject.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in CUE_VERBS and verb.head.i < subject.i \
        and verb.head.sent.start == subject.sent.start


#: Verbs of asking, and of answering or refusing: the one who asks is not the one who answers.
_ASKING = frozenset({"ask", "question", "press", "interview", "quiz"})
_ANSWERING = CUE_VERBS | {"decline", "refuse", "answer", "reply", "respond"}


#: Verbs that only answer: "…," she replied.' is never the one who asked.
_REPLYING = frozenset({"reply", "answer", "respond", "retort"})


def _asker(subject: "Token", pronoun: "Token") -> bool:
    """The subject of "ask": not the pronoun that answers outside the question in the same sentence,
    nor one that replies ('a reporter asked: "…?" "…," she replied')."""
    verb, answer = subject.head, pronoun.head
    if verb.lemma_.lower() not in _ASKING:
        return False
    if answer.lemma_.lower() in _REPLYING:
        return True
    if subject.sent.start != pronoun.sent.start:
        return False
    inside = verb.left_edge.i <= pronoun.i <= verb.right_edge.i
    return not inside and answer.lemma_.lower() in _ANSWERING


def noun_phrase(head: "Token") -> tuple[int, int]:
    """Character range of the phrase headed by ``head``, without clauses or appositions after it."""
    left = head
    for tok in head.lefts:
        if tok.dep_ not in ("punct", "cc", "preconj") and tok.text not in "“”\"‘’«»":
            left = tok.left_edge if tok.left_edge.i < left.i else tok
            break
    right = head
    for tok in head.rights:
        if tok.dep_ in _NP_STOPS:
            break
        right = tok.right_edge
    # Never run across a comma or a quote mark inside the chosen range.
    doc = head.doc
    end_i = right.i
    for i in range(head.i + 1, right.i + 1):
        if doc[i].text in {",", ";", "(", "—", "–", "“", "”", '"'}:
            end_i = i - 1
            break
    start_i = left.i
    while start_i < head.i and (doc[start_i].is_punct or doc[start_i].text in "“”\"‘’«»"):
        start_i += 1
    return doc[start_i].idx, doc[end_i].idx + len(doc[end_i].text)


def _full_entity(ctx: DocContext, mention: Mention) -> tuple[str, str]:
    """The entity of a mention, a lone surname upgraded to the full name it abbreviates."""
    if mention.label != "PERSON" and " " not in mention.text.strip():
        person = _person_by_one_name(ctx, mention.text.strip())
        if person is not None:
            return person
    own = ctx.entity(mention.entity)
    if mention.label == "PERSON" and " " not in mention.text.strip() and (own is None or " " not in own.name):
        # Only a surname the entity linking left on its own: "Meadows" it joined to "Mark Meadows"
        # stays his, even when his wife Debbie Meadows is named more often.
        surname = mention.text.strip().lower()
        best = None
        for ent in ctx.entities:
            if ent.label == "PERSON" and ent.name.lower().endswith(" " + surname):
                if best is None or ent.mention_count > best.mention_count:
                    best = ent
        if best is not None:
            return best.id, best.label
        found = ctx.entity_for_name(mention.text, label="PERSON")
        if found is not None:
            return found.id, found.label
    return mention.entity, mention.label


def _person_by_one_name(ctx: DocContext, word: str) -> tuple[str, str] | None:
    """The one person whose name begins or ends with ``word``: a speaker "Wang" (labelled an
    organisation) after "Wang Qishan", "Kim" after "Kim Jong-un"; None when several or none."""
    key = ("one_name", word.lower())
    if key not in ctx.memo:
        low = word.lower()
        found = [e for e in ctx.entities if e.label == "PERSON" and " " in e.name
                 and low in (e.name.lower().split()[0], e.name.lower().split()[-1])]
        ctx.memo[key] = (found[0].id, "PERSON") if len(found) == 1 else None
    return ctx.memo[key]  # type: ignore[return-value]


class SpeakerResolver:
    """Turns subject tokens into speaker spans, remembering nothing between articles."""

    def __init__(self, ctx: DocContext, quoted: list[tuple[int, int]]) -> None:
        self.ctx = ctx
        self._quoted_starts = [a for a, _ in quoted]
        self._quoted = quoted
        self._mention_starts = [m.start for m in ctx.mentions]
        # Pronoun subjects already resolved (token index -> speaker), and the gender a "he" or
        # "she" has shown an entity to have, so "she" never lands on a man named just before.
        self._resolved: dict[int, Speaker] = {}
        self._gender: dict[str, str] = {}
        self._article_genders: dict[str, str] | None = None

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and self._quoted[i][0] <= pos < self._quoted[i][1]

    def _person_like(self, tok: "Token") -> bool:
        hit = self.ctx.mention_at(tok.idx, tok.idx + len(tok.text))
        if hit is not None and hit.label in _SPEAKER_LABELS:
            # "Quirin" labelled a place where "Antoine Quirin" is named: the person.
            return hit.label == "PERSON" or " " not in hit.text and _person_by_one_name(self.ctx, hit.text) is not None
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and (hit is None or hit.label not in _SPEAKER_LABELS):
            return True  # a name the recogniser missed ("Rouhani was speaking ... he said")
        word = tok.lemma_.lower()
        if word == "one":
            return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        return tok.tag_ in ("NN", "NNP") and (word in PERSON_NOUNS or is_role_head(word))

    def _group_like(self, tok: "Token", word: str) -> bool:
        hit = self.ctx.mention_at(tok.idx, tok.idx + len(tok.text))
        if word == "it":
            return hit is not None and hit.label in _GROUP_LABELS
        return tok.tag_ in ("NNS", "NNPS") or (hit is not None and hit.label in ("ORG", "NORP"))

    def _subject_antecedent(self, pronoun: "Token") -> "Speaker | None":
        """The latest subject before a pronoun that could be what it stands for.

        Subjects first, because news keeps its topic in subject position: in "Spanton left;
        in between, she testified, she was attacked by Quirin and Redouane" she is Spanton.
        """
        doc, word = pronoun.doc, pronoun.lower_
        personal = word in PERSON_PRONOUNS
        aside: Token | None = None  # a subject passed over in a sentence before, in a clause of time or cause
        i = pronoun.i - 1
        while i >= 0 and pronoun.idx - doc[i].idx <= _PRONOUN_REACH:
            tok = doc[i]
            i -= 1
            # "According to Dr. Tom Frieden, ... He said": the source counts as a subject.
            source = tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
            if tok.dep_ not in ("nsubj", "nsubjpass") and not source or self._in_quote(tok.idx):
                continue
            if _reported(tok):
                continue  # "Fitton said Hartley had ... He said": the one reporting, not the one reported on
            if _asker(tok, pronoun):
                # "When Winfrey asked if he could share it, he declined": he is the one asked, when named
                # ("a reporter asked Montoya-Lewis, “…?” “…,” she replied").
                for asked in tok.head.children:
                    if asked.dep_ in ("dobj", "dative") and not self._in_quote(asked.idx) and personal \
                            and self._person_like(asked) and not self._gender_clash(asked, word):
                        return self.resolve(asked)
                continue
            if tok.pos_ == "PRON":
                # "she remembered telling Harry, after he suggested": only a pronoun of the same gender carries over.
                if tok.i in self._resolved and (tok.lower_ in PERSON_PRONOUNS) == personal \
                        and _GENDER.get(tok.lower_) == _GENDER.get(word):
                    return self._resolved[tok.i]
                continue
            if personal and not self._person_like(tok):
                continue
            if not personal and not self._group_like(tok, word):
                continue
            if personal and self._gender_clash(tok, word):
                continue
            if coref.subordinate_subject(tok) and tok.sent.start != pronoun.sent.start:
                # "He said that ... he came home after Archie was born. But he said": the sentence's topic,
                # not the baby of its clause of time.
                aside = aside or tok
                continue
            return self.resolve(tok)
        return self.resolve(aside) if aside is not None else None

    def _gender_clash(self, tok: "Token", word: str) -> bool:
        hit = self.ctx.mention_at(tok.idx, tok.idx + len(tok.text))
        if hit is None:
            # "Adams left early" where only "Ms. Stella Adams" was recognised: her gender still counts.
            found = self.ctx.entity_for_name(tok.text, label="PERSON") if tok.pos_ == "PROPN" else None
            if found is None:
                return False
            known = self._genders().get(found.id) or self._gender.get(found.id)
            return known is not None and known != _GENDER.get(word)
        eid, _ = _full_entity(self.ctx, hit)
        known = self._genders().get(eid) or self._gender.get(eid)
        return known is not None and known != _GENDER.get(word)

    def _antecedent(self, before: int, labels: frozenset[str], gender: str | None = None) -> Mention | None:
        """The latest mention of those labels before ``before``, outside quotes, of no other gender."""
        i = bisect.bisect_left(self._mention_starts, before) - 1
        while i >= 0:
            m = self.ctx.mentions[i]
            if before - m.end > _PRONOUN_REACH:
                return None
            if m.label in labels and not self._in_quote(m.start):
                eid, _ = _full_entity(self.ctx, m)
                known = self._genders().get(eid) or self._gender.get(eid)
                if gender is None or known is None or known == gender:
                    return m
            i -= 1
        return None

    def _resolve_pronoun(self, head: "Token") -> Speaker:
        start, end = head.idx, head.idx + len(head.text)
        found = self._subject_antecedent(head)
        if found is not None:
            return Speaker(found.span, (start, end), True, found.label, found.resolved, found.rule)
        labels = frozenset({"PERSON"}) if head.lower_ in PERSON_PRONOUNS else _GROUP_LABELS
        mention = self._antecedent(start, labels, _GENDER.get(head.lower_))
        if mention is not None:
            return self.from_mention(mention, written=(start, end), heuristic=True)
        return Speaker(Span(start, end, head.text, None), (start, end), False, None)

    def from_mention(self, mention: Mention, *, written: tuple[int, int], heuristic: bool) -> Speaker:
        eid, label = _full_entity(self.ctx, mention)
        span = Span(mention.start, mention.end, self.ctx.text[mention.start : mention.end], eid)
        return Speaker(span, written, heuristic, label)

    def resolve(self, head: "Token") -> Speaker:
        ctx = self.ctx
        start, end = head.idx, head.idx + len(head.text)
        word = head.lower_
        if head.pos_ == "PRON" and (word in PERSON_PRONOUNS or word in GROUP_PRONOUNS):
            if head.i in self._resolved:
                return self._resolved[head.i]
            speaker = self._resolve_pronoun(head)
            self._resolved[head.i] = speaker
            if speaker.span.entity and word in _GENDER:
                self._gender.setdefault(speaker.span.entity, _GENDER[word])
            return speaker
        np_start, np_end = noun_phrase(head)
        hit = ctx.mention_at(start, end)
        entity = label = None
        if hit is not None and hit.label in _SPEAKER_LABELS:
            entity, label = _full_entity(ctx, hit)
            np_start, np_end = min(np_start, hit.start), max(np_end, hit.end)
        heuristic = False
        resolved = rule = None
        if label != "PERSON":
            named = self._apposed_name(head)
            if named is not None:
                entity, label = _full_entity(ctx, named)
                np_end = max(np_end, named.end)
            elif entity is None and (head.lower_ in PERSON_NOUNS or is_role_head(head.lower_)) \
                    and ctx.text[np_start:start].lower().startswith("the "):
                # "the archbishop said": the archbishop named a sentence or two before.
                titled = self._titled_person(head.lower_, before=np_start)
                if titled is not None:
                    entity, label = _full_entity(ctx, titled)
                    heuristic = True
                    resolved, rule = Span(titled.start, titled.end, titled.text, entity), "role_title"
            elif entity is None and np_start == start and is_role_head(head.lower_) and head.text[:1].isupper() \
                    and "\n\n" not in ctx.text[:start].strip():
                # A headline's bare title ("Governor says ..."): the person the story gives it to ("Gov. Inslee").
                titled = self._titled_after(head.lower_, after=np_end)
                if titled is not None:
                    entity, label = _full_entity(ctx, titled)
                    heuristic = True
                    resolved, rule = Span(titled.start, titled.end, titled.text, entity), "role_title"
            if entity is None and head.pos_ == "PROPN" and head.text[:1].isupper():
                # "King said" where only "Gayle King" was recognised: the name the article gives in full.
                found = ctx.entity_for_name(head.text, label="PERSON")
                if found is not None:
                    entity, label = found.id, found.label
            if entity is None and head.pos_ in ("NOUN", "PROPN"):
                # "the company", "a statement", "the official": what the description stands for.
                link = coref.resolve_token(ctx, head, start=np_start, genders=self._genders())
                if link is not None and link.rule != "name":
                    if link.entity:
                        entity = link.entity
                        found = ctx.entity(link.entity)
                        label = found.label if found else None
                        heuristic = True
                    if link.antecedent:
                        a, b = link.antecedent
                        resolved, rule = Span(a, b, ctx.text[a:b], link.entity), link.rule
        span = Span(np_start, np_end, ctx.text[np_start:np_end], entity)
        return Speaker(span, (np_start, np_end), heuristic, label, resolved, rule)

    def _genders(self) -> dict[str, str]:
        if self._article_genders is None:
            self._article_genders = coref.article_genders(self.ctx)
        return self._article_genders

    def _apposed_name(self, head: "Token") -> Mention | None:
        """"The Vice President, Mike Pence, said" / "the director of Amnesty International,
        Mariela Belski, said": a name set off by a comma inside the subject is the speaker."""
        left, right = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
        # "Biden's opponent Christine O'Donnell, who claimed Biden commented ...": a relative clause
        # of speech says what was said, and the names in it are not the subject's.
        said = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in head.rights
                if c.dep_ == "relcl" and c.lemma_.lower() in CUE_VERBS]
        named = [m for m in self.ctx.mentions_in(left, right) if m.label == "PERSON" and m.start > head.idx
                 and not any(a <= m.start < b for a, b in said)]
        for m in reversed(named):
            lead = self.ctx.text[head.idx : m.start]
            # ", Dr. Anthony Fauci" / ", Sadiq Khan" when only "Khan" was recognised.
            if "," in lead and len(lead[lead.rindex(",") + 1 :].split()) <= 2:
                return m
        for m in named:
            root = self._root_of(m)
            if root is None:
                continue
            # "Mendez's wife Jonna Mendez said": the name in apposition to the subject, no comma needed.
            if root.dep_ == "appos" and root.head.i == head.i:
                return m
            # "President and CFO of Super Value Debra Symonette said": a title's holder written after
            # the organisation's name; never "the lawyer for John Smith" or "the wife of John Smith".
            if root.dep_ == "pobj" and root.head.lower_ == "of" and is_role_head(root.head.head.lower_) \
                    and any(t.dep_ == "compound" and t.idx < m.start and t.text[:1].isupper() for t in root.lefts):
                return m
        return None

    def _root_of(self, mention: Mention) -> "Token | None":
        span = span_at(self.ctx.doc, mention.start, mention.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _titled_person(self, noun: str, *, before: int) -> Mention | None:
        i = bisect.bisect_left(self._mention_starts, before) - 1
        while i >= 0:
            m = self.ctx.mentions[i]
            if before - m.end > _PRONOUN_REACH:
                return None
            words = self.ctx.text[max(0, m.start - 60) : m.start].lower().replace(",", " ").split()
            if m.label == "PERSON" and noun in coref.title_run(words):
                return m
            i -= 1
        return None

    def _titled_after(self, noun: str, *, after: int) -> Mention | None:
        """The first person after ``after`` written with the title ``noun`` or its abbreviation."""
        forms = {noun, *(short for short, full in _TITLE_ABBREVIATIONS.items() if full == noun)}
        i = bisect.bisect_left(self._mention_starts, after)
        for m in self.ctx.mentions[i:]:
            if m.start - after > 4 * _PRONOUN_REACH:
                return None
            words = self.ctx.text[max(0, m.start - 40) : m.start].lower().split()[-3:]
            if m.label == "PERSON" and forms & set(words):
                return m
        return None

    def source_of(self, noun: "Token", source_nouns: frozenset[str], linkers: frozenset[str]) -> Speaker:
        """The author behind "a statement from the Office" / "the ministry's report"; else the noun itself."""
        if noun.lemma_.lower() in source_nouns or noun.lower_ in source_nouns:
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ in linkers:
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            return self.resolve(obj)
                if child.dep_ == "poss" and child.pos_ != "PRON":
                    return self.resolve(child)
        return self.resolve(noun)
