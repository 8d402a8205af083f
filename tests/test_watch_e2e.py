"""Personal watchlists end to end: the real GreenlightBot (discord.py) against the fake Discord, real feeds, a real
database. DMs go through the outbox and the delivery worker like channel alerts."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
from contextlib import closing
from pathlib import Path

from bot.store import Store
from bot.timeutil import utcnow
from bot.understand import show_key
from bot.watch.models import DM_KIND, DMS_CLOSED, WATCH_OFF
from tests.discordkit import Feeds, build_guild, embed_text, opt, running_bot, world
from tests.fakediscord import FakeDiscord
from tests.feedserver import serve
from tests.test_discord_e2e import JJ, JJ_THIRD, add_source
from tests.test_fanout import _bot_process, _sent_rows, baseline_poll

JJ3_OTHER = (
    "jj-3b",
    "‘Jessica Jones’ picked up for season 3 by Netflix",
    "Netflix picked up the Marvel drama for a third season, the streamer confirmed on Sunday.",
)
JJ_CANCEL = ("jj-c", "Netflix cancels ‘Jessica Jones’ after three seasons", "The Marvel drama will not return.")


async def _command(fake, guild, user, name, *options, channel=None) -> tuple[dict, object]:
    record = await fake.invoke(guild.id, channel or guild.general, user, name, list(options))
    return await record.wait_final(10), record


async def _known_show(bot, fake, guild, feeds) -> None:
    """Sources added, and a first story that makes Jessica Jones a known show (nobody watches it yet)."""
    feeds.items["wire"], feeds.items["beat"] = [], []
    await add_source(fake, guild, feeds.url("wire"))
    await add_source(fake, guild, feeds.url("beat"))
    feeds.items["wire"].insert(0, JJ)
    store = bot.runtime.store
    await fake.wait_for(lambda: any(s.title == "Jessica Jones" for s in store.list_shows()), timeout=15)


async def test_watch_a_story_comes_by_dm_once_across_servers_and_an_update_edits_it(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings) as bot:
        second = build_guild(fake)
        fake.world.guilds[second.id].members[guild.member] = ("viewer", ())  # the member shares both servers
        await _known_show(bot, fake, guild, feeds)

        choices = await fake.invoke(
            guild.id,
            guild.general,
            guild.member,
            "watch",
            [{"name": "show", "type": 3, "value": "jess", "focused": True}],
            interaction_type=4,
        )
        auto = await choices.wait_response()
        assert [c["value"] for c in auto["data"]["choices"]] == ["Jessica Jones"]  # known shows only, no "all"

        answer, record = await _command(fake, guild, guild.member, "watch", opt("show", "jessica jones"))
        assert record.ephemeral and "You now watch **Jessica Jones**" in answer["content"]
        answer, _ = await _command(fake, second, guild.member, "watch", opt("show", "Jessica Jones"))
        assert "You still watch **Jessica Jones**" in answer["content"]
        assert fake.dms(guild.member) == []  # the story before the watch is not sent

        feeds.items["wire"].insert(0, JJ_THIRD)
        (dm,) = await fake.wait_for_dms(guild.member, 1)
        (embed,) = dm.embeds
        assert embed["title"] == "Renewed: Jessica Jones — Season 3"
        assert embed["footer"]["text"] == "You watch Jessica Jones · /unwatch to stop"
        assert dm.nonce is not None and dm.allowed_mentions["parse"] == []

        feeds.items["beat"].insert(0, JJ3_OTHER)  # another outlet: the DM is edited
        await fake.wait_for(lambda: dm.edits, timeout=15)
        assert "Sources (2)" in embed_text(dm.current_embeds)
        store = bot.runtime.store
        await fake.wait_for(lambda: all(d.status == "sent" and not d.needs_edit for d in store.deliveries()))
        rows = [d for d in store.deliveries() if d.kind == DM_KIND]
        assert [(d.channel_id, d.message_id) for d in rows] == [(guild.member, dm.id)]
        assert len(fake.dms(guild.member)) == 1 and len(dm.edits) == 1  # one DM in two servers, edited once

        listing, record = await _command(fake, second, guild.member, "watchlist")
        assert record.ephemeral and "**Jessica Jones** (every news event)" in listing["content"]
        answer, _ = await _command(fake, guild, guild.member, "unwatch", opt("show", "Jessica Jones"))
        assert answer["content"] == "You no longer watch Jessica Jones."
        assert store.watches(guild.member) == []


async def test_dms_closed_pause_the_watchlist_the_member_is_told_once_then_resumes(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings) as bot:
        store = bot.runtime.store
        await _known_show(bot, fake, guild, feeds)
        await _command(fake, guild, guild.member, "watch", opt("show", "Jessica Jones"))
        fake.close_dms(guild.member)

        feeds.items["wire"].insert(0, JJ_THIRD)
        await fake.wait_for(lambda: [w.paused_reason for w in store.watches(guild.member)] == [DMS_CLOSED], 15)
        (paused,) = [d for d in store.deliveries() if d.kind == DM_KIND]
        assert paused.status == "paused" and "Cannot send messages to this user" in (paused.last_error or "")
        dm_channel = fake.dm_channel_of(guild.member)
        refused = [r for r in fake.requests if r[1] == f"/api/v10/channels/{dm_channel}/messages"]
        assert refused == [("POST", f"/api/v10/channels/{dm_channel}/messages", 403)]  # tried once, not in a loop

        # The member's next command (any of them): its reply, then once a private note on turning DMs back on.
        listing, first = await _command(fake, guild, guild.member, "watchlist")
        assert "paused: Discord would not deliver a DM to you" in listing["content"]
        await fake.wait_for(lambda: first.followups, timeout=5)
        (note,) = first.followups
        assert note["flags"] & 64 and "Privacy Settings" in note["content"] and "/watch resume:True" in note["content"]
        seen = store.watch_notice(guild.member).seen_at
        later = []
        for _ in range(2):  # each command's note (or none) is decided when the notice's seen_at moves on
            later.append((await _command(fake, guild, guild.member, "watchlist"))[1])
            await fake.wait_for(lambda seen=seen: store.watch_notice(guild.member).seen_at != seen, timeout=5)
            seen = store.watch_notice(guild.member).seen_at
        assert [r.followups for r in later] == [[], []] and len(first.followups) == 1  # told once

        fake.close_dms(guild.member, closed=False)
        answer, _ = await _command(fake, guild, guild.member, "watch", opt("resume", True, 5))
        assert answer["content"] == "Your watchlist is on again (1 show)."
        feeds.items["wire"].insert(0, JJ_CANCEL)
        (dm,) = await fake.wait_for_dms(guild.member, 1)
        assert dm.embeds[0]["title"].startswith("Cancelled: Jessica Jones")  # the paused one is never sent late
        posts = [r for r in fake.requests if r[1] == f"/api/v10/channels/{dm_channel}/messages"]
        assert [status for _, _, status in posts] == [403, 200]


async def test_watch_off_in_a_server_refuses_watch_and_stops_its_watches(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings) as bot:
        store = bot.runtime.store
        await _known_show(bot, fake, guild, feeds)
        await _command(fake, guild, guild.member, "watch", opt("show", "Jessica Jones"))
        await _command(fake, guild, fake.owner_id, "follow", opt("show", "all"), channel=guild.news)

        refused, _ = await _command(fake, guild, guild.member, "setup", opt("watch", "off"))
        assert "Manage Server" in refused["content"] or "moderator" in refused["content"].lower()
        answer, _ = await _command(fake, guild, fake.owner_id, "setup", opt("watch", "off"))
        assert "watchlists are off in this server" in answer["content"] and "1 watch(es)" in answer["content"]
        assert [w.paused_reason for w in store.watches(guild.member)] == [WATCH_OFF]
        no, _ = await _command(fake, guild, guild.member, "watch", opt("show", "Jessica Jones"))
        assert "turned personal watchlists off here" in no["content"]

        feeds.items["wire"].insert(0, JJ_THIRD)
        (alert,) = await fake.wait_for_messages(guild.news, 1, timeout=15)  # planned in the same transaction as DMs
        assert [d.kind for d in store.deliveries()] == ["text"] and fake.dms(guild.member) == []

        answer, _ = await _command(fake, guild, fake.owner_id, "setup", opt("watch", "on"))
        assert "watchlists are on in this server; 1 watch(es)" in answer["content"]
        feeds.items["wire"].insert(0, JJ_CANCEL)
        (dm,) = await fake.wait_for_dms(guild.member, 1)
        assert dm.embeds[0]["title"].startswith("Cancelled: Jessica Jones")


def _rows_naming(db: Path, value: int) -> list[tuple[str, str]]:
    """(table, column) of every stored value equal to `value`, in every table of the database."""
    found = []
    with closing(sqlite3.connect(db)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            if "_fts" in table:
                continue
            for column in [r[1] for r in conn.execute(f"PRAGMA table_info('{table}')")]:
                if conn.execute(f'SELECT 1 FROM "{table}" WHERE "{column}" = ? LIMIT 1', [value]).fetchone():
                    found.append((table, column))
    return found


async def test_watch_clear_leaves_no_row_about_the_member(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings) as bot:
        store = bot.runtime.store
        await _known_show(bot, fake, guild, feeds)
        await _command(fake, guild, guild.member, "watch", opt("show", "Jessica Jones"), opt("events", "renewed"))
        feeds.items["wire"].insert(0, JJ_THIRD)
        await fake.wait_for_dms(guild.member, 1)
        fake.close_dms(guild.member)
        feeds.items["beat"].insert(0, JJ3_OTHER)  # the edit is refused: a notice row as well
        await fake.wait_for(lambda: store.watch_notice(guild.member) is not None, timeout=15)
        before = _rows_naming(settings.db_path, guild.member)
        assert {t for t, _ in before} == {"watches", "watch_notices", "deliveries"}

        answer, record = await _command(fake, guild, guild.member, "watch", opt("clear", True, 5))
        assert record.ephemeral and "every record Greenlight kept about it" in answer["content"]
        assert _rows_naming(settings.db_path, guild.member) == []


# ------------------------------------------------------------------ kill -9 between the DM's send and its mark


async def test_kill_9_between_the_dms_send_and_its_mark_sends_no_second_dm(tmp_path: Path):
    """No channel follows anything here: the only delivery row is the DM."""
    db, log = tmp_path / "bot.db", tmp_path / "bot.log"
    feeds = Feeds()
    async with FakeDiscord() as fake, serve(feeds.app()) as base:
        feeds.base = base
        feeds.items["wire"] = []
        guild = build_guild(fake)
        now = utcnow()
        with Store.open(db) as store:
            store.add_source(feeds.url("wire"), title="Wire", added_by="test", now=now)
            show = store.add_show("Jessica Jones", show_key("Jessica Jones"), "Netflix", now)
            store.upsert_watch(guild.member, show.id, (), guild.id, now)
        await baseline_poll(db)
        feeds.items["wire"].insert(0, JJ)
        release = fake.hold("POST", r"/channels/\d+/messages$")  # Discord posts the DM; the bot never hears so
        proc = await _bot_process(db, fake, log)
        try:
            await fake.wait_for(lambda: fake.dms(guild.member), timeout=60)
            proc.send_signal(signal.SIGKILL)  # between the send and the mark
            await proc.wait()
            release.set()
            assert [(c, s) for c, s, _ in _sent_rows(db)] == [(guild.member, "pending")]
            proc = await _bot_process(db, fake, log)
            await fake.wait_for(lambda: [s for _, s, _ in _sent_rows(db)] == ["sent"], timeout=60)
        finally:
            if proc.returncode is None:
                proc.send_signal(signal.SIGTERM)
                await asyncio.wait_for(proc.wait(), 30)
    (dm,) = fake.dms(guild.member)
    assert _sent_rows(db) == [(guild.member, "sent", dm.id)], log.read_text()[-3000:]
    channel = fake.dm_channel_of(guild.member)
    posts = [r for r in fake.requests if r[0] == "POST" and r[1].endswith(f"/channels/{channel}/messages")]
    assert len(posts) == 2  # resent after the restart, and Discord's nonce check returned the first DM
