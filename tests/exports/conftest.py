"""Fixtures shared by the export tests."""

from __future__ import annotations

from hostile_article import hostile_analysis

__all__ = ["hostile_analysis"]
