"""Shared pieces for end-to-end tests: a fake Discord with one guild, the real bot, local feeds."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.app import GreenlightBot
from bot.config import Settings
from bot.store import Store
from bot.timeutil import utcnow
from tests.fakediscord import FakeDiscord, patch_discord
from tests.fakediscord.state import FakeMessage
from tests.feedserver import serve


@dataclass
class Guild:
    fake: FakeDiscord
    id: int
    news: int  # alert channel
    modlog: int
    general: int
    mod_role: int
    moderator: int  # has the moderator role only
    member: int  # an ordinary member


def build_guild(fake: FakeDiscord) -> Guild:
    gid = fake.add_guild("TV Fans")
    news, modlog, general = (
        fake.add_channel(gid, "tv-news"),
        fake.add_channel(gid, "mod-log"),
        fake.add_channel(gid, "general"),
    )
    mod_role = fake.add_role(gid, "Moderators", 0)
    moderator = fake.add_member(gid, "mod", (mod_role,))
    member = fake.add_member(gid, "viewer")
    return Guild(fake, gid, news, modlog, general, mod_role, moderator, member)


@asynccontextmanager
async def running_bot(
    settings: Settings, *, tick: float = 0.1, clock: Callable[[], datetime] = utcnow
) -> AsyncIterator[GreenlightBot]:
    bot = GreenlightBot(settings, clock=clock, tick_seconds=tick, guild_ready_timeout=0.05)
    task = asyncio.create_task(bot.start("fake-token"))
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 10)
        yield bot
    finally:
        await bot.close()
        try:
            await asyncio.wait_for(task, 10)
        except Exception:
            pass


def follow_everywhere(store: Store, fake: FakeDiscord, guilds: int, channels: int) -> list[int]:
    """`guilds` more guilds holding `channels` text channels between them (dealt in turn), each channel following
    every show; returns the channels."""
    now = utcnow()
    gids = [fake.add_guild(f"Fans {g}") for g in range(guilds)]
    made = []
    with store.transaction():
        for k in range(channels):
            cid = fake.add_channel(gids[k % guilds], f"news-{k}")
            store.upsert_follow(
                guild_id=gids[k % guilds],
                channel_id=cid,
                show_id=None,
                events=(),
                mention_role_id=None,
                created_by=None,
                now=now,
            )
            made.append(cid)
    return made


async def hold_deliveries(bot: GreenlightBot) -> None:
    """Stop the bot's delivery worker (it would send as soon as deliveries are planned): the test drives the outbox."""
    worker = bot.get_cog("Alerts").worker  # type: ignore[union-attr]
    await worker.stop()


@dataclass
class Feeds:
    """Local outlets whose items tests change while the bot runs."""

    items: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # outlet → (guid, title, text)
    base: str = ""

    def url(self, outlet: str) -> str:
        return f"{self.base}/{outlet}.xml"

    def app(self) -> web.Application:
        from xml.sax.saxutils import escape

        async def feed(request: web.Request) -> web.Response:
            outlet = request.match_info["outlet"]
            rows = "".join(
                f"<item><guid>{escape(g)}</guid><title>{escape(t)}</title><link>https://{outlet}.example/{escape(g)}</link>"
                f"<pubDate>Fri, 20 Nov 2026 12:00:00 GMT</pubDate><description>{escape(x)}</description></item>"
                for g, t, x in self.items.get(outlet, [])
            )
            body = (
                '<?xml version="1.0"?><rss version="2.0">'
                f"<channel><title>{outlet.title()} News</title>{rows}</channel></rss>"
            )
            return web.Response(body=body.encode(), content_type="application/rss+xml")

        app = web.Application()
        app.router.add_get("/{outlet}.xml", feed)
        return app


@asynccontextmanager
async def world(
    monkeypatch, tmp_path: Path, *, guard: bool = False, allow_rejections: bool = False, **fake_options: Any
) -> AsyncIterator[tuple[FakeDiscord, Guild, Feeds, Settings]]:
    """The fake Discord (`fake_options`: latency, shards…) with one guild, local feeds, and the bot's settings."""
    feeds = Feeds()
    async with FakeDiscord(**fake_options) as fake, serve(feeds.app()) as base:
        feeds.base = base
        patch_discord(monkeypatch, fake)
        guild = build_guild(fake)
        settings = Settings(
            db_path=tmp_path / "bot.db",
            allow_private_sources=not guard,
            fetch_timeout=3.0,
            poll_interval=1.0,
            discord_token="fake-token",
            tvmaze=False,  # never the real TVmaze from a test
        )
        yield fake, guild, feeds, settings
        # The fake answers an over-limit payload 400, as Discord does; a test that does not expect one fails here.
        assert allow_rejections or not fake.rejections, f"Discord rejected payloads: {fake.rejections}"
        fake.check_invalid_requests()  # a bot that nears Discord's invalid-request ban fails its test


def opt(name: str, value: object, type_: int = 3) -> dict:
    return {"name": name, "type": type_, "value": value}


def sub(name: str, *options: dict) -> dict:
    return {"name": name, "type": 1, "options": list(options)}


def embed_text(message_embeds: list[dict]) -> str:
    parts = []
    for e in message_embeds:
        parts += [e.get("title", ""), e.get("description", ""), (e.get("footer") or {}).get("text", "")]
        parts += [f.get("name", "") + " " + f.get("value", "") for f in e.get("fields", [])]
    return "\n".join(parts)


async def alert_marker(
    fake: FakeDiscord,
    feeds: Feeds,
    outlet: str,
    channel_id: int,
    item: tuple[str, str, str],
    expect: str,
    timeout: float = 10.0,
) -> tuple[list[FakeMessage], FakeMessage]:
    """Publish `item` in `outlet` and wait until its alert (a message whose embeds contain `expect`) reaches
    `channel_id`: a marker for "nothing else happened", instead of sleeping and looking.

    The bot polls feeds and works through its outbox in one loop, a tick at a time, and the outbox in the order
    rows were queued: by the time the marker's alert arrives, the marker's outlet has been fetched again and every
    delivery queued before the marker has been attempted. Returns the channel's messages that arrived before the
    marker, and the marker's message; anything else in the channel (after it, or a second copy) fails here.
    """
    feeds.items.setdefault(outlet, []).insert(0, item)

    def arrived() -> list[FakeMessage]:
        return [m for m in fake.messages(channel_id) if expect in embed_text(m.current_embeds)]

    await fake.wait_for(arrived, timeout=timeout)
    messages = fake.messages(channel_id)
    (marker,) = arrived()
    assert messages[-1] is marker, f"messages after the marker {expect!r}: {messages[messages.index(marker) + 1 :]}"
    return messages[:-1], marker
