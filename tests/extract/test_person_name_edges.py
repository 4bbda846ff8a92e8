"""Words the model takes into a name: a thing its owner has ("Sally Capp's Mayorship"), a caption's label
("Tom Tancredo Image: US Congress.")."""

from __future__ import annotations

import csv

from tests.extract.mention_support import raw_mentions
from tui.extract import analyse, repairs
from tui.extract.person_name_edges import trim_caption_labels, trim_possessed_things


def _spans(text: str, mentions) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.label) for m in mentions]


def test_a_persons_name_ends_before_a_possessive(nlp):
    text = "What does Melbourne lack under Sally Capp's Mayorship? Walker's district voted on Sir Nick's Road."
    doc = nlp(text)
    mentions = raw_mentions(text, ("Sally Capp's Mayorship", "PERSON"), ("Walker", "PERSON"),
                            ("Nick's Road", "FAC"))
    # Only a person's name is cut: a place may hold a possessive ("Nick's Road").
    assert _spans(text, trim_possessed_things(doc, mentions)) == [
        ("Sally Capp", "PERSON"), ("Walker", "PERSON"), ("Nick's Road", "FAC")]
    assert trim_possessed_things in repairs.RULES


def test_a_captions_label_is_no_word_of_the_name_and_the_names_label_elsewhere_wins(nlp):
    text = ("Keisha Lance Bottoms spoke on Monday.\n\nKeisha Lance Bottoms Image: City of Atlanta.\n\n"
            "Gary Johnson Image: Gage Skidmore.\n\nThe Image Awards were held in March.")
    doc = nlp(text)
    mentions = raw_mentions(text, ("Keisha Lance Bottoms", "PERSON"), ("Keisha Lance Bottoms Image", "ORG"),
                            ("Gary Johnson Image", "PERSON"), ("Image Awards", "EVENT"))
    assert _spans(text, trim_caption_labels(doc, mentions)) == [
        ("Keisha Lance Bottoms", "PERSON"), ("Keisha Lance Bottoms", "PERSON"), ("Gary Johnson", "PERSON"),
        ("Image Awards", "EVENT")]
    assert trim_caption_labels in repairs.RULES


def test_the_captions_and_the_mayorship_of_real_wikinews_articles(nlp, shared_dir):
    """Wikinews' campaign-trail article captions each photo "Name Image: credit."; its interview asks about
    "Sally Capp's Mayorship". The library listed "Tom Tancredo Image" and "Sally Capp's Mayorship" as people."""
    urls = ("https://en.wikinews.org//wiki/On_the_campaign_trail_in_the_USA,_October_2020",
            "https://en.wikinews.org//wiki/Wikinews_interviews_2020_Melbourne_Lord_Mayor_Candidate_Wayne_Tseng")
    with (shared_dir / "data/wikinews/data/wikinews_2020.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["url"] in urls]
    assert len(rows) == 2
    names = set()
    for row in rows:
        analysis = analyse(row["text"], nlp=nlp, title=row["title"], published=row["date"])
        names |= {e.name for e in analysis.entities if e.label == "PERSON"}
    assert {"Tom Tancredo", "Sally Capp", "Kamala Harris"} <= names
    assert not [n for n in names if n.endswith(" Image") or "'s " in n]
