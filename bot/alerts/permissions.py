"""Who may configure Greenlight in a guild: a pure rule over what Discord tells us about the member."""

from __future__ import annotations

from collections.abc import Iterable

from bot.models import GuildSettings


def can_configure(*, manage_guild: bool, role_ids: Iterable[int], settings: GuildSettings) -> bool:
    """Members with Manage Server, or with the moderator role a moderator chose in /setup."""
    if manage_guild:
        return True
    return settings.moderator_role_id is not None and settings.moderator_role_id in set(role_ids)


REFUSAL = (
    "Only members with the Manage Server permission or Greenlight's moderator role can change this. "
    "Ask a moderator, or see `/setup` for how the moderator role is chosen."
)
