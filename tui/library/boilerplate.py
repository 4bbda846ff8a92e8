"""Site boilerplate: entities a source prints in the same place in most of its articles.

Two signs, per source with at least ``MIN_ARTICLES`` articles:

- ``same_place``: the entity is in at least ``SHARE`` of the source's articles, in most of them
  its first mention sits in the first or last ``EDGE`` of the text, and it is named about once
  per article (a byline, "Update desk", a footer; the subject of a story is named again);
- ``line_label``: most of its mentions open a line as a label ("WN: ..." in the site's
  interview transcripts), in at least ``MIN_ARTICLES`` of the source's articles.

Marked entities (library ids) stay in the articles but are left out of the rankings.
"""

from __future__ import annotations

import sqlite3

MIN_ARTICLES = 5
SHARE = 0.6
EDGE = 0.05


def mark(db: sqlite3.Connection) -> int:
    """Recompute the boilerplate table; returns the number of (source, entity) pairs marked."""
    db.execute("DELETE FROM boilerplate")
    db.execute(
        """
        INSERT OR IGNORE INTO boilerplate
        WITH sizes AS (
            SELECT source, count(*) AS n FROM articles WHERE source IS NOT NULL GROUP BY source HAVING count(*) >= :min
        ),
        placed AS (
            SELECT a.source, e.library_entity AS entity, count(DISTINCT a.id) AS articles,
                   sum(CASE WHEN e.first_offset < :edge * length(b.body)
                             OR e.first_offset > (1 - :edge) * length(b.body) THEN 1 ELSE 0 END) AS at_edge,
                   sum(e.line_labels) AS labels, sum(e.mentions) AS mentions
            FROM entity_index e JOIN articles a ON a.id = e.article_id JOIN bodies b ON b.article_id = a.id
            WHERE a.source IN (SELECT source FROM sizes) AND e.library_entity IS NOT NULL
            GROUP BY a.source, e.library_entity
        )
        SELECT p.source, p.entity FROM placed p JOIN sizes s ON s.source = p.source
        WHERE (p.articles >= :share * s.n AND p.at_edge >= 0.8 * p.articles AND p.mentions <= 1.5 * p.articles)
           OR (p.articles >= :min AND p.labels >= 0.8 * p.mentions)
        """,
        {"min": MIN_ARTICLES, "edge": EDGE, "share": SHARE},
    )
    return int(db.execute("SELECT count(*) FROM boilerplate").fetchone()[0])
