"""The reader's user config: a TOML file in the platform's config dir, ``[keys] binding-id = "key"``.

A bad file never stops the reader: ``load_config`` returns what it could use and one
message per problem, which the app shows as a notification.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import field
from pathlib import Path

from tui.extract.records import record

CONFIG_ENV = "NEWSLOUPE_CONFIG"
CONFIG_NAME = "config.toml"
#: A config file is a few lines: anything bigger is not one (and is not read into memory whole).
MAX_CONFIG_BYTES = 256 * 1024


@record
class ReaderConfig:
    """What the config file asks of the reader, and what in it could not be used."""

    #: Binding id -> key(s), for ``App.set_keymap``.
    keys: dict[str, str] = field(default_factory=dict)
    problems: tuple[str, ...] = ()
    #: ``[reader] footer = false`` hides the footer of main keys.
    footer: bool = True


def config_path() -> Path:
    """$NEWSLOUPE_CONFIG, else ``config.toml`` in the user config dir."""
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV])
    from platformdirs import user_config_dir

    return Path(user_config_dir("newsloupe")) / CONFIG_NAME


def load_config(path: Path | None = None, *,
                known_ids: frozenset[str] | Callable[[], frozenset[str]] | None = None) -> ReaderConfig:
    """Read the config file (absent: defaults). Unknown binding ids and non-string keys are reported.

    ``known_ids`` may be a function: it is called only when the file remaps keys (gathering every
    screen's bindings imports those screens, which a reader without a config need not do)."""
    path = path or config_path()
    if not path.is_file():
        return ReaderConfig()
    try:
        with open(path, "rb") as fh:
            raw_bytes = fh.read(MAX_CONFIG_BYTES + 1)
        if len(raw_bytes) > MAX_CONFIG_BYTES:
            return ReaderConfig(problems=(f"config {path}: larger than {MAX_CONFIG_BYTES // 1024} KB; defaults used",))
        data = tomllib.loads(raw_bytes.decode("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return ReaderConfig(problems=(f"config {path}: cannot read ({exc})",))
    except tomllib.TOMLDecodeError as exc:
        return ReaderConfig(problems=(f"config {path}: not valid TOML ({exc})",))
    except (RecursionError, MemoryError):
        return ReaderConfig(problems=(f"config {path}: nested too deeply to read; defaults used",))
    problems: list[str] = []
    reader = data.get("reader", {})
    footer = reader.get("footer", True) if isinstance(reader, dict) else True
    if not isinstance(footer, bool):
        problems.append(f"config {path}: reader.footer must be true or false")
        footer = True
    feeds = data.get("feeds", {})
    if isinstance(feeds, dict) and not isinstance(feeds.get("full_text", True), bool):
        problems.append(f"config {path}: feeds.full_text must be true or false, without quotes; full text is fetched")
    raw = data.get("keys", {})
    if not isinstance(raw, dict):
        return ReaderConfig(problems=(*problems, f"config {path}: [keys] must be a table"), footer=footer)
    keys: dict[str, str] = {}
    known = known_ids() if callable(known_ids) and raw else known_ids
    for binding_id, key in raw.items():
        if not isinstance(key, str) or not key.strip():
            problems.append(f"config {path}: keys.{binding_id} must be a key name like \"ctrl+o\"")
        elif isinstance(known, frozenset) and binding_id not in known:
            problems.append(f"config {path}: no binding has the id {binding_id!r}")
        else:
            keys[binding_id] = key.strip()
    return ReaderConfig(keys, tuple(problems), footer)


def load_models(path: Path | None = None) -> dict[str, str]:
    """``[models] de = "de_core_news_sm"``: language -> pipeline name (a bad file or entry is ignored)."""
    return {k: v for k, v in _table(path, "models").items() if isinstance(v, str) and v.strip()}


def load_fetch_options(path: Path | None = None) -> dict[str, object]:
    """``[feeds] full_text = false`` and friends; a value of the wrong type is left out (the defaults stand),
    ``fetch_option_problems`` says which."""
    table = dict(_table(path, "feeds"))
    if not isinstance(table.get("full_text", True), bool):
        del table["full_text"]  # "false" in quotes is a string, which bool() would read as true
    return table


def fetch_option_problems(path: Path | None = None) -> tuple[str, ...]:
    """One line per ``[feeds]`` value that cannot be used, or why the file could not be read."""
    path = path or config_path()
    data, problem = _read(path)
    if problem is not None:
        return (problem,)
    feeds = data.get("feeds", {})
    if isinstance(feeds, dict) and not isinstance(feeds.get("full_text", True), bool):
        return (f"config {path}: feeds.full_text must be true or false, without quotes; full text is fetched",)
    return ()


def _read(path: Path) -> tuple[dict[str, object], str | None]:
    """The file's tables, or none and why (the reader's limits: 256 KB, not nested too deeply)."""
    if not path.is_file():
        return {}, None
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_CONFIG_BYTES + 1)
        if len(raw) > MAX_CONFIG_BYTES:
            return {}, f"config {path}: larger than {MAX_CONFIG_BYTES // 1024} KB; defaults used"
        return tomllib.loads(raw.decode("utf-8")), None
    except (OSError, UnicodeDecodeError) as exc:
        return {}, f"config {path}: cannot read ({exc})"
    except tomllib.TOMLDecodeError as exc:
        return {}, f"config {path}: not valid TOML ({exc})"
    except (RecursionError, MemoryError):
        # Thousands of nested arrays: the headless commands read it too ("internal error" before).
        return {}, f"config {path}: nested too deeply to read; defaults used"


def _table(path: Path | None, name: str) -> dict[str, object]:
    data, _problem = _read(path or config_path())
    table = data.get(name, {})
    return table if isinstance(table, dict) else {}
