"""Limits on what a moderator can add (issue 22, items 8 and 10): sources per database and per server, OPML size
and outline count, a refused import that leaves nothing behind, and an allow-list of private hosts."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiohttp import web

from bot.config import Settings, load_settings
from bot.errors import ConfigError, SourceError
from bot.ingest.fetch import Fetcher
from bot.ingest.opml import MAX_OPML_BYTES, MAX_OPML_OUTLINES, build_opml
from bot.ingest.sources import SourceLimits, add_source, import_opml, private_host_reason
from bot.models import FetchOutcome
from bot.store import Store
from tests.feedserver import rss, serve

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)
FEED = rss("Wire", [("a", "Netflix renews Severance")])


def opml(count: int, host: str = "feeds.example") -> bytes:
    return build_opml((f"https://{host}/{i}.xml", f"Feed {i}") for i in range(count))


def feed_app(hits: list[str]) -> web.Application:
    async def handler(request: web.Request) -> web.Response:
        hits.append(request.path)
        return web.Response(body=FEED, content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/{tail:.*}", handler)
    return app


# ------------------------------------------------------------------ OPML files


def test_an_opml_file_with_too_many_outlines_is_refused_whole(store: Store):
    with pytest.raises(SourceError, match=f"more than {MAX_OPML_OUTLINES:,} feeds"):
        import_opml(store, opml(MAX_OPML_OUTLINES + 1), added_by=None, now=NOW)
    assert store.count_sources() == 0
    assert len(import_opml(store, opml(MAX_OPML_OUTLINES), added_by=None, now=NOW).added) == MAX_OPML_OUTLINES


def test_an_opml_file_too_large_is_refused_before_parsing(store: Store):
    padding = b"<!--" + b"x" * MAX_OPML_BYTES + b"-->"
    with pytest.raises(SourceError, match="bytes; the limit"):
        import_opml(store, opml(3).replace(b"<body>", b"<body>" + padding), added_by=None, now=NOW)
    assert store.count_sources() == 0


# ------------------------------------------------------------------ sources per database and per server


def test_an_import_past_the_database_limit_adds_nothing(store: Store):
    limits = SourceLimits(total=5, per_guild=5)
    import_opml(store, opml(3, "a.example"), added_by=None, now=NOW, limits=limits)
    with pytest.raises(SourceError, match="room for 2 more"):
        import_opml(store, opml(3, "b.example"), added_by=None, now=NOW, limits=limits)
    assert store.count_sources() == 3  # refused whole: no half import
    report = import_opml(store, opml(2, "b.example"), added_by=None, now=NOW, limits=limits)
    assert len(report.added) == 2 and store.count_sources() == 5


async def test_adding_past_the_limits_is_refused_with_the_reason(store: Store, settings: Settings):
    hits: list[str] = []
    limits = SourceLimits(total=4, per_guild=2)
    async with serve(feed_app(hits)) as base, Fetcher(settings) as fetcher:

        async def add(path: str, guild: int | None):
            return await add_source(
                store,
                fetcher,
                f"{base}/{path}",
                name=None,
                added_by="mod",
                now=NOW,
                poll_interval=60,
                guild_id=guild,
                limits=limits,
            )

        await add("1", 1)
        await add("2", 1)
        with pytest.raises(SourceError, match="This server has added 2 sources and may have at most 2"):
            await add("3", 1)
        await add("3", 2)  # another server has its own allowance
        await add("4", None)  # the command line counts against the database only
        with pytest.raises(SourceError, match="has 4 sources and may have at most 4 .GREENLIGHT_MAX_SOURCES."):
            await add("5", 2)
    assert store.count_sources() == 4 and store.count_sources(guild_id=1) == 2
    assert hits == ["/1", "/2", "/3", "/4"]  # a refused source is never fetched


def test_limits_are_settings():
    s = load_settings({"GREENLIGHT_MAX_SOURCES": "10", "GREENLIGHT_MAX_SOURCES_PER_GUILD": "3"}, dotenv=None)
    assert SourceLimits.of(s) == SourceLimits(10, 3)
    assert SourceLimits.of(Settings()) == SourceLimits(5_000, 500)
    with pytest.raises(ConfigError, match="GREENLIGHT_MAX_SOURCES"):
        load_settings({"GREENLIGHT_MAX_SOURCES": "0"}, dotenv=None)


def test_a_refused_import_leaves_no_new_database(tmp_path: Path):
    big, db = tmp_path / "big.opml", tmp_path / "new.db"
    big.write_bytes(opml(MAX_OPML_OUTLINES + 1))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GREENLIGHT_", "DISCORD_"))}
    env["GREENLIGHT_TVMAZE"] = "false"
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), "sources", "import-opml", str(big)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 1 and "Split it into smaller files" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.opml"]  # no new.db, no -wal, no lock file


# ------------------------------------------------------------------ GREENLIGHT_PRIVATE_HOSTS


def test_private_hosts_setting():
    s = load_settings({"GREENLIGHT_PRIVATE_HOSTS": " 127.0.0.1:8080, Feeds.LAN ,[::1]:81"}, dotenv=None)
    assert s.private_hosts == ("127.0.0.1:8080", "feeds.lan", "[::1]:81")
    for bad in ("http://feeds.lan", "feeds.lan:http", "a:99999", "user@host"):
        with pytest.raises(ConfigError, match="GREENLIGHT_PRIVATE_HOSTS"):
            load_settings({"GREENLIGHT_PRIVATE_HOSTS": bad}, dotenv=None)


def test_only_listed_private_hosts_may_be_sources():
    hosts = ("127.0.0.1:8080", "feeds.lan")
    assert private_host_reason("http://127.0.0.1:8080/feed.xml", hosts) is None
    assert private_host_reason("http://127.0.0.1:8081/feed.xml", hosts) is not None
    assert private_host_reason("http://localhost:8080/feed.xml", hosts) is not None
    assert private_host_reason("http://10.0.0.7/feed.xml", hosts) is not None
    assert private_host_reason("http://feeds.lan/rss", hosts) is None


@pytest.mark.parametrize("listed", ["127.0.0.1:{a}", "localhost:{a}", "localhost"])
async def test_the_allow_list_opens_only_its_hosts(settings: Settings, listed: str):
    """One private feed allowed must not open the rest of the network: an article page on another internal port
    (or any other private address) stays refused and is never contacted."""
    hits_a: list[str] = []
    hits_b: list[str] = []
    async with serve(feed_app(hits_a)) as a, serve(feed_app(hits_b)) as b:
        port_a = int(a.rsplit(":", 1)[1])
        entry = listed.format(a=port_a)
        guarded = settings.with_overrides(allow_private_sources=False, private_hosts=(entry,))
        async with Fetcher(guarded) as fetcher:
            host = "localhost" if entry.startswith("localhost") else "127.0.0.1"
            allowed = await fetcher.fetch(f"http://{host}:{port_a}/feed.xml")
            assert allowed.outcome is FetchOutcome.NEW, allowed.error
            refused = await fetcher.fetch(f"{b}/article.html")
            assert refused.outcome is FetchOutcome.ERROR
            if entry != "localhost":  # the whole host allowed means every port of it
                other = await fetcher.fetch(f"http://localhost:{b.rsplit(':', 1)[1]}/page")
                assert other.outcome is FetchOutcome.ERROR
    assert hits_a == ["/feed.xml"] and hits_b == []


async def test_without_the_allow_list_the_guard_refuses_loopback(settings: Settings):
    hits: list[str] = []
    async with serve(feed_app(hits)) as a, Fetcher(settings.with_overrides(allow_private_sources=False)) as fetcher:
        assert (await fetcher.fetch(f"{a}/feed.xml")).outcome is FetchOutcome.ERROR
    assert hits == []
