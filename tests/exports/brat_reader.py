"""A small reader of brat standoff for the tests: parses .ann lines and checks them against .txt and the conf."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Ann:
    """The parsed lines of one .ann file."""

    textbounds: dict[str, tuple[str, list[tuple[int, int]], str]] = field(default_factory=dict)
    events: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    relations: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    attributes: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)


def parse_ann(content: str) -> Ann:
    ann = Ann()
    for line in content.splitlines():
        ident, rest = line.split("\t", 1)
        if ident.startswith("T"):
            head, covered = rest.split("\t", 1)
            type_, where = head.split(" ", 1)
            frags = [tuple(int(x) for x in piece.split(" ")) for piece in where.split(";")]
            ann.textbounds[ident] = (type_, frags, covered)  # type: ignore[assignment]
        elif ident.startswith("E"):
            ann.events[ident] = [tuple(arg.split(":")) for arg in rest.split(" ")]  # type: ignore[misc]
        elif ident.startswith("R"):
            type_, arg1, arg2 = rest.split(" ")
            assert arg1.startswith("Arg1:") and arg2.startswith("Arg2:")
            ann.relations[ident] = (type_, arg1[5:], arg2[5:])
        elif ident.startswith("A"):
            name, target = rest.split(" ")
            ann.attributes.append((name, target))
        elif ident.startswith("#"):
            head, note = rest.split("\t", 1)
            assert head.startswith("AnnotatorNotes ")
            ann.notes.append((head.split(" ")[1], note))
        else:
            raise AssertionError(f"unknown brat line {line!r}")
    return ann


def conf_sections(conf: str) -> dict[str, set[str]]:
    sections: dict[str, set[str]] = {}
    current = ""
    for line in conf.splitlines():
        if line.startswith("["):
            current = line.strip("[]")
            sections[current] = set()
        elif line.strip():
            sections[current].add(line.split("\t")[0])
    return sections


def check_consistent(files: dict[str, str], stem: str) -> Ann:
    """Every T line's text is the .txt slice; every id referenced exists; every type is declared."""
    text, ann = files[f"{stem}.txt"], parse_ann(files[f"{stem}.ann"])
    for tid, (_, frags, covered) in ann.textbounds.items():
        assert covered == " ".join(text[a:b] for a, b in frags), tid
        assert all(a < b and "\n" not in text[a:b] for a, b in frags), tid
    declared = conf_sections(files["annotation.conf"])
    for type_, _, _ in ann.textbounds.values():
        assert type_ in declared["entities"] | declared["events"], type_
    for eid, args in ann.events.items():
        (event_type, trigger), *rest = args
        assert event_type in declared["events"]
        assert ann.textbounds[trigger][0] == event_type
        assert all(tid in ann.textbounds for _, tid in rest), eid
    for type_, arg1, arg2 in ann.relations.values():
        assert type_ in declared["relations"] and arg1 in ann.textbounds and arg2 in ann.textbounds
    for name, target in ann.attributes:
        assert name in declared["attributes"] and target in ann.events
    ids = set(ann.textbounds) | set(ann.events)
    assert all(target in ids for target, _ in ann.notes)
    return ann
