"""Discord's limits (issue 13): a fake Discord as strict as Discord, and a bot that stays inside the limits."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Any

import aiohttp
import pytest

from bot import app
from bot.alerts.outbox import DeliveryReport, RejectedPayload, TransientSendError, deliver_due, plan_deliveries
from bot.render.views import EmbedView, MessageView, fit_message
from bot.stories.recorder import StoryUpdate
from cogs.alerts import DiscordSender
from tests.discordkit import alert_marker, embed_text, opt, running_bot, sub, world
from tests.fakediscord import FakeDiscord, InteractionRecord
from tests.fakediscord.state import snowflake
from tests.test_discord_e2e import DOLLFACE, JJ, add_source

# ---------------------------------------------------------------- 1. the fake is as strict as Discord


def _embed(**kw: Any) -> dict[str, Any]:
    return {"title": "t", **kw}


OVER_LIMIT: list[tuple[str, dict[str, Any], str]] = [
    ("content", {"content": "x" * 2001}, "content"),
    ("content in code points", {"content": "é" * 2001}, "content"),
    ("eleven embeds", {"embeds": [_embed() for _ in range(11)]}, "embeds"),
    ("title", {"embeds": [_embed(title="x" * 257)]}, "embeds.0.title"),
    ("description", {"embeds": [_embed(description="x" * 4097)]}, "embeds.0.description"),
    ("26 fields", {"embeds": [_embed(fields=[{"name": "n", "value": "v"}] * 26)]}, "embeds.0.fields"),
    ("field name", {"embeds": [_embed(fields=[{"name": "x" * 257, "value": "v"}])]}, "embeds.0.fields.0.name"),
    ("field value", {"embeds": [_embed(fields=[{"name": "n", "value": "x" * 1025}])]}, "embeds.0.fields.0.value"),
    ("empty field value", {"embeds": [_embed(fields=[{"name": "n", "value": " "}])]}, "embeds.0.fields.0.value"),
    ("footer", {"embeds": [_embed(footer={"text": "x" * 2049})]}, "embeds.0.footer.text"),
    ("author", {"embeds": [_embed(author={"name": "x" * 257})]}, "embeds.0.author.name"),
    ("6,000 across embeds", {"embeds": [_embed(description="x" * 3500), _embed(description="y" * 3500)]}, "embeds"),
    ("url without scheme", {"embeds": [_embed(url="example.com/news")]}, "embeds.0.url"),
    ("ftp url", {"embeds": [_embed(url="ftp://example.com/news")]}, "embeds.0.url"),
    ("url without host", {"embeds": [_embed(url="https://")]}, "embeds.0.url"),
    ("url with a space", {"embeds": [_embed(url="https://exa mple.com/")]}, "embeds.0.url"),
]

WITHIN_LIMITS: list[tuple[str, dict[str, Any]]] = [
    ("2,000 after trimming", {"content": "  \n" + "x" * 2000 + "\n  "}),
    ("2,000 code points", {"content": "é" * 2000}),
    ("ten full embeds under 6,000", {"embeds": [_embed(description="x" * 590) for _ in range(10)]}),
    (
        "every limit exactly",
        {
            "embeds": [
                {
                    "title": "x" * 256,
                    "description": "d" * 800,  # 5,920 in all
                    "url": "https://example.com/a?b=c#d",
                    "footer": {"text": "f" * 2048},
                    "author": {"name": "a" * 256},
                    "fields": [{"name": "n" * 256, "value": "v" * 1024}] * 2,
                }
            ]
        },
    ),
]


def _flatten(errors: dict[str, Any], key: str = "") -> list[str]:
    out = []
    for k, v in errors.items():
        if k == "_errors":
            out.append(key)
        elif isinstance(v, dict):
            out += _flatten(v, f"{key}.{k}" if key else k)
    return out


async def _send(fake: FakeDiscord, where: str, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """Send `payload` as a message to one of the five places Discord takes messages."""
    app = fake.world.app_id
    gid = fake.add_guild()
    cid = fake.add_channel(gid, "news")
    iid, token = snowflake(), f"token-{snowflake()}"
    fake.interactions[iid] = InteractionRecord(iid, token, "test")
    base = fake.rest_base
    async with aiohttp.ClientSession() as http:
        if where == "edit message":
            async with http.post(f"{base}/channels/{cid}/messages", json={"content": "first"}) as r:
                mid = (await r.json())["id"]
        if where == "edit original":
            async with http.post(f"{base}/interactions/{iid}/{token}/callback", json={"type": 5}) as r:
                assert r.status == 200
        method, url, body = {
            "create message": ("POST", f"{base}/channels/{cid}/messages", payload),
            "edit message": (
                "PATCH",
                f"{base}/channels/{cid}/messages/{mid if where == 'edit message' else 0}",
                payload,
            ),
            "interaction callback": (
                "POST",
                f"{base}/interactions/{iid}/{token}/callback",
                {"type": 4, "data": payload},
            ),
            "followup": ("POST", f"{base}/webhooks/{app}/{token}", payload),
            "edit original": ("PATCH", f"{base}/webhooks/{app}/{token}/messages/@original", payload),
        }[where]
        async with http.request(method, url, json=body) as r:
            return r.status, await r.json()


PLACES = ["create message", "edit message", "interaction callback", "followup", "edit original"]


@pytest.mark.parametrize("where", PLACES)
@pytest.mark.parametrize(("case", "payload", "path"), OVER_LIMIT, ids=[c[0] for c in OVER_LIMIT])
async def test_fake_rejects_payloads_over_discords_limits(where, case, payload, path):
    async with FakeDiscord() as fake:
        status, body = await _send(fake, where, payload)
    assert status == 400, (case, body)
    assert body["code"] == 50035 and body["message"] == "Invalid Form Body"
    errors = body["errors"]["data"] if where == "interaction callback" else body["errors"]
    assert _flatten(errors) == [path]
    assert fake.rejections


@pytest.mark.parametrize("where", PLACES)
@pytest.mark.parametrize(("case", "payload"), WITHIN_LIMITS, ids=[c[0] for c in WITHIN_LIMITS])
async def test_fake_accepts_payloads_within_discords_limits(where, case, payload):
    async with FakeDiscord() as fake:
        status, body = await _send(fake, where, payload)
    assert status == 200, (case, body)
    assert not fake.rejections


def _command(**kw: Any) -> dict[str, Any]:
    return {"name": "follow", "description": "Follow a show", "type": 1, "options": [], **kw}


def _option(**kw: Any) -> dict[str, Any]:
    return {"name": "show", "description": "the show", "type": 3, **kw}


BAD_COMMANDS: list[tuple[str, dict[str, Any], str]] = [
    ("uppercase name", _command(name="Follow"), "0.name"),
    ("name with a space", _command(name="follow show"), "0.name"),
    ("name of 33", _command(name="f" * 33), "0.name"),
    ("empty name", _command(name=""), "0.name"),
    ("description of 101", _command(description="d" * 101), "0.description"),
    ("26 options", _command(options=[_option(name=f"o{i}") for i in range(26)]), "0.options"),
    ("uppercase option", _command(options=[_option(name="Show")]), "0.options.0.name"),
    ("long option description", _command(options=[_option(description="d" * 101)]), "0.options.0.description"),
    (
        "26 choices",
        _command(options=[_option(choices=[{"name": f"c{i}", "value": f"c{i}"} for i in range(26)])]),
        "0.options.0.choices",
    ),
    (
        "subcommand option",
        _command(options=[{"name": "add", "description": "add", "type": 1, "options": [_option(name="URL")]}]),
        "0.options.0.options.0.name",
    ),
]


@pytest.mark.parametrize(("case", "command", "path"), BAD_COMMANDS, ids=[c[0] for c in BAD_COMMANDS])
async def test_fake_rejects_commands_discord_would_refuse(case, command, path):
    async with FakeDiscord() as fake, aiohttp.ClientSession() as http:
        url = f"{fake.rest_base}/applications/{fake.world.app_id}/commands"
        async with http.put(url, json=[_command(name="ok"), command]) as r:
            status, body = r.status, await r.json()
        assert status == 400 and body["code"] == 50035
        assert _flatten(body["errors"]) == [path.replace("0.", "1.", 1)]
        assert fake.registered_commands() == []
        good = [_command(name="sérié-2_x", options=[_option(max_length=200, choices=[{"name": "a", "value": "a"}])])]
        async with http.put(url, json=good) as r:
            assert r.status == 200
        assert [c["name"] for c in fake.registered_commands()] == ["sérié-2_x"]


# ---------------------------------------------------------------- 2. a payload Discord rejects fails at once


async def test_a_rejected_delivery_fails_at_once_with_the_reason_and_is_not_retried(store, caplog):
    from tests.test_outbox import T0, Sender, follow, story

    sid = story(store)
    follow(store, 10, None)
    plan_deliveries(store, [StoryUpdate(sid, 1, True, True)], T0)
    sender = Sender(fail=RejectedPayload("400 Invalid Form Body In embeds.0.title: Must be 256 or fewer in length."))
    with caplog.at_level(logging.ERROR, logger="bot.alerts.outbox"):
        report = await deliver_due(store, sender, T0)
    assert (report.failed, report.retried, report.sent) == (1, 0, 0)
    (d,) = store.deliveries()
    assert d.status == "failed" and d.attempts == 1
    assert d.last_error == (
        "Discord rejected the alert: 400 Invalid Form Body In embeds.0.title: Must be 256 or fewer in length."
    )
    assert "rejected by Discord" in caplog.text and "embeds.0.title" in caplog.text
    assert await deliver_due(store, sender, T0 + timedelta(days=1)) == DeliveryReport()  # never retried
    assert store.failed_deliveries(1) == (1, [d])


async def test_discord_sender_maps_a_400_to_rejected_and_a_500_to_transient(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings, tick=3600) as bot:
        sender = DiscordSender(bot)
        fake.fail_next("POST", rf"/channels/{guild.news}/messages", 400)
        with pytest.raises(RejectedPayload, match="400 .*Invalid Form Body.*In content: Injected rejection"):
            await sender.send(guild.news, MessageView(content="fits"), "n-1")
        fake.fail_next("POST", rf"/channels/{guild.news}/messages", 500, times=5)
        monkeypatch.setattr(asyncio, "sleep", _no_sleep(asyncio.sleep))  # discord.py waits between 5xx retries
        fake.limits.enabled = False  # with time squeezed, discord.py cannot wait out the channel's bucket
        with pytest.raises(TransientSendError):
            await sender.send(guild.news, MessageView(content="later"), "n-2")
        # what the bot sends is fitted first: over-long content is shortened, a malformed embed link dropped
        sent = await sender.send(guild.news, MessageView(content="x" * 2001), "n-3")
        await sender.edit(guild.news, sent, MessageView(embeds=(EmbedView("t", url="https://exa mple.com/"),)))
        (message,) = fake.messages(guild.news)
        assert len(message.content) <= 2000 and "url" not in message.current_embeds[0]


def _no_sleep(real_sleep):
    async def sleep(delay: float, *args: Any) -> Any:
        return await real_sleep(min(delay, 0.01), *args)

    return sleep


async def test_rejected_alert_is_sent_once_logged_and_shown_in_status(monkeypatch, tmp_path, caplog):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings) as bot:
        feeds.items["wire"] = []
        await (await fake.invoke(guild.id, guild.news, fake.owner_id, "follow", [opt("show", "all")])).wait_final()
        await add_source(fake, guild, feeds.url("wire"))
        fake.fail_next("POST", rf"/channels/{guild.news}/messages", 400)
        with caplog.at_level(logging.ERROR, logger="bot.alerts.outbox"):
            feeds.items["wire"].insert(0, JJ)
            store = bot.runtime.store
            await fake.wait_for(lambda: [d.status for d in store.deliveries()] == ["failed"], timeout=10)
        (failed,) = store.deliveries()
        assert "Discord rejected the alert: 400" in failed.last_error and "Injected rejection" in failed.last_error
        assert failed.attempts == 1 and "rejected by Discord" in caplog.text
        earlier, _ = await alert_marker(fake, feeds, "wire", guild.news, DOLLFACE, "Dollface")
        assert earlier == []
        posts = [r for r in fake.requests if r[0] == "POST" and r[1].endswith(f"/channels/{guild.news}/messages")]
        assert [status for _, _, status in posts] == [400, 200]  # the rejected alert was not retried
        status = await (
            await fake.invoke(guild.id, guild.general, fake.owner_id, "greenlight", [sub("status")])
        ).wait_final()
        text = embed_text(status["embeds"])
        assert "Failed alerts (1)" in text and f"<#{guild.news}>" in text and "Injected rejection" in text


# ---------------------------------------------------------------- 3. replies to long input fit in a message

LONG = 2100


async def _answer(fake, guild, channel: int, name: str, *options: dict) -> dict:
    record = await fake.invoke(guild.id, channel, fake.owner_id, name, list(options))
    answer = await record.wait_final(10)
    assert not record.rejections
    return answer


def _fits(answer: dict) -> str:
    content = answer.get("content") or ""
    assert 0 < len(content.strip()) <= 2000
    assert max(len(w) for w in content.split()) < 300, content  # the echoed input is shortened, not the whole 2,100
    return content


async def test_replies_to_2100_character_input_fit_and_echo_it_shortened(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings) as bot:
        feeds.items["wire"] = []
        too_long = f"{feeds.base}/{'a' * (LONG - len(feeds.base) - 5)}.xml"
        assert len(too_long) == LONG
        refused = _fits(await _answer(fake, guild, guild.general, "source", sub("add", opt("url", too_long))))
        assert "is 2,100 characters long; addresses are limited to 2,048" in refused  # URLs are capped (issue 12)
        long_url = f"{feeds.base}/{'a' * (2000 - len(feeds.base) - 5)}.xml"  # a feed, titled after its address
        added = _fits(await _answer(fake, guild, guild.general, "source", sub("add", opt("url", long_url))))
        assert added.startswith("Added source #1: Aaaa") and "items; newest" in added
        missing_url = long_url.replace(".xml", ".rss")  # the feed server answers 404
        failed = _fits(await _answer(fake, guild, guild.general, "source", sub("add", opt("url", missing_url))))
        assert failed.startswith("Could not use") and failed.endswith("404 Not Found."), failed  # the reason survives
        removed = _fits(await _answer(fake, guild, guild.general, "source", sub("remove", opt("source", "x" * LONG))))
        assert removed.startswith("No source matches") and "`sources list`" in removed
        events = "renewed, " + "z" * (LONG - 9)
        bad = _fits(await _answer(fake, guild, guild.news, "follow", opt("show", "Ghosts"), opt("events", events)))
        assert "is not an event I know. Choose from:" in bad and bot.runtime.store.follows() == []
        gone = _fits(await _answer(fake, guild, guild.news, "unfollow", opt("show", "y " * (LONG // 2))))
        assert "does not follow" in gone and "/following" in gone


async def test_text_options_have_a_max_length(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings):
        commands = {c["name"]: c for c in fake.registered_commands()}

        def option(command: str, name: str, sub_name: str | None = None) -> dict:
            options = commands[command]["options"]
            if sub_name:
                options = next(o for o in options if o["name"] == sub_name)["options"]
            return next(o for o in options if o["name"] == name)

        for where in [
            ("source", "url", "add"),
            ("source", "url", "test"),
            ("source", "source", "remove"),
            ("follow", "show"),
            ("follow", "events"),
            ("unfollow", "show"),
            ("latest", "show"),
            ("ask", "question"),
            ("status", "show"),
        ]:
            o = option(*where)
            assert o["type"] == 3 and 1 <= o.get("max_length", 0) <= 1000, where


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.com/a?b=c#d", True),
        ("http://127.0.0.1:8080/x", True),
        ("https://", False),
        ("/news/relative", False),
        ("javascript:alert(1)", False),
        ("https://exa mple.com/", False),
        ("https://example.com:99999999/", False),
    ],
)
def test_fitting_drops_an_embed_link_discord_would_reject(url, kept):
    from tests.fakediscord.limits import well_formed_url

    (embed,) = fit_message(MessageView(embeds=(EmbedView("t", url=url),))).embeds
    assert (embed.url == url) is kept and well_formed_url(url) is kept


# ---------------------------------------------------------------- 4. moderator commands hidden by default, guild-only

MODERATOR_COMMANDS = {"setup", "source", "follow", "unfollow", "greenlight", "digest"}


async def test_moderator_commands_default_to_manage_server_and_all_are_guild_only(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings) as bot:
        commands = {c["name"]: c for c in fake.registered_commands()}
        assert MODERATOR_COMMANDS < set(commands)
        for name, command in commands.items():
            assert command["contexts"] == [0], name  # servers only, stated with contexts
            permissions = command.get("default_member_permissions")
            if name in MODERATOR_COMMANDS:
                assert permissions is not None and int(permissions) == 1 << 5, name  # Manage Server
            else:
                assert permissions is None, name
        # the run-time check stays: a member without Manage Server who is shown the command is still refused
        feeds.items["wire"] = []
        refused = await (
            await fake.invoke(guild.id, guild.news, guild.member, "follow", [opt("show", "Ghosts")])
        ).wait_final()
        assert "Manage Server" in refused["content"] and bot.runtime.store.follows() == []


async def test_a_deferred_command_is_answered_by_editing_its_original_response(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings):
        feeds.items["wire"] = []
        for url in (feeds.url("wire"), feeds.base + "/missing.rss"):  # an answer, and an error after the defer
            record = await fake.invoke(guild.id, guild.general, fake.owner_id, "source", [sub("add", opt("url", url))])
            answer = await record.wait_final(10)
            assert record.response["type"] == 5 and record.ephemeral  # deferred, "thinking…", ephemeral
            assert record.followups == [] and len(record.edits) == 1 and answer is record.edits[0]
            assert answer["content"].startswith(("Added source #1", "Could not use"))


# ---------------------------------------------------------------- 5. startup: a broken cog, and syncing only changes

EXTRA_COG = """
import discord
from discord import app_commands
from discord.ext import commands


class Extra(commands.Cog):
    @app_commands.command(name="extra", description="A command that was not there before")
    async def extra(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("extra")


async def setup(bot):
    await bot.add_cog(Extra())
"""

BROKEN_COG = """
async def setup(bot):
    raise RuntimeError("this cog is broken")
"""


def _cog(monkeypatch, tmp_path, name: str, source: str) -> str:
    folder = tmp_path / "cogs-extra"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.py").write_text(source)
    monkeypatch.syspath_prepend(str(folder))
    return name


def _puts(fake) -> list[str]:
    return [path for method, path, _ in fake.requests if method == "PUT" and path.endswith("/commands")]


async def test_commands_are_synced_only_when_the_tree_changed(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        async with running_bot(settings):
            pass
        assert len(_puts(fake)) == 1 and fake.sync_calls == [None]
        hash_file = tmp_path / "bot.db.commands-hash"
        assert hash_file.exists()
        async with running_bot(settings):  # the same commands: no PUT
            answer = await (await fake.invoke(guild.id, guild.news, guild.member, "following")).wait_final()
            assert "follows nothing yet" in answer["content"]
        assert len(_puts(fake)) == 1
        extra = _cog(monkeypatch, tmp_path, "greenlight_test_extra_cog", EXTRA_COG)
        monkeypatch.setattr(app, "COGS", (*app.COGS, extra))
        async with running_bot(settings):  # a new command: synced
            assert "extra" in {c["name"] for c in fake.registered_commands()}
        assert len(_puts(fake)) == 2
        async with running_bot(settings.with_overrides(dev_guild_id=guild.id)):  # somewhere else: synced there
            pass
        assert fake.sync_calls == [None, None, guild.id]
        hash_file.unlink()  # deleting the file forces a sync
        async with running_bot(settings):
            pass
        assert fake.sync_calls == [None, None, guild.id, None]


async def test_a_broken_cog_does_not_stop_the_bot(monkeypatch, tmp_path, caplog):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        async with running_bot(settings):
            pass
        registered = fake.registered_commands()
        broken = _cog(monkeypatch, tmp_path, "greenlight_test_broken_cog", BROKEN_COG)
        monkeypatch.setattr(app, "COGS", (app.COGS[0], broken, *app.COGS[1:]))
        with caplog.at_level(logging.ERROR, logger="bot.app"):
            async with running_bot(settings) as bot:
                assert bot.broken_cogs == [broken]
                answer = await (await fake.invoke(guild.id, guild.news, guild.member, "following")).wait_final()
                assert "follows nothing yet" in answer["content"]  # the cogs after the broken one loaded
                assert "cogs.alerts" in bot.extensions and "cogs.ask" in bot.extensions
        assert "could not load greenlight_test_broken_cog" in caplog.text and "this cog is broken" in caplog.text
        assert fake.sync_calls == [None] and fake.registered_commands() == registered  # commands kept as they were


# ---------------------------------------------------------------- 6. a mention role that cannot ping

MENTION_EVERYONE = 1 << 17


async def _follow_with_role(fake, guild, role: int, channel: int | None = None) -> str:
    options = [opt("show", "all"), opt("mention_role", str(role), 8)]
    if channel:
        options.append(opt("channel", str(channel), 7))
    answer = await (await fake.invoke(guild.id, guild.general, fake.owner_id, "follow", options)).wait_final()
    return answer["content"]


async def test_following_with_a_role_that_cannot_be_pinged_warns_and_still_follows(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings) as bot:
        quiet = fake.add_role(guild.id, "Quiet", mentionable=False)
        loud = fake.add_role(guild.id, "Loud")
        warned = await _follow_with_role(fake, guild, quiet)
        assert "will not ping anyone" in warned and "not mentionable" in warned and f"<@&{quiet}>" in warned
        assert "Mention @everyone, @here and All Roles" in warned
        (stored,) = bot.runtime.store.follows(channel_id=guild.general)
        assert stored.mention_role_id == quiet  # followed all the same
        warned_elsewhere = await _follow_with_role(fake, guild, quiet, guild.news)
        assert "will not ping anyone" in warned_elsewhere and f"<#{guild.news}>" in warned_elsewhere
        fine = await _follow_with_role(fake, guild, loud, guild.news)
        assert "will not ping" not in fine and f"Each alert mentions <@&{loud}>" in fine


async def test_no_warning_when_the_bot_may_mention_every_role(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        quiet = fake.add_role(guild.id, "Quiet", mentionable=False)
        fake.grant_role(guild.id, fake.bot_id, fake.add_role(guild.id, "Bots", MENTION_EVERYONE))
        async with running_bot(settings):
            for channel in (None, guild.news):  # the channel of the command, and another one
                answer = await _follow_with_role(fake, guild, quiet, channel)
                assert "will not ping" not in answer and f"Each alert mentions <@&{quiet}>" in answer
