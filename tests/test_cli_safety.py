"""The command line never destroys a file it was not asked to, and fails in one clear line, not a traceback."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.config import ENV_SETTINGS
from bot.errors import ConfigError
from bot.store import Store
from tests.test_store_open import make_greenlight_db, read_only

ROOT = Path(__file__).resolve().parents[1]
T0 = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def greenlight(*args: str, cwd: Path, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("GREENLIGHT_", "DISCORD_"))}
    full_env["PYTHONPATH"] = str(ROOT)
    full_env.update(env or {})
    if "stdout" not in kw:
        kw["capture_output"] = True
    return subprocess.run([sys.executable, "-m", "bot", *args], text=True, env=full_env, timeout=60, cwd=cwd, **kw)


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """The command line in this process (`main(argv)`), from tmp_path, without the caller's settings: it is much
    faster than a subprocess, and any exception that escapes main() fails the test like a traceback would."""
    from bot.cli.main import main

    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith(("GREENLIGHT_", "DISCORD_")):
            monkeypatch.delenv(name)

    def run(*args: str, env: dict | None = None) -> SimpleNamespace:
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse
            code = exc.code
        out, err = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out, stderr=err)

    return run


def one_error_line(r: subprocess.CompletedProcess | SimpleNamespace, *words: str) -> None:
    assert "Traceback" not in r.stderr, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("greenlight: "), r.stderr
    for word in words:
        assert word in lines[0], lines[0]


def source_count(db: Path) -> int:
    with Store.open(db, readonly=True) as s:
        return len(s.list_sources())


# ---------------------------------------------------------------- A: export-opml writes only where it may


def test_export_never_writes_over_the_database_in_use_or_its_companions(cli, tmp_path: Path):
    db = tmp_path / "demo.db"
    make_greenlight_db(db, sources=3)
    (tmp_path / "link.db").symlink_to(db)
    os.link(db, tmp_path / "hard.db")
    targets = ["demo.db", str(db), "./demo.db-wal", "demo.db-shm", "link.db", "hard.db", "demo.db.lock"]
    for target, force in [("demo.db", [])] + [(t, ["--force"]) for t in targets]:  # not even with --force
        r = cli("--db", "demo.db", "sources", "export-opml", target, *force)
        assert r.returncode == 1, (target, force, r.stdout)
        one_error_line(r, "database in use")
    assert source_count(db) == 3
    assert not (tmp_path / "demo.db.lock").exists()
    assert b"<opml" not in b"".join(
        Path(f"{db}{suffix}").read_bytes() for suffix in ("", "-wal") if Path(f"{db}{suffix}").exists()
    )


def test_export_never_writes_over_another_database(cli, tmp_path: Path):
    make_greenlight_db(tmp_path / "mine.db")
    make_greenlight_db(tmp_path / "other.db", sources=2)
    before = (tmp_path / "other.db").read_bytes()
    for force in ([], ["--force"]):
        r = cli("--db", "mine.db", "sources", "export-opml", "other.db", *force)
        assert r.returncode == 1
        one_error_line(r, "SQLite database")
    r = cli("--db", "mine.db", "sources", "export-opml", "other.db-wal", "--force")
    assert r.returncode == 1 and not (tmp_path / "other.db-wal").exists()
    assert (tmp_path / "other.db").read_bytes() == before and source_count(tmp_path / "other.db") == 2


def test_export_replaces_an_existing_file_only_with_force(cli, tmp_path: Path):
    make_greenlight_db(tmp_path / "g.db")
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    r = cli("--db", "g.db", "sources", "export-opml", "notes.txt")
    assert r.returncode == 1
    one_error_line(r, "already exists", "--force")
    assert notes.read_text() == "my notes"
    r = cli("--db", "g.db", "sources", "export-opml", "notes.txt", "--force")
    assert r.returncode == 0 and notes.read_text().startswith("<?xml") and "example0.com" in notes.read_text()
    r = cli("--db", "g.db", "sources", "export-opml", "new.opml")
    assert r.returncode == 0 and "Wrote 1 sources to new.opml" in r.stdout


def test_export_to_dash_is_standard_output(cli, tmp_path: Path):
    make_greenlight_db(tmp_path / "g.db")
    r = cli("--db", "g.db", "sources", "export-opml", "-")
    assert r.returncode == 0 and r.stdout.startswith("<?xml") and "https://example0.com/feed" in r.stdout
    assert not (tmp_path / "-").exists()


# ---------------------------------------------------------------- B: one line, not a traceback


def test_export_to_a_missing_folder_or_a_folder_is_one_line(cli, tmp_path: Path):
    make_greenlight_db(tmp_path / "g.db")
    r = cli("--db", "g.db", "sources", "export-opml", "/nonexistent/dir/x.opml")
    assert r.returncode == 1
    one_error_line(r, "Cannot write /nonexistent/dir/x.opml", "No such file or directory")
    (tmp_path / "sub").mkdir()
    r = cli("--db", "g.db", "sources", "export-opml", "sub", "--force")
    assert r.returncode == 1
    one_error_line(r, "it is a folder")


@pytest.mark.parametrize(
    "args",
    [["ask", "what do we know about season 2 of Jessica Jones?"], ["sources", "list"], ["sources", "export-opml"]],
)
def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path: Path, args: list[str]):
    make_greenlight_db(tmp_path / "g.db")
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head -1` after its line: every write now fails with EPIPE
    try:
        r = greenlight("--db", "g.db", *args, cwd=tmp_path, stdout=write_end, stderr=subprocess.PIPE)
    finally:
        os.close(write_end)
    assert r.stderr == ""  # no traceback, no "Exception ignored" at exit
    assert r.returncode == 141  # 128 + SIGPIPE, as a shell reports for `yes | head -1`


def test_run_without_discord_is_one_line_and_non_zero(tmp_path: Path):
    """This machine may or may not reach Discord: either it cannot (DNS) or it refuses the made-up token."""
    r = greenlight("--db", "g.db", "run", cwd=tmp_path, env={"DISCORD_TOKEN": "made.up.token"})
    assert r.returncode != 0 and "Traceback" not in r.stderr
    last = r.stderr.strip().splitlines()[-1]
    assert last.startswith("greenlight: ") and "Discord" in last


@contextmanager
def discord_api_answering(status: int | None):
    """A real HTTP server on 127.0.0.1 standing in for Discord's API (status None: a port nobody listens on),
    on its own thread and loop, because `main()` runs its own event loop."""
    import threading

    from aiohttp import web

    async def login(request: web.Request) -> web.Response:
        body = json.dumps({"message": "401: Unauthorized", "code": 0})
        return web.Response(status=status or 500, body=body, content_type="application/json")

    loop = asyncio.new_event_loop()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", login)
    runner = web.AppRunner(app)
    loop.run_until_complete(runner.setup())
    site = web.TCPSite(runner, "127.0.0.1", 0)
    loop.run_until_complete(site.start())
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    if status is None:  # close it again: the port now refuses connections
        loop.run_until_complete(runner.cleanup())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/api/v10"
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        if status is not None:
            loop.run_until_complete(runner.cleanup())
        loop.close()


@pytest.mark.parametrize(
    "status,code,words",
    [
        (None, 1, ["Discord could not be reached", "internet connection"]),
        (401, 2, ["DISCORD_TOKEN", "Discord refused it", "Reset Token"]),
    ],
)
def test_run_turns_each_start_failure_into_one_line(tmp_path, monkeypatch, capsys, status, code, words):
    import discord

    from bot.cli.main import main

    with discord_api_answering(status) as base:
        monkeypatch.setattr(discord.http.Route, "BASE", base)  # the documented base URL, as the e2e tests do
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("DISCORD_TOKEN", "made.up.token")
        assert main(["--db", str(tmp_path / "g.db"), "run"]) == code
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("greenlight: ")
    for word in words:
        assert word in err[-1]


# ---------------------------------------------------------------- C, D, E: the database argument


def test_another_programs_database_is_refused_by_every_command_and_unchanged(cli, tmp_path: Path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE foo (x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    for args in (["sources", "list"], ["sources", "import-opml", "--defaults"], ["poll", "--once"], ["ask", "x?"]):
        r = cli("--db", "other.db", *args)
        assert r.returncode == 1
        one_error_line(r, "not a Greenlight database", "another program's", "foo")
    assert other.read_bytes() == before and not Path(f"{other}-wal").exists()


def test_a_read_only_database_can_be_read_but_not_changed(cli, tmp_path: Path):
    db = tmp_path / "g.db"
    make_greenlight_db(db, sources=2)
    with read_only(db):
        listed = cli("--db", "g.db", "sources", "list")
        assert listed.returncode == 0 and "Ex 1" in listed.stdout and listed.stderr == ""
        asked = cli("--db", "g.db", "ask", "is Ozark renewed?")
        assert "Traceback" not in asked.stderr and asked.stdout.strip()
        exported = cli("--db", "g.db", "sources", "export-opml")
        assert exported.returncode == 0 and "example1.com" in exported.stdout
        changed = cli("--db", "g.db", "sources", "remove", "1")
        assert changed.returncode == 1
        one_error_line(changed, "read-only", "sources list")
    assert source_count(db) == 2


def test_a_folder_or_an_uncreatable_database_says_what_is_wrong(cli, tmp_path: Path):
    r = cli("--db", str(tmp_path), "sources", "list")
    one_error_line(r, "is a folder")
    locked = tmp_path / "locked"
    locked.mkdir()
    with read_only(locked):
        r = cli("--db", "locked/g.db", "sources", "list")
    assert r.returncode == 1
    one_error_line(r, "Cannot create the database", "no permission")


def test_a_new_database_is_announced_and_a_missing_one_is_not_silently_replaced(cli, tmp_path: Path):
    first = cli("--db", "g.db", "sources", "import-opml", "--defaults")
    assert first.returncode == 0
    assert first.stderr.strip() == f"greenlight: created a new database at {tmp_path / 'g.db'}."
    again = cli("--db", "g.db", "sources", "list")
    assert again.stderr == ""  # an existing database: nothing to say
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp_path / 'g.db'}{suffix}").unlink(missing_ok=True)  # deleted while nothing had it open
    listed = cli("--db", "g.db", "sources", "list")
    assert listed.returncode == 0 and "No sources yet" in listed.stdout  # the command still works…
    assert "created a new database at" in listed.stderr and "there was none" in listed.stderr  # …and says it


# ---------------------------------------------------------------- G: polish


def _failing_source(db: Path, error: str, *, disabled: bool = False) -> None:
    with Store.open(db) as s:
        src = s.add_source("https://example.com/feed", title="Ex", added_by="test", now=T0)
        s.record_failure(src.id, now=T0, error=error, next_poll_at=T0, disabled_reason=error if disabled else None)


def test_the_whole_problem_can_be_read(cli, tmp_path: Path):
    error = "The server answered 503 Service Unavailable. " + "It said: come back later, much later. " * 4 + "END"
    _failing_source(tmp_path / "g.db", error)
    cut = cli("--db", "g.db", "sources", "list")
    assert "END" not in cut.stdout and "…" in cut.stdout
    full = cli("--db", "g.db", "sources", "list", "--full")
    assert error in full.stdout
    shown = cli("--db", "g.db", "sources", "show", "1")
    assert shown.returncode == 0 and error in shown.stdout and "https://example.com/feed" in shown.stdout
    assert "failures in a row: 1" in shown.stdout
    missing = cli("--db", "g.db", "sources", "show", "9")
    assert missing.returncode == 1 and "No source matches" in missing.stderr


def test_enable_says_what_it_did(cli, tmp_path: Path):
    make_greenlight_db(tmp_path / "ok.db")
    r = cli("--db", "ok.db", "sources", "enable", "1")
    assert r.returncode == 0 and "already enabled" in r.stdout
    _failing_source(tmp_path / "off.db", "gone", disabled=True)
    r = cli("--db", "off.db", "sources", "enable", "1")
    assert r.returncode == 0 and "enabled again" in r.stdout
    r = cli("--db", "off.db", "sources", "enable", "1")
    assert "already enabled" in r.stdout
    _failing_source(tmp_path / "failing.db", "timeout")
    r = cli("--db", "failing.db", "sources", "enable", "1")
    assert "was not disabled" in r.stdout


def test_an_env_file_that_is_named_must_exist(cli, tmp_path: Path):
    r = cli("--env-file", "nope.env", "--db", "g.db", "sources", "list")
    assert r.returncode == 2
    one_error_line(r, "--env-file nope.env", "no such file")
    assert not (tmp_path / "g.db").exists()
    r = cli("--env-file", str(tmp_path), "--db", "g.db", "sources", "list")
    assert r.returncode == 2 and "folder" in r.stderr
    (tmp_path / "mine.env").write_text("GREENLIGHT_LOG_LEVEL=debug\n")
    assert cli("--env-file", "mine.env", "--db", "g.db", "sources", "list").returncode == 0
    assert cli("--db", "g.db", "sources", "list").returncode == 0  # no .env: fine by default


@pytest.mark.parametrize("name", sorted(ENV_SETTINGS))
def test_every_example_in_a_setting_error_is_a_valid_value(name: str):
    parse = ENV_SETTINGS[name][1]
    for raw in ("not a value", "-5", "0", "1e12", "99999999999999999999999"):
        try:
            parse(name, raw)
        except ConfigError as exc:
            if "e.g. " in str(exc):
                example = str(exc).rsplit("e.g. ", 1)[1]
                parse(name, example)  # the example given must itself be accepted
