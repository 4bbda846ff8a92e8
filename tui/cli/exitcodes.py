"""Exit codes of every ``newsloupe`` command (documented in the README)."""

OK = 0
#: Something went wrong that is not the input's fault (reported in one line).
FAILURE = 1
#: Bad input: a path that is missing, unreadable or binary, or bad arguments.
BAD_INPUT = 2
#: The spaCy pipeline is not installed.
MODEL_MISSING = 3
#: The library database is locked by another instance or cannot be opened.
STORE_ERROR = 4
#: Interrupted by Ctrl-C (finished work is kept).
INTERRUPTED = 130
