"""Repairs that drop what names nothing: mentions made of symbols, common words shouted in capitals, and
single ordinary words written in capitals for emphasis.

Each rule alone on hand-made mentions, then through the engine on the real Wikinews article where the
model took a shouted tweet for names.
"""

from __future__ import annotations

import csv

import pytest

from tests.extract.mention_support import raw_mentions
from tui.extract import analyse, repairs
from tui.extract.noise_mentions import (
    drop_clitic_mentions,
    drop_emphasised_words,
    drop_shouted_words,
    drop_symbol_mentions,
)


def _spans(text: str, mentions) -> list[str]:
    return [text[m.start : m.end] for m in mentions]


def test_the_rules_run_among_the_repairs():
    assert {drop_symbol_mentions, drop_clitic_mentions, drop_shouted_words, drop_emphasised_words} <= set(repairs.RULES)


def test_mentions_of_symbols_alone_are_dropped(nlp):
    text = "Fans waved 🇮🇱🇹🇷 flags, wrote ، and # and cheered Netanyahu 👍🏽 in Baku."
    doc = nlp(text)
    mentions = raw_mentions(text, ("🇮🇱", "PRODUCT"), ("🇹🇷", "PERSON"), ("،", "PRODUCT"), ("#", "CARDINAL"),
                    ("Netanyahu", "PERSON"), ("👍🏽", "NORP"), ("Baku", "GPE"))
    assert _spans(text, drop_symbol_mentions(doc, mentions)) == ["Netanyahu", "Baku"]


def test_the_ending_of_a_contraction_is_no_name(nlp):
    text = "don’t, it’s and they'll"
    doc = nlp(text)
    mentions = raw_mentions(text, ("n’t", "GPE"), ("’s", "ORG"), ("'ll", "PERSON"))
    assert drop_clitic_mentions(doc, mentions) == []
    names = raw_mentions("Don’t tell O'Neill", ("O'Neill", "PERSON"))
    assert drop_clitic_mentions(nlp("Don’t tell O'Neill"), names) == names


def test_a_feed_entry_whose_text_is_a_contraction_has_no_entities(nlp):
    """The feed of feedparser's demoronize test: its only entry's text is "don’t"."""
    assert analyse("don’t", nlp=nlp).mentions == ()


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


@pytest.mark.parametrize("text, spans, kept", [
    # the tagger reads the word as the adverb or verb the dictionary knows
    ('Trump wrote: "We will get through this TOGETHER!"', [("Trump", "PERSON"), ("TOGETHER", "ORG")], ["Trump"]),
    ("For these reasons the Court ABSTAINS from adjudicating this dispute.", [("Court", "ORG"), ("ABSTAINS", "ORG")],
     ["Court"]),
    # the writer sets other dictionary words in capitals, and writes this one in small letters too
    ("Voters fit neither the LEFT nor the RIGHT. Many left the Labour Party right after the vote.",
     [("LEFT", "PERSON"), ("Labour Party", "ORG")], ["Labour Party"]),
])
def test_one_ordinary_word_in_capitals_is_no_name(nlp, text, spans, kept):
    doc = nlp(text)
    assert _spans(text, drop_emphasised_words(doc, raw_mentions(text, *spans))) == kept


@pytest.mark.parametrize("text, spans", [
    # acronyms that are words too, which the dictionary knows only as nouns or the tagger reads as names
    ("We decided to use SPHERE to observe the system, as in the PALM trial.", [("SPHERE", "ORG"), ("PALM", "ORG")]),
    # a word in small letters elsewhere, but no other word in capitals: a name ("basic" is an adjective too)
    ("As a kid I programmed using BASIC. It was a basic language.", [("BASIC", "ORG")]),
    # short acronyms are never emphasis, whatever the tagger reads ("WHO" a pronoun, "US" and "IN")
    ("WHO said the US and IN would act. RIGHT NOW they wait.", [("WHO", "ORG"), ("US", "GPE"), ("IN", "GPE")]),
    # a name the article writes outside capitals too
    ("POLITICO obtained the invitation. Politico said it was ALWAYS right.", [("POLITICO", "ORG"), ("Politico", "ORG")]),
    # a place in a dateline
    ("MOBILE, Ala. (AP) -- Officials said the mobile clinic was CLOSED.", [("MOBILE", "GPE"), ("Ala.", "GPE")]),
])
def test_acronyms_and_names_in_capitals_are_not_emphasis(nlp, text, spans):
    doc = nlp(text)
    mentions = raw_mentions(text, *spans)
    assert drop_emphasised_words(doc, mentions) == mentions


def test_without_a_dictionary_nothing_is_dropped(nlp):
    """A pipeline without the lemmatizer's word lists (another language's, a custom one) cannot tell."""
    import spacy

    text = 'Trump wrote: "We will get through this TOGETHER!"'
    doc = spacy.blank("en")(text)
    mentions = raw_mentions(text, ("TOGETHER", "ORG"))
    assert drop_emphasised_words(doc, mentions) == mentions


def test_emphasised_words_of_real_articles_are_no_entities(nlp, shared_dir):
    """The 2020 Wikinews interview that writes "the LEFT or the RIGHT", and Trump's tweet "TOGETHER!"."""
    with (shared_dir / "data/wikinews/data/wikinews_2020.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if " the LEFT " in r["text"] or "this TOGETHER!" in r["text"]]
    assert len(rows) == 2
    for row in rows:
        names = {m.text for m in analyse(row["text"], nlp=nlp, title=row["title"], published=row["date"]).mentions}
        assert not names & {"LEFT", "CENTRE", "TOGETHER"}, names
        assert names & {"Labour Party", "Liberal Party", "Trump", "White House"}, names


def test_words_of_a_table_heading_in_capitals_are_no_names_even_when_written_elsewhere(nlp):
    """A page's table caption "TORY MPs: CONSTITUENCY, MEMBER OF PARLIAMENT AND EMAIL ADDRESSES" (Mail Online):
    the article names Parliament elsewhere, but a heading's words in capitals are no mention of it."""
    text = ("MPs want Parliament to have the final say.\n\n"
            "| TORY MPs: CONSTITUENCY, MEMBER OF PARLIAMENT AND EMAIL ADDRESSES | | |\n\n|---|---|---|\n\n"
            "| Aberconwy | Robin Millar | robin.millar.mp@parliament.uk |")
    doc = nlp(text)
    mentions = raw_mentions(text, ("Parliament", "ORG"), ("CONSTITUENCY", "GPE"), ("PARLIAMENT", "ORG"),
                            ("Aberconwy", "GPE"), ("Robin Millar", "PERSON"))
    assert _spans(text, drop_shouted_words(doc, mentions)) == ["Parliament", "Aberconwy", "Robin Millar"]


def test_the_table_heading_of_a_real_page_gives_no_entities(nlp, shared_dir):
    from tui.library.sources import read_one

    article = read_one(shared_dir / "data/web/pages/dailymail.co.uk.food.html")
    analysis = analyse(article.text, nlp=nlp)
    shown = {m.text for m in analysis.mentions}
    assert not shown & {"CONSTITUENCY", "PARLIAMENT", "Constituency", "Email"}, shown
    # "| Constituency | Member of Parliament | Email address |": the article writes "Parliament" in its prose,
    # yet in this title-case heading it is a word of a column's name.
    in_tables = [m.text for m in analysis.mentions if analysis.text.rfind("\n", 0, m.start) + 1 < len(analysis.text)
                 and analysis.text[analysis.text.rfind("\n", 0, m.start) + 1] == "|" and m.text == "Parliament"]
    assert in_tables == [], in_tables
    assert "Parliament" in {m.text for m in analysis.mentions}  # "Parliament has the final say": a name
    assert "THERESA VILLIERS" in shown or "Theresa Villiers" in shown  # a by-line in capitals is still a name


@pytest.mark.parametrize("name", ["\u202eevil.exe\u202c", "evil.exe", "0;PWNED\x07", "Report\u2066.pdf\u2069"])
def test_file_names_and_control_characters_are_no_names(nlp, name):
    """The hostile test files: a bidi-reversed "evil.exe" was listed as a PERSON, a terminal title escape
    as a PRODUCT."""
    from tui.extract.noise_mentions import drop_control_and_file_names

    text = f"Netanyahu met Aliyev. Open {name} now."
    doc = nlp(text)
    mentions = raw_mentions(text, ("Netanyahu", "PERSON"), ("Aliyev", "PERSON"), (name, "PERSON"))
    assert _spans(text, drop_control_and_file_names(doc, mentions)) == ["Netanyahu", "Aliyev"]
    assert drop_control_and_file_names in repairs.RULES


def test_names_with_joiners_and_web_addresses_stay(nlp):
    text = "Mohammad\u200cReza met Amazon.com and Yahoo.com officials."
    doc = nlp(text)
    mentions = raw_mentions(text, ("Mohammad\u200cReza", "PERSON"), ("Amazon.com", "ORG"), ("Yahoo.com", "ORG"))
    from tui.extract.noise_mentions import drop_control_and_file_names

    assert drop_control_and_file_names(doc, mentions) == mentions


def test_the_hostile_bidi_file_lists_no_file_name_as_a_person(nlp):
    from tests.hostile.hostile_fixtures import BIDI, LEAD

    analysis = analyse(LEAD + BIDI, nlp=nlp)
    assert not [m.text for m in analysis.mentions if "evil" in m.text]


def test_column_headings_of_a_table_are_no_names_unless_named_outside_it(nlp):
    """A heading cell names a column: a name in it stays only when the article writes it outside tables and
    the cell is that name alone ("| Biden |", "| Trump (R) |"), not a word of a title-case heading
    ("| Member of Parliament |", though the article writes "Parliament")."""
    from tui.extract.table_headings import drop_table_headings

    text = ("Biden leads Trump in the poll, and MPs want Parliament to decide.\n\n"
            "| Constituency | Member of Parliament | Email address |\n\n|---|---|---|\n\n"
            "| Aberconwy | Robin Millar | robin.millar.mp@parliament.uk |\n\n"
            "| Poll | Biden | Trump (R) |\n\n|---|---|---|\n\n| Ipsos | 45 | 44 |")
    doc = nlp(text)
    mentions = raw_mentions(text, ("Biden", "PERSON"), ("Trump", "PERSON"), ("Parliament", "ORG"),
                            ("Constituency", "GPE"), ("Parliament", "ORG"), ("Email", "PERSON"), ("Aberconwy", "GPE"),
                            ("Robin Millar", "PERSON"), ("Biden", "PERSON"), ("Trump", "PERSON"), ("Ipsos", "ORG"))
    assert _spans(text, drop_table_headings(doc, mentions)) == [
        "Biden", "Trump", "Parliament", "Aberconwy", "Robin Millar", "Biden", "Trump", "Ipsos"]
    assert drop_table_headings in repairs.RULES
