"""The library: reading sources, the SQLite store and the cross-article index (no Textual here).

- ``documents``: local article files (decoding, front matter).
- ``sources``: every kind of input (text, HTML, JSON/JSONL, CSV, RSS/Atom, OPML), chosen by suffix.
- ``store``: the SQLite library (articles, cached analyses, reading state, preferences);
  ``dbfile`` opens, migrates and recovers the file, ``schema`` holds the migrations.
- ``crossindex``: entity and fact rows drawn from one analysis; ``catalog``: ranked entities,
  dossiers and the timeline read from them.
- ``indexing``: batch analysis of everything not yet cached; ``models``: the installed
  pipeline's name and version without importing spaCy.
"""
