"""Name variants: nicknames, initials and company suffixes, in one article and across the library."""

from __future__ import annotations

import pytest

from tui.extract.context import RawMention
from tui.extract.entities import link
from tui.extract.name_variants import given_name_variant, same_given_name, without_org_suffix
from tui.library.identity import EntityRecord, resolve


@pytest.mark.parametrize("short, full, same", [
    ("cres", "creswell", True), ("bill", "william", True), ("j.", "joanne", True), ("j.k.", "joanne", True),
    ("alex", "alexander", True), ("al", "alan", False), ("bill", "robert", False), ("jo", "joanne", False),
])
def test_same_given_name(short, full, same):
    assert same_given_name(short, full) is same


def test_given_name_variants_need_one_surname():
    assert given_name_variant(("cres", "eastman"), ("creswell", "eastman"))
    assert not given_name_variant(("cres", "eastman"), ("creswell", "smith"))
    assert not given_name_variant(("george", "w", "bush"), ("george", "h", "bush"))


@pytest.mark.parametrize("key, expected", [
    ("apple inc.", "apple"), ("boeing co", "boeing"), ("volkswagen ag", "volkswagen"), ("inc", "inc"),
    ("microsoft corporation", "microsoft"),
])
def test_without_org_suffix(key, expected):
    assert without_org_suffix(key) == expected


@pytest.mark.parametrize("pairs", [
    [("Creswell Eastman", "PERSON"), ("Cres Eastman", "PERSON")],
    [("William Clinton", "PERSON"), ("Bill Clinton", "PERSON")],
    [("Joanne Rowling", "PERSON"), ("J.K. Rowling", "PERSON")],
    [("Kim Jong-un", "PERSON"), ("Kim Jong Un", "PERSON")],
    [("Martin Luther King Jr.", "PERSON"), ("King", "PERSON")],
    [("Apple Inc.", "ORG"), ("Apple", "ORG")],
    [("Russian Federation", "GPE"), ("Russia", "GPE")],
])
def test_one_identity_in_the_article_and_the_library(pairs):
    text = " and ".join(s for s, _ in pairs) + "."
    raw, pos = [], 0
    for s, label in pairs:
        i = text.index(s, pos)
        raw.append(RawMention(i, i + len(s), label))
        pos = i + len(s)
    _, mentions = link(text, raw)
    assert len({m.entity for m in mentions}) == 1
    records = [EntityRecord(str(k), f"{label.lower()}:{k}", s, label) for k, (s, label) in enumerate(pairs)]
    assert len(set(resolve(records).values())) == 1


def test_two_people_with_one_surname_stay_two():
    text = "Christopher Smith and Christine Smith met Chris Smith."
    raw = [RawMention(0, 17, "PERSON"), RawMention(22, 37, "PERSON"), RawMention(42, 53, "PERSON")]
    _, mentions = link(text, raw)
    assert mentions[0].entity != mentions[1].entity
    records = [EntityRecord("1", "a", "Christopher Smith", "PERSON"), EntityRecord("2", "b", "Christine Smith", "PERSON")]
    assert len(set(resolve(records).values())) == 2


@pytest.mark.parametrize("a, b, label", [
    ("U.S. Senate", "US Senate", "ORG"), ("US Senate", "United States Senate", "ORG"),
    ("NBC News", "NBC", "ORG"), ("Democrats", "Democrat", "NORP"), ("Americans", "American", "NORP"),
])
def test_library_variants(a, b, label):
    from tui.library.identity import canonical

    assert canonical(a, label) == canonical(b, label)


def test_library_variants_kept_apart():
    from tui.library.identity import canonical

    assert canonical("Swiss", "NORP") == "swiss" and canonical("Senate", "ORG") != canonical("US Senate", "ORG")
    assert canonical("Reuters News", "ORG") == "reuters news"  # only a short network name sheds "News"
