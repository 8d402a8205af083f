"""The fake Discord's direct messages, as strict as Discord: a mixin of FakeDiscord (it uses the server's `world`).

- POST /users/@me/channels {"recipient_id"} opens (or returns the same) DM channel with a user; an unknown user is
  400 "Invalid Recipient(s)" (50033), a missing recipient 400 Invalid Form Body.
- A message to a DM channel (or an edit of one there) is refused 403 "Cannot send messages to this user" (50007)
  when the user closed DMs, or shares no server with the bot any more — as Discord does. Opening the channel still
  works then: Discord only refuses the message.
"""

from __future__ import annotations

from aiohttp import web

from tests.fakediscord.responses import json_response, rejected
from tests.fakediscord.state import snowflake

CANNOT_DM = {"message": "Cannot send messages to this user", "code": 50007}
INVALID_RECIPIENT = {"message": "Invalid Recipient(s)", "code": 50033}
DM = 1  # Discord's channel type for a DM


class DmRoutes:
    def _dm_state(self) -> tuple[dict[int, int], set[int]]:
        world = self.world  # type: ignore[attr-defined]
        return world.dm_channels, world.dms_closed

    # ---------------------------------------------------------------- world building and inspection
    def close_dms(self, user_id: int, closed: bool = True) -> None:
        """The member turns off DMs from server members (or on again, with closed=False)."""
        _, refusing = self._dm_state()
        (refusing.add if closed else refusing.discard)(user_id)

    def remove_member(self, guild_id: int, user_id: int) -> None:
        """The member leaves the server."""
        self.world.guilds[guild_id].members.pop(user_id, None)  # type: ignore[attr-defined]

    def dm_channel_of(self, user_id: int) -> int | None:
        return self._dm_state()[0].get(user_id)

    def dms(self, user_id: int) -> list:
        """The bot's direct messages to this user (not deleted), oldest first."""
        channel = self.dm_channel_of(user_id)
        return [] if channel is None else self.messages(channel)  # type: ignore[attr-defined]

    # ---------------------------------------------------------------- REST
    def _recipient_of(self, channel_id: int) -> int | None:
        return next((u for u, c in self._dm_state()[0].items() if c == channel_id), None)

    def _open_dm(self, body: dict | None) -> web.Response:
        raw = (body or {}).get("recipient_id")
        if raw is None:
            return rejected({"recipient_id": {"_errors": [{"code": "BASE_TYPE_REQUIRED", "message": "Required"}]}})
        world = self.world  # type: ignore[attr-defined]
        user_id = int(raw)
        if user_id not in world.users or user_id == world.bot_id:
            return json_response(INVALID_RECIPIENT, 400)
        channels, _ = self._dm_state()
        if user_id not in channels:
            channels[user_id] = snowflake()
            world.messages[channels[user_id]] = []
        return json_response(self._dm_payload(channels[user_id], user_id))

    def _dm_payload(self, channel_id: int, user_id: int) -> dict:
        return {
            "id": str(channel_id),
            "type": DM,
            "last_message_id": None,
            "flags": 0,
            "recipients": [self.world.user(user_id)],  # type: ignore[attr-defined]
        }

    def _dm_refused(self, channel_id: int) -> web.Response | None:
        """Discord's 50007 for a message to a user who refuses DMs or shares no server with the bot."""
        user_id = self._recipient_of(channel_id)
        if user_id is None:
            return None
        world = self.world  # type: ignore[attr-defined]
        shares = any(user_id in g.members for g in world.guilds.values())
        if user_id in self._dm_state()[1] or not shares:
            return json_response(CANNOT_DM, 403)
        return None

    def _get_dm(self, channel_id: int) -> web.Response | None:
        user_id = self._recipient_of(channel_id)
        return None if user_id is None else json_response(self._dm_payload(channel_id, user_id))

    async def wait_for_dms(self, user_id: int, count: int = 1, timeout: float = 15.0) -> list:
        await self.wait_for(lambda: len(self.dms(user_id)) >= count, timeout=timeout)  # type: ignore[attr-defined]
        return self.dms(user_id)
