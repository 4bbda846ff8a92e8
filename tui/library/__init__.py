"""The library: reading sources, the SQLite store and the cross-article index (no Textual here)."""
