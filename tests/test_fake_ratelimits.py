"""The fake Discord is as strict as Discord about rate limits (on a clock the test moves, so nothing depends on
timing), and discord.py, given its headers, waits instead of hitting them."""

from __future__ import annotations

import aiohttp
import pytest

from bot.render.views import MessageView
from cogs.alerts import DiscordSender
from tests.discordkit import running_bot, world
from tests.fakediscord import FakeDiscord
from tests.fakediscord.ratelimits import RateLimits


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_global_limit_is_fifty_in_any_second_and_interactions_are_exempt():
    clock = Clock()
    limits = RateLimits(clock=clock)
    for n in range(50):
        assert limits.check("GET", f"/channels/{n}").allowed
        clock.now += 0.001
    over = limits.check("GET", "/channels/999")
    assert not over.allowed and over.body is not None and over.body["global"] is True
    assert over.headers["X-RateLimit-Global"] == "true" and over.headers["X-RateLimit-Scope"] == "global"
    assert 0.9 < float(over.body["retry_after"]) <= 1.0  # type: ignore[arg-type]
    assert limits.check("POST", "/interactions/1/tok/callback").allowed  # not bound by the global limit
    clock.now += 0.5
    assert not limits.check("GET", "/channels/999").allowed  # a sliding second, not a fixed one
    clock.now += 0.5
    assert limits.check("GET", "/channels/999").allowed
    assert limits.n429_global == 2


def test_a_channel_takes_five_messages_in_five_seconds_with_headers_that_say_so():
    clock = Clock()
    limits = RateLimits(clock=clock)
    remaining = []
    for _ in range(5):
        verdict = limits.check("POST", "/channels/7/messages")
        assert verdict.allowed and verdict.headers["X-RateLimit-Limit"] == "5"
        assert verdict.headers["X-RateLimit-Bucket"] == "msg-create"
        remaining.append(verdict.headers["X-RateLimit-Remaining"])
        clock.now += 0.5
    assert remaining == ["4", "3", "2", "1", "0"]
    over = limits.check("POST", "/channels/7/messages")
    assert not over.allowed and over.body is not None and over.body["global"] is False
    assert over.headers["X-RateLimit-Scope"] == "user" and float(over.headers["X-RateLimit-Reset-After"]) == 2.5
    assert limits.check("POST", "/channels/8/messages").allowed  # another channel: its own bucket
    clock.now += 2.5
    assert limits.check("POST", "/channels/7/messages").allowed


def test_invalid_requests_are_counted_and_a_ban_answers_like_cloudflare():
    clock = Clock()
    limits = RateLimits(clock=clock)
    limits.invalid_ban = 4
    for status in (403, 404, 401, 429, 400, 403):
        limits.answered(status, None)
    assert limits.invalid_peak == 4 and limits.banned  # 404 and 400 are not "invalid" to Discord
    limits.answered(429, "shared")
    assert limits.invalid_peak == 4


async def test_the_fake_answers_429_with_discords_shape_and_fails_a_bot_near_the_ban():
    async with FakeDiscord() as fake:
        clock = Clock()
        fake.limits = RateLimits(clock=clock)
        gid = fake.add_guild()
        cid = fake.add_channel(gid, "news")
        fake.forbid_channel(cid)
        async with aiohttp.ClientSession() as http:
            statuses = []
            for _ in range(6):
                async with http.post(f"{fake.rest_base}/channels/{cid}/messages", json={"content": "x"}) as r:
                    statuses.append(r.status)
                    last = (dict(r.headers), await r.json())
        assert statuses == [403] * 5 + [429]
        headers, body = last
        assert headers["Via"] and body["retry_after"] > 0 and headers["X-RateLimit-Remaining"] == "0"
        fake.check_invalid_requests(warn=7)  # six: not near
        with pytest.raises(AssertionError, match="invalid requests"):
            fake.check_invalid_requests(warn=6)


async def test_discord_py_waits_out_a_channels_bucket_instead_of_hitting_it(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings, tick=3600) as bot:
        sender = DiscordSender(bot)
        for n in range(7):  # over the 5 per 5 s a channel allows
            await sender.send(guild.general, MessageView(content=f"m{n}"), f"n-{n}")
        assert len(fake.messages(guild.general)) == 7
        assert fake.limits.n429 == 0  # the bucket's headers held the sixth back until the window reset
