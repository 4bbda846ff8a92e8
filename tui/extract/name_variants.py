"""Variants of one name that folding alone does not join: nicknames, initials, company suffixes.

Pure functions over folded words, shared by the article linker (``entities``) and the
library resolver (``tui.library.identity``), so "Cres Eastman" is "Creswell Eastman",
"Bill Clinton" is "William Clinton", "J.K. Rowling" is "Joanne Rowling" and "Apple Inc."
is "Apple" in one article and across the library alike.
"""

from __future__ import annotations

import functools
import re

#: Common English short forms of given names that are not a prefix of the full one ("Bill" of "William").
_NICKNAMES: dict[str, frozenset[str]] = {
    "bill": frozenset({"william"}), "billy": frozenset({"william"}), "will": frozenset({"william"}),
    "bob": frozenset({"robert"}), "bobby": frozenset({"robert"}), "rob": frozenset({"robert"}),
    "dick": frozenset({"richard"}), "rick": frozenset({"richard"}), "ted": frozenset({"edward", "theodore"}),
    "ned": frozenset({"edward"}), "jim": frozenset({"james"}), "jimmy": frozenset({"james"}),
    "jack": frozenset({"john"}), "johnny": frozenset({"john"}), "mike": frozenset({"michael"}),
    "tony": frozenset({"anthony", "antonio"}), "steve": frozenset({"stephen", "steven"}),
    "chuck": frozenset({"charles"}), "charlie": frozenset({"charles"}), "hank": frozenset({"henry"}),
    "harry": frozenset({"henry", "harold"}), "larry": frozenset({"lawrence", "laurence"}),
    "jerry": frozenset({"gerald", "jerome"}), "liz": frozenset({"elizabeth"}), "beth": frozenset({"elizabeth"}),
    "betty": frozenset({"elizabeth"}), "peggy": frozenset({"margaret"}), "maggie": frozenset({"margaret"}),
    "meg": frozenset({"margaret"}), "sue": frozenset({"susan", "suzanne"}), "becky": frozenset({"rebecca"}),
    "kate": frozenset({"katherine", "catherine", "kathryn"}), "cathy": frozenset({"catherine"}),
    "kathy": frozenset({"katherine", "kathleen"}), "peg": frozenset({"margaret"}), "sandy": frozenset({"sandra", "alexander"}),
    "sasha": frozenset({"alexander", "alexandra"}), "joe": frozenset({"joseph"}), "joey": frozenset({"joseph"}),
    "andy": frozenset({"andrew"}), "drew": frozenset({"andrew"}), "nick": frozenset({"nicholas", "nicolas"}),
    "tom": frozenset({"thomas"}), "tommy": frozenset({"thomas"}), "dave": frozenset({"david"}),
    "frank": frozenset({"francis"}), "nate": frozenset({"nathan", "nathaniel"}), "vince": frozenset({"vincent"}),
}
#: Words after an organisation's name that leave the same organisation ("Apple Inc." is Apple).
ORG_SUFFIXES = frozenset({
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "ag", "sa", "nv",
    "bv", "gmbh", "lp", "llp", "pty", "spa", "ab", "asa", "oyj", "se",
})
_INITIALS = re.compile(r"^[a-z](?:\.[a-z])*\.?$")


def is_initials(word: str) -> bool:
    """"j", "j.", "j.k." (folded): one or more initials; "al" is a name."""
    return bool(_INITIALS.match(word))


@functools.lru_cache(maxsize=1 << 14)  # relinking compares the same given names again and again
def same_given_name(short: str, full: str) -> bool:
    """"cres" / "creswell", "bill" / "william", "j." / "joanne": a form of the same given name.

    A prefix counts from three letters ("Alex" of "Alexander"); an initial matches its letter.
    """
    if short == full:
        return True
    if is_initials(short):
        return short[0] == full[:1] and not is_initials(full)
    if len(short) >= 3 and full.startswith(short):
        return True
    return full in _NICKNAMES.get(short, ()) or short in _NICKNAMES.get(full, ())


def given_name_variant(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two two-or-more-word names with one surname whose given names are forms of one name.

    ("cres", "eastman") / ("creswell", "eastman"); ("j.k.", "rowling") / ("joanne", "rowling").
    Middle words must agree where both have them; the surname must be the same.
    """
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1] or a == b:
        return False
    first_a, first_b = a[0], b[0]
    if not (same_given_name(first_a, first_b) or same_given_name(first_b, first_a)):
        return False
    middle_a, middle_b = a[1:-1], b[1:-1]
    return not middle_a or not middle_b or middle_a == middle_b


def without_org_suffix(key: str) -> str:
    """"apple inc." -> "apple", "boeing co" -> "boeing"; a name that is only a suffix stays."""
    words = key.replace(",", " ").split()
    while len(words) >= 2 and words[-1].strip(".") in ORG_SUFFIXES:
        words = words[:-1]
    if len(words) == 2 and words[1] == "news" and len(words[0]) <= 4:  # "NBC News" is NBC's newsroom
        words = words[:1]
    return " ".join(words)


def singular_group(key: str) -> str:
    """"democrats" -> "democrat", "roman catholics" -> "roman catholic": a group named in the plural
    is the group named in the singular ("Swiss", "Chinese" stay)."""
    if len(key) > 4 and key.endswith("s") and not key.endswith(("ss", "us", "is")):
        return key[:-1]
    return key
