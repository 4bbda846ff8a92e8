"""Span repairs that drop what the model tagged but names nothing: symbols, and words shouted in capitals.

Five small rules of ``repairs.RULES`` (same signature: the doc and the mentions in, the mentions out):

- ``drop_symbol_mentions``: a mention with no letter and no digit (a flag emoji "🇮🇱🇹🇷", "👍🏽",
  an Arabic comma "،", a lone "#") names nothing, whatever its label.
- ``drop_clitic_mentions``: nor does the ending of a contraction: a feed entry whose whole text was
  "don’t" gave the place "n’t".
- ``drop_shouted_words``: in words written in capitals ("I WON THIS ELECTION, BY A LOT!", a table
  heading "MEMBER OF PARLIAMENT AND EMAIL ADDRESSES") the model takes capitalised common words for
  names ("I WON", "LOT", "PARLIAMENT"). Only a run of capitals holding a word no acronym is ("THIS",
  "BY", "OF") counts as shouting; a name the article also writes elsewhere ("US", "Biden" as "BIDEN")
  is kept, and acronyms in ordinary sentences ("the US, UK and EU") are never touched. In a table row
  ("| TORY MPs: CONSTITUENCY, MEMBER OF PARLIAMENT ... |") a heading's words are column names: there the
  name written elsewhere ("Parliament") does not keep them.
- ``drop_control_and_file_names``: a name holds no control character and no bidi override, and is no
  file name: the hostile files' "\u202eevil.exe\u202c" was a PERSON, a terminal escape's "0;PWNED\x07" a PRODUCT.
- ``drop_emphasised_words``: one ordinary word in capitals for emphasis ("We will get through this
  TOGETHER!", "it ABSTAINS from adjudicating", "either the LEFT or the RIGHT") is no name. It is told
  from an acronym that is a word too ("SPHERE", "PALM", "BASIC") by the pipeline's dictionary
  (``word_classes``): the tagger reads it as the verb, adjective or adverb the dictionary knows, or the
  article writes it in small letters too and writes other dictionary words in capitals, outside names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import RawMention
from .doc_text import doc_text
from .word_classes import classes_of, has_dictionary

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Labels that name something (as ``repairs.NAME_LABELS``; numbers and dates are not shouted names).
_NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                          "LANGUAGE"})
#: Words that in capitals can only be shouting, never an acronym or a state's code: a sentence with
#: one of them in capitals is written in capitals. ("IN", "OR", "ME", "OK", "US", "IT", "WHO", "AM"
#: are left out: Indiana, Oregon, Maine, Oklahoma, the United States, IT, the WHO, a.m.)
_SHOUT_WORDS = frozenset(
    "a an the and but of to for from with by this that these those is are was were be been will would"
    " not no all my our your their his her its we you they he she i than then so very just have has had"
    " what when where why how there here about into over after before again".split()
)
#: Words in capitals in a row, the mention's among them, that make a shouted run.
_MIN_WORDS = 3


def drop_symbol_mentions(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"🇮🇱🇹🇷" PRODUCT, "،" PRODUCT, "#" CARDINAL: a mention without a letter or a digit is dropped."""
    text = doc_text(doc)
    return [m for m in mentions if any(c.isalnum() for c in text[m.start : m.end])]


#: The ending of a contraction, split off by the tokenizer ("n’t", "’s", "’ll", "'re").
_CLITIC = re.compile(r"(?:n['’]t|['’](?:s|re|ve|ll|d|m))", re.IGNORECASE)


def drop_clitic_mentions(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"n’t" GPE (the whole text was "don’t"): a mention that is only a contraction's ending is dropped."""
    text = doc_text(doc)
    return [m for m in mentions if not _CLITIC.fullmatch(text[m.start : m.end])]


def drop_shouted_words(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"I WON" and "LOT" in "I WON THIS ELECTION, BY A LOT!": a name in capitals inside a run of words in
    capitals that holds a word only shouting writes so ("THIS", "BY", "A") is dropped, unless the article
    writes it outside such runs too."""
    text = doc_text(doc)
    shouted = [m for m in mentions if m.label in _NAME_LABELS and _in_capitals(text[m.start : m.end])
               and _in_shouted_run(doc, m)]
    if not shouted:
        return mentions
    gone = set(shouted)
    written = {text[m.start : m.end].casefold() for m in mentions if m not in gone}
    return [m for m in mentions
            if m not in gone or (text[m.start : m.end].casefold() in written and not _in_table_row(text, m))]


def _in_table_row(text: str, mention: RawMention) -> bool:
    """The mention's line is a row of a table as pages are read ("| cell | cell |")."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return text.startswith("|", line_start)


#: Bidi embeddings, overrides and isolates: they reorder what a terminal shows, never part of a name
#: (zero-width joiners are: Persian and Indic names are written with them).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: A file's name: one word, a dot and the extension of a program, script, document or archive
#: (web addresses such as "Amazon.com" are names of businesses, and are kept).
_FILE_NAME = re.compile(
    r"[\w\-]+\.(?:exe|dll|bat|cmd|scr|msi|vbs|js|jar|ps1|sh|apk|dmg|pdf|docx?|xlsx?|pptx?|zip|rar|7z|txt|"
    r"png|jpe?g|gif)", re.IGNORECASE)


def drop_control_and_file_names(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"\u202eevil.exe\u202c" PERSON, "0;PWNED\x07" PRODUCT: a mention holding a control character or a bidi
    control, or written as a file name, is dropped."""
    text = doc_text(doc)
    kept = []
    for m in mentions:
        span = text[m.start : m.end]
        if any(c in _BIDI_CONTROLS or ((c < " " or "\x7f" <= c < "\xa0") and not c.isspace()) for c in span):
            continue
        if m.label in _NAME_LABELS and _FILE_NAME.fullmatch(span.strip()):
            continue
        kept.append(m)
    return kept


def _in_capitals(words: str) -> bool:
    letters = [c for c in words if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _in_shouted_run(doc: "Doc", mention: RawMention) -> bool:
    """The words in capitals around the mention (punctuation between them, no line break) number at least
    ``_MIN_WORDS`` and, outside the mention, hold one of ``_SHOUT_WORDS``."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if _is_word(t.text)]
    shouting = False
    for step, first in ((-1, span.start - 1), (1, span.end)):
        i = first
        while 0 <= i < len(doc):
            token = doc[i]
            if "\n" in token.text or (step == -1 and "\n" in token.whitespace_) \
                    or (step == 1 and "\n" in doc[i - 1].whitespace_):
                break
            if _is_word(token.text):
                if not _in_capitals(token.text):
                    break
                words.append(token)
                shouting = shouting or token.text.lower() in _SHOUT_WORDS
            elif not token.is_punct:
                break
            i += step
    return shouting and len(words) >= _MIN_WORDS


def _is_word(token: str) -> bool:
    return any(c.isalpha() for c in token)


#: Fewer letters than this in capitals is taken for an acronym, never emphasis ("US", "IT", "IN" for
#: Indiana, "WHO", "GOP"): short acronyms are far more common than short shouted words.
_MIN_EMPHASIS_LETTERS = 4
#: The tagger's word classes that a name never has, as the dictionary names them.
_WORD_CLASSES = {"VERB": "verb", "AUX": "verb", "ADJ": "adj", "ADV": "adv"}
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
#: What follows a place in a dateline ("WASHINGTON —", "MOBILE, Ala.", "READING (Reuters)").
_DATELINE_AFTER = re.compile(r"\s*(?:,|\(|[-–—_]{1,2}\s)")


def drop_emphasised_words(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"TOGETHER" (ORG) in "We will get through this TOGETHER!", "LEFT" (PERSON) in "either the LEFT or the
    RIGHT": one word in capitals that the dictionary knows as a verb, adjective or adverb is dropped when

    - the tagger reads it as such a word ("TOGETHER" an adverb, "ABSTAINS" a verb), or
    - the article writes it in small letters too, and writes another such word in capitals outside any
      name ("RIGHT", "TODAY"): its writer emphasises words so.

    A word the article also writes as a name outside capitals ("Politico" beside "POLITICO") and a place
    in a dateline ("MOBILE, Ala.") stay; so do acronyms the dictionary knows only as nouns ("NASA", "WHO").
    """
    text = doc_text(doc)
    candidates = [m for m in mentions if m.label in _NAME_LABELS and _one_word_in_capitals(text[m.start : m.end])]
    if not candidates or not has_dictionary(doc):
        return mentions
    named = {text[m.start : m.end].casefold() for m in mentions if not _in_capitals(text[m.start : m.end])}
    style: _Style | None = None
    gone = set()
    for m in candidates:
        word = text[m.start : m.end].lower()
        span = doc.char_span(m.start, m.end)
        if span is None or len(span) != 1 or word in named or _in_dateline(text, m):
            continue
        token = span[0]
        tagged = _WORD_CLASSES.get(token.pos_)
        if tagged is not None and tagged in classes_of(doc, token.lemma_.lower()) | classes_of(doc, word):
            gone.add(m)
            continue
        if classes_of(doc, word):
            style = style or _Style(doc, text, mentions)
            if word in style.lower_words and style.emphasises_besides(word):
                gone.add(m)
    return [m for m in mentions if m not in gone] if gone else mentions


class _Style:
    """How an article writes: its words in small letters, and the dictionary words it writes in capitals
    outside names (read once per article, only when a candidate needs it)."""

    def __init__(self, doc: "Doc", text: str, mentions: list[RawMention]) -> None:
        self.lower_words = set(_LOWER_WORD.findall(text))
        covered = bytearray(len(text))
        for m in mentions:
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        self.emphasised = {
            t.text.lower() for t in doc
            if len(t.text) >= _MIN_EMPHASIS_LETTERS and t.is_alpha and t.text.isupper() and not covered[t.idx]
            and t.text.lower() in self.lower_words and classes_of(doc, t.text.lower())
        }

    def emphasises_besides(self, word: str) -> bool:
        return bool(self.emphasised - {word})


def _one_word_in_capitals(words: str) -> bool:
    return len(words) >= _MIN_EMPHASIS_LETTERS and words.isalpha() and words.isupper()


def _in_dateline(text: str, mention: RawMention) -> bool:
    """The mention opens a line and a dateline's comma, bracket or dash follows it."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return not text[line_start : mention.start].strip() and _DATELINE_AFTER.match(text, mention.end) is not None
