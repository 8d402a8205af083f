"""A public bot's scale, end to end against the fake Discord with its rate limits on: one story to many channels
across guilds without 429s, and a sharded bot whose every per-guild path (follows, permissions, interactions,
questions that mention it, alerts) is right on every shard."""

from __future__ import annotations

from bot.store import Store
from bot.timeutil import utcnow
from tests.discordkit import build_guild, embed_text, opt, running_bot, sub, world
from tests.fakediscord import FakeDiscord
from tests.test_discord_e2e import JJ, add_source


def _follow_everywhere(settings, fake: FakeDiscord, guilds: int, channels: int) -> list[int]:
    """`guilds` more guilds with `channels` text channels each, every channel following every show."""
    made = []
    with Store.open(settings.db_path) as store:
        for g in range(guilds):
            gid = fake.add_guild(f"Fans {g}")
            for c in range(channels):
                cid = fake.add_channel(gid, f"news-{c}")
                store.upsert_follow(
                    guild_id=gid,
                    channel_id=cid,
                    show_id=None,
                    events=(),
                    mention_role_id=None,
                    created_by=None,
                    now=utcnow(),
                )
                made.append(cid)
    return made


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
