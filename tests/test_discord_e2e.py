"""End to end: the real GreenlightBot (discord.py) against the fake Discord, real feeds, a real database."""

from bot.render.alerts import render_alert
from bot.store import Store
from cogs.alerts import DiscordSender
from tests.discordkit import alert_marker, embed_text, hold_deliveries, opt, running_bot, sub, world

JJ = (
    "jj-1",
    "Netflix renews ‘Jessica Jones’ for a second season",
    "Netflix has renewed Jessica Jones for a second season. "
    "Showrunner Melissa Rosenberg said she wants to continue with the character.",
)
JJ_OTHER = (
    "jj-b",
    "‘Jessica Jones’ picked up for season 2 by Netflix",
    "Netflix picked up the Marvel drama for a second season, the streamer confirmed on Sunday.",
)
# Later news, published as markers: once their alert arrives, whatever the bot would still do with earlier
# items it has done (see tests.discordkit.alert_marker).
JJ_THIRD = (
    "jj-3",
    "Netflix renews ‘Jessica Jones’ for a third season",
    "Netflix has renewed Jessica Jones for a third season.",
)
DOLLFACE = ("c-1", "Hulu cancels ‘Dollface’ after two seasons", "It will not return.")
GHOSTS = ("g-6", "CBS renews ‘Ghosts’ for a sixth season", "The comedy returns next fall.")


async def add_source(fake, guild, url: str, user: int | None = None):
    record = await fake.invoke(guild.id, guild.general, user or fake.owner_id, "source", [sub("add", opt("url", url))])
    return await record.wait_final(10), record


async def test_login_ready_and_command_sync(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings) as bot:
        assert bot.user is not None and bot.user.id == fake.bot_id
        assert bot.get_guild(guild.id) is not None
        commands = {c["name"]: c for c in fake.registered_commands()}
        assert set(commands) == {
            "follow",
            "unfollow",
            "following",
            "setup",
            "source",
            "greenlight",
            "ask",
            "status",
            "latest",
            "digest",
            "scorecard",
            "timeline",
            "watch",
            "unwatch",
            "watchlist",
        }
        assert [o["name"] for o in commands["ask"]["options"]] == ["question"]
        assert [o["name"] for o in commands["status"]["options"]] == ["show", "season"]
        assert [o["name"] for o in commands["latest"]["options"]] == ["show"]
        follow_opts = [o["name"] for o in commands["follow"]["options"]]
        assert follow_opts == ["show", "events", "channel", "mention_role", "thread", "thread_archive", "as_typed"]
        assert commands["follow"]["options"][0]["required"] and commands["follow"]["options"][0].get("autocomplete")
        assert {o["name"] for o in commands["source"]["options"]} == {
            "add",
            "remove",
            "enable",
            "pause",
            "check",
            "list",
            "test",
        }
        assert [o["name"] for o in commands["greenlight"]["options"]] == ["status"]
        assert [o["name"] for o in commands["setup"]["options"]] == [
            "alert_channel",
            "moderator_role",
            "modlog_channel",
            "watch",
        ]
        assert [o["name"] for o in commands["watch"]["options"]] == ["show", "events", "resume", "clear"]
        assert commands["watch"]["options"][0].get("autocomplete") and not commands["watch"].get(
            "default_member_permissions"
        )
        assert all(c.get("contexts") == [0] or c.get("dm_permission") is False for c in commands.values())


async def test_follow_then_one_alert_then_an_edit_for_a_second_outlet(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings):
        feeds.items["wire"] = [("old-1", "Ratings roundup for the week", "Numbers were up.")]
        feeds.items["beat"] = []
        reply = await fake.invoke(guild.id, guild.news, fake.owner_id, "follow", [opt("show", "Jessica Jones")])
        answer = await reply.wait_final()
        assert reply.ephemeral and "now follows **Jessica Jones**" in answer["content"]
        assert "every news event; add `airing` for premiere reminders" in answer["content"]  # airing is opt-in
        text, record = await add_source(fake, guild, feeds.url("wire"))
        assert "Added source #1" in text["content"] and record.ephemeral
        await add_source(fake, guild, feeds.url("beat"))
        assert fake.messages(guild.news) == []  # the baseline is never announced

        feeds.items["wire"].insert(0, JJ)
        (message,) = await fake.wait_for_messages(guild.news, 1, timeout=10)
        (embed,) = message.embeds
        assert embed["title"] == "Renewed: Jessica Jones — Season 2"
        fields = {f["name"]: f["value"] for f in embed["fields"]}
        assert fields["Network"] == "Netflix" and "Wire News" in fields["Source"]
        assert "renewed Jessica Jones for a second season" in embed["description"]
        assert message.allowed_mentions["parse"] == [] and not message.allowed_mentions.get("roles")

        feeds.items["beat"].insert(0, JJ_OTHER)
        await fake.wait_for(lambda: message.edits, timeout=10)
        assert len(fake.messages(guild.news)) == 1  # an edit, not a second post
        edited = embed_text(message.current_embeds)
        assert "Sources (2)" in edited and "Beat News" in edited and "Wire News" in edited
        # beat is fetched again (JJ_OTHER is old news now) and the outbox runs past the edit before the marker posts
        earlier, _ = await alert_marker(fake, feeds, "beat", guild.news, JJ_THIRD, "Jessica Jones — Season 3")
        assert earlier == [message] and len(message.edits) == 1  # no second post, no second edit


async def test_non_moderator_is_refused_and_nothing_is_stored(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings) as bot:
        answer, record = await add_source(fake, guild, feeds.url("wire"), user=guild.member)
        assert record.ephemeral and "Manage Server" in answer["content"]
        assert bot.runtime.store.list_sources() == []
        # the moderator role works once /setup names it
        await (
            await fake.invoke(
                guild.id, guild.general, fake.owner_id, "setup", [opt("moderator_role", str(guild.mod_role), 8)]
            )
        ).wait_final()
        answer, _ = await add_source(fake, guild, feeds.url("wire"), user=guild.moderator)
        assert "Added source #1" in answer["content"]


async def test_guard_refuses_internal_addresses(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path, guard=True) as (fake, guild, feeds, settings), running_bot(settings) as bot:
        port = feeds.base.rsplit(":", 1)[1]
        for url in (f"http://127.0.0.1:{port}/", "http://169.254.169.254/latest/meta-data/"):
            answer, record = await add_source(fake, guild, url)
            assert record.ephemeral and "private network" in answer["content"], answer
        assert bot.runtime.store.list_sources() == []


async def test_rate_limited_post_is_sent_once_after_the_wait(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings):
        feeds.items["wire"] = []
        await (await fake.invoke(guild.id, guild.news, fake.owner_id, "follow", [opt("show", "all")])).wait_final()
        await add_source(fake, guild, feeds.url("wire"))
        fake.fail_next("POST", rf"/channels/{guild.news}/messages", 429, retry_after=0.3)
        feeds.items["wire"].insert(0, JJ)
        (message,) = await fake.wait_for_messages(guild.news, 1, timeout=10)
        earlier, _ = await alert_marker(fake, feeds, "wire", guild.news, DOLLFACE, "Dollface")
        posts = [r for r in fake.requests if r[0] == "POST" and r[1].endswith(f"/channels/{guild.news}/messages")]
        assert [status for _, _, status in posts] == [429, 200, 200]  # the alert once after the wait, then the marker
        assert earlier == [message]


async def test_forbidden_channel_pauses_follows_and_tells_moderators(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings) as bot:
        feeds.items["wire"] = []
        await (
            await fake.invoke(
                guild.id, guild.general, fake.owner_id, "setup", [opt("modlog_channel", str(guild.modlog), 7)]
            )
        ).wait_final()
        await (await fake.invoke(guild.id, guild.news, fake.owner_id, "follow", [opt("show", "all")])).wait_final()
        await add_source(fake, guild, feeds.url("wire"))
        fake.forbid_channel(guild.news)
        feeds.items["wire"].insert(0, JJ)
        (note,) = await fake.wait_for_messages(guild.modlog, 1, timeout=10)
        assert f"<#{guild.news}>" in note.content and "Missing Access" in note.content
        store = bot.runtime.store
        assert [p.channel_id for p in store.paused_channels(guild.id)] == [guild.news]
        status = await (
            await fake.invoke(guild.id, guild.general, fake.owner_id, "greenlight", [sub("status")])
        ).wait_final()
        assert "Paused channels" in embed_text(status["embeds"]) and str(guild.news) in embed_text(status["embeds"])
        following = await (await fake.invoke(guild.id, guild.news, fake.owner_id, "following")).wait_final()
        assert "paused" in embed_text(following["embeds"])
        assert "every show (every news event; add `airing`" in embed_text(following["embeds"])
        # news about a show the paused channel follows reaches a channel that is not paused ...
        await (await fake.invoke(guild.id, guild.general, fake.owner_id, "follow", [opt("show", "all")])).wait_final()
        earlier, _ = await alert_marker(fake, feeds, "wire", guild.general, DOLLFACE, "Dollface")
        assert earlier == []
        # ... and a second marker: the loop's step that delivered Dollface (and told moderators of new pauses) is over
        earlier, _ = await alert_marker(fake, feeds, "wire", guild.general, GHOSTS, "Ghosts")
        assert [m.id for m in earlier] == [m.id for m in fake.messages(guild.general)][:1]
        news_posts = [r for r in fake.requests if r[0] == "POST" and r[1].endswith(f"/channels/{guild.news}/messages")]
        assert len(news_posts) == 1  # a paused channel is not retried
        assert len(fake.messages(guild.modlog)) == 1  # moderators are told once


async def test_crash_between_send_and_mark_does_not_post_twice(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        feeds.items["wire"] = []
        async with running_bot(settings, tick=3600) as bot:  # the alert loop sleeps: we drive the outbox by hand
            await hold_deliveries(bot)
            await (await fake.invoke(guild.id, guild.news, fake.owner_id, "follow", [opt("show", "all")])).wait_final()
            await add_source(fake, guild, feeds.url("wire"))
            feeds.items["wire"].insert(0, JJ)
            runtime = bot.runtime
            store = runtime.store
            src = store.list_sources()[0]
            await runtime.service.poller.poll([store.get_source(src.id)])
            await runtime.service.understand_new()  # analyses the new item and plans its delivery
            (delivery,) = store.due_deliveries(runtime.clock())
            # what deliver_due does, cut short: attempt noted, message sent, then the process "dies"
            store.note_attempt(delivery.id)
            sent_id = await DiscordSender(bot).send(
                delivery.channel_id, render_alert(store.get_story(delivery.story_id)), delivery.nonce
            )
        assert len(fake.messages(guild.news)) == 1
        with Store.open(settings.db_path) as store:
            assert store.deliveries()[0].status == "pending"
        async with running_bot(settings, tick=0.1) as bot:  # restart
            await fake.wait_for(lambda: bot.runtime.store.deliveries()[0].status == "sent", timeout=10)
            assert bot.runtime.store.deliveries()[0].message_id == sent_id
        assert len(fake.messages(guild.news)) == 1
        posts = [r for r in fake.requests if r[0] == "POST" and r[1].endswith(f"/channels/{guild.news}/messages")]
        assert len(posts) == 2  # the resend happened, and Discord's nonce check returned the first message


async def test_hostile_article_title_mentions_no_one(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings):
        feeds.items["wire"] = []
        role = fake.add_role(guild.id, "TV Alerts")
        await (
            await fake.invoke(
                guild.id, guild.news, fake.owner_id, "follow", [opt("show", "all"), opt("mention_role", str(role), 8)]
            )
        ).wait_final()
        await add_source(fake, guild, feeds.url("wire"))
        feeds.items["wire"].insert(
            0,
            (
                "evil",
                "@everyone ‘Ghosts’ renewed for season 5 <@&1> [click](https://evil.example)",
                "@everyone CBS renewed Ghosts for a fifth season. [free](https://evil.example) <@123>",
            ),
        )
        (message,) = await fake.wait_for_messages(guild.news, 1, timeout=10)
        assert message.content == f"<@&{role}>"
        assert message.allowed_mentions["parse"] == [] and [int(r) for r in message.allowed_mentions["roles"]] == [role]
        text = embed_text(message.embeds)
        assert "@everyone" not in text and "<@&1>" not in text and "<@123>" not in text
        assert "](https://evil" not in text and "https://evil" not in text


async def test_ask_and_mention_answer_with_sources_and_no_mentions(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings):
        feeds.items["wire"] = []
        await (await fake.invoke(guild.id, guild.news, fake.owner_id, "follow", [opt("show", "all")])).wait_final()
        await add_source(fake, guild, feeds.url("wire"))
        feeds.items["wire"].insert(0, JJ)
        await fake.wait_for_messages(guild.news, 1, timeout=10)

        record = await fake.invoke(
            guild.id,
            guild.general,
            guild.member,
            "ask",
            [opt("question", "what do we know about season 2 of Jessica Jones?")],
        )
        answer = await record.wait_final()
        assert not record.ephemeral
        text = embed_text(answer["embeds"])
        assert answer["embeds"][0]["title"] == "Jessica Jones — Season 2"
        assert (
            "Netflix renewed Jessica Jones for season 2" in text
            and "Wire News" in text
            and "https://wire.example/jj-1" in text
        )

        await fake.send_user_message(guild.id, guild.general, guild.member, "jessica jones s2?", mention_bot=True)
        (reply,) = await fake.wait_for_messages(guild.general, 1, timeout=5)
        assert "Netflix renewed Jessica Jones" in embed_text(reply.embeds)
        assert reply.allowed_mentions["parse"] == []

        await fake.send_user_message(
            guild.id,
            guild.general,
            guild.member,
            "@everyone is [free nitro](https://evil.example) renewed? <@&42>",
            mention_bot=True,
        )
        replies = await fake.wait_for_messages(guild.general, 2, timeout=5)
        hostile = replies[-1]
        flat = (hostile.content or "") + embed_text(hostile.embeds)
        assert hostile.allowed_mentions["parse"] == [] and not hostile.allowed_mentions.get("roles")
        assert (
            "@everyone" not in flat
            and "<@&42>" not in flat
            and "](https://evil" not in flat
            and "https://evil" not in flat
        )

        status = await (
            await fake.invoke(
                guild.id, guild.general, guild.member, "status", [opt("show", "Jessica Jones"), opt("season", 2, 4)]
            )
        ).wait_final()
        assert "Netflix renewed" in embed_text(status["embeds"])
        latest = await (await fake.invoke(guild.id, guild.general, guild.member, "latest")).wait_final()
        assert "Jessica Jones" in embed_text(latest["embeds"])


async def test_source_list_test_remove_and_follow_management(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings) as bot:
        feeds.items["wire"] = [JJ, ("r-1", "Review: ‘Hacks’ season 3 is sharp", "A review.")]
        preview = await (
            await fake.invoke(
                guild.id, guild.general, fake.owner_id, "source", [sub("test", opt("url", feeds.url("wire")))]
            )
        ).wait_final(10)
        assert "would be posted" in preview["content"] and "nothing was saved" in preview["content"]
        assert [e["title"] for e in preview["embeds"]] == ["Renewed: Jessica Jones — Season 2"]
        assert bot.runtime.store.list_sources() == []

        await add_source(fake, guild, feeds.url("wire"))
        # The baseline is analysed in the background by the alert loop; the typo follow below needs its show.
        await fake.wait_for(lambda: bot.runtime.store.count_unanalysed() == 0, timeout=10)
        listing = await (
            await fake.invoke(guild.id, guild.general, fake.owner_id, "source", [sub("list")])
        ).wait_final()
        assert "Wire News" in embed_text(listing["embeds"]) and "0 failures" in embed_text(listing["embeds"])
        choices = await fake.invoke(
            guild.id,
            guild.general,
            fake.owner_id,
            "source",
            [{"name": "remove", "type": 1, "options": [{"name": "source", "type": 3, "value": "wi", "focused": True}]}],
            interaction_type=4,
        )
        auto = await choices.wait_response()
        assert auto["type"] == 8 and auto["data"]["choices"][0]["value"] == "1"
        removed = await (
            await fake.invoke(guild.id, guild.general, fake.owner_id, "source", [sub("remove", opt("source", "1"))])
        ).wait_final()
        assert "Removed source 1" in removed["content"] and bot.runtime.store.list_sources() == []
        missing = await (
            await fake.invoke(guild.id, guild.general, fake.owner_id, "source", [sub("remove", opt("source", "1"))])
        ).wait_final()
        assert "No source matches" in missing["content"]

        bad = await (
            await fake.invoke(
                guild.id,
                guild.news,
                fake.owner_id,
                "follow",
                [opt("show", "Jessica Jones"), opt("events", "renewed, exploded")],
            )
        ).wait_final()
        assert "'exploded' is not an event I know" in bad["content"] and bot.runtime.store.follows() == []
        await (
            await fake.invoke(
                guild.id, guild.news, fake.owner_id, "follow", [opt("show", "Jesica Jones"), opt("events", "decisions")]
            )
        ).wait_final()
        following = await (await fake.invoke(guild.id, guild.news, guild.member, "following")).wait_final()
        assert "Jessica Jones (renewed, cancelled, ending, ordered)" in embed_text(following["embeds"])
        gone = await (
            await fake.invoke(guild.id, guild.news, fake.owner_id, "unfollow", [opt("show", "jessica jones")])
        ).wait_final()
        assert "no longer follows Jessica Jones" in gone["content"] and bot.runtime.store.follows() == []


async def test_commands_sync_to_the_development_guild_when_set(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        async with running_bot(settings.with_overrides(dev_guild_id=guild.id)):
            assert fake.registered_commands() == []
            assert {c["name"] for c in fake.registered_commands(guild.id)} >= {"follow", "ask", "source"}


async def test_a_member_asking_too_quickly_is_asked_to_wait(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings):
        for _ in range(5):
            first = await (
                await fake.invoke(guild.id, guild.general, guild.member, "ask", [opt("question", "is Ozark renewed?")])
            ).wait_final()
            assert "Ozark" in embed_text(first["embeds"])
        record = await fake.invoke(guild.id, guild.general, guild.member, "ask", [opt("question", "is Ozark renewed?")])
        sixth = await record.wait_final()
        assert record.ephemeral and "asking quickly" in sixth["content"]
        other = await (
            await fake.invoke(guild.id, guild.general, guild.moderator, "ask", [opt("question", "is Ozark renewed?")])
        ).wait_final()
        assert "Ozark" in embed_text(other["embeds"])
