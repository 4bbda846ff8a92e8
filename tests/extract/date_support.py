"""Date values of a written sentence, for the anchoring and direction rule tests."""

from __future__ import annotations

from tui.extract import analyse


def date_values(nlp, text: str, published: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """Each date fact's words and value, for ``text`` published on ``published``."""
    return {f.span.text: f.value for f in analyse(text, nlp=nlp, published=published).facts_of("date")}
