"""``python -m tui`` is the ``newsloupe`` command."""

from tui.cli.main import main

raise SystemExit(main())
