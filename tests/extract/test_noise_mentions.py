"""Repairs that drop what names nothing: mentions made of symbols, and common words shouted in capitals.

Each rule alone on hand-made mentions, then through the engine on the real Wikinews article where the
model took a shouted tweet for names.
"""

from __future__ import annotations

import csv

import pytest

from tests.extract.mention_support import raw_mentions
from tui.extract import analyse, repairs
from tui.extract.noise_mentions import drop_shouted_words, drop_symbol_mentions


def _spans(text: str, mentions) -> list[str]:
    return [text[m.start : m.end] for m in mentions]


def test_the_rules_run_among_the_repairs():
    assert drop_symbol_mentions in repairs.RULES and drop_shouted_words in repairs.RULES


def test_mentions_of_symbols_alone_are_dropped(nlp):
    text = "Fans waved 🇮🇱🇹🇷 flags, wrote ، and # and cheered Netanyahu 👍🏽 in Baku."
    doc = nlp(text)
    mentions = raw_mentions(text, ("🇮🇱", "PRODUCT"), ("🇹🇷", "PERSON"), ("،", "PRODUCT"), ("#", "CARDINAL"),
                    ("Netanyahu", "PERSON"), ("👍🏽", "NORP"), ("Baku", "GPE"))
    assert _spans(text, drop_symbol_mentions(doc, mentions)) == ["Netanyahu", "Baku"]


def test_flags_never_come_out_as_entities(nlp):
    analysis = analyse("Prime Minister Benjamin Netanyahu met Ilham Aliyev in Baku.\n\nFans waved 🇮🇱🇹🇷 and 🇺🇸 flags.",
                       nlp=nlp)
    assert all(any(c.isalnum() for c in m.text) for m in analysis.mentions), [m.text for m in analysis.mentions]


def test_names_shouted_among_common_words_in_capitals_are_dropped(nlp):
    text = 'President Donald Trump wrote, "I WON THIS ELECTION, BY A LOT!" on Twitter.'
    doc = nlp(text)
    mentions = raw_mentions(text, ("Donald Trump", "PERSON"), ("I WON", "WORK_OF_ART"), ("LOT", "ORG"), ("Twitter", "ORG"))
    assert _spans(text, drop_shouted_words(doc, mentions)) == ["Donald Trump", "Twitter"]


@pytest.mark.parametrize("text, spans", [
    # acronyms in an ordinary sentence: no run of capitals with a shouted common word
    ("The US, UK and EU disagreed with NATO.", [("US", "GPE"), ("UK", "GPE"), ("EU", "ORG"), ("NATO", "ORG")]),
    # a headline in capitals without a word only shouting writes ("IN" may be Indiana)
    ("NATO OFFICIALS MEET IN BRUSSELS", [("NATO", "ORG"), ("BRUSSELS", "GPE")]),
    # a name the article writes elsewhere too stays, shouted or not
    ("BIDEN WINS THE ELECTION\n\nJoe Biden won. Biden thanked voters.", [("BIDEN", "PERSON"), ("Biden", "PERSON")]),
    # units of a name in capitals are the name's ("OF" inside the mention is not shouting around it)
    ("Shares of BANK OF AMERICA fell.", [("BANK OF AMERICA", "ORG")]),
])
def test_acronyms_and_names_in_capitals_stay(nlp, text, spans):
    doc = nlp(text)
    mentions = raw_mentions(text, *spans)
    assert drop_shouted_words(doc, mentions) == mentions


def test_the_shouted_tweet_of_a_real_article_gives_no_entities(nlp, shared_dir):
    url = "https://en.wikinews.org//wiki/Joe_Biden_projected_US_president-elect"
    with (shared_dir / "data/wikinews/data/wikinews_2020.csv").open(encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["url"] == url)
    analysis = analyse(row["text"], nlp=nlp, title=row["title"], published=row["date"])
    names = {m.text for m in analysis.mentions}
    assert "I WON" not in names and "LOT" not in names
    assert {"Biden", "Trump"} <= {w for n in names for w in n.split()}
