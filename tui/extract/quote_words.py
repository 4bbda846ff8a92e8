"""The lexicon of reported speech: cue verbs, source nouns and the pronouns a speaker may hide behind."""

from __future__ import annotations

#: Lemmas of verbs that report speech (or writing). Verbs of mere thought ("believe", "think",
#: "hope") are left out on purpose: "officials believe the fire was arson" is an opinion the
#: reporter relays, not words somebody said.
CUE_VERBS: frozenset[str] = frozenset(
    """
    say tell add warn claim state announce explain note insist argue confirm deny report write
    ask reply respond suggest acknowledge admit urge predict declare comment remark assert
    maintain contend stress emphasise emphasize reiterate recall observe caution concede allege
    testify tweet reveal disclose mention complain lament vow pledge promise threaten indicate
    estimate conclude answer shout scream whisper quip joke boast concur retort counter
    recount describe proclaim demand question wonder affirm accuse charge continue elaborate
    """.split()
)

#: Cue verbs that only report speech with a clause after them ("X indicated that ..."),
#: never on their own or as the inverted tag of a quote.
CLAUSE_ONLY_CUES: frozenset[str] = frozenset({"indicate", "describe", "question", "charge", "accuse", "estimate"})

#: Cue verbs that only tag words in quote marks: '"Overall," he continued, "..."' is speech,
#: "the fighting continued" is not.
DIRECT_ONLY_CUES: frozenset[str] = frozenset({"continue"})

#: Nouns naming a channel rather than a speaker: "according to a statement from the Office".
SOURCE_NOUNS: frozenset[str] = frozenset(
    """
    statement report reports release announcement interview post tweet message letter
    communique communiqué document documents figures data footage video transcript account
    accounts comments remarks press briefing filing survey poll study analysis estimate estimates
    """.split()
)

#: Prepositions linking a source noun to its author: "a statement from / by / of the Office".
SOURCE_LINKERS: frozenset[str] = frozenset({"from", "by", "of"})

PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS: frozenset[str] = frozenset({"they", "it", "them"})
#: Speakers that only make sense inside a quote; a reported-speech verb with one of these
#: subjects outside quote marks is the reporter speaking ("we reported").
#: "'s" is "us" in "let's say it is ..." (a possessive "'s" is never a verb's subject).
FIRST_PERSON: frozenset[str] = frozenset({"i", "we", "you", "me", "us", "'s", "’s"})
#: Expletive subjects: "it is said that ..." has no speaker.
EXPLETIVES: frozenset[str] = frozenset({"it", "there", "this", "that", "which", "what"})

#: Nouns for people that a "he"/"she" may stand for when no name is near:
#: "One of the victims ... She said", "The head of the investigators ... She also said".
PERSON_NOUNS: frozenset[str] = frozenset(
    """
    man woman boy girl child mother father son daughter wife husband sister brother parent
    victim survivor witness eyewitness resident neighbour neighbor student teacher lawyer doctor
    nurse worker driver passenger protester protestor interviewee person spokesperson spokesman
    spokeswoman official officer head one friend relative owner pilot captain farmer fan player
    """.split()
)

#: Cue verbs whose direct object is the listener, not part of what was said ("told aides that").
RECIPIENT_CUES: frozenset[str] = frozenset(
    {"tell", "ask", "warn", "urge", "remind", "inform", "assure", "advise", "notify", "promise", "answer"}
)
