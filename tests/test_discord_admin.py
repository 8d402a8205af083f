"""What a new server admin and its moderators do in Discord (issue 23): manage sources without the shell, follow
with the right name and channel. The real bot against the fake Discord, real feeds, a real database."""

from tests.discordkit import opt, running_bot, sub, world

HARBOR = ("h-1", "Netflix renews ‘Harbor Lights’ for a third season", "Netflix has renewed Harbor Lights for season 3.")
OLD = ("o-1", "Review: a quiet week on television", "Nothing much happened.")


async def command(fake, guild, name: str, options: list[dict], channel: int | None = None) -> dict:
    record = await fake.invoke(guild.id, channel or guild.general, fake.owner_id, name, options)
    return await record.wait_final(10)


async def test_source_pause_check_enable_and_remove_keep_stories_and_their_source(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings) as bot:
        store = bot.runtime.store
        feeds.items["wire"] = [OLD]
        added = await command(fake, guild, "source", [sub("add", opt("url", feeds.url("wire")))])
        assert "Wire" in (added["content"] or "") + str(added["embeds"])
        paused = await command(fake, guild, "source", [sub("pause", opt("source", "1"))])
        assert "Source #1 is paused" in paused["content"]
        assert store.list_sources()[0].status == "paused" and store.due_sources(bot.runtime.clock()) == []
        status = await command(fake, guild, "greenlight", [sub("status")])
        assert "1 total · 0 ok · 0 failing · 0 disabled · 1 paused" in str(status["embeds"])

        feeds.items["wire"].insert(0, HARBOR)
        checked = await command(fake, guild, "source", [sub("check", opt("source", "1"))])
        text = checked["content"]
        assert "was fetched: 1 new article" in text and "Netflix renews ‘Harbor Lights’" in text
        assert "1 new story" in text and "Renewed: Harbor Lights — Season 3" in text
        again = await command(fake, guild, "source", [sub("check", opt("source", "1"))])
        assert "nothing new" in again["content"]

        enabled = await command(fake, guild, "source", [sub("enable", opt("source", "1"))])
        assert "enabled again" in enabled["content"] and store.list_sources()[0].status != "paused"

        removed = await command(fake, guild, "source", [sub("remove", opt("source", "1"))])
        assert "no longer polled" in removed["content"] and "2 stored articles stay" in removed["content"]
        assert store.list_sources() == []
        latest = await command(fake, guild, "latest", [])
        assert "Harbor Lights" in str(latest["embeds"]) and "Wire News" in str(latest["embeds"])  # still sourced


def test_starting_the_bot_says_nothing_about_voice(monkeypatch, caplog, tmp_path):
    import logging

    import discord

    from bot.app import GreenlightBot
    from bot.config import Settings

    # As in a fresh process: discord.py warns once per process about each missing voice library.
    monkeypatch.setattr(discord.VoiceClient, "warn_nacl", True)
    monkeypatch.setattr(discord.VoiceClient, "warn_dave", True)
    with caplog.at_level(logging.WARNING):
        GreenlightBot(Settings(db_path=tmp_path / "g.db"))
    assert not [r for r in caplog.records if "voice" in r.getMessage()]


async def test_follow_and_unfollow_act_on_the_same_default_channel_and_say_which(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings):
        await command(fake, guild, "setup", [opt("alert_channel", str(guild.news), 7)])
        followed = await command(fake, guild, "follow", [opt("show", "all")], channel=guild.general)
        assert followed["content"].startswith(f"<#{guild.news}> (the /setup alert channel) now follows")
        unfollowed = await command(fake, guild, "unfollow", [opt("show", "all")], channel=guild.general)
        assert unfollowed["content"] == f"<#{guild.news}> (the /setup alert channel) no longer follows every show."


async def test_a_follow_typo_is_checked_against_tvmaze_before_anything_is_created(monkeypatch, tmp_path):
    from tests.faketvmaze import FakeTvmaze, make_show
    from tests.feedserver import serve

    tv = FakeTvmaze(fuzzy=True)
    tv.add(make_show(42, "Severance", web_channel="Apple TV+"))
    async with serve(tv.app()) as tv_base, world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        settings = settings.with_overrides(tvmaze=True, tvmaze_url=tv_base)
        async with running_bot(settings) as bot:
            typo = await command(fake, guild, "follow", [opt("show", "Severence")])
            assert "Did you mean: Severance?" in typo["content"] and bot.runtime.store.list_shows() == []
            right = await command(fake, guild, "follow", [opt("show", "severance")])
            assert "now follows **Severance**" in right["content"]
            assert [s.title for s in bot.runtime.store.list_shows()] == ["Severance"]
