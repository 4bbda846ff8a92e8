"""Scoring the engine against gold annotations: gold readers (CoNLL-U/GUM, CoNLL BIO, brat) and exact-span P/R/F1.

Nothing here imports textual; spaCy is imported only by ``run`` when a model is applied.
"""
