"""The pipeline's English dictionary: whether a word is a verb, an adjective or an adverb.

spaCy's English rule lemmatizer ships WordNet's lemmas by word class (its ``lemma_index`` table).
Rules see only a Doc, so ``install`` copies the verb, adjective and adverb lists into the vocab's
lookups when the pipeline is loaded, and ``classes_of`` reads them from any Doc of it. A pipeline
without such a lemmatizer (another language, a custom one) has no dictionary: ``classes_of``
gives nothing, and the rules that ask it change nothing.

Nouns are left out of the classes on purpose: WordNet lists many acronyms and names as nouns ("nasa",
"who", "us", "isis"), so a noun says nothing about a word in capitals being an ordinary word. They are kept
apart, for ``is_dictionary_word`` (whether the dictionary knows a word at all: "cafe" for "Café").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: The vocab lookups table holding one frozenset of words per class.
TABLE = "newsloupe.word_classes"
#: The word classes kept (WordNet's names, as spaCy's lemma index keys them).
CLASSES = ("verb", "adj", "adv")
#: Nouns, kept apart from ``CLASSES`` (see above).
_NOUN = "noun"


def install(nlp: "Language") -> None:
    """Give ``nlp``'s vocab the dictionary of its lemmatizer (no-op without one, or when done)."""
    if nlp.vocab.lookups.has_table(TABLE) or "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    nlp.vocab.lookups.add_table(TABLE, {name: frozenset(index.get(name, ())) for name in (*CLASSES, _NOUN)})


def classes_of(doc: "Doc", word: str) -> frozenset[str]:
    """The classes ("verb", "adj", "adv") the dictionary gives ``word`` (lower case); empty when it has
    none or the pipeline has no dictionary."""
    lookups = doc.vocab.lookups
    if not lookups.has_table(TABLE):
        return frozenset()
    table = lookups.get_table(TABLE)
    return frozenset(name for name in CLASSES if word in table.get(name, ()))


def has_dictionary(doc: "Doc") -> bool:
    return doc.vocab.lookups.has_table(TABLE)


def is_dictionary_word(doc: "Doc", word: str) -> bool:
    """The dictionary knows ``word`` (lower case) in any class, nouns included."""
    lookups = doc.vocab.lookups
    if not lookups.has_table(TABLE):
        return False
    table = lookups.get_table(TABLE)
    return any(word in table.get(name, ()) for name in (*CLASSES, _NOUN))
