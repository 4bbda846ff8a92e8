"""Keys typed right after q: the app closes cleanly, whatever they would have opened."""

from __future__ import annotations

import pytest
from reader_support import frozen_seed_analysis, make_app, wait_analysed


@pytest.mark.parametrize("then", ["e", "T", "question_mark"])
async def test_keys_typed_after_q_do_not_crash_the_closing_app(tmp_path, then) -> None:
    """"qe" typed in one go: e pushed the entities screen into the closing app, whose mount ended the run
    with a traceback and exit code 1 (seen driving the reader in tmux)."""
    from tui.library.store import Store

    store = Store.open(tmp_path / "lib.db")
    app = make_app(frozen_seed_analysis(), store=store)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_analysed(pilot, app)
        # Both keys queued before either is handled, as a terminal delivers "qe" typed in one go.
        from textual.events import Key

        character = "?" if then == "question_mark" else then
        app.post_message(Key("q", "q"))
        app.post_message(Key(then, character))
        await pilot.pause()
    assert app.return_code == 0 and app._exception is None
    store.close()
