"""Mention repairs: each rule on real news sentences, alone and through ``repair_mentions``."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings, strategies as st

from tests.extract.mention_support import raw_mentions
from tui.extract import repairs
from tui.extract.context import RawMention


def _spans(text: str, mentions) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.label) for m in mentions]


@pytest.mark.parametrize(
    "text, span, label, expected",
    [
        ("According to Arabic-language media, the talks went well.", "Arabic-", "LANGUAGE", "Arabic"),
        ("Saudi Arabia's government said it would respond.", "Saudi Arabia's", "GPE", "Saudi Arabia"),
        ("The reports of Reuters’ bureau in Gaza were cited.", "Reuters’", "ORG", "Reuters"),
        ('He called it a "Better Idea of Afghan Girls in science.', '"Better Idea of Afghan Girls', "WORK_OF_ART", "Better Idea of Afghan Girls"),
        ("The ministry (Mossad) declined to comment.", "Mossad)", "ORG", "Mossad"),
        ("Officials from the U.S. arrived.", "U.S.", "GPE", "U.S."),
    ],
)
def test_trim_edges(nlp, text, span, label, expected):
    doc = nlp.make_doc(text)
    assert _spans(text, repairs.trim_edges(doc, raw_mentions(text, (span, label)))) == [(expected, label)]


def test_trim_edges_leaves_dates_alone(nlp):
    text = "The talks ran until Feb. 4, 2025- then stopped."
    doc = nlp.make_doc(text)
    assert _spans(text, repairs.trim_edges(doc, raw_mentions(text, ("Feb. 4, 2025-", "DATE")))) == [("Feb. 4, 2025-", "DATE")]


@pytest.mark.parametrize(
    "text, span, label, expected",
    [
        ("Photo by Ozan Kose/AFP via Getty Images.", "Ozan Kose/AFP", "PERSON", [("Ozan Kose", "PERSON"), ("AFP", "ORG")]),
        ("Photo: Reuters/Ammar Awad", "Reuters/Ammar Awad", "ORG", [("Reuters", "ORG"), ("Ammar Awad", "PERSON")]),
        ("The Israel/Gaza border stayed closed.", "Israel/Gaza", "GPE", [("Israel/Gaza", "GPE")]),
        ("Smith/Jones won the case.", "Smith/Jones", "PERSON", [("Smith/Jones", "PERSON")]),
    ],
)
def test_split_credits(nlp, text, span, label, expected):
    doc = nlp.make_doc(text)
    assert _spans(text, repairs.split_credits(doc, raw_mentions(text, (span, label)))) == expected


@pytest.mark.parametrize(
    "text, span, expected",
    [
        ("Turkish deployment in the Palmyra (Tadmor) region.", "the Palmyra (Tadmor", [("the Palmyra", "FAC"), ("Tadmor", "FAC")]),
        ("Turkish deployment in Palmyra (Tadmor) was feared.", "Palmyra (Tadmor)", [("Palmyra", "FAC"), ("Tadmor", "FAC")]),
    ],
)
def test_split_parentheses(nlp, text, span, expected):
    doc = nlp.make_doc(text)
    assert _spans(text, repairs.split_parentheses(doc, raw_mentions(text, (span, "FAC")))) == expected


def test_title_fragment_dropped_keeping_the_nationality(nlp):
    text = "The meeting was led by Israeli National Security Adviser Tzachi Hanegbi on Monday."
    doc = nlp(text)
    raw = raw_mentions(text, ("Israeli National Security", "ORG"), ("Tzachi Hanegbi", "PERSON"))
    assert _spans(text, repairs.drop_title_fragments(doc, raw)) == [("Israeli", "NORP"), ("Tzachi Hanegbi", "PERSON")]


def test_a_real_organisation_before_a_name_stays(nlp):
    text = "Google Chief Executive Sundar Pichai spoke."
    doc = nlp(text)
    raw = raw_mentions(text, ("Google", "ORG"), ("Sundar Pichai", "PERSON"))
    assert _spans(text, repairs.drop_title_fragments(doc, raw)) == [("Google", "ORG"), ("Sundar Pichai", "PERSON")]


def test_trailing_title_leaves_the_organisation(nlp):
    text = "The State Department Spokesperson said the talks would go on."
    doc = nlp(text)
    raw = raw_mentions(text, ("The State Department Spokesperson", "ORG"))
    assert _spans(text, repairs.trim_trailing_titles(doc, raw)) == [("The State Department", "ORG")]


def test_leading_title_leaves_the_name(nlp):
    text = "The State Department's Spokesperson Jeff Rathke said so."
    doc = nlp(text)
    raw = raw_mentions(text, ("Spokesperson Jeff Rathke", "PERSON"))
    assert _spans(text, repairs.trim_leading_titles(doc, raw)) == [("Jeff Rathke", "PERSON")]


def test_surname_after_full_name_is_a_person(nlp):
    text = "Romelu Lukaku scored twice. Lukaku then left the pitch."
    doc = nlp(text)
    raw = raw_mentions(text, ("Romelu Lukaku", "PERSON"), ("Lukaku", "GPE"))
    raw = [raw[0], RawMention(text.index("Lukaku then"), text.index("Lukaku then") + 6, "GPE")]
    assert _spans(text, repairs.label_surnames(doc, raw)) == [("Romelu Lukaku", "PERSON"), ("Lukaku", "PERSON")]


def test_surname_before_the_full_name_is_not_relabelled(nlp):
    text = "Lukaku is fit. Romelu Lukaku scored twice."
    doc = nlp(text)
    raw = raw_mentions(text, ("Lukaku", "GPE"), ("Romelu Lukaku", "PERSON"))
    assert _spans(text, repairs.label_surnames(doc, raw))[0] == ("Lukaku", "GPE")


def test_two_names_run_together_lend_no_surname(nlp):
    text = "Andy Warhol took photos. A Warhol Polaroid sold well. Polaroid made the camera."
    doc = nlp.make_doc(text)
    raw = raw_mentions(text, ("Andy Warhol", "PERSON"), ("Warhol Polaroid", "PERSON"), ("Polaroid made", "ORG"))
    raw[-1] = RawMention(raw[-1].start, raw[-1].start + len("Polaroid"), "ORG")
    assert _spans(text, repairs.label_surnames(doc, raw))[-1] == ("Polaroid", "ORG")


def test_majority_label_wins(nlp):
    text = "Twitter banned him. Twitter said so. Twitter later apologised to Twitter users."
    doc = nlp.make_doc(text)
    starts = [i for i in range(len(text)) if text.startswith("Twitter", i)]
    raw = [RawMention(s, s + 7, lab) for s, lab in zip(starts, ("PERSON", "ORG", "ORG", "ORG"), strict=True)]
    assert {lab for _, lab in _spans(text, repairs.majority_labels(doc, raw))} == {"ORG"}


def test_a_tie_keeps_each_label(nlp):
    text = "Jordan won. Jordan lost."
    doc = nlp.make_doc(text)
    raw = [RawMention(0, 6, "PERSON"), RawMention(12, 18, "GPE")]
    assert _spans(text, repairs.majority_labels(doc, raw)) == [("Jordan", "PERSON"), ("Jordan", "GPE")]


def test_untagged_repeat_of_a_name_is_tagged(nlp):
    text = "Rathbun said Scientology was a cult. Former members say Scientology hides abuse."
    doc = nlp(text)
    raw = raw_mentions(text, ("Scientology", "ORG"))
    assert _spans(text, repairs.propagate_names(doc, raw)) == [("Scientology", "ORG"), ("Scientology", "ORG")]


def test_a_name_inside_a_longer_name_is_not_tagged(nlp):
    text = "Washington said no. The Washington Post disagreed."
    doc = nlp(text)
    raw = raw_mentions(text, ("Washington", "GPE"))
    assert _spans(text, repairs.propagate_names(doc, raw)) == [("Washington", "GPE")]


def test_repairs_on_the_seed_article(seed_analysis):
    found = {(m.text, m.label) for m in seed_analysis.mentions}
    assert {("Ozan Kose", "PERSON"), ("AFP", "ORG"), ("Arabic", "LANGUAGE"), ("Tadmor", "FAC")} <= found
    assert ("Israeli National Security", "ORG") not in found
    assert not any(m.text.endswith(("-", "(", "/")) for m in seed_analysis.mentions)


def test_repaired_mentions_never_overlap_and_stay_inside_the_text(nlp, seed_text):
    mentions = repairs.repair_mentions(nlp(seed_text))
    assert all(0 <= m.start < m.end <= len(seed_text) for m in mentions)
    assert all(a.end <= b.start for a, b in pairwise(mentions))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Ab -–,;:/()[]\"“”'’s.", max_size=20), st.data())
def test_trimming_only_ever_shrinks_a_span(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    new_start, new_end = repairs.trim_span(text, start, end)
    assert start <= new_start and new_end <= end and (new_start <= new_end)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Benjamin\nNetanyahu met <script>alert('x')</script> Ilham Aliyev in Baku.\n\x1b[31mred\x1b[0m",
        "(((AFP/))) / Reuters/ - the (Palmyra (Tadmor)) “Israel’s” Israel’s",
        "",
        "\n\n\n",
    ],
)
def test_hostile_text_gives_valid_mentions(nlp, text):
    doc = nlp(text)
    mentions = repairs.repair_mentions(doc)
    assert all(0 <= m.start < m.end <= len(text) for m in mentions)
    assert all(a.end <= b.start for a, b in pairwise(mentions))


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("Photos showed the Syrian Arab Republic flag in Ankara.", "the Syrian Arab Republic", "GPE", "Syrian Arab Republic"),
        ("He spoke to the Federal Security Service on Monday.", "the Federal Security Service", "ORG", "Federal Security Service"),
        ("The European Union said it would respond.", "The European Union", "ORG", "European Union"),
        # Inside a sentence a capital "The" belongs to the name.
        ("The court in The Hague ruled on Monday.", "The Hague", "GPE", "The Hague"),
        ("Readers of The Guardian wrote in.", "The Guardian", "ORG", "The Guardian"),
        # Dates and numbers keep their words.
        ("It happened the previous night.", "the previous night", "TIME", "the previous night"),
    ],
)
def test_drop_articles(nlp, text, span, label, expected):
    doc = nlp(text)
    assert _spans(text, repairs.drop_articles(doc, raw_mentions(text, (span, label)))) == [(expected, label)]


def test_articles_are_left_out_through_the_whole_repair(nlp):
    text = "He spoke to the Federal Security Service and the Syrian Arab Republic on Monday."
    mentions = repairs.repair_mentions(nlp(text))
    assert not any(text[m.start : m.end].lower().startswith("the ") for m in mentions if m.label != "DATE")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quake struck at 0930 UTC on Friday.", [("0930 UTC", "TIME"), ("Friday", "DATE")]),
        ("Polls closed at 10 p.m. GMT.", [("10 p.m. GMT", "TIME")]),
        ("UTC is the time standard.", []),
        ("Talks resumed at 0800 local time on Friday.", [("0800", "TIME"), ("Friday", "DATE")]),
    ],
)
def test_time_zones_belong_to_the_time_not_an_organisation(nlp, text, expected):
    doc = nlp(text)
    found = _spans(text, repairs.repair_mentions(doc))
    assert [(t, label) for t, label in found if label in {"TIME", "DATE", "ORG"}] == expected


def test_names_run_together_are_split(nlp):
    text = "Joe Biden met Donald Trump. The prior Trump-Biden debate was civil. Alexandra Ruiz-Tagle spoke."
    doc = nlp.make_doc(text)
    raw = raw_mentions(text, ("Joe Biden", "PERSON"), ("Donald Trump", "PERSON"), ("Trump-Biden", "PERSON"),
               ("Alexandra Ruiz-Tagle", "PERSON"))
    spans = _spans(text, repairs.split_joined_names(doc, raw))
    assert ("Trump", "PERSON") in spans and ("Biden", "PERSON") in spans
    assert ("Alexandra Ruiz-Tagle", "PERSON") in spans  # halves no one else carries: one surname


def test_a_platform_is_no_first_name(nlp):
    text = 'The next day on Twitter West accused his wife. Kanye West ran. EFF said on Twitter "Youtube-dl is legal".'
    doc = nlp.make_doc(text)
    raw = raw_mentions(text, ("Twitter West", "PERSON"), ("Kanye West", "PERSON"), ('Twitter "Youtube-dl', "PERSON"))
    assert _spans(text, repairs.split_joined_names(doc, raw)) == [
        ("Twitter", "ORG"), ("West", "PERSON"), ("Kanye West", "PERSON"), ("Twitter", "ORG")]


@pytest.mark.parametrize(
    "text, pairs, expected",
    [
        ("The pro-Beijing New People's Party won.", [("pro-Beijing New People's Party", "ORG")], [("New People's Party", "ORG")]),
        ("Group F — Sweden 1 – 0 Korea Republic", [("Sweden 1", "ORG"), ("0 Korea Republic", "PERCENT")],
         [("Sweden", "ORG"), ("Korea Republic", "ORG")]),
        ("Route 66 runs west.", [("Route 66", "FAC")], [("Route 66", "FAC")]),  # no score: the number is the name's
    ],
)
def test_stances_and_scores_are_no_part_of_a_name(nlp, text, pairs, expected):
    doc = nlp.make_doc(text)
    assert _spans(text, repairs.trim_stances_and_scores(doc, raw_mentions(text, *pairs))) == expected


@pytest.mark.parametrize(
    "text, span, expected",
    [
        ("It was donated by the Andy Warhol Foundation for the Visual Arts. Image: x.", "Andy Warhol Foundation",
         "Andy Warhol Foundation for the Visual Arts"),
        ("The Centers for Disease Control and Prevention said so.", "Centers", "Centers for Disease Control and Prevention"),
        ("Microsoft for the time being said no.", "Microsoft", "Microsoft"),  # no name after "for"
        ("He ran Acme for the Smiths and left.", "Acme", "Acme"),  # "for" a client, not part of a name
    ],
)
def test_an_organisation_name_goes_on_after_for(nlp, text, span, expected):
    doc = nlp(text)
    assert _spans(text, repairs.extend_for_names(doc, raw_mentions(text, (span, "ORG")))) == [(expected, "ORG")]


@pytest.mark.parametrize(
    "text, span, expected",
    [
        ("The remarks made Meghan cry that night.", "Meghan cry", "Meghan"),
        ("Osama bin Laden was killed.", "Osama bin Laden", "Osama bin Laden"),
        ("He met Vincent van Gogh.", "Vincent van Gogh", "Vincent van Gogh"),
    ],
)
def test_no_name_ends_in_a_lower_case_word(nlp, text, span, expected):
    doc = nlp.make_doc(text)
    assert _spans(text, repairs.trim_trailing_words(doc, raw_mentions(text, (span, "PERSON")))) == [(expected, "PERSON")]


def test_a_name_cut_short_is_the_name_written_elsewhere(nlp):
    text = "Others elected were James To of the Democratic Party. He was beaten by James To on Sunday."
    doc = nlp(text)
    first = text.index("James")
    second = text.index("James To", first + 5)
    raw = [RawMention(first, first + 5, "PERSON"), RawMention(second, second + 8, "PERSON")]
    assert _spans(text, repairs.extend_to_known_names(doc, raw)) == [("James To", "PERSON"), ("James To", "PERSON")]
    alone = [RawMention(first, first + 5, "PERSON")]  # no full name written anywhere: left as it is
    assert _spans(text, repairs.extend_to_known_names(doc, alone)) == [("James", "PERSON")]


@pytest.mark.parametrize("text, span, expected", [
    ("The city announced on Twitter the Federal Aviation Administration would investigate.",
     "Twitter the Federal Aviation Administration", [("Twitter", "ORG"), ("Federal Aviation Administration", "ORG")]),
    ("A statue of Alexander the Great stands there.", "Alexander the Great", [("Alexander the Great", "ORG")]),
    ("She banks with Bank of the West Holdings.", "Bank of the West Holdings", [("Bank of the West Holdings", "ORG")]),
])
def test_split_at_inner_article(nlp, text, span, expected):
    doc = nlp.make_doc(text)
    raw = raw_mentions(text, (span, "ORG"))
    assert _spans(text, repairs.split_at_inner_article(doc, raw)) == expected


@pytest.mark.parametrize("text, span, kept", [
    ("A tweet by US Secretary of State Mike Pompeo followed.", "State", False),
    ("The Minister of Defence spoke.", "Defence", False),
    ("The State said it would appeal.", "State", True),
    ("He met the Secretary of the Navy and Spain.", "Spain", True),
])
def test_drop_department_in_title(nlp, text, span, kept):
    doc = nlp.make_doc(text)
    raw = raw_mentions(text, (span, "ORG"))
    assert bool(repairs.drop_department_in_title(doc, raw)) is kept
