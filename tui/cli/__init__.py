"""The ``newsloupe`` command line: one module per sub-command, all views over ``tui.extract``."""
