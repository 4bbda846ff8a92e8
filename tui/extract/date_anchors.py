"""Anchoring relative dates, as HeidelTime and SUTime do it: which day, and which direction.

* **Reference.** Deictic words ("today", "Friday", "last year") are read against the
  publication date: news tells them from the day it is written, in reported speech and
  headlines alike. Anaphoric ones ("the next day", "that night", "a year earlier", a bare clock
  time) are read against the last date the story mentioned (``StoryTrail``), falling back on
  the publication date.
* **Direction.** An underspecified "Friday", "December" or "the fourth quarter" looks back
  when its governing verb is in the past tense, forward with "will", "shall", "going to",
  "is to", a present progressive ("is meeting Friday"), a verb of scheduling, or a preceding
  "until", "by", "next", "before", and is left undecided (nearest / same year) otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .date_calendar import day_of_value, iso_day
from .date_narrative import TODAY_WORDS, WRITTEN_YEAR, narrative_reference, saying_day
from .date_prospects import future_in_past, narrated_plan, telling_day, told_day_in_sentence, told_in_the_present
from .date_spans import text_of
from .date_values import Anchor, Reading, story_day
from .date_wire_copy import in_headline
from .date_words import MONTH_RE, MONTHS, WEEKDAYS
from .quote_marks import find_marked_quotes
from .time_zones import ZONE_RE
from .word_index import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

BACK, UNDECIDED, FORWARD = -1, 0, 1
#: Value rules that read from the story's last date (their results do not become it).
STORY_RULES = frozenset({
    "date.story_shift", "date.story_adjacent", "date.year_earlier", "date.the_quarter", "date.story_weekday", "date.compared_quarter",
})

#: Story rules whose day moves the story on: "appeared in court the following day and was released
#: that afternoon" is the afternoon of the following day (anchor.story_moves_on). Counted shifts
#: ("a year earlier") and weekdays told from the story do not: results compare with them, not from them.
_STORY_MOVES = frozenset({"date.story_adjacent"})
#: Words just before an expression that point forward whatever the tense ("delayed until October 14").
_FORWARD_WORDS = re.compile(
    r"(?:\buntil|\btill|\bnext|\bcoming|\bupcoming|\bpayable|\beffective|\bdue|\bexpires?|\bexpiring|\bahead of|\bas soon as)\s*$",
    re.IGNORECASE,
)
#: Words that point forward unless the verb says otherwise ("had filed by Wednesday").
_WEAK_FORWARD = re.compile(r"\b(?:by|through|(?:starting|beginning)(?:\s+(?:on|in))?)\s*$", re.IGNORECASE)
#: "from August 6" opens a stretch still to come, unless a range follows ("bought from Aug. 26 to Oct. 20").
_FROM = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_RANGE_END = re.compile(r"\s*(?:to|until|till|through|thru|and|-|–)(?:\s|$)", re.IGNORECASE)
_BACK_WORDS = re.compile(r"(?:\bsince|\blast|\bpast|\bearlier|\bended)\s*$", re.IGNORECASE)
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "gon", "going"}
_REPORTING = {"say", "tell", "report", "announce", "confirm", "claim", "state", "add", "note", "write", "show", "suggest", "indicate", "believe", "think", "know", "have"}
#: Present-tense verbs that relate facts rather than tell a schedule ("follows an attempt in April").
_RELATING = {"follow", "mark", "remain", "include", "represent", "contain", "mean", "date", "recall", "remember", "compare"}
_SCHEDULE_LEMMAS = {"schedule", "expect", "plan", "due", "set", "slate", "intend", "hope", "aim", "propose", "forecast", "project"}
#: Phrases read from the story's last date rather than the publication date.
ANAPHORIC = re.compile(
    r"\b(?:previous|preceding|prior|following|that|same|earlier|later|before|after)\b|^the\s+next\s+\w+"
    r"|^(?:the\s+|mid-?\s*|early\s+|late\s+)?(?:day|morning|afternoon|evening|night|overnight)$|\bin the (?:day|morning|afternoon|evening|night)$"
    r"|^\s*(?:(?:about|around|after|before|just after|shortly after|just before|shortly before)\s+)?"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2}|noon|midnight|[0-2]\d[0-5]\d(?=\s*[a-z]{3}))"
    rf"(?:\s*(?:{ZONE_RE}|local time))?\s*$"
    r"|year-earlier|year-ago|^(?:the\s+)?(?:quarter|period)$|\bthe\s+next\s+(?:day|morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)


#: Forward words that only tell a plan ("due", "expiring"): a past-perfect verb outweighs them.
_SCHEDULED_WORDS = re.compile(r"(?:\bpayable|\beffective|\bdue|\bexpires?|\bexpiring)(?:\s+(?:on|in|at|by))?\s*$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
_SCHEDULED_EVENT = re.compile(
    r"['’]s\s+(?:\w+\s+)?(?:deadline|vote|election|elections|meeting|summit|hearing|match|game|race|debate|"
    r"referendum|session|talks|launch|opening|auction|ballot|poll|final)\b",
    re.IGNORECASE,
)


#: Nouns of things scheduled ahead as often as past: their date words take the verb's tense.
_EVENT_NOUNS = frozenset({
    "deadline", "vote", "election", "elections", "meeting", "summit", "hearing", "match", "game", "race", "debate",
    "referendum", "session", "talks", "launch", "opening", "auction", "ballot", "poll", "final", "visit", "trip",
    "conference", "trial", "sentencing", "release", "primary", "caucus", "inauguration", "festival",
})


def _modified_noun(doc: "Doc", start: int, end: int) -> "Token | None":
    """The noun a bare month or weekday modifies ("August" in "its August recess"), if it is one."""
    words = span_at(doc, start, end, alignment_mode="expand")
    if words is None or len(words) != 1:
        return None
    word = words[0]
    if word.dep_ in {"compound", "nmod", "npadvmod", "amod"} and word.head.pos_ == "NOUN" and word.head.i == word.i + 1:
        return word.head
    return None


#: Verbs whose present (not the third person) is written as their past: a VBP tag says nothing of the time.
_PAST_LOOKALIKES = frozenset({
    "hurt", "cut", "put", "hit", "let", "quit", "cost", "shut", "spread", "read", "bid", "split", "burst", "cast",
    "broadcast", "upset", "beat", "thrust", "shed", "slit", "rid", "bet", "wed", "fit", "knit", "sublet",
})


#: Adjectives that put the verb after them in the future when told in the present ("is due to").
_EXPECTED_WORDS = frozenset({"due", "likely", "set", "expected", "poised", "slated", "scheduled", "certain", "sure", "bound"})


def _future_aux(verb: "Token") -> bool:
    return any(c.lower_ in _FUTURE_AUX for c in verb.children if c.dep_ in {"aux", "auxpass"})


def _past_perfect(verb: "Token | None") -> bool:
    """"had expired", "had been scheduled", also through "to": "had been due to expire"."""
    for _ in range(3):
        if verb is None:
            return False
        if any(c.lower_ == "had" for c in verb.children if c.dep_ in {"aux", "auxpass"}):
            return True
        verb = verb.head if verb.head.i != verb.i else None
    return False


#: Verbs whose subject, a day or a season, is still to come ("Christmas approached", "the deadline loomed").
_APPROACHING = frozenset({"approach", "near", "loom", "draw", "creep", "edge"})


def _is_subject_of(doc: "Doc", start: int, end: int, verb: "Token") -> bool:
    words = span_at(doc, start, end, alignment_mode="expand")
    return words is not None and any(t.head.i == verb.i and t.dep_ in {"nsubj", "nsubjpass"} for t in words)


_UNTIL = re.compile(r"\b(?:until|till)\s*$", re.IGNORECASE)
#: Verbs of lasting: in the past tense, the day after their "until" is when the stretch ended, not one to come
#: ("was postponed until Friday" still looks ahead).
_LASTING = frozenset({
    "last", "continue", "remain", "stay", "run", "persist", "rage", "linger", "go", "work", "wait", "live", "sit",
    "stand", "hold", "keep", "serve", "reign", "survive", "endure", "drag",
})


#: Verbs that move an end further on: told in the present or present perfect, the end they reach lies ahead.
_EXTENDING = frozenset({"extend", "prolong", "renew", "postpone", "delay", "defer", "push"})


def _extends_ahead(verb: "Token") -> bool:
    """"has extended ... through January", "extends the ban through 2025" (a simple past "extended" may be spent)."""
    if verb.lemma_ not in _EXTENDING:
        return False
    return verb.tag_ in {"VBZ", "VBP"} or verb.tag_ == "VBN" and any(c.lower_ in {"has", "have", "'s", "'ve"} for c in verb.children if c.dep_ == "aux")


def _lasted(verb: "Token | None") -> bool:
    """A verb of lasting in the simple past ("lasted", "continued", "went on"), or "was" itself
    ("who was envoy until December": a state that ended; "was to stay until" is a plan)."""
    if verb is not None and verb.lemma_ == "be" and verb.tag_ == "VBD":
        return not any(c.dep_ in {"xcomp", "acomp"} for c in verb.children)  # "was due until", "was to stay until"
    return verb is not None and verb.lemma_ in _LASTING and verb.tag_ == "VBD"


def _told_as_an_event(words: "Span") -> bool:
    """date.past_day_behind, date.future_day_ahead: the day right after "on", or an adverb of time with
    no preposition ("died Feb. 6"), is when something happens; after "to", "through", "by" ... it may
    end a stretch, and as an object ("set Sept. 2 as the deadline") it may be any day."""
    if words.root.dep_ == "pobj":
        return words.root.head.lower_ == "on"
    return words.root.dep_ in {"npadvmod", "tmod", "advmod"}


def governing_verb(doc: "Doc", start: int, end: int) -> "Token | None":
    """The verb the expression hangs from (up to four steps up the parse)."""
    span = span_at(doc, start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span.root
    for _ in range(4):
        if token.pos_ in {"VERB", "AUX"} and token.i not in range(span.start, span.end):
            return _reporting_verb_before(token, span.start, span.end) or token
        if token.head is token:
            return token if token.pos_ in {"VERB", "AUX"} else None
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else None


def _reporting_verb_before(verb: "Token", start: int, end: int) -> "Token | None":
    """anchor.said_on_day: in "He said on Thursday (that) he plans to ...", the parser may hang the day
    from the reported verb; a day between the reporting verb and the reported clause's subject or
    "that" is when it was said."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_ not in _REPORTING or not head.i < start:
        return None
    opening = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "mark", "expl"}]
    return head if opening and end <= min(opening) else None


def tense_direction(verb: "Token | None", depth: int = 0) -> int:
    """-1 for a past-tense verb, +1 for a future or scheduled one, 0 for present or none."""
    if verb is None or depth > 3:
        return UNDECIDED
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {c.lower_ for c in auxes}
    if words & _FUTURE_AUX:
        return FORWARD
    if not words and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and verb.tag_ == "VB":
        return tense_direction(verb.head, depth + 1)  # "to remain ... and return on Friday": the first verb's tense
    if words & {"may", "might"} and verb.tag_ == "VB":
        return FORWARD  # "may continue into February"; "may have left" (VBN) is not
    if "to" in words and (verb.dep_ == "ROOT" or verb.dep_ == "acl" and verb.head.dep_ == "ROOT"):
        return FORWARD  # headline style for what is to come: "Storm to hit coast Saturday", "Talks to resume Monday"
    if verb.lemma_ in _SCHEDULE_LEMMAS and (verb.tag_ in {"VBZ", "VBP"} or words & {"is", "are", "'s", "'re"}):
        return FORWARD  # "is scheduled for Friday", "expects to finish in June"
    if verb.lemma_ in _SCHEDULE_LEMMAS and verb.tag_ == "VBN" and "had" not in words:
        # "has been scheduled for November" is still to come; "was scheduled for Friday" may be
        # either (the plan is past, the day need not be): left to the nearest reading.
        return FORWARD if words & {"has", "have", "'s", "'ve"} else UNDECIDED
    if verb.tag_ == "VB" and words & {"to"} or verb.tag_ == "VBN" and words >= {"to", "be"}:  # "is to be sentenced"
        head = verb.head
        if head.lower_ in _EXPECTED_WORDS and head.dep_ == "acomp" and head.head.lemma_ == "be" and head.head.tag_ in {"VBZ", "VBP"}:
            return FORWARD  # anchor.due_to: "is due to arrive Sunday", "are likely to resume Monday"
        if head.lower_ in _EXPECTED_WORDS and head.dep_ in {"amod", "appos"} and head.head.pos_ in {"NOUN", "PROPN"} \
                and tense_direction(head.head.head, depth + 1) >= UNDECIDED:
            return FORWARD  # anchor.due_to_aside: "The new currency, due to be launched in January, is popular"
        if head.pos_ not in {"VERB", "AUX"}:
            return UNDECIDED  # "plans to establish": a noun says nothing of time
        if _past_perfect(head):
            return BACK  # "had been scheduled to expire Friday": a plan told from the past
        if head.lemma_ in _SCHEDULE_LEMMAS or head.lemma_ in {"be", "go"} and head.tag_ in {"VBZ", "VBP", "VBG"}:
            return FORWARD
        return tense_direction(head, depth + 1) if head.i != verb.i else UNDECIDED  # spaCy makes a new Token each access: `is` never holds
    if verb.tag_ == "VBD" or words & {"had", "was", "were", "did"}:
        return BACK
    if verb.tag_ == "VBN" and words & {"has", "have"}:
        return BACK
    if verb.tag_ == "VBN" and not words and verb.dep_ in {"acl", "ROOT"} and verb.lemma_ not in _SCHEDULE_LEMMAS:
        return BACK  # anchor.bare_participle: "the report released Monday", "The ceasefire ... held through Sunday"
    if verb.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re"}:
        return FORWARD
    if verb.tag_ in {"VBZ", "VBP"} and verb.lemma_ == "be":
        if not words and any(c.dep_ == "acomp" and c.lower_ in _EXPECTED_WORDS for c in verb.children):
            return FORWARD  # anchor.is_due: "He is due in court Monday"
        if not words and any(c.dep_ == "nsubj" and c.lemma_ in _EVENT_NOUNS for c in verb.children):
            return FORWARD  # anchor.event_is_on: "The deadline is Wednesday", "The election is on Sunday"
        if not words and any(c.dep_ == "xcomp" and c.tag_ == "VB" and any(g.lower_ == "to" for g in c.children) for c in verb.children):
            return FORWARD  # anchor.is_to, the day before the verb: "On Wednesday, Mohamed and his father are to travel to New York"
        return UNDECIDED
    if verb.tag_ == "VBP" and not words and verb.lower_ in _PAST_LOOKALIKES:
        return UNDECIDED  # anchor.past_lookalike: "stocks hurt the index on Friday" may well be past
    if verb.tag_ in {"VBZ", "VBP"} and not words and verb.lemma_ not in _REPORTING | _RELATING:
        return FORWARD  # "The summit opens Monday": news tells schedules in the present
    if verb.tag_ == "VBN" and words & {"be", "been"} and words & _FUTURE_AUX:
        return FORWARD
    return UNDECIDED


def direction(doc: "Doc", start: int, end: int) -> int:
    """Which way an underspecified expression points, from its preposition, then its verb."""
    text = text_of(doc)
    before = text[max(0, start - 20):start]
    if _FORWARD_WORDS.search(before) or _SCHEDULED_WORDS.search(before):  # anchor.scheduled: "is due on Friday"
        if _SCHEDULED_WORDS.search(before) and _past_perfect(governing_verb(doc, start, end)):
            return BACK  # "had been due to expire Friday": a plan told from the past, now gone by
        if _UNTIL.search(before) and _lasted(governing_verb(doc, start, end)):
            return BACK  # anchor.lasted_until: "the shelling lasted until late Sunday" ended in the past
        return FORWARD
    if _BACK_WORDS.search(before):
        return BACK
    verb = governing_verb(doc, start, end)
    if verb is not None and _WEAK_FORWARD.search(before) and _extends_ahead(verb):
        return FORWARD  # anchor.extended_through: "has extended the loans through January" reaches ahead
    if _POSSESSIVE.match(text, end) and not _SCHEDULED_EVENT.match(text, end):
        # "Friday's close", "Tuesday's declaration": the verb governs the event, not the day;
        # an event named by its day is one that took place, unless a future verb says otherwise.
        # ("faces Wednesday's deadline", "ahead of Sunday's vote" are left to the tense.)
        return FORWARD if verb is not None and _future_aux(verb) else BACK
    if (modified := _modified_noun(doc, start, end)) is not None and modified.lemma_ not in _EVENT_NOUNS:
        # "its August recess", "the June report": a thing named by its month or day, told as past
        # unless a future verb says otherwise ("the November election" is left to the tense).
        return FORWARD if verb is not None and _future_aux(verb) else BACK
    if verb is not None and verb.lemma_ in _APPROACHING and _is_subject_of(doc, start, end, verb):
        return FORWARD  # anchor.approaching: "as Election Day drew closer" is still ahead, whatever the tense
    if (words := span_at(doc, start, end, alignment_mode="expand")) is not None and future_in_past(verb, words.start):
        return FORWARD  # anchor.future_in_past: "said it would vote Friday", "vowed to attack Sunday"
    if verb is not None and verb.lemma_ in {"start", "begin"} and verb.tag_ == "VBG" and verb.head.i != verb.i:
        verb = verb.head  # "rose steadily starting in January": the tense is the clause's, not the participle's
    tense = tense_direction(verb)
    if tense == FORWARD and verb is not None and verb.tag_ in {"VBZ", "VBP"} and in_headline(text, start):
        return UNDECIDED  # anchor.headline_present: "Obama arrives in Israel Wednesday" has happened
    if tense == UNDECIDED and _FROM.search(before) and not _RANGE_END.match(text, end):
        return FORWARD  # anchor.from_on: "flights departing each Thursday from August 6"
    if tense == UNDECIDED and _WEAK_FORWARD.search(before):
        return FORWARD
    return tense


#: A wire dateline at the top of the body: "BEIJING, March 12 (Xinhua) --", "NAIROBI, Kenya, Aug. 7 (AP) _".
_DATELINE = re.compile(
    rf"^[ \t]*(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){{0,5}},\s+)?(?:(?i:{'|'.join(WEEKDAYS)}),\s+)?"
    rf"(?P<month>(?i:{MONTH_RE}))\.?\s+(?P<day>\d{{1,2}})"
    r"(?:,\s*(?P<year>\d{4}))?\s*(?:\([^)\n]{1,30}\)\s*)?(?:--|—|–|_|-)"
)


#: The first lines of the body, where a dateline stands.
_LINE_START = re.compile(r"^(?=[ \t]*\S)", re.MULTILINE)
#: A line of running text (ending a sentence), not a headline or a byline.
_STORY_LINE = re.compile(r"[.!?\"”][ \t]*\r?\n")


def dateline_day(text: str, published: date | None) -> date | None:
    """The day a wire dateline gives, when it is the publication day or up to three days before it.

    Wire copy tells "today" and "Monday" from the day it was filed (the dateline), which can be a
    day or two before the creation time of the copy: those words are read from the dateline."""
    if published is None:
        return None
    # anchor.dateline_after_headline: the dateline may come after a headline or a byline line
    m = None
    for line in _LINE_START.finditer(text[:400]):
        if line.start() and _STORY_LINE.search(text, 0, line.start()):
            break  # a sentence of the story came first: a date further down is no dateline
        if (m := _DATELINE.match(text[line.start():line.start() + 300])) is not None:
            break
    if m is None:
        return None
    month, day = MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day"))
    for year in ([int(m.group("year"))] if m.group("year") else [published.year, published.year - 1]):
        try:
            filed = date(year, month, day)
        except ValueError:
            return None
        if 0 <= (published - filed).days <= 3:
            return filed
    return None


#: A weekday, month or day of a month with nothing deictic in it ("Friday", "June 5", "Saturday
#: afternoon"): what a plan told in the past reads from the day it was told ("today" does not).
_UNDERSPECIFIED = re.compile(
    rf"^(?:(?:on|in|by|early|late|mid-?)\s+)*(?:{'|'.join(WEEKDAYS)}|{MONTH_RE})\b(?![^,]*\b(?:today|tonight|yesterday|tomorrow|last|next|this)\b)",
    re.IGNORECASE,
)
#: "That June", "that same March": a month told from the story's year.
_THAT_BEFORE = re.compile(r"\b(?:that|that same|the same)\s+$", re.IGNORECASE)
_BARE_MONTH = re.compile(rf"^(?:{MONTH_RE})$", re.IGNORECASE)
_THAT_MONTH = re.compile(rf"^(?:that|that same|the same)\s+(?:{MONTH_RE})$", re.IGNORECASE)


@dataclass
class StoryTrail:
    """The dates a story has mentioned so far, for the anaphoric expressions after them."""

    published: date | None
    last_day: date | None = None
    last_value: str | None = None
    #: The last day told that is not after publication, and its value: what a past-tense
    #: clause is at when the story has since named a day to come ("court on April 5").
    last_past_day: date | None = None
    last_past_value: str | None = None
    #: Where the last remembered expression starts in the text (for the day a plan was told).
    last_start: int | None = None
    #: Where the last remembered value (of any granularity) starts: "Sales in 2023 rose from a year earlier".
    last_value_start: int | None = None
    #: The year of the last expression with its year written out, and where it starts (anchor.narrative).
    written_year: int | None = None
    written_start: int | None = None
    #: A day within a week of publication has been told: the article tells news, not a story of another time.
    news_told: bool = False
    _values: list[str] = field(default_factory=list)
    _text: str = ""
    _quotes: list[tuple[int, int]] | None = None

    def anchor_for(self, doc: "Doc", start: int, end: int) -> Anchor:
        self._text = full = text_of(doc)
        text = full[start:end]
        way = direction(doc, start, end)
        if (narrative := self._narrative(doc, start, end, text, way)) is not None:
            return Anchor(today=narrative[0], story=self.published, story_value=self.last_value, direction=narrative[1])
        if (year := self._demonstrative_year(doc, start, text)) is not None:
            # anchor.that_month: "The protests began in 1989. That June, ..." is June 1989
            return Anchor(today=date(year, 12, 31), story=self.published, story_value=self.last_value, direction=BACK)
        if not ANAPHORIC.search(text):
            today = self.published
            verb = governing_verb(doc, start, end)
            words = span_at(doc, start, end, alignment_mode="expand")
            if way == FORWARD and _UNDERSPECIFIED.match(text) and verb is not None and words is not None and future_in_past(verb, words.start):
                # "said on Tuesday that it would raise rates on Thursday": ahead of Tuesday, not of publication
                today = telling_day(self.published, self.last_day, self.last_start, verb.sent.start_char)
                if narrated_plan(verb) and (story := told_day_in_sentence(self.published, self.last_day, self.last_start, 0)):
                    today = story  # anchor.was_to: "The Senate was to meet Monday" is ahead of the story's last day, not of publication
            elif way == FORWARD and _UNDERSPECIFIED.match(text) and told_in_the_present(verb) and verb is not None:
                # "announced on Monday that students return to school on Wednesday": from Monday
                today = told_day_in_sentence(self.published, self.last_day, self.last_start, verb.sent.start_char) or today
            elif words is not None and (said := self._saying_day(full, start, text, words.sent.start_char)) is not None:
                today = said  # anchor.reported_today: "said on Tuesday that today ..." is Tuesday
            # the day of an event told in the past, or with "will": not weeks on the other side of publication
            told = way == BACK or way == FORWARD and verb is not None and _future_aux(verb)
            event = told and today == self.published and words is not None and _told_as_an_event(words)
            near = words is not None and self.last_value_start is not None and self.last_value_start >= words.sent.start_char
            return Anchor(today=today, story=self.published, story_value=self.last_value, direction=way, event_day=event, story_near=near)
        # An anaphoric phrase with no day told before it gets no story day: "the next day"
        # then stays unresolved rather than being read as the day after publication.
        story, value = self.last_day, self.last_value
        if way == BACK and story is not None and self.published is not None and story > self.published:
            # anchor.past_story_day: the value moves back too when it is that day to come
            value = self.last_past_value if value is not None and story_day(Reading("DATE", value)) == story else value
            story = self.last_past_day
        words = span_at(doc, start, end, alignment_mode="expand")
        near = words is not None and self.last_value_start is not None and self.last_value_start >= words.sent.start_char
        return Anchor(today=self.published, story=story, story_value=value, direction=way, story_near=near)

    def _narrative(self, doc: "Doc", start: int, end: int, text: str, way: int) -> tuple[date, int] | None:
        """anchor.narrative: a bare weekday or month in a paragraph telling a story of another time."""
        if way != BACK or self.written_start is None or self.news_told:
            return None  # an article that has told the news of its week reads its weekdays from it
        verb = governing_verb(doc, start, end)
        words = span_at(doc, start, end, alignment_mode="expand")
        if words is None or (verb is not None and verb.lemma_ in _REPORTING):
            return None  # "said Thursday": reported speech is told from the publication date
        sentence = words.sent
        opening = doc[sentence.start - 1].sent.start_char if sentence.start else sentence.start_char
        if self.written_start < opening:
            return None  # the story's date is more than a sentence back
        return narrative_reference(
            self._text, start, text, published=self.published, past=True,
            perfect=_past_perfect(verb), story_day=self.last_day,
            story_value=self.last_value, written_year=self.written_year, written_start=self.written_start,
        )

    def _saying_day(self, full: str, start: int, text: str, sentence_start: int) -> date | None:
        if self.last_start is None or not TODAY_WORDS.match(text):
            return None
        if self._quotes is None:
            self._quotes = [(q.start, q.end) for q in find_marked_quotes(full)]
        quote = next(((a, b) for a, b in self._quotes if a <= start < b), None)
        return saying_day(
            full, start, text, published=self.published, story_day=self.last_day, story_start=self.last_start,
            sentence_start=sentence_start, quoted=quote is not None,
            story_before_quote=quote is not None and self.last_start < quote[0],
        )

    def _demonstrative_year(self, doc: "Doc", start: int, text: str) -> int | None:
        """The story's year for a bare month after "that" ("That June"), when it is not this year's."""
        inside = _THAT_MONTH.match(text)  # the span may hold "That" itself ("That March")
        if not inside and (not _THAT_BEFORE.search(text_of(doc), max(0, start - 12), start) or not _BARE_MONTH.match(text)):
            return None
        year = int(self.last_value[:4]) if self.last_value and self.last_value[:4].isdigit() else None
        if year is None or self.published is None or year >= self.published.year:
            return None
        return year

    def forget(self) -> None:
        """A day the story named but nobody could resolve: what follows cannot count from before it."""
        self.last_day = self.last_past_day = None
        self.last_value = self.last_past_value = None
        self.last_start = self.last_value_start = None
        self.written_year = self.written_start = None

    def remember(self, reading: Reading, rule: str = "", start: int | None = None, end: int | None = None) -> None:
        """Absolute and deictic dates move the story on; vague references, lengths and dates
        told from the story itself ("a year earlier") do not, or they would drift."""
        if rule in STORY_RULES and not (rule in _STORY_MOVES and _DAY_VALUE.match(reading.value or "")):
            return
        if reading.type not in {"DATE", "TIME"} or not reading.value or reading.value.endswith("_REF"):
            return
        if rule == "date.ago" and _QUARTER_VALUE.match(reading.value):
            return  # anchor.compared_quarter: "rose from $90 million a year ago" compares; the story stays at its quarter
        if "X" in reading.value.split("T")[0]:
            return
        self.last_value, self.last_value_start = reading.value, start
        if start is not None and end is not None and reading.value[:4].isdigit() and WRITTEN_YEAR.search(self._text, start, end):
            self.written_year, self.written_start = int(reading.value[:4]), start
        if (day := story_day(reading)) is not None:
            self.last_day, self.last_start = day, start
            self.news_told = self.news_told or (self.published is not None and abs((self.published - day).days) <= 7)
            if self.published is None or day <= self.published:
                self.last_past_day, self.last_past_value = day, reading.value


#: What may stand between a clock time and the day it is on: "15:30 local time (1430 UTC) on Tuesday".
_CLOCK_TO_DAY = re.compile(r"^[\s(),]*(?:local\s+time[\s(),]*)?(?:on|of)?\s*$", re.IGNORECASE)
_CLOCK_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}.*)$")
_DAY_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:$|T)")
_QUARTER_VALUE = re.compile(r"^\d{4}-Q\d$")
_NAMES_A_DAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}|{MONTH_RE}|today|tonight|yesterday|tomorrow)\b", re.IGNORECASE)


def clock_on_the_day_after_it(text: str, values: list[tuple[int, int, str | None]]) -> dict[int, str]:
    """anchor.clock_day_after: a clock time followed by the day it is on ("At 2:49 a.m. local time
    (7:49 a.m. UTC) on Saturday") takes that day, not the day the story was at before it.

    ``values`` are (start, end, value) of the expressions in text order; the answer maps the
    index of each clock time to move to its new value. Read from the last one back, so a chain
    of clocks ("15:30 local time (1430 UTC) on Tuesday") all take the day at its end."""
    moved: dict[int, str] = {}
    for i in range(len(values) - 2, -1, -1):
        start, end, value = values[i]
        next_start, _, next_value = values[i + 1]
        next_value = moved.get(i + 1, next_value)
        if not value or not next_value or not (clock := _CLOCK_VALUE.match(value)):
            continue
        if _NAMES_A_DAY.search(text, start, end) or not _CLOCK_TO_DAY.match(text[end:next_start]):
            continue
        if (day := _DAY_VALUE.match(next_value)) is not None and not value.startswith(day.group(1)):
            moved[i] = day.group(1) + clock.group(1)
    return moved


#: "Dec. 18, a Wednesday": a weekday that restates the day just named.
_RESTATING = re.compile(r"^\s*,?\s*(?:a|which was a|then a)\s+$", re.IGNORECASE)
_WEEKDAY_ALONE = re.compile(rf"^(?:{'|'.join(WEEKDAYS)})$", re.IGNORECASE)


def weekday_restating_the_day_before(text: str, values: list[tuple[int, int, str | None]]) -> dict[int, str]:
    """anchor.weekday_apposition: "on Dec. 18, a Wednesday" names one day twice; the weekday takes
    the date's day when that day is a Wednesday (else the words say something else, and stay)."""
    moved: dict[int, str] = {}
    for i in range(1, len(values)):
        start, end, value = values[i]
        _, previous_end, previous = values[i - 1]
        if not value or not previous or not _WEEKDAY_ALONE.match(text[start:end]):
            continue
        if not _RESTATING.match(text[previous_end:start]) or (day := day_of_value(previous)) is None:
            continue
        if WEEKDAYS[day.weekday()] == text[start:end].lower() and value != iso_day(day):
            moved[i] = iso_day(day)
    return moved


#: "Friday and Saturday", "Monday to Wednesday", "Friday, Saturday or Sunday": weekdays in one list.
_WEEKDAY_LIST = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|to\s+|through\s+|thru\s+|-\s*|\u2013\s*)$", re.IGNORECASE)


def weekday_following_the_weekday_before(text: str, values: list[tuple[int, int, str | None]]) -> dict[int, str]:
    """anchor.weekday_pair: in "on Friday and Saturday" (or "Monday to Wednesday") the second
    weekday is the first one of its name after the day before it, whatever the tense says: a
    list of days in the week's order runs forward from its first. Read left to right, so a list
    chains; days named out of order ("statements made Friday and Thursday") keep their readings."""
    moved: dict[int, str] = {}
    for i in range(1, len(values)):
        start, end, value = values[i]
        _, previous_end, previous = values[i - 1]
        previous = moved.get(i - 1, previous)
        if not value or not previous or not (name := _WEEKDAY_ALONE.match(text[start:end])):
            continue
        if not _WEEKDAY_LIST.match(text[previous_end:start]) or (day := day_of_value(previous)) is None:
            continue
        if not _WEEKDAY_ALONE.match(text[values[i - 1][0]:previous_end]):
            continue  # "on March 3 and Friday" is no list of days
        if (ahead := WEEKDAYS.index(name.group(0).lower()) - day.weekday()) <= 0:
            continue  # "made Friday and Thursday": named out of the week's order, no run of days
        if (target := iso_day(date.fromordinal(day.toordinal() + ahead))) != value:
            moved[i] = target
    return moved


def days_from_neighbours(text: str, values: list[tuple[int, int, str | None]]) -> dict[int, str]:
    """New values for expressions whose day is told by the expression next to them (see the three rules)."""
    return {
        **clock_on_the_day_after_it(text, values),
        **weekday_restating_the_day_before(text, values),
        **weekday_following_the_weekday_before(text, values),
    }
