"""The fake Discord's threads, forum posts and forum tags: a mixin of FakeDiscord (it uses the server's `world`,
`_find` and `_check`)."""

from __future__ import annotations

import asyncio

from aiohttp import web

from tests.fakediscord.limits import available_tags_errors, forum_post_errors, thread_errors
from tests.fakediscord.responses import (
    ARCHIVED,
    MISSING_PERMISSIONS,
    THREAD_EXISTS,
    UNKNOWN_CHANNEL,
    json_response,
    rejected,
)
from tests.fakediscord.state import (
    CREATE_PUBLIC_THREADS,
    FORUM,
    MANAGE_CHANNELS,
    SEND_MESSAGES,
    VIEW_CHANNEL,
    FakeMessage,
    FakeThread,
    snowflake,
)


class ThreadRoutes:
    def forum_tags(self, forum_id: int) -> list[dict]:
        guild = self.world.guild_of(forum_id)
        assert guild is not None
        return guild.tags.get(forum_id, [])

    def threads(self, parent_id: int) -> list[FakeThread]:
        """Threads (forum posts) under a channel, oldest first."""
        return sorted((t for t in self.world.threads.values() if t.parent_id == parent_id), key=lambda t: t.id)

    def archive_thread(self, thread_id: int) -> None:
        self.world.threads[thread_id].archived = True

    def delete_thread(self, thread_id: int) -> None:
        self.world.threads.pop(thread_id)
        self.world.messages.pop(thread_id, None)

    def _allowed(self, channel_id: int, permissions: int) -> bool:
        guild = self.world.guild_of(channel_id)
        assert guild is not None
        return self.world.channel_permissions(guild, self.world.bot_id, channel_id) & permissions == permissions

    def _forum_post(self, forum_id: int, body: dict) -> web.Response:
        """Start a thread in a forum with its starter message (the thread's id is the message's id)."""
        guild = self.world.guild_of(forum_id)
        if guild is None or forum_id not in guild.channels:
            return json_response(UNKNOWN_CHANNEL, 404)
        if guild.kinds.get(forum_id) != FORUM:
            # a thread without a message in a text channel: not something Greenlight does
            return json_response({"message": "Cannot start a thread without a message here", "code": 50024}, 400)
        if not self._allowed(forum_id, VIEW_CHANNEL | SEND_MESSAGES):
            return json_response(MISSING_PERMISSIONS, 403)
        available = {int(t["id"]) for t in guild.tags.get(forum_id, [])}
        if errors := self._check("POST forum thread", forum_post_errors(body, available)):
            return rejected(errors)
        tid = snowflake()
        thread = FakeThread(
            tid,
            forum_id,
            guild.id,
            body["name"].strip(),
            self.world.bot_id,
            [int(t) for t in body.get("applied_tags") or []],
            body.get("auto_archive_duration") or 1440,
        )
        message = body["message"]
        starter = FakeMessage(
            tid,
            tid,
            message.get("content"),
            message.get("embeds") or [],
            message.get("allowed_mentions"),
            None,
            self.world.bot_id,
        )
        self.world.threads[tid] = thread
        self.world.messages[tid] = [starter]
        return json_response({**self.world.thread(thread), "message": self.world.message(starter)}, 201)

    def _thread_from_message(self, channel_id: int, message_id: int, body: dict) -> web.Response:
        guild = self.world.guild_of(channel_id)
        if guild is None:
            return json_response(UNKNOWN_CHANNEL, 404)
        if self._find(channel_id, message_id) is None:
            return json_response({"message": "Unknown Message", "code": 10008}, 404)
        if not self._allowed(channel_id, VIEW_CHANNEL | CREATE_PUBLIC_THREADS):
            return json_response(MISSING_PERMISSIONS, 403)
        if message_id in self.world.threads:
            return json_response(THREAD_EXISTS, 400)
        if errors := self._check("POST message thread", thread_errors(body, creating=True)):
            return rejected(errors)
        thread = FakeThread(
            message_id,
            channel_id,
            guild.id,
            body["name"].strip(),
            self.world.bot_id,
            auto_archive_duration=body.get("auto_archive_duration") or 1440,
        )
        self.world.threads[message_id] = thread
        self.world.messages[message_id] = []
        return json_response(self.world.thread(thread), 201)

    def _edit_channel(self, channel_id: int, body: dict) -> web.Response:
        body = body or {}
        thread = self.world.threads.get(channel_id)
        if thread is not None:
            if thread.archived and body.get("archived") is not False:
                return json_response(ARCHIVED, 400)
            guild = self.world.guilds[thread.guild_id]
            available = {int(t["id"]) for t in guild.tags.get(thread.parent_id, [])}
            if errors := self._check("PATCH thread", thread_errors(body, creating=False, available=available)):
                return rejected(errors)
            thread.edits.append(body)
            if "applied_tags" in body:
                thread.applied_tags = [int(t) for t in body["applied_tags"]]
            if "name" in body:
                thread.name = body["name"].strip()
            if "archived" in body:
                thread.archived = bool(body["archived"])
            return json_response(self.world.thread(thread))
        found = self.world.guild_of(channel_id)
        if found is None:
            return json_response(UNKNOWN_CHANNEL, 404)
        if not self._allowed(channel_id, VIEW_CHANNEL | MANAGE_CHANNELS):
            return json_response(MISSING_PERMISSIONS, 403)
        if "available_tags" in body:
            if found.kinds.get(channel_id) != FORUM:
                return rejected({"available_tags": {"_errors": [{"code": "X", "message": "Not a forum."}]}})
            tags = body["available_tags"] or []
            if errors := self._check("PATCH forum tags", available_tags_errors(tags)):
                return rejected(errors)
            found.tags[channel_id] = [
                {
                    "id": str(t.get("id") or snowflake()),
                    "name": t["name"].strip(),
                    "moderated": bool(t.get("moderated")),
                    "emoji_id": t.get("emoji_id"),
                    "emoji_name": t.get("emoji_name"),
                }
                for t in tags
            ]
        if "name" in body:
            found.channels[channel_id] = body["name"]
        payload = self.world.channel(found, channel_id)
        asyncio.get_running_loop().create_task(self.dispatch("CHANNEL_UPDATE", payload))
        return json_response(payload)

    def _active_threads(self, guild_id: int) -> web.Response:
        threads = [
            self.world.thread(t) for t in self.world.threads.values() if t.guild_id == guild_id and not t.archived
        ]
        return json_response({"threads": threads, "members": []})

    def _archived_threads(self, channel_id: int) -> web.Response:
        threads = [
            self.world.thread(t) for t in self.world.threads.values() if t.parent_id == channel_id and t.archived
        ]
        return json_response({"threads": threads, "members": [], "has_more": False})
