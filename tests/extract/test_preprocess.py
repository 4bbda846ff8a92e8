"""Article structure before NLP: the headline, paragraphs and verbatim repeats."""

from __future__ import annotations

import pytest

from tui.extract import preprocess


def test_the_seed_title_skips_the_site_chrome(seed_text):
    assert preprocess.guess_title(seed_text) == "Israel, Turkey hold talks in Azerbaijan over Syria tensions"


@pytest.mark.parametrize(
    "text, title",
    [
        ("Friday, July 21, 2017\n\nAfter visa snags, all-girl Afghan team honored at robotics competition\n\nA group of...",
         "After visa snags, all-girl Afghan team honored at robotics competition"),
        ("Topics\nAdvertisement\nWhy the euro is sliding against the dollar again\n\nThe euro fell.",
         "Why the euro is sliding against the dollar again"),
        ("homeWorld News | Politics | Economy\nMay's deal faces defeat in parliament\nBody text here.",
         "May's deal faces defeat in parliament"),
        ("Updated 12:04 GMT, 3 March 2024\nIs the ceasefire holding? Residents are not sure\n\nText.",
         "Is the ceasefire holding? Residents are not sure"),
    ],
)
def test_guess_title(text, title):
    assert preprocess.guess_title(text) == title


def test_title_of_text_without_a_headline_is_its_first_line():
    assert preprocess.guess_title("It rained.\nThen it stopped.") == "It rained."
    assert preprocess.guess_title("") is None


def test_guessing_a_title_removes_no_text(seed_text):
    copy = str(seed_text)
    preprocess.guess_title(seed_text)
    assert seed_text == copy
    starts = [s for s, _ in preprocess.paragraph_ranges(seed_text)]
    assert seed_text[starts[0] :].startswith("update deskIsrael News")


def test_paragraphs_split_on_blank_lines_and_trim_whitespace():
    text = "  First para\nstill first.\n\n \t\nSecond para.  \n\n\nThird."
    ranges = preprocess.paragraph_ranges(text)
    assert [text[a:b] for a, b in ranges] == ["First para\nstill first.", "Second para.", "Third."]


def test_the_seed_caption_printed_twice_is_one_duplicate(seed_text):
    dups = preprocess.duplicate_ranges(seed_text)
    assert len(dups) == 1
    start, end = dups[0]
    caption = seed_text[start:end]
    assert caption.startswith("The flag of Turkey") and seed_text.index(caption) < start


def test_short_repeated_lines_are_not_duplicates():
    assert preprocess.duplicate_ranges("Read more\nBody.\nRead more\n") == ()
