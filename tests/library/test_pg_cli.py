"""The command line on a shared PostgreSQL library: the same library as the SQLite default, and one
clear line (never a traceback) for a bad URL, a server that is down or a refused login."""

from __future__ import annotations

import csv
import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.library.dialect import to_postgres
from tui.library.pg import masked

ROOT = Path(__file__).resolve().parents[2]
SEED = str(ROOT / "seeds" / "israel-turkey-azerbaijan-talks.txt")


def newsloupe(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, timeout=600,
                          cwd=ROOT, env={**os.environ, **(env or {})})


def _one_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


@pytest.mark.parametrize(("url", "expected"), [
    ("postgresql://newsloupe@127.0.0.1:1/library", "cannot reach the PostgreSQL server"),
    ("postgresql://newsloupe@127.0.0.1:{port}/", "names no database"),
    ("postgresql://u:s3cret@127.0.0.1:notaport/x", "bad PostgreSQL URL"),
    ("postgresql://nobody_here@127.0.0.1:{port}/postgres", "refused the login"),
    ("postgresql://newsloupe@127.0.0.1:{port}/no_such_db", "does not exist: create it"),
])
def test_bad_url_server_down_or_refused_login_is_one_line(pg_server, url, expected):
    done = newsloupe("entities", "--db", url.format(port=pg_server.port))
    assert done.returncode == 4
    line = _one_line(done)
    assert expected in line and "s3cret" not in line


def test_a_database_holding_other_tables_is_left_alone(pg_url):
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    done = newsloupe("entities", "--db", pg_url)
    assert done.returncode == 4 and "holds other tables" in _one_line(done)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        tables = {r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables"
                                             " WHERE table_schema = 'public'")}
    assert tables == {"invoices"}


def test_check_backup_and_repair_say_what_they_do_on_a_server(pg_url):
    assert newsloupe("add", "--db", pg_url, SEED).returncode == 0
    done = newsloupe("check", "--db", pg_url)
    assert done.returncode == 0 and "ok (1 articles" in done.stdout and "pg_amcheck" in done.stdout
    backup = newsloupe("backup", "/tmp/never-written.db", "--db", pg_url)
    assert backup.returncode == 2 and "pg_dump" in _one_line(backup)
    assert not Path("/tmp/never-written.db").exists()
    repair = newsloupe("repair", "--db", pg_url)
    assert repair.returncode == 2 and "pg_amcheck" in _one_line(repair)


def test_newsloupe_db_may_name_a_server(pg_url):
    assert newsloupe("add", SEED, env={"NEWSLOUPE_DB": pg_url}).returncode == 0
    assert newsloupe("check", "--db", pg_url).stdout.count("ok (1 articles") == 1


@pytest.mark.slow
def test_add_index_entities_timeline_export_give_the_same_library_on_both(pg_url, shared_dir, tmp_path):
    source = shared_dir / "data" / "wikinews" / "data" / "wikinews_2020.csv"
    if not source.is_file():
        pytest.skip("the Wikinews CSVs are not in ../shared")
    csv.field_size_limit(10**8)
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(itertools.islice(csv.DictReader(handle), 6))
    subset = tmp_path / "six.csv"
    with subset.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
        writer.writeheader()
        writer.writerows(rows)
    outputs = {}
    for name, db in (("sqlite", str(tmp_path / "lib.db")), ("postgresql", pg_url)):
        assert newsloupe("index", "--db", db, "--processes", "1", str(subset)).returncode == 0
        outputs[name] = [
            newsloupe("entities", "--db", db, "--top", "0", "--format", "json").stdout,
            newsloupe("timeline", "--db", db, "--format", "json").stdout,
            newsloupe("export", "--all", "--db", db, "--format", "jsonl").stdout,
        ]
        assert all(outputs[name]), name
    assert outputs["postgresql"] == outputs["sqlite"]


def test_dialect_rewrites_placeholders_upserts_and_names():
    assert to_postgres("SELECT * FROM t WHERE a = ? AND b LIKE '50%' AND c = :name") == (
        "SELECT * FROM t WHERE a = %s AND b ILIKE '50%%' AND c = %(name)s", False)
    sql, _ = to_postgres("INSERT OR REPLACE INTO prefs(key, value) VALUES (?, ?)")
    assert sql == "INSERT INTO prefs(key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
    assert to_postgres("INSERT OR IGNORE INTO feeds(url, title) VALUES (?, ?)")[0].endswith("ON CONFLICT DO NOTHING")
    assert to_postgres("INSERT INTO fact_index(start, end) VALUES (?, ?)") == (
        'INSERT INTO fact_index(start, "end") VALUES (%s, %s) RETURNING id', True)
    assert to_postgres("SELECT f.end, instr(x, ':') FROM f WHERE name = ? COLLATE NOCASE")[0] == (
        "SELECT f.end, strpos(x, ':') FROM f WHERE lower(name) = lower(%s)")
    assert to_postgres("SELECT 'a ? :b end' FROM t")[0] == "SELECT 'a ? :b end' FROM t"  # literals untouched


def test_passwords_are_masked_in_messages():
    assert masked("postgresql://ana:pw@db.example:5432/news") == "postgresql://ana:***@db.example:5432/news"
    assert masked("postgresql://ana@db.example/news") == "postgresql://ana@db.example/news"
