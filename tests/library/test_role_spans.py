"""An entity's roles across the library, each once with its first and last report, as the dossier shows them."""

from __future__ import annotations

from tui.library.catalog import LinkedFact
from tui.library.role_spans import role_key, role_spans, role_words


def _role(article: int, summary: str, date: str | None, start: int = 0) -> LinkedFact:
    return LinkedFact(article_id=article, kind="role", summary=summary, date=None, published=date, start=start,
                      end=start + 10, part="person")


def test_spellings_of_one_role_fold_together_and_different_words_do_not():
    assert role_key("U.S. President") == role_key("US president") == role_key("the US  President")
    assert role_key("Vice-President") == role_key("vice president")
    assert role_key("Vice President") != role_key("President")
    assert role_words("Donald Trump: US President") == "US President"


def test_roles_are_listed_once_by_first_report_with_their_last_and_article_count():
    facts = [
        _role(1, "Joe Biden: Vice President", "2016-03-01"),
        _role(2, "Biden: former Vice President", "2019-04-25"),
        _role(3, "Joe Biden: former vice president", "2020-03-03", start=40),
        _role(3, "Joe Biden: former Vice-President", "2020-03-03", start=90),
        _role(4, "Joe Biden: President-elect", "2020-11-08"),
        _role(5, "Biden: former Vice President", None),
    ]
    spans = role_spans(facts)
    # Shown as most reports write it; first and last dated report, the undated one counted but no end.
    assert [s.role for s in spans] == ["Vice President", "former Vice President", "President-elect"]
    former = spans[1]
    assert (former.since, former.until, former.reports, former.articles) == ("2019-04-25", "2020-03-03", 4, 3)
    assert former.first.article_id == 2 and former.last.article_id == 3
    assert (spans[2].since, spans[2].until) == ("2020-11-08", "2020-11-08")
    assert role_spans([]) == ()
