"""A public bot's scale, end to end against the fake Discord with its rate limits on: one story to many channels
across guilds without 429s, and a sharded bot whose every per-guild path (follows, permissions, interactions,
questions that mention it, alerts) is right on every shard."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from bot.config import Settings
from bot.store import Store
from bot.timeutil import utcnow
from tests.discordkit import Feeds, build_guild, embed_text, follow_everywhere, opt, running_bot, sub, world
from tests.fakediscord import FakeDiscord
from tests.feedserver import serve
from tests.test_discord_e2e import JJ, add_source
from tests.test_service import _env as poll_env


def _follow_everywhere(settings: Settings, fake: FakeDiscord, guilds: int, per_guild: int) -> list[int]:
    with Store.open(settings.db_path) as store:
        return follow_everywhere(store, fake, guilds, guilds * per_guild)


async def test_one_story_reaches_every_channel_paced_below_the_global_limit(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path, latency=0.02) as (fake, guild, feeds, settings):
        channels = _follow_everywhere(settings, fake, 16, 5)  # 80 channels
        feeds.items["wire"] = []
        async with running_bot(settings) as bot:
            await add_source(fake, guild, feeds.url("wire"))
            feeds.items["wire"].insert(0, JJ)
            await fake.wait_for(lambda: all(fake.messages(c) for c in channels), timeout=30)
            await fake.wait_for(lambda: all(d.status == "sent" for d in bot.runtime.store.deliveries()), timeout=5)
            assert bot.get_cog("Alerts").worker.report.sent == 80  # type: ignore[union-attr]
    assert all(len(fake.messages(c)) == 1 for c in channels)
    # Sent concurrently and faster than the limit allows if nothing paced them: the fake counted no 429 at all.
    assert fake.limits.n429 == 0, f"{fake.limits.n429} requests answered 429"


async def test_a_sharded_bot_serves_every_guild_on_its_own_shard(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path, shards=3) as (fake, first, feeds, settings):
        guilds = [first, build_guild(fake), build_guild(fake)]
        assert sorted(fake.shard_of(g.id, 3) for g in guilds) == [0, 1, 2]  # one guild on each shard
        feeds.items["wire"] = []
        async with running_bot(settings) as bot:
            assert bot.shard_count == 3 and sorted(s for s, _ in fake.identified) == [0, 1, 2]
            assert {g.id for g in bot.guilds} == {g.id for g in guilds}
            for g in guilds:
                record = await fake.invoke(g.id, g.news, fake.owner_id, "follow", [opt("show", "all")])
                assert "Jessica" not in str(await record.wait_final())  # answered...
                assert record.callbacks == 1  # ...once: the event reached one shard only
                refused = await fake.invoke(g.id, g.general, g.member, "source", [sub("add", opt("url", "x"))])
                assert (await refused.wait_final()).get("flags", 0) & 64  # a member is refused, privately
            await add_source(fake, first, feeds.url("wire"))
            feeds.items["wire"].insert(0, JJ)
            for g in guilds:
                (alert,) = await fake.wait_for_messages(g.news, 1, timeout=10)
                assert "Jessica Jones" in embed_text(alert.embeds)
            for g in guilds:
                await fake.send_user_message(g.id, g.general, g.member, "jessica jones s2?", mention_bot=True)
                (reply,) = await fake.wait_for_messages(g.general, 1, timeout=5)
                assert "Netflix renewed Jessica Jones" in embed_text(reply.embeds)
        assert all(len(fake.messages(g.news)) == 1 and len(fake.messages(g.general)) == 1 for g in guilds)


async def test_a_process_runs_only_the_shards_it_is_given(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path, shards=2) as (fake, first, feeds, settings):
        second = build_guild(fake)
        mine = next(g for g in (first, second) if fake.shard_of(g.id, 2) == 1)
        settings = settings.with_overrides(shard_count=2, shard_ids=(1,))
        async with running_bot(settings) as bot:
            assert fake.identified == [(1, 2)]
            assert [g.id for g in bot.guilds] == [mine.id]


# ------------------------------------------------------------------ kill -9 with sends in flight


ROOT = Path(__file__).resolve().parents[1]


def _env(db: Path) -> dict[str, str]:
    return {**poll_env(db), "GREENLIGHT_WORKERS": "1", "GREENLIGHT_POLL_INTERVAL": "1", "DISCORD_TOKEN": "fake-token"}


async def _bot_process(db: Path, fake: FakeDiscord, log: Path) -> asyncio.subprocess.Process:
    with log.open("ab") as out:
        return await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.botproc",
            fake.rest_base,
            fake.gateway_url,
            cwd=str(ROOT),
            env=_env(db),
            stdout=asyncio.subprocess.DEVNULL,
            stderr=out,
        )


async def baseline_poll(db: Path) -> None:
    """`greenlight poll --once` in a process of its own: the sources' (empty) baseline, before the bot starts."""
    poll = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "poll", "--once", cwd=str(ROOT), env=_env(db),
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    assert await asyncio.wait_for(poll.wait(), 60) == 0


def _sent_rows(db: Path) -> list[tuple[int, str, int | None]]:
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT channel_id, status, message_id FROM deliveries ORDER BY id").fetchall()


async def test_kill_9_with_sends_in_flight_posts_every_alert_exactly_once(tmp_path: Path):
    db, log = tmp_path / "bot.db", tmp_path / "bot.log"
    feeds = Feeds()
    async with FakeDiscord(latency=0.08) as fake, serve(feeds.app()) as base:
        feeds.base = base
        feeds.items["wire"] = []
        settings = Settings(db_path=db)
        channels = _follow_everywhere(settings, fake, 30, 5)  # 150 channels: about 3.5 s of sends at the pace
        with Store.open(db) as store:
            store.add_source(feeds.url("wire"), title="Wire", added_by="test", now=utcnow())
        await baseline_poll(db)
        feeds.items["wire"].insert(0, JJ)
        proc = await _bot_process(db, fake, log)
        try:
            delivered = lambda: sum(1 for c in channels if fake.messages(c))  # noqa: E731
            await fake.wait_for(lambda: delivered() >= 40, timeout=60)
            proc.send_signal(signal.SIGKILL)  # mid fan-out, with sends in flight
            await proc.wait()
            before = delivered()
            proc = await _bot_process(db, fake, log)
            await fake.wait_for(lambda: delivered() == len(channels), timeout=60)
            await fake.wait_for(lambda: all(s == "sent" for _, s, _ in _sent_rows(db)), timeout=30)
        finally:
            if proc.returncode is None:
                proc.send_signal(signal.SIGTERM)
                await asyncio.wait_for(proc.wait(), 30)
    assert before < len(channels), "the kill came after the fan-out: nothing was proved"
    assert fake.peak_posts_in_flight > 1  # the sends were concurrent
    assert all(len(fake.messages(c)) == 1 for c in channels), log.read_text()[-3000:]
    rows = _sent_rows(db)
    assert len(rows) == len(channels)
    assert all(message_id == fake.messages(channel)[0].id for channel, _, message_id in rows)


async def test_a_source_is_polled_when_it_falls_due_not_a_tick_later(monkeypatch, tmp_path):
    """Publication to delivery rows within the poll interval and seconds: the loop rests until the next source is
    due, not for its whole tick (here an hour; the sources fall due every second)."""
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        feeds.items["wire"] = []
        async with running_bot(settings, tick=3600) as bot:
            await (await fake.invoke(guild.id, guild.news, fake.owner_id, "follow", [opt("show", "all")])).wait_final()
            await add_source(fake, guild, feeds.url("wire"))  # added while the loop rests
            feeds.items["wire"].insert(0, JJ)
            (alert,) = await fake.wait_for_messages(guild.news, 1, timeout=20)
            assert "Jessica Jones" in embed_text(alert.embeds)
            assert bot.runtime.store.last_poll_run() is not None
