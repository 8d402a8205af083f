"""The background loop that polls due sources through the pipeline, and the delivery worker that sends the outbox
to Discord on a task of its own (bot/alerts/worker.py), woken as soon as the loop plans deliveries."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import aiohttp
import discord
from discord.ext import commands

from bot.alerts.forums import APPLIED_TAGS_MAX
from bot.alerts.outbox import (
    ChannelUnavailable,
    MemberUnreachable,
    MessageGone,
    RejectedPayload,
    TransientSendError,
)
from bot.alerts.worker import DeliveryWorker
from bot.app import GreenlightBot
from bot.models import PausedChannel
from bot.render.views import MessageView, fit_message
from cogs.embeds import allowed_mentions, to_embeds, to_files

log = logging.getLogger(__name__)


RECHECK_SECONDS = 5.0  # how often a resting loop reads again when the next source is due
DELIVERY_SHARE = 0.9  # of the global limit, for alerts: the rest is left to commands and moderators' messages
INDEX_CHUNK, INDEX_CHUNKS = 250, 20  # baseline articles added to the search index per chunk, and chunks per tick
ARCHIVED_THREAD = 50083  # Discord: "Operation cannot be performed on an archived thread"
THREAD_ALREADY_CREATED = 160004  # Discord: "A thread has already been created for this message"
CANNOT_DM = (50007, 50033)  # Discord: "Cannot send messages to this user", "Invalid Recipient(s)"

# What Greenlight needs where, named as Discord's permission settings name them. A forum post needs Create Posts
# (SEND_MESSAGES; Create Public Threads does not matter in forums); a thread on an alert needs Create Public Threads.
# Greenlight never writes inside a thread, so it needs no Send Messages in Threads.
FORUM_NEEDS = (("view_channel", "View Channel"), ("send_messages", "Create Posts"))
THREAD_NEEDS = (("create_public_threads", "Create Public Threads"),)
EMBED_NEEDS = (("embed_links", "Embed Links"),)


def missing_permissions(channel: object, me: object, needs: tuple[tuple[str, str], ...]) -> list[str]:
    """The permissions Greenlight lacks in a channel, by the names Discord's settings show (from the bot's cache)."""
    try:
        perms = channel.permissions_for(me)  # type: ignore[attr-defined]
    except Exception:
        return []
    return [label for attr, label in needs if not getattr(perms, attr, True)]


def _refused(what: str, missing: list[str], exc: discord.HTTPException, fix: str) -> ChannelUnavailable:
    if missing:
        reason = f"Discord refused the {what}: Greenlight lacks {', '.join(missing)} there. Give it {fix}"
    else:
        reason = f"Discord refused the {what} ({exc.text or 'Missing Access'}). Give Greenlight {fix}"
    return ChannelUnavailable(403, reason + ", then run /follow again.")


def _http_error(exc: discord.HTTPException) -> RejectedPayload | TransientSendError:
    """A 4xx (other than 403/404, handled before, and 429, which discord.py waits out) is Discord refusing the
    payload: the same message will never be accepted. 5xx and the rest are worth another try."""
    if 400 <= exc.status < 500 and exc.status != 429:
        return RejectedPayload(f"{exc.status} {exc.text or 'Bad Request'}".replace("\n", " "))
    return TransientSendError(f"Discord answered {exc.status}: {exc.text}")


@contextmanager
def _other_failures() -> Iterator[None]:
    """What a call's own handlers (403, 404, special codes) leave: any other Discord error, and the network."""
    try:
        yield
    except discord.HTTPException as exc:
        raise _http_error(exc) from None
    except (TimeoutError, aiohttp.ClientError, OSError) as exc:
        raise TransientSendError(f"Network error: {exc}") from None


class DiscordSender:
    """The outbox's Sender: maps discord.py errors onto the core's delivery errors."""

    def __init__(self, bot: GreenlightBot) -> None:
        self.bot = bot

    async def _channel(self, channel_id: int) -> discord.abc.Messageable:
        channel = self.bot.get_channel(channel_id)
        if channel is None:
            try:
                channel = await self.bot.fetch_channel(channel_id)
            except discord.NotFound:
                raise ChannelUnavailable(404, "The channel no longer exists.") from None
            except discord.Forbidden:
                raise ChannelUnavailable(403, "Greenlight cannot see this channel any more.") from None
        return channel  # type: ignore[return-value]

    async def open_dm(self, user_id: int) -> int:
        with _other_failures():
            try:
                return (await self.bot.create_dm(discord.Object(id=user_id))).id  # known DM channels are not asked
            except discord.HTTPException as exc:
                if exc.code in CANNOT_DM:
                    raise MemberUnreachable(f"Discord refused a DM channel ({exc.text or exc.code}).") from None
                raise

    async def send(self, channel_id: int, message: MessageView, nonce: str) -> int:
        channel = await self._channel(channel_id)
        message = fit_message(message)
        with _other_failures():
            try:
                # discord.py sends enforce_nonce with a nonce: a resend after a crash returns the first message.
                sent = await channel.send(
                    content=message.content or None,
                    embeds=to_embeds(message),
                    nonce=nonce,
                    allowed_mentions=allowed_mentions(message),
                    files=to_files(message),  # a weekly digest's picture
                )
            except discord.Forbidden as exc:
                if exc.code in CANNOT_DM:  # a direct message to a member with DMs closed
                    raise MemberUnreachable(f"Discord refused the direct message ({exc.text}).") from None
                needs = "View Channel, Send Messages, Embed Links and Attach Files" if message.files else ""
                raise ChannelUnavailable(
                    403,
                    f"Discord refused the post ({exc.text or 'Missing Access'}). Give Greenlight "
                    f"{needs or 'View Channel, Send Messages and Embed Links'} there, then run /follow again.",
                ) from None
            except discord.NotFound:
                raise ChannelUnavailable(404, "The channel no longer exists.") from None
        return sent.id

    async def edit(self, channel_id: int, message_id: int, message: MessageView) -> None:
        channel = await self._channel(channel_id)
        message = fit_message(message)
        partial = channel.get_partial_message(message_id)  # type: ignore[attr-defined]
        with _other_failures():
            try:
                await partial.edit(
                    content=message.content or None,
                    embeds=to_embeds(message),
                    allowed_mentions=allowed_mentions(message),
                )
            except discord.NotFound:
                raise MessageGone() from None
            except discord.Forbidden as exc:
                if exc.code in CANNOT_DM:
                    raise MemberUnreachable(f"Discord refused the edit of a direct message ({exc.text}).") from None
                raise ChannelUnavailable(403, f"Discord refused the edit ({exc.text or 'Missing Access'}).") from None

    # ---------------------------------------------------------------- forums and threads

    def _me(self, channel: object) -> object:
        guild = getattr(channel, "guild", None)
        return guild.me if guild is not None else None

    async def create_post(self, forum_id: int, title: str, message: MessageView, tag_ids: tuple[int, ...]) -> int:
        forum = await self._channel(forum_id)
        if not isinstance(forum, discord.ForumChannel):
            raise ChannelUnavailable(404, "The forum is no longer a forum; run /follow there again.")
        message = fit_message(message)
        tags = [t for t in (forum.get_tag(i) for i in tag_ids) if t is not None][:APPLIED_TAGS_MAX]
        with _other_failures():
            try:
                created = await forum.create_thread(
                    name=title,
                    content=message.content or None,
                    embeds=to_embeds(message),
                    allowed_mentions=allowed_mentions(message),
                    applied_tags=tags,
                )
            except discord.Forbidden as exc:
                raise _refused(
                    "post",
                    missing_permissions(forum, self._me(forum), FORUM_NEEDS),
                    exc,
                    "View Channel, Create Posts, Send Messages in Posts and Embed Links in the forum",
                ) from None
            except discord.NotFound:
                raise ChannelUnavailable(404, "The forum no longer exists.") from None
        return created.thread.id

    async def find_post(self, forum_id: int, title: str, exclude: set[int]) -> int | None:
        forum = await self._channel(forum_id)
        if not isinstance(forum, discord.ForumChannel) or self.bot.user is None:
            return None
        me = self.bot.user.id
        with _other_failures():
            try:
                threads = [t for t in await forum.guild.active_threads() if t.parent_id == forum_id]
                threads += [t async for t in forum.archived_threads(limit=50)]
            except discord.Forbidden:
                return None  # cannot look: creating the post is the only way on, and it will say what is wrong
        mine = sorted(
            (t.id for t in threads if t.owner_id == me and t.name == title and t.id not in exclude), reverse=True
        )
        return mine[0] if mine else None

    async def edit_post(
        self,
        forum_id: int,
        post_id: int,
        message: MessageView,
        retag: tuple[int | None, int | None] | None,
        title: str | None = None,
    ) -> None:
        message = fit_message(message)
        starter = self.bot.get_partial_messageable(post_id).get_partial_message(post_id)  # the post's first message
        with _other_failures():
            try:
                await starter.edit(
                    content=message.content or None,
                    embeds=to_embeds(message),
                    allowed_mentions=allowed_mentions(message),
                )
                if retag is None:
                    return
                old, new = retag
                thread = await self.bot.fetch_channel(post_id)
                if not isinstance(thread, discord.Thread):
                    return
                current = [t.id for t in thread.applied_tags]
                forum = self.bot.get_channel(forum_id)
                tags = [t for t in current if t != old]
                usable = new is not None and (not isinstance(forum, discord.ForumChannel) or forum.get_tag(new))
                if new is not None and usable and new not in tags:
                    tags.append(new)  # after a moderator's tags: with 5 already, theirs are kept and ours is left out
                changes: dict[str, Any] = {}
                if tags[:APPLIED_TAGS_MAX] != current:
                    changes["applied_tags"] = [str(t) for t in tags[:APPLIED_TAGS_MAX]]
                if title and thread.name != title:
                    changes["name"] = title  # the event changed: so does the post's title
                if changes:
                    await self.bot.http.edit_channel(post_id, **changes)
            except discord.NotFound:
                raise MessageGone() from None  # the post was deleted: never recreated
            except discord.Forbidden as exc:
                raise ChannelUnavailable(403, f"Discord refused the edit ({exc.text or 'Missing Access'}).") from None
            except discord.HTTPException as exc:
                if exc.code == ARCHIVED_THREAD:
                    raise MessageGone() from None  # an archived post stays as it was, and is not recreated
                raise

    async def start_thread(self, channel_id: int, message_id: int, title: str, archive_minutes: int) -> int:
        channel = await self._channel(channel_id)
        partial = channel.get_partial_message(message_id)  # type: ignore[attr-defined]
        with _other_failures():
            try:
                thread = await partial.create_thread(name=title, auto_archive_duration=archive_minutes)
            except discord.Forbidden as exc:
                raise _refused(
                    "alert's thread",
                    missing_permissions(channel, self._me(channel), THREAD_NEEDS),
                    exc,
                    "Create Public Threads in the channel",
                ) from None
            except discord.NotFound:
                raise MessageGone() from None
            except discord.HTTPException as exc:
                if exc.code == THREAD_ALREADY_CREATED:
                    return message_id  # a thread started from a message has the message's id
                raise
        return int(thread.id)


class Alerts(commands.Cog):
    def __init__(self, bot: GreenlightBot) -> None:
        self.bot = bot
        self.sender = DiscordSender(bot)
        self.worker: DeliveryWorker | None = None
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._delivering: asyncio.Task[None] | None = None
        self._warm: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        runtime, settings = self.bot.runtime, self.bot.settings
        self.worker = DeliveryWorker(
            runtime.store,
            self.sender,
            runtime.clock,
            concurrency=settings.delivery_concurrency,
            rate=settings.discord_rate * DELIVERY_SHARE,
            shards=self.bot.own_shards,
            on_paused=self._paused,
        )
        runtime.service.on_planned = self.worker.wake
        self._task = asyncio.create_task(self._loop(), name="greenlight-alerts")
        self._delivering = asyncio.create_task(self._deliver(self.worker), name="greenlight-delivery")
        # Worker processes start on a thread now, so the first poll does not stall the gateway loop.
        self._warm = asyncio.create_task(self.bot.runtime.service.start(), name="greenlight-workers")

    async def cog_unload(self) -> None:
        """Let the step in flight finish; a delivery cut off here stays pending and is resent with its nonce."""
        if self._warm is not None and not self._warm.done():
            self._warm.cancel()
        self._stop.set()
        if self.worker is not None:
            await self.worker.stop(timeout=15)
        for task in (self._delivering, self._task):
            if task is None:
                continue
            try:
                await asyncio.wait_for(asyncio.shield(task), timeout=15)
            except TimeoutError:
                task.cancel()

    async def _deliver(self, worker: DeliveryWorker) -> None:
        await self.bot.wait_until_ready()
        if not self._stop.is_set():
            await worker.run()

    async def _loop(self) -> None:
        await self.bot.wait_until_ready()
        while not self._stop.is_set():
            await self.tick()
            await self._rest()

    async def _rest(self) -> None:
        """Until the tick interval has passed or a source falls due, whichever comes first: a source's news is
        never a tick late. The next due time is read again every few seconds (a source added meanwhile)."""
        deadline = time.monotonic() + self.bot.tick_seconds
        while not self._stop.is_set():
            wait = min(deadline - time.monotonic(), self._until_next_poll(), RECHECK_SECONDS)
            if wait <= 0:
                return
            try:
                await asyncio.wait_for(self._stop.wait(), timeout=wait)
            except TimeoutError:
                pass

    def _until_next_poll(self) -> float:
        """Seconds until the next source falls due (0: one is due; inf: none is waiting)."""
        runtime = self.bot.runtime
        try:
            due = runtime.store.next_poll_at()
        except Exception:
            log.exception("could not read when the next source is due")
            return math.inf
        if due is None:
            return math.inf
        return max((due - runtime.clock()).total_seconds(), 0.0)

    async def tick(self) -> None:
        runtime = self.bot.runtime
        try:
            if runtime.store.due_sources(runtime.clock()):
                await runtime.service.cycle()
            else:  # new articles a crash left unanalysed are finished first
                await runtime.service.understand_new()
        except Exception:
            log.exception("poll cycle failed; trying again next tick")
        if self._stop.is_set():
            return
        if self.worker is not None:
            self.worker.wake()  # deliveries another process planned, or a moderator resumed
        # Old news from new sources: analysed (answers can wait seconds for it) and indexed, a slice per tick.
        try:
            # ...cut short when a source falls due sooner, so its news is not late (but never starved: 1 s at least)
            budget = max(min(self.bot.tick_seconds / 2, self._until_next_poll()), 1.0)
            await runtime.service.understand_backlog(max_seconds=budget)
        except Exception:
            log.exception("analysing the backlog failed; trying again next tick")
        # The search index a small chunk at a time: the thread holds the store's lock, which a question asked meanwhile
        # waits for on the loop (5,000 rows at once held it for up to a second).
        for _ in range(INDEX_CHUNKS):
            if not await asyncio.to_thread(runtime.store.index_backlog, INDEX_CHUNK):
                break

    async def _paused(self, paused: PausedChannel) -> None:
        await self._tell_moderators(paused.guild_id, paused.channel_id, paused.reason)

    async def _tell_moderators(self, guild_id: int, channel_id: int, reason: str) -> None:
        runtime = self.bot.runtime
        modlog = runtime.store.guild_settings(guild_id).modlog_channel_id
        if not modlog:
            return  # /greenlight status always lists paused channels
        text = (
            f"Greenlight paused its alerts in <#{channel_id}>: {reason} "
            "Fix the channel's permissions and run /follow there again to resume."
        )
        try:
            channel = self.bot.get_channel(modlog) or await self.bot.fetch_channel(modlog)
            await channel.send(text, allowed_mentions=discord.AllowedMentions.none())  # type: ignore[union-attr]
            runtime.store.mark_pause_reported(channel_id)
        except discord.HTTPException as exc:
            log.warning("could not tell moderators in %s: %s", modlog, exc)


async def setup(bot: GreenlightBot) -> None:
    await bot.add_cog(Alerts(bot))
