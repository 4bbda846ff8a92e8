"""A participle between dashes is an aside about the words before it, not their act: "Meadows' shock
retirement — revealed hours before the deadline — has roiled ..." names no one who revealed or said it."""

from __future__ import annotations

from tui.extract import analyse
from tui.extract.dash_asides import dash_aside

_MEADOWS = ("Rep. Mark Meadows' shock retirement — revealed just 30 hours before the filing deadline in North"
            " Carolina — has roiled some Republicans in the state.")


def test_the_participle_between_dashes_is_an_aside(nlp):
    doc = nlp(_MEADOWS)
    assert [t.text for t in doc if dash_aside(t)] == ["revealed"]


def test_a_verb_after_a_single_dash_is_left(nlp):
    doc = nlp("The minister spoke for an hour — she said the plan would fail.")
    assert not any(dash_aside(t) for t in doc)


def test_the_aside_gives_no_speaker_and_no_actor(nlp):
    analysis = analyse(_MEADOWS, nlp=nlp)
    assert not any("retirement" in (f.speaker.text if f.speaker else "") for f in analysis.facts_of("quote"))
    assert not any(a.text.endswith("retirement") for f in analysis.facts_of("event") for a in f.actors)


def test_the_real_page_has_no_retirement_speaking(shared_dir):
    """Politico, 2019: "Rep. Mark Meadows' shock retirement" was the actor of a statement and a speaker."""
    from tui.library.sources import read_one

    article = read_one(shared_dir / "data/web/pages/politico.com.retirement.html")
    analysis = analyse(article.text, title=article.title, published=article.published)
    assert not any("retirement" in (f.speaker.text if f.speaker else "") for f in analysis.facts_of("quote"))
    assert not any(a.text.endswith("retirement") for f in analysis.facts_of("event") for a in f.actors)
