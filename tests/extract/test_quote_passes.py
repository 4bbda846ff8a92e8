"""The quote passes one by one: each a pure function of the scene and the state the passes
before it left, so each can be run, and checked, on its own."""

from __future__ import annotations

import pytest

from tui.extract import entities, repairs
from tui.extract.context import DocContext
from tui.extract.quote_drafts import CONFIDENCE, QuoteState, to_facts
from tui.extract.quote_scene import QuoteScene
from tui.extract.quotes import PASSES, according_to, direct_quotes, extract_quotes, reported_speech


def _ctx(nlp, text: str) -> DocContext:
    doc = nlp(text)
    ents, mentions = entities.link_mentions(doc, repairs.repair_mentions(doc))
    return DocContext(doc, mentions, ents)


def _words(text: str, where: tuple[int, int] | None) -> str:
    assert where is not None
    return text[where[0] : where[1]]


def test_the_passes_run_in_this_order_and_together_are_the_extractor(nlp) -> None:
    assert PASSES == (direct_quotes, reported_speech, according_to)
    ctx = _ctx(nlp, '"We will rebuild the bridge," Mayor Ann Smith said. Officials said the work would take a year. '
                    "According to the ministry, 40 people were hurt.")
    state = QuoteState()
    for quote_pass in PASSES:
        state = quote_pass(QuoteScene(ctx), state)
    assert to_facts(ctx, state.drafts) == extract_quotes(ctx)
    assert [f.rule for f in extract_quotes(ctx)] == [
        "quote.direct.speaker_verb", "quote.indirect.ccomp", "quote.according_to"]


def test_direct_quotes_take_the_verb_beside_the_marks(nlp) -> None:
    text = '"We will rebuild the bridge," Mayor Ann Smith said on Monday.'
    scene = QuoteScene(_ctx(nlp, text))
    start = QuoteState()
    state = direct_quotes(scene, start)
    [draft] = state.drafts
    assert draft.rule == "quote.direct.speaker_verb" and draft.direct
    assert _words(text, draft.content) == "We will rebuild the bridge"
    assert _words(text, draft.cue) == "said" and state.used == {draft.cue_token}
    assert draft.confidence == CONFIDENCE["direct"]
    assert start == QuoteState()  # the state it was given is left as it was


def test_a_quote_interrupted_by_its_verb_is_one_draft(nlp) -> None:
    text = ('"It\'s a good sign", said Ryan Cloutier of the Center for Astrophysics. "Overall," he continued, '
            '"the presence of water in its atmosphere certainly improves the prospect of life."')
    scene = QuoteScene(_ctx(nlp, text))
    drafts = direct_quotes(scene, QuoteState()).drafts
    assert [_words(text, d.cue) for d in drafts] == ["said", "continued"]
    assert _words(text, drafts[1].content).startswith("Overall")
    assert _words(text, drafts[1].content).endswith("prospect of life.")


def test_reported_speech_never_takes_a_cue_already_used(nlp) -> None:
    text = "Smith said the plan would fail."
    scene = QuoteScene(_ctx(nlp, text))
    [draft] = reported_speech(scene, QuoteState()).drafts
    assert draft.rule == "quote.indirect.ccomp" and not draft.direct
    assert _words(text, draft.content) == "the plan would fail"
    assert draft.confidence in (CONFIDENCE["indirect"], CONFIDENCE["indirect.guessed"])
    assert reported_speech(scene, QuoteState(used=frozenset({draft.cue_token}))).drafts == ()


def test_according_to_names_its_source(nlp) -> None:
    text = "According to the ministry, 40 people were injured in the blast."
    scene = QuoteScene(_ctx(nlp, text))
    [draft] = according_to(scene, QuoteState()).drafts
    assert draft.rule == "quote.according_to" and draft.via_according
    assert draft.speaker is not None and "ministry" in draft.speaker.span.text
    assert draft.confidence == CONFIDENCE["according_to"]


@pytest.mark.parametrize(("speaker", "kept"), [("Jerusalem", False), ("John Smith", True)])
def test_according_to_takes_over_a_verb_whose_speaker_is_no_person(nlp, speaker: str, kept: bool) -> None:
    # "Jerusalem warned …, according to Channel 12 News": the channel is the source on record.
    text = f"{speaker} warned that the talks would fail, according to Channel 12 News."
    scene = QuoteScene(_ctx(nlp, text))
    reported = reported_speech(scene, QuoteState())
    assert [d.rule for d in reported.drafts] == ["quote.indirect.ccomp"]
    final = according_to(scene, reported)
    assert (reported.drafts[0] in final.drafts) is kept
    assert final.drafts[-1].rule == "quote.according_to"
