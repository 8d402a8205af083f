"""Shared command checks and the error replies every cog gives."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

import discord
from discord import app_commands

from bot.alerts.permissions import REFUSAL, can_configure
from bot.app import GreenlightBot
from bot.errors import GreenlightError
from bot.runtime import Runtime
from cogs.embeds import reply

log = logging.getLogger(__name__)
T = TypeVar("T")


# Commands are offered in servers only (Discord's `contexts`, not the deprecated dm_permission alone), and moderator
# commands are shown by default only to members with Manage Server; a server can grant them to its moderator role in
# Server Settings → Integrations. moderator_only() still checks at run time (the role set with /setup).
def guild_contexts() -> app_commands.AppCommandContext:
    return app_commands.AppCommandContext(guild=True, dm_channel=False, private_channel=False)


def moderator_permissions() -> discord.Permissions:
    return discord.Permissions(manage_guild=True)


class NotModerator(app_commands.CheckFailure):
    pass


def runtime_of(interaction: discord.Interaction) -> Runtime:
    client = interaction.client
    if not isinstance(client, GreenlightBot):
        raise TypeError("Greenlight's cogs run inside GreenlightBot only")
    return client.runtime


def guild_id_of(interaction: discord.Interaction) -> int:
    """Every Greenlight command is guild-only; this says so to the type checker and to a direct message."""
    if interaction.guild_id is None:
        raise app_commands.NoPrivateMessage()
    return interaction.guild_id


def channel_id_of(interaction: discord.Interaction) -> int:
    if interaction.channel_id is None:
        raise app_commands.NoPrivateMessage()
    return interaction.channel_id


def moderator_only() -> Callable[[T], T]:
    """Manage Server or the configured moderator role; checked at run time, so the role works without setup."""

    async def predicate(interaction: discord.Interaction) -> bool:
        if interaction.guild is None:
            raise app_commands.NoPrivateMessage()
        member = interaction.user
        role_ids = [r.id for r in getattr(member, "roles", [])]
        settings = runtime_of(interaction).store.guild_settings(interaction.guild.id)
        if can_configure(manage_guild=interaction.permissions.manage_guild, role_ids=role_ids, settings=settings):
            return True
        raise NotModerator(REFUSAL)

    return app_commands.check(predicate)


ECHO_MAX = 80  # characters of the user's own input an error message repeats
_LONG_RUN = re.compile(rf"\S{{{2 * ECHO_MAX + 1},}}")


def _short(text: str) -> str:
    return text[:ECHO_MAX].rstrip() + "…"


def shorten_echoes(text: str, inputs: Iterable[object]) -> str:
    """An error that repeats what the user typed repeats at most ECHO_MAX characters of it, so the reason after
    it still fits in a message (a URL may come back normalised: any unbroken run that long is shortened too)."""
    for value in sorted({v for v in inputs if isinstance(v, str)}, key=len, reverse=True):
        for form in (value, value.strip(), " ".join(value.split())):
            if len(form) > ECHO_MAX and form in text:
                text = text.replace(form, _short(form))
    return _LONG_RUN.sub(lambda m: _short(m.group(0)), text)


def _inputs(interaction: discord.Interaction) -> list[object]:
    try:
        return [value for _name, value in interaction.namespace]
    except Exception:  # no namespace (not a command interaction)
        return []


async def handle_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
    """Polite, ephemeral replies for refusals and bad input; unexpected errors are logged."""
    original = getattr(error, "original", error)
    if isinstance(error, NotModerator):
        text = str(error)
    elif isinstance(error, app_commands.NoPrivateMessage):
        text = "Greenlight's commands work inside a server, not in direct messages."
    elif isinstance(original, GreenlightError):
        text = shorten_echoes(str(original), _inputs(interaction))
    else:
        log.error("command %s failed", interaction.command and interaction.command.qualified_name, exc_info=original)
        text = "Something went wrong on Greenlight's side. The moderators can find details in the bot's log."
    await reply(interaction, text)
