"""brat standoff export, read back with a small .ann parser checked against the .txt and annotation.conf."""

from __future__ import annotations

import re

import pytest
from brat_reader import check_consistent, conf_sections, parse_ann

from tui.exports import export_analysis
from tui.exports.brat import annotation_conf, brat_type, fragments


def test_hostile_article_exports_consistent_standoff(hostile_analysis):
    files = export_analysis(hostile_analysis, "brat", name="talks")
    assert isinstance(files, dict)
    assert set(files) == {"talks.txt", "talks.ann", "annotation.conf", "visual.conf"}
    assert files["talks.txt"] == hostile_analysis.text
    check_consistent(files, "talks")


def test_mention_across_a_line_break_is_discontinuous(hostile_analysis):
    files = export_analysis(hostile_analysis, "brat", name="talks")
    ann = parse_ann(files["talks.ann"])
    netanyahu = hostile_analysis.mentions[0]
    type_, frags, covered = next(t for t in ann.textbounds.values() if t[2] == "Benjamin Netanyahu")
    assert type_ == "PERSON" and len(frags) == 2
    assert frags[0][0] == netanyahu.start and frags[-1][1] == netanyahu.end


def test_facts_become_events_relations_and_notes(hostile_analysis):
    files = export_analysis(hostile_analysis, "brat", name="talks")
    ann = parse_ann(files["talks.ann"])
    by_text = {covered: tid for tid, (_, _, covered) in ann.textbounds.items()}
    meet = next(args for args in ann.events.values() if args[0][0] == "Consult_meet")
    assert dict(meet[1:]) == {
        "Actor": by_text["Benjamin Netanyahu"], "Target": by_text["Ilham Aliyev"],
        "Place": by_text["Baku"], "Time": by_text["Feb. 4, 2025"],
    }
    quotes = [dict(args) for args in ann.events.values() if args[0][0] == "Quote"]
    assert len(quotes) == 2
    attributed = next(q for q in quotes if "Speaker" in q)
    assert attributed["Speaker"] == by_text["Aliyev"] and attributed["Cue"] == by_text["said"]
    assert ann.textbounds[attributed["Quote"]][2].startswith("We will *never*")
    assert ("Direct", next(e for e, a in ann.events.items() if dict(a) == attributed)) in ann.attributes
    assert ("Role", by_text["Benjamin Netanyahu"], by_text["Prime Minister"]) in ann.relations.values()
    assert (by_text["Feb. 4, 2025"], "2025-02-04 (day)") in ann.notes


def test_seed_article_standoff_is_consistent(seed_analysis):
    files = export_analysis(seed_analysis, "brat", name="seed")
    ann = check_consistent(files, "seed")
    assert len(ann.textbounds) >= len(seed_analysis.mentions)
    assert len(ann.relations) >= len(seed_analysis.facts_of("role"))


def test_conf_covers_every_article_of_a_corpus(hostile_analysis, seed_analysis):
    conf = conf_sections(annotation_conf([hostile_analysis, seed_analysis]))
    assert {"Consult_meet", "Quote"} <= conf["events"]
    assert {"PERSON", "GPE", "Title", "Cue"} <= conf["entities"]


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("Benjamin Netanyahu", 0, 18, ((0, 18),)),
        ("Benjamin\nNetanyahu", 0, 18, ((0, 8), (9, 18))),
        ("Prime Minister\r\n  Benjamin", 0, 26, ((0, 14), (18, 26))),
        ("the Syrian\tArab Republic", 4, 24, ((4, 10), (11, 24))),
        (" Ankara \n\n", 0, 10, ((1, 7),)),
        ("\n\n", 0, 2, ()),
    ],
)
def test_fragments_split_at_line_breaks_and_trim(text, start, end, expected):
    assert fragments(text, start, end) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Meet", "Meet"), ("Consult (meet)", "Consult_meet"), ("Make public statement", "Make_public_statement"),
     ("!!!", "Event")],
)
def test_brat_type_names_are_valid(name, expected):
    result = brat_type(name, default="Event")
    assert result == expected and re.fullmatch(r"[A-Za-z0-9_-]+", result)
