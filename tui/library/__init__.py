"""The library: reading sources, the SQLite store and the cross-article index (no Textual here).

- ``sources``: the one reader: every kind of input (text, HTML, JSON/JSONL, CSV, RSS/Atom/JSON Feed,
  OPML) from a path, URL or bytes, by suffix or sniffing; ``encoding`` turns bytes into text;
  ``documents`` walks folders for article files.
- ``fetch``: one HTTP GET (timeout, size cap, conditional headers); ``feeds``: subscriptions and
  entries taken; ``refresh``: fetching every feed; ``fulltext``: the page behind a summary;
  ``languages``: each article's language and the pipeline that reads it.
- ``store``: the SQLite library (articles, cached analyses, reading state, preferences);
  ``dbfile`` opens, migrates and recovers the file, ``schema`` holds the migrations.
- ``crossindex``: entity and fact rows drawn from one analysis; ``catalog``: ranked entities,
  dossiers and the timeline read from them.
- ``indexing``: batch analysis of everything not yet cached; ``models``: the installed
  pipeline's name and version without importing spaCy.
"""
