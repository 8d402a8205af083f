"""The fake Discord's world: users, guilds, channels, roles, members, messages and registered commands."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

ALL_PERMISSIONS = (1 << 50) - 1
ATTACH_FILES = 1 << 15
# view, send, embed links, attach files, read history: what the README's invite link grants
DEFAULT_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 14) | ATTACH_FILES | (1 << 16)
MANAGE_CHANNELS, VIEW_CHANNEL, SEND_MESSAGES = 1 << 4, 1 << 10, 1 << 11  # SEND_MESSAGES is "Create Posts" in forums
CREATE_PUBLIC_THREADS, SEND_MESSAGES_IN_THREADS = 1 << 35, 1 << 38
TEXT, PUBLIC_THREAD, FORUM = 0, 11, 15  # channel types
_snowflakes = itertools.count(int(time.time() * 1000 - 1420070400000) << 22)


def snowflake() -> int:
    return next(_snowflakes)


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


@dataclass
class FakeMessage:
    id: int
    channel_id: int
    content: str | None
    embeds: list[dict]
    allowed_mentions: dict | None
    nonce: str | None
    author_id: int
    created: float = field(default_factory=time.monotonic)
    edits: list[dict] = field(default_factory=list)
    deleted: bool = False
    attachments: list[Any] = field(default_factory=list)  # uploads.Upload: files sent with the message

    @property
    def current_embeds(self) -> list[dict]:
        for edit in reversed(self.edits):
            if "embeds" in edit:
                return edit["embeds"] or []
        return self.embeds

    @property
    def current_content(self) -> str | None:
        for edit in reversed(self.edits):
            if "content" in edit:
                return edit["content"]
        return self.content


@dataclass
class FakeThread:
    """A public thread: a forum post (its starter message has the thread's id) or a thread on a message."""

    id: int
    parent_id: int
    guild_id: int
    name: str
    owner_id: int
    applied_tags: list[int] = field(default_factory=list)
    auto_archive_duration: int = 1440
    archived: bool = False
    edits: list[dict] = field(default_factory=list)  # PATCHes of the thread itself (tags, name, archived)


@dataclass
class Guild:
    id: int
    name: str
    owner_id: int
    channels: dict[int, str] = field(default_factory=dict)
    roles: dict[int, tuple[str, int]] = field(default_factory=dict)  # id → (name, permissions)
    members: dict[int, tuple[str, tuple[int, ...]]] = field(default_factory=dict)  # id → (username, role ids)
    unmentionable: set[int] = field(default_factory=set)  # roles whose "Allow anyone to @mention" is off
    kinds: dict[int, int] = field(default_factory=dict)  # channel id → type (absent: text)
    tags: dict[int, list[dict]] = field(default_factory=dict)  # forum id → available_tags
    denied: dict[int, int] = field(default_factory=dict)  # channel id → permissions denied to the bot there


class World:
    def __init__(self) -> None:
        self.app_id = snowflake()
        self.bot_id = self.app_id
        self.owner_id = snowflake()
        self.guilds: dict[int, Guild] = {}
        self.users: dict[int, str] = {self.bot_id: "Greenlight", self.owner_id: "owner"}
        self.messages: dict[int, list[FakeMessage]] = {}
        self.commands: dict[int | None, list[dict]] = {}  # None: global
        self.threads: dict[int, FakeThread] = {}
        self.dm_channels: dict[int, int] = {}  # user → the DM channel the bot opened with them
        self.dms_closed: set[int] = set()  # users who turned off DMs from server members

    # ---------------------------------------------------------------- payloads
    def user(self, user_id: int) -> dict[str, Any]:
        return {
            "id": str(user_id),
            "username": self.users[user_id],
            "discriminator": "0",
            "global_name": None,
            "avatar": None,
            "bot": user_id == self.bot_id,
            "flags": 0,
            "public_flags": 0,
        }

    def role(self, guild: Guild, role_id: int) -> dict[str, Any]:
        name, perms = guild.roles[role_id]
        return {
            "id": str(role_id),
            "name": name,
            "permissions": str(perms),
            "position": 1 if role_id != guild.id else 0,
            "color": 0,
            "hoist": False,
            "managed": False,
            "mentionable": role_id not in guild.unmentionable,
            "flags": 0,
        }

    def channel(self, guild: Guild, channel_id: int) -> dict[str, Any]:
        if channel_id in self.threads:
            return self.thread(self.threads[channel_id])
        kind = guild.kinds.get(channel_id, TEXT)
        overwrites = []
        if guild.denied.get(channel_id):
            overwrites.append({"id": str(self.bot_id), "type": 1, "allow": "0", "deny": str(guild.denied[channel_id])})
        data: dict[str, Any] = {
            "id": str(channel_id),
            "type": kind,
            "guild_id": str(guild.id),
            "name": guild.channels[channel_id],
            "position": 0,
            "permission_overwrites": overwrites,
            "nsfw": False,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "parent_id": None,
        }
        if kind == FORUM:
            data.update(
                available_tags=guild.tags.get(channel_id, []),
                default_reaction_emoji=None,
                default_thread_rate_limit_per_user=0,
                default_sort_order=None,
                default_forum_layout=0,
                default_auto_archive_duration=1440,
                flags=0,
            )
        return data

    def thread(self, t: FakeThread) -> dict[str, Any]:
        return {
            "id": str(t.id),
            "type": PUBLIC_THREAD,
            "guild_id": str(t.guild_id),
            "parent_id": str(t.parent_id),
            "owner_id": str(t.owner_id),
            "name": t.name,
            "last_message_id": None,
            "message_count": len(self.messages.get(t.id, [])),
            "member_count": 1,
            "rate_limit_per_user": 0,
            "flags": 0,
            "applied_tags": [str(tag) for tag in t.applied_tags],
            "thread_metadata": {
                "archived": t.archived,
                "auto_archive_duration": t.auto_archive_duration,
                "archive_timestamp": now_iso(),
                "locked": False,
                "create_timestamp": now_iso(),
            },
        }

    def channel_permissions(self, guild: Guild, user_id: int, channel_id: int) -> int:
        """Guild permissions less what the channel (a thread: its parent) denies the bot; admins are never denied."""
        perms = self.permissions(guild, user_id)
        if perms == ALL_PERMISSIONS or user_id != self.bot_id:
            return perms
        parent = self.threads[channel_id].parent_id if channel_id in self.threads else channel_id
        return perms & ~guild.denied.get(parent, 0)

    def member(self, guild: Guild, user_id: int) -> dict[str, Any]:
        _name, roles = guild.members[user_id]
        return {
            "user": self.user(user_id),
            "roles": [str(r) for r in roles],
            "joined_at": now_iso(),
            "deaf": False,
            "mute": False,
            "flags": 0,
            "nick": None,
            "avatar": None,
            "pending": False,
        }

    def permissions(self, guild: Guild, user_id: int) -> int:
        if user_id == guild.owner_id:
            return ALL_PERMISSIONS
        perms = guild.roles[guild.id][1]
        for role_id in guild.members[user_id][1]:
            perms |= guild.roles[role_id][1]
        return ALL_PERMISSIONS if perms & (1 << 3) else perms

    def guild_payload(self, guild: Guild) -> dict[str, Any]:
        return {
            "id": str(guild.id),
            "name": guild.name,
            "unavailable": False,
            "owner_id": str(guild.owner_id),
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "features": [],
            "emojis": [],
            "stickers": [],
            "roles": [self.role(guild, r) for r in guild.roles],
            "channels": [self.channel(guild, c) for c in guild.channels],
            "members": [self.member(guild, m) for m in guild.members],
            "member_count": len(guild.members),
            "threads": [],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "large": False,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "preferred_locale": "en-US",
            "afk_timeout": 300,
            "system_channel_flags": 0,
            "joined_at": now_iso(),
            "premium_progress_bar_enabled": False,
        }

    def message(self, m: FakeMessage) -> dict[str, Any]:
        guild = self.guild_of(m.channel_id)
        data = {
            "id": str(m.id),
            "channel_id": str(m.channel_id),
            "author": self.user(m.author_id),
            "content": m.current_content or "",
            "timestamp": now_iso(),
            "edited_timestamp": now_iso() if m.edits else None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [a.to_dict() for a in m.attachments],
            "embeds": m.current_embeds,
            "pinned": False,
            "type": 0,
            "flags": 0,
            "components": [],
        }
        if guild:
            data["guild_id"] = str(guild.id)
        if m.nonce is not None:
            data["nonce"] = m.nonce
        return data

    def guild_of(self, channel_id: int) -> Guild | None:
        if channel_id in self.threads:
            return self.guilds.get(self.threads[channel_id].guild_id)
        return next((g for g in self.guilds.values() if channel_id in g.channels), None)
