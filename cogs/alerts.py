"""The background loop: poll due sources through the pipeline, then deliver the outbox to Discord."""

from __future__ import annotations

import asyncio
import logging

import aiohttp
import discord
from discord.ext import commands

from bot.alerts.outbox import ChannelUnavailable, MessageGone, RejectedPayload, TransientSendError, deliver_due
from bot.app import GreenlightBot
from bot.render.views import MessageView, fit_message
from cogs.embeds import allowed_mentions, to_embeds

log = logging.getLogger(__name__)


def _http_error(exc: discord.HTTPException) -> RejectedPayload | TransientSendError:
    """A 4xx (other than 403/404, handled before, and 429, which discord.py waits out) is Discord refusing the
    payload: the same message will never be accepted. 5xx and the rest are worth another try."""
    if 400 <= exc.status < 500 and exc.status != 429:
        return RejectedPayload(f"{exc.status} {exc.text or 'Bad Request'}".replace("\n", " "))
    return TransientSendError(f"Discord answered {exc.status}: {exc.text}")


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

    async def send(self, channel_id: int, message: MessageView, nonce: str) -> int:
        channel = await self._channel(channel_id)
        message = fit_message(message)
        try:
            # discord.py sends enforce_nonce with a nonce: a resend after a crash returns the first message.
            sent = await channel.send(
                content=message.content or None,
                embeds=to_embeds(message),
                nonce=nonce,
                allowed_mentions=allowed_mentions(message),
            )
        except discord.Forbidden as exc:
            raise ChannelUnavailable(
                403,
                f"Discord refused the post ({exc.text or 'Missing Access'}). Give Greenlight "
                "View Channel, Send Messages and Embed Links there, then run /follow again.",
            ) from None
        except discord.NotFound:
            raise ChannelUnavailable(404, "The channel no longer exists.") from None
        except discord.HTTPException as exc:
            raise _http_error(exc) from None
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise TransientSendError(f"Network error: {exc}") from None
        return sent.id

    async def edit(self, channel_id: int, message_id: int, message: MessageView) -> None:
        channel = await self._channel(channel_id)
        message = fit_message(message)
        partial = channel.get_partial_message(message_id)  # type: ignore[attr-defined]
        try:
            await partial.edit(
                content=message.content or None, embeds=to_embeds(message), allowed_mentions=allowed_mentions(message)
            )
        except discord.NotFound:
            raise MessageGone() from None
        except discord.Forbidden as exc:
            raise ChannelUnavailable(403, f"Discord refused the edit ({exc.text or 'Missing Access'}).") from None
        except discord.HTTPException as exc:
            raise _http_error(exc) from None
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise TransientSendError(f"Network error: {exc}") from None


class Alerts(commands.Cog):
    def __init__(self, bot: GreenlightBot) -> None:
        self.bot = bot
        self.sender = DiscordSender(bot)
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="greenlight-alerts")

    async def cog_unload(self) -> None:
        """Let the step in flight finish; a delivery cut off here stays pending and is resent with its nonce."""
        self._stop.set()
        if self._task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self._task), timeout=15)
            except TimeoutError:
                self._task.cancel()

    async def _loop(self) -> None:
        await self.bot.wait_until_ready()
        while not self._stop.is_set():
            await self.tick()
            try:
                await asyncio.wait_for(self._stop.wait(), timeout=self.bot.tick_seconds)
            except TimeoutError:
                pass

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
        try:
            report = await deliver_due(runtime.store, self.sender, runtime.clock())
        except Exception:
            log.exception("delivery failed; trying again next tick")
            return
        for paused in report.newly_paused:
            await self._tell_moderators(paused.guild_id, paused.channel_id, paused.reason)
        # Old news from new sources: analysed (answers can wait seconds for it) and indexed, a slice per tick.
        try:
            await runtime.service.understand_backlog(max_seconds=self.bot.tick_seconds / 2)
        except Exception:
            log.exception("analysing the backlog failed; trying again next tick")
        await asyncio.to_thread(runtime.store.index_backlog)

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
