"""The fake Discord's interactions: what a test sees of one (InteractionRecord) and the callback, followup and
original-response routes: a mixin of FakeDiscord (it uses the server's `world`, `interactions` and `_check`)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from aiohttp import web

from tests.fakediscord.limits import callback_errors, message_errors
from tests.fakediscord.responses import json_response, rejected
from tests.fakediscord.state import snowflake
from tests.fakediscord.uploads import UPLOADS


@dataclass
class InteractionRecord:
    id: int
    token: str
    name: str
    response: dict | None = None
    followups: list[dict] = field(default_factory=list)
    edits: list[dict] = field(default_factory=list)
    rejections: list[dict] = field(default_factory=list)  # payloads Discord answered 400 (the user saw nothing)
    callbacks: int = 0  # answers to the interaction (Discord accepts one)
    dispatched: float = 0.0  # time.monotonic() when the fake sent INTERACTION_CREATE
    acknowledged: float | None = None  # ... and when the first answer arrived
    _event: asyncio.Event = field(default_factory=asyncio.Event)

    async def wait_response(self, timeout: float = 5.0) -> dict:
        await asyncio.wait_for(self._event.wait(), timeout)
        return self.response  # type: ignore[return-value]

    async def wait_final(self, timeout: float = 5.0) -> dict:
        """The message the user finally sees: the callback's data, or the followup after a defer."""
        deadline = time.monotonic() + timeout
        try:
            response = await self.wait_response(timeout)
        except TimeoutError:
            raise TimeoutError(f"/{self.name} was never answered; rejected payloads: {self.rejections}") from None
        if response.get("type") != 5:
            return response.get("data") or {}
        while time.monotonic() < deadline:
            if self.followups or self.edits:
                return (self.followups or self.edits)[-1]
            await asyncio.sleep(0.02)
        raise TimeoutError(f"/{self.name} was deferred but never answered; rejected payloads: {self.rejections}")

    @property
    def ephemeral(self) -> bool:
        data = (self.response or {}).get("data") or {}
        if (self.response or {}).get("type") == 5:
            flags = data.get("flags", 0)
            return bool(flags & 64)
        return bool(data.get("flags", 0) & 64)


class InteractionRoutes:
    def _callback(self, interaction_id: int, body: dict) -> web.Response:
        record = self.interactions[interaction_id]
        if errors := self._check("interaction callback", callback_errors(body)):
            record.rejections.append(errors)
            return rejected(errors)
        record.callbacks += 1
        if record.acknowledged is None:
            record.acknowledged = time.monotonic()
        record.response = body
        record._event.set()
        data = body.get("data") or {}
        message = self._message_from(data, message_type=20)  # the interaction's original response
        return json_response(
            {
                "interaction": {
                    "id": str(interaction_id),
                    "type": 2,
                    "response_message_id": message["id"],
                    "response_message_loading": body.get("type") == 5,
                    "response_message_ephemeral": bool(data.get("flags", 0) & 64),
                },
                "resource": {"type": body.get("type"), "message": message},
            }
        )

    def _record_by_token(self, token: str) -> InteractionRecord:
        return next(r for r in self.interactions.values() if r.token == token)

    def _followup(self, token: str, body: dict) -> web.Response:
        record = self._record_by_token(token)
        if errors := self._check("followup", message_errors(body)):
            record.rejections.append(errors)
            return rejected(errors)
        record.followups.append(body)
        return json_response(self._webhook_message(body))

    def _edit_original(self, token: str, body: dict) -> web.Response:
        record = self._record_by_token(token)
        if errors := self._check("edit original", message_errors(body)):
            record.rejections.append(errors)
            return rejected(errors)
        record.edits.append(body)
        return json_response(self._webhook_message(body))

    def _original(self, token: str) -> web.Response:
        record = self._record_by_token(token)
        return json_response(self._webhook_message(((record.response or {}).get("data")) or {}))

    def _webhook_message(self, body: dict) -> dict:
        return self._message_from(body, message_type=0) | {"webhook_id": str(self.world.app_id)}

    def _message_from(self, body: dict, *, message_type: int) -> dict:
        """A message object as Discord returns it, built from a request body."""
        return {
            "id": str(snowflake()),
            "channel_id": "0",
            "author": self.world.user(self.world.bot_id),
            "content": body.get("content") or "",
            "embeds": body.get("embeds") or [],
            "timestamp": "2026-11-25T00:00:00+00:00",
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [a.to_dict() for a in body.get(UPLOADS) or []],
            "pinned": False,
            "type": message_type,
            "flags": body.get("flags", 0),
            "components": [],
        }
