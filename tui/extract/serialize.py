"""Analysis <-> plain JSON-ready dicts: the schema the CLI, exports and the cache share."""

from __future__ import annotations

from typing import Any, overload

from .types import (
    Analysis,
    CorefLink,
    DateFact,
    Entity,
    EventFact,
    Fact,
    Mention,
    ModelInfo,
    QuoteFact,
    RoleFact,
    Sentence,
    Span,
)

SCHEMA_VERSION = 1


def span_to_dict(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    out: dict[str, Any] = {"start": span.start, "end": span.end, "text": span.text}
    if span.entity is not None:
        out["entity"] = span.entity
    return out


@overload
def span_from_dict(data: dict[str, Any]) -> Span: ...
@overload
def span_from_dict(data: dict[str, Any] | None) -> Span | None: ...
def span_from_dict(data: dict[str, Any] | None) -> Span | None:
    if data is None:
        return None
    return Span(int(data["start"]), int(data["end"]), str(data["text"]), data.get("entity"))


def _spans_from(items: list[dict[str, Any]]) -> tuple[Span, ...]:
    return tuple(s for s in (span_from_dict(i) for i in items) if s is not None)


def fact_to_dict(fact: Fact) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": fact.kind,
        "text": fact.text,
        "evidence": [list(r) for r in fact.evidence],
        "rule": fact.rule,
        "confidence": round(fact.confidence, 3),
    }
    if isinstance(fact, QuoteFact):
        out.update(
            speaker=span_to_dict(fact.speaker),
            cue=span_to_dict(fact.cue),
            content=span_to_dict(fact.content),
            direct=fact.direct,
            heuristic=fact.heuristic,
            speaker_local=span_to_dict(fact.speaker_local),
            speaker_rule=fact.speaker_rule,
        )
    elif isinstance(fact, RoleFact):
        out.update(
            person=span_to_dict(fact.person),
            role=span_to_dict(fact.role),
            affiliation=span_to_dict(fact.affiliation),
        )
    elif isinstance(fact, EventFact):
        out.update(
            type=fact.type,
            trigger=span_to_dict(fact.trigger),
            actors=[span_to_dict(s) for s in fact.actors],
            targets=[span_to_dict(s) for s in fact.targets],
            place=span_to_dict(fact.place),
            time=span_to_dict(fact.time),
            date=fact.date,
            factuality=fact.factuality,
            count=fact.count,
        )
    elif isinstance(fact, DateFact):
        out.update(
            span=span_to_dict(fact.span),
            value=fact.value,
            type=fact.type,
            granularity=fact.granularity,
            resolved=fact.resolved,
            range=span_to_dict(fact.range),
        )
        if fact.type == "SET":  # TimeML's quant and freq belong to sets alone
            out.update(quant=fact.quant, freq=fact.freq)
    return out


def fact_from_dict(data: dict[str, Any]) -> Fact:
    common = dict(
        text=data["text"],
        evidence=tuple((int(a), int(b)) for a, b in data["evidence"]),
        rule=data["rule"],
        confidence=float(data["confidence"]),
    )
    kind = data["kind"]
    if kind == "quote":
        if "speaker_resolved" in data:  # written before 1.6.0: the words were "speaker"
            data = {**data, "speaker": data["speaker_resolved"], "speaker_local": data.get("speaker")}
        return QuoteFact(
            **common,
            speaker=span_from_dict(data.get("speaker")),
            cue=span_from_dict(data.get("cue")),
            content=span_from_dict(data["content"]),
            direct=bool(data["direct"]),
            heuristic=bool(data.get("heuristic", False)),
            speaker_local=span_from_dict(data.get("speaker_local")),
            speaker_rule=data.get("speaker_rule"),
        )
    if kind == "role":
        return RoleFact(
            **common,
            person=span_from_dict(data["person"]),
            role=span_from_dict(data["role"]),
            affiliation=span_from_dict(data.get("affiliation")),
        )
    if kind == "event":
        return EventFact(
            **common,
            type=data["type"],
            trigger=span_from_dict(data["trigger"]),
            actors=_spans_from(data.get("actors", [])),
            targets=_spans_from(data.get("targets", [])),
            place=span_from_dict(data.get("place")),
            time=span_from_dict(data.get("time")),
            date=data.get("date"),
            factuality=data.get("factuality", "asserted"),
            count=data.get("count"),
        )
    if kind == "date":
        return DateFact(
            **common,
            span=span_from_dict(data["span"]),
            value=data.get("value"),
            granularity=data.get("granularity"),
            resolved=bool(data.get("resolved", False)),
            type=data.get("type") or "DATE",
            range=span_from_dict(data.get("range")),
            quant=data.get("quant"),
            freq=data.get("freq"),
        )
    raise ValueError(f"unknown fact kind {kind!r}")


def to_dict(analysis: Analysis, *, include_text: bool = False) -> dict[str, Any]:
    """The public JSON schema of one analysed article (``newsloupe extract --format json``)."""
    names = {e.id: e.name for e in analysis.entities}
    out: dict[str, Any] = {
        "source": analysis.source,
        "title": analysis.title,
        "published": analysis.published,
        "model": {"name": analysis.model.name, "version": analysis.model.version},
        "extractor_version": analysis.extractor_version,
        "sentences": [[s.start, s.end] for s in analysis.sentences],
        "paragraphs": [[p.start, p.end] for p in analysis.paragraphs],
        "duplicates": [list(r) for r in analysis.duplicates],
        "mentions": [
            {"start": m.start, "end": m.end, "text": m.text, "label": m.label, "entity": m.entity}
            | ({"duplicate": True} if m.duplicate else {})
            | ({"nested": True} if m.nested else {})
            for m in analysis.mentions
        ],
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "label": e.label,
                "aliases": list(e.aliases),
                "mention_count": e.mention_count,
                "salience": round(e.salience, 4),
            }
            | ({"library_entity": e.library_entity} if e.library_entity else {})
            for e in analysis.entities
        ],
        "facts": [_named(fact_to_dict(f), names) for f in analysis.facts],
        "meta": dict(analysis.meta),
        "links": [
            {"start": c.start, "end": c.end, "text": c.text, "entity": c.entity, "rule": c.rule}
            | ({"antecedent": list(c.antecedent)} if c.antecedent else {})
            for c in analysis.links
        ],
    }
    if include_text:
        out["text"] = analysis.text
    return out


def _named(fact: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """A quote's ``speaker`` with the ``name`` of the entity it names (the resolved speaker)."""
    speaker = fact.get("speaker") if fact["kind"] == "quote" else None
    if speaker and speaker.get("entity") in names:
        name = names[speaker["entity"]]
        # "Tomasz Kubiak" written where the entity kept only "Kubiak": the fuller words name it.
        written = " ".join(speaker["text"].split())
        speaker["name"] = written if len(written) > len(name) and written.endswith(" " + name) else name
    return fact


def from_dict(data: dict[str, Any], *, text: str | None = None) -> Analysis:
    """Rebuild an Analysis (the cache stores ``to_dict(..., include_text=True)``)."""
    body = text if text is not None else data.get("text", "")
    return Analysis(
        text=body,
        title=data.get("title"),
        published=data.get("published"),
        source=data.get("source"),
        model=ModelInfo(data["model"]["name"], data["model"]["version"]),
        extractor_version=data["extractor_version"],
        sentences=tuple(Sentence(a, b) for a, b in data.get("sentences", [])),
        paragraphs=tuple(Sentence(a, b) for a, b in data.get("paragraphs", [])),
        mentions=tuple(
            Mention(m["start"], m["end"], m["text"], m["label"], m["entity"], bool(m.get("duplicate", False)),
                    bool(m.get("nested", False)))
            for m in data.get("mentions", [])
        ),
        entities=tuple(
            Entity(
                e["id"], e["name"], e["label"], tuple(e.get("aliases", [])),
                int(e.get("mention_count", 0)), float(e.get("salience", 0.0)), e.get("library_entity"),
            )
            for e in data.get("entities", [])
        ),
        facts=tuple(fact_from_dict(f) for f in data.get("facts", [])),
        duplicates=tuple((int(a), int(b)) for a, b in data.get("duplicates", [])),
        meta=tuple(sorted((str(k), str(v)) for k, v in (data.get("meta") or {}).items())),
        links=tuple(
            CorefLink(int(c["start"]), int(c["end"]), str(c["text"]), c.get("entity"), str(c["rule"]),
                      tuple(c["antecedent"]) if c.get("antecedent") else None)
            for c in data.get("links", [])
        ),
    )


#: Characters JSON leaves raw but a terminal acts on (DEL, C1 controls such as CSI and OSC,
#: bidi embeddings, overrides and isolates) or reads as line ends. They only occur inside
#: JSON strings, so writing them as ``\uXXXX`` escapes keeps the JSON equal and the output inert.
_TERMINAL_UNSAFE = {
    code: f"\\u{code:04x}"
    for code in (*range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029)
}


def to_json(data: Any, *, indent: int | None = None) -> str:
    """``data`` as JSON text, non-ASCII kept, with no character a terminal would act on."""
    import json

    return json.dumps(data, ensure_ascii=False, indent=indent).translate(_TERMINAL_UNSAFE)
