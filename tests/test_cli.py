"""The command line, run as a real subprocess against real local servers and a real database file."""

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from aiohttp import web

from bot.store import Store
from bot.timeutil import utcnow
from tests.feedserver import rss, serve

ROOT = Path(__file__).resolve().parents[1]


def greenlight(
    *args: str, env: dict | None = None, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("GREENLIGHT_", "DISCORD_"))}
    full_env["GREENLIGHT_TVMAZE"] = "false"  # never the real TVmaze from a test
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=stdin,
        timeout=60,
        cwd=cwd or ROOT,
    )


async def run(*args: str, **kw) -> subprocess.CompletedProcess:
    return await asyncio.to_thread(greenlight, *args, **kw)


async def wait_for(predicate: Callable[[], object], what: str, timeout: float = 10.0) -> None:
    """Poll the condition every 20 ms until it holds; TimeoutError naming it when it does not within `timeout`."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what}: not within {timeout} s")
        await asyncio.sleep(0.02)


def test_invalid_setting_is_one_line_and_exit_2(tmp_path: Path):
    r = greenlight("sources", "list", env={"GREENLIGHT_POLL_INTERVAL": "soon"}, cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "GREENLIGHT_POLL_INTERVAL" in r.stderr and "Traceback" not in r.stderr


def test_unknown_option_is_a_usage_error(tmp_path: Path):
    r = greenlight("sources", "list", "--colour", cwd=tmp_path)
    assert r.returncode == 2 and "unrecognized arguments: --colour" in r.stderr


def test_run_without_token_explains_how_to_get_one(tmp_path: Path):
    r = greenlight("--db", str(tmp_path / "x.db"), "run", cwd=tmp_path)
    assert r.returncode == 2 and "DISCORD_TOKEN" in r.stderr and "developers" in r.stderr


async def test_sources_add_list_poll_export_import_remove(tmp_path: Path):
    db = str(tmp_path / "g.db")
    env = {"GREENLIGHT_ALLOW_PRIVATE_SOURCES": "true", "GREENLIGHT_FETCH_TIMEOUT": "3", "GREENLIGHT_POLL_INTERVAL": "1"}
    state = {"items": [("a", "Old story"), ("b", "Law &amp; Order: SVU renewed for season 28")]}

    async def feed(request):
        return web.Response(body=rss("Local &amp; TV", state["items"]))

    async def page(request):
        return web.Response(text="<!DOCTYPE html><html><body>no feed here</body></html>", content_type="text/html")

    app = web.Application()
    app.router.add_get("/feed", feed)
    app.router.add_get("/page", page)
    async with serve(app) as base:
        added = await run("--db", db, "sources", "add", base + "/feed", env=env, cwd=tmp_path)
        assert added.returncode == 0, added.stderr
        assert "Local & TV" in added.stdout and "newest: Old story" in added.stdout
        refused = await run("--db", db, "sources", "add", base + "/page", env=env, cwd=tmp_path)
        assert refused.returncode == 1 and "web page, not a feed" in refused.stderr
        guarded = await run("--db", db, "sources", "add", base + "/feed?other=1", cwd=tmp_path)  # guard on by default
        assert guarded.returncode == 1 and "private network" in guarded.stderr
        listed = await run("--db", db, "sources", "list", cwd=tmp_path)
        row = listed.stdout.splitlines()[2].split()
        assert row[:2] == ["1", "ok"] and "Local & TV" in listed.stdout and row[-1] == "2"  # two baseline articles

        state["items"].insert(0, ("c", "Ozark renewed for season 5"))
        with Store.open(db) as store:  # the source's row says it is due (its 1-second poll interval has passed)
            await wait_for(lambda: store.due_sources(utcnow()), "source 1 due for polling")
        polled = await run("--db", db, "poll", "--once", env=env, cwd=tmp_path)
    assert polled.returncode == 0, polled.stderr
    assert "Sources fetched: 1, not modified: 0, failed: 0. New articles: 1." in polled.stdout
    assert "1/1 fetched" in polled.stderr  # plain progress lines when not a terminal

    exported = greenlight("--db", db, "sources", "export-opml", cwd=tmp_path)
    assert base + "/feed" in exported.stdout and exported.stdout.startswith("<?xml")
    opml = tmp_path / "mine.opml"
    opml.write_text(exported.stdout)
    other = str(tmp_path / "other.db")
    # A loopback feed: importing it needs the guard off, as adding it did (with the guard on it is refused)
    guarded = greenlight("--db", other, "sources", "import-opml", str(opml), cwd=tmp_path)
    assert "0 added, 1 skipped" in guarded.stdout and "private network" in guarded.stdout
    imported = greenlight("--db", other, "sources", "import-opml", str(opml), env=env, cwd=tmp_path)
    assert "1 added, 0 skipped" in imported.stdout
    again = greenlight("--db", other, "sources", "import-opml", str(opml), env=env, cwd=tmp_path)
    assert "0 added, 1 skipped" in again.stdout and "already a source" in again.stdout

    removed = greenlight("--db", db, "sources", "remove", "1", cwd=tmp_path)
    assert removed.returncode == 0 and "Removed source 1" in removed.stdout
    missing = greenlight("--db", db, "sources", "remove", "1", cwd=tmp_path)
    assert missing.returncode == 1 and "No source matches" in missing.stderr


def test_import_defaults_and_refuse_bad_files(tmp_path: Path):
    db = str(tmp_path / "g.db")
    r = greenlight("--db", db, "sources", "import-opml", "--defaults", cwd=tmp_path)
    assert r.returncode == 0 and "added    https://deadline.com/category/tv/feed/" in r.stdout
    bad = tmp_path / "bad.opml"
    bad.write_text("<opml><body><outline")
    r = greenlight("--db", db, "sources", "import-opml", str(bad), cwd=tmp_path)
    assert r.returncode == 1 and "not valid XML" in r.stderr
    listed = greenlight("--db", db, "sources", "list", cwd=tmp_path)
    assert "Deadline – TV" in listed.stdout  # nothing stored was lost


def test_analyze_reads_stdin_and_reports_bad_lines(tmp_path: Path):
    lines = "\n".join(
        [
            json.dumps(
                {"id": "x1", "title": "‘Ghosts’ renewed for season 5 by CBS", "text": "The comedy returns.", "extra": 1}
            ),
            "{not json",
            json.dumps({"id": "x3", "text": "no title"}),
            json.dumps({"id": "x4", "title": "Netflix cancels ‘Kaos’ after one season", "text": ""}),
        ]
    )
    r = greenlight("analyze", "-", stdin=lines, cwd=tmp_path)
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert r.returncode == 1
    assert [o.get("id") for o in out] == ["x1", None, "x3", "x4"]
    assert (
        out[0]["event"] == "renewed"
        and out[0]["show"] == "Ghosts"
        and out[0]["season"] == 5
        and out[0]["network"] == "CBS"
    )
    assert out[1]["line"] == 2 and "line 2" in out[1]["error"]
    assert out[2]["line"] == 3 and "title" in out[2]["error"]
    assert out[3]["event"] == "cancelled" and out[3]["network"] == "Netflix"
    assert set(out[0]) >= {"id", "event", "show", "shows", "season", "seasons", "network", "confidence", "summary"}


async def test_poll_keeps_going_until_ctrl_c_and_stops_cleanly(tmp_path: Path):
    import signal

    async def feed(request):
        return web.Response(body=rss("Loop TV", [("a", "One")]))

    app = web.Application()
    app.router.add_get("/feed", feed)
    db = str(tmp_path / "g.db")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("GREENLIGHT_", "DISCORD_"))},
        "GREENLIGHT_ALLOW_PRIVATE_SOURCES": "true",
        "GREENLIGHT_POLL_INTERVAL": "1",
        "GREENLIGHT_TVMAZE": "false",
    }
    async with serve(app) as base:
        assert (await run("--db", db, "sources", "add", base + "/feed", env=env, cwd=tmp_path)).returncode == 0
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "--db",
            db,
            "poll",
            cwd=str(ROOT),
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        seen = b""
        while seen.count(b"Sources fetched:") < 2:  # at least two cycles: it keeps polling
            line = await asyncio.wait_for(proc.stdout.readline(), 20)
            assert line, "poll exited early"
            seen += line
        proc.send_signal(signal.SIGINT)
        rest, err = await asyncio.wait_for(proc.communicate(), 20)
    assert proc.returncode == 0, err
    assert b"Stopped cleanly." in seen + rest and b"Traceback" not in err
