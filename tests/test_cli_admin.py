"""What a new server admin runs from the shell (issue 23): poll now, the stories a poll found, counts in words,
imports that say when they are fetched. Real subprocesses against real local feed servers."""

from pathlib import Path

from aiohttp import web

from tests.feedserver import rss, serve
from tests.test_cli import greenlight, run

GUARD_OFF = {"GREENLIGHT_ALLOW_PRIVATE_SOURCES": "true", "GREENLIGHT_FETCH_TIMEOUT": "3"}


def feed_app(state: dict) -> web.Application:
    async def feed(request: web.Request) -> web.Response:
        return web.Response(body=rss("Wire News", state["items"]), content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/feed", feed)
    return app


async def test_poll_now_ignores_due_times_and_lists_the_stories_it_found(tmp_path: Path):
    db = str(tmp_path / "g.db")
    state = {"items": [("a", "Old story about gardening")]}
    async with serve(feed_app(state)) as base:
        added = await run("--db", db, "sources", "add", base + "/feed", env=GUARD_OFF, cwd=tmp_path)
        assert added.returncode == 0, added.stderr
        assert "1 item;" in added.stdout and "1 items" not in added.stdout
        state["items"].insert(0, ("b", "Netflix renews ‘Harbor Lights’ for season 3"))
        once = await run("--db", db, "poll", "--once", env=GUARD_OFF, cwd=tmp_path)
        assert once.returncode == 0 and "No source is due yet" in once.stdout  # the 900 s interval has not passed
        now = await run("--db", db, "poll", "--now", env=GUARD_OFF, cwd=tmp_path)
    assert now.returncode == 0, now.stderr
    assert "Sources fetched: 1, not modified: 0, failed: 0. New articles: 1." in now.stdout
    assert "1 new story:" in now.stdout
    assert "[Renewed] Harbor Lights — Season 3 (Netflix)" in now.stdout
    assert " INFO " not in now.stderr, now.stderr  # one-shot commands log warnings only, unless asked
    assert "· Wire News, " in now.stdout and "https://news.example/b" in now.stdout  # with its source and link


def test_import_defaults_says_when_the_sources_are_fetched(tmp_path: Path):
    r = greenlight("--db", str(tmp_path / "g.db"), "sources", "import-opml", "--defaults", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "fetched on the next poll" in r.stdout and "greenlight poll --now" in r.stdout


def test_json_logs_on_request_one_object_per_line(tmp_path: Path):
    import json

    env = {**GUARD_OFF, "GREENLIGHT_LOG_FORMAT": "json", "GREENLIGHT_LOG_LEVEL": "DEBUG"}
    r = greenlight("--db", str(tmp_path / "g.db"), "sources", "add", "http://127.0.0.1:9/feed", env=env, cwd=tmp_path)
    assert r.returncode == 1 and "refused to connect" in r.stderr
    records = [json.loads(line) for line in r.stderr.splitlines() if line.startswith("{")]
    assert any(rec["logger"] == "bot.ingest.fetch" and "fetch of" in rec["message"] for rec in records), r.stderr
    assert all({"time", "level", "logger", "message"} <= set(rec) for rec in records)
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert all(line.startswith(("{", "greenlight: ")) for line in lines), r.stderr  # nothing else on stderr
    bad = greenlight("sources", "list", env={"GREENLIGHT_LOG_FORMAT": "xml"}, cwd=tmp_path)
    assert bad.returncode == 2 and "GREENLIGHT_LOG_FORMAT" in bad.stderr and "text or json" in bad.stderr


async def test_sources_pause_check_enable_remove_from_the_shell(tmp_path: Path):
    db = str(tmp_path / "g.db")
    state = {"items": [("a", "Old story about gardening")]}
    async with serve(feed_app(state)) as base:
        assert (await run("--db", db, "sources", "add", base + "/feed", env=GUARD_OFF, cwd=tmp_path)).returncode == 0
        paused = await run("--db", db, "sources", "pause", "1", cwd=tmp_path)
        assert paused.returncode == 0 and "Source 1 is paused" in paused.stdout
        listed = await run("--db", db, "sources", "list", cwd=tmp_path)
        assert listed.stdout.splitlines()[2].split()[:2] == ["1", "paused"]
        state["items"].insert(0, ("b", "Netflix renews ‘Harbor Lights’ for season 3"))
        checked = await run("--db", db, "sources", "check", "1", env=GUARD_OFF, cwd=tmp_path)
        assert checked.returncode == 0, checked.stderr
        assert "was fetched: 1 new article." in checked.stdout and "Renewed: Harbor Lights — Season 3" in checked.stdout
    enabled = await run("--db", db, "sources", "enable", "1", cwd=tmp_path)
    assert "enabled again" in enabled.stdout
    removed = await run("--db", db, "sources", "remove", "1", cwd=tmp_path)
    assert "no longer polled" in removed.stdout and "2 stored articles stay" in removed.stdout
    asked = await run("--db", db, "ask", "is harbor lights renewed", cwd=tmp_path)
    assert asked.returncode == 0 and "Wire News" in asked.stdout  # the story keeps its source
