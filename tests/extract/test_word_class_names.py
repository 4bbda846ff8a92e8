"""Ordinary words the model tagged as names on real pages: "showy" (GPE), "Taking Archie" (ORG)."""

from __future__ import annotations

from tests.extract.mention_support import raw_mentions
from tui.extract import analyse, repairs
from tui.extract.word_class_names import drop_lowercase_describing_words, trim_leading_gerunds


def _spans(text: str, mentions) -> list[str]:
    return [text[m.start : m.end] for m in mentions]


def test_a_lowercase_adjective_is_no_place_on_a_real_page(nlp, shared_dir):
    """The Atlantic's page: "chosen for its showy, bright-pink blossoms" made "showy" a key place. Rule: one word
    in small letters that the tagger and the dictionary read as an adjective or adverb names nothing."""
    from tui.library.sources import read_one

    article = read_one(shared_dir / "data/web/pages/theatlantic.com.disasters.html")
    analysis = analyse(article.text, nlp=nlp, title=article.title, published=article.published)
    assert "showy" not in {m.text for m in analysis.mentions}
    assert "California" in {e.name for e in analysis.entities}
    assert drop_lowercase_describing_words in repairs.RULES


def test_a_lowercase_noun_name_stays(nlp):
    text = "He paid in bitcoin and bought a showy car."
    doc = nlp(text)
    mentions = raw_mentions(text, ("bitcoin", "PRODUCT"), ("showy", "GPE"))
    assert _spans(text, drop_lowercase_describing_words(doc, mentions)) == ["bitcoin"]


def test_a_sentence_opening_gerund_is_no_part_of_the_name_it_takes(nlp):
    """CNN's page: "Taking Archie outside is his favorite activity" gave the name "Taking Archie". Rule: a name
    opening a sentence with an "-ing" verb whose object the rest is starts after the verb; "Reading Football
    Club won" (the club the subject) keeps its whole name."""
    text = "Taking Archie outside is his favorite activity, he said. Reading Football Club won on Saturday."
    doc = nlp(text)
    mentions = raw_mentions(text, ("Taking Archie", "PERSON"), ("Reading Football Club", "ORG"))
    assert _spans(text, trim_leading_gerunds(doc, mentions)) == ["Archie", "Reading Football Club"]
    assert trim_leading_gerunds in repairs.RULES
