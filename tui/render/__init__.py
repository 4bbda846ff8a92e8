"""Turning analyses into Rich ``Text``: the sanitiser, layers, highlighting and reports (no Textual)."""
