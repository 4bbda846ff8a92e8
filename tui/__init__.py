"""Newsloupe: a keyboard-driven terminal reader for news, with entity layers and evidence-linked facts."""

__version__ = "0.1.0"
