"""A local fake of Discord's REST API and gateway, enough for discord.py 2.7 to run a real bot against it.

Only discord.http.Route.BASE and DiscordWebSocket.DEFAULT_GATEWAY are pointed here (see patch_discord).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from dataclasses import dataclass
from typing import Any

from aiohttp import WSMsgType, web

from tests.fakediscord.dms import DmRoutes
from tests.fakediscord.interactions import InteractionRecord, InteractionRoutes
from tests.fakediscord.limits import (
    Errors,
    commands_errors,
    message_errors,
)
from tests.fakediscord.ratelimits import INVALID_WARN, RateLimits
from tests.fakediscord.responses import ARCHIVED, MISSING_PERMISSIONS, UNKNOWN_CHANNEL, json_response, rejected
from tests.fakediscord.state import (
    ATTACH_FILES,
    DEFAULT_PERMISSIONS,
    FORUM,
    FakeMessage,
    Guild,
    World,
    snowflake,
)
from tests.fakediscord.threads import ThreadRoutes
from tests.fakediscord.uploads import UPLOADS, read_upload

log = logging.getLogger("fakediscord")
RATELIMIT_HEADERS = web.RequestKey("ratelimit_headers", dict)  # the bucket's X-RateLimit-* for the answer
NONCE_WINDOW = 300.0  # seconds during which Discord honours enforce_nonce


@dataclass
class Failure:
    method: str
    path: re.Pattern[str]
    status: int
    retry_after: float | None
    times: int


class FakeDiscord(ThreadRoutes, InteractionRoutes, DmRoutes):
    def __init__(self, *, latency: float = 0.0, shards: int = 1, max_concurrency: int = 16) -> None:
        self.world = World()
        self.limits = RateLimits()  # Discord's global and per-route limits (limits.enabled = False turns them off)
        self.latency = latency  # seconds of round trip added to every REST call (half before, half after)
        self.shards = shards  # what GET /gateway/bot recommends
        self.max_concurrency = max_concurrency  # IDENTIFYs allowed per 5 s (16 and more for large bots)
        self.identified: list[tuple[int, int]] = []  # (shard id, shard count) of every IDENTIFY
        self.posts_in_flight = 0  # message creates being answered now
        self.peak_posts_in_flight = 0  # ...at most, at any one time
        self.requests: list[tuple[str, str, int]] = []
        self.rejections: list[tuple[str, Errors]] = []  # every payload answered 400 Invalid Form Body
        self.sync_calls: list[int | None] = []  # PUT .../commands, by guild (None: global)
        self._failures: list[Failure] = []
        self._holds: list[tuple[str, re.Pattern[str], asyncio.Event]] = []
        self._forbidden: dict[int, int] = {}
        self._sockets: list[web.WebSocketResponse] = []
        self._shard_of: dict[web.WebSocketResponse, tuple[int, int]] = {}  # socket → (shard id, shard count)
        self._seq = 0
        self.interactions: dict[int, InteractionRecord] = {}
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.ready = asyncio.Event()

    # ---------------------------------------------------------------- lifecycle
    async def start(self) -> FakeDiscord:
        # Bodies up to 64 MiB reach the handlers, so the upload limit answered is Discord's, not aiohttp's.
        app = web.Application(middlewares=[self._middleware], client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def rest_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    # ---------------------------------------------------------------- world building
    def add_guild(self, name: str = "Test Server") -> int:
        # Discord puts a guild on shard (id >> 22) % count: consecutive guilds land on consecutive shards here.
        gid = snowflake() + (len(self.world.guilds) << 22)
        guild = Guild(gid, name, self.world.owner_id)
        guild.roles[gid] = ("@everyone", DEFAULT_PERMISSIONS)
        guild.members[self.world.owner_id] = ("owner", ())
        guild.members[self.world.bot_id] = ("Greenlight", ())
        self.world.guilds[gid] = guild
        return gid

    def add_channel(self, guild_id: int, name: str) -> int:
        cid = snowflake()
        self.world.guilds[guild_id].channels[cid] = name
        self.world.messages[cid] = []
        return cid

    def add_forum(self, guild_id: int, name: str, tags: tuple[str, ...] = ()) -> int:
        """A forum channel (type 15) with these tags (a moderator's) already in it."""
        cid = self.add_channel(guild_id, name)
        guild = self.world.guilds[guild_id]
        guild.kinds[cid] = FORUM
        guild.tags[cid] = [
            {"id": str(snowflake()), "name": t, "moderated": False, "emoji_id": None, "emoji_name": None} for t in tags
        ]
        return cid

    def deny_bot(self, guild_id: int, channel_id: int, permissions: int) -> None:
        """A permission overwrite that denies the bot these permissions in a channel (seen from the next
        connection on, or at once with `update_channel`)."""
        guild = self.world.guilds[guild_id]
        guild.denied[channel_id] = guild.denied.get(channel_id, 0) | permissions

    async def update_channel(self, channel_id: int) -> None:
        guild = self.world.guild_of(channel_id)
        assert guild is not None
        await self.dispatch("CHANNEL_UPDATE", self.world.channel(guild, channel_id))

    def add_role(self, guild_id: int, name: str, permissions: int = 0, *, mentionable: bool = True) -> int:
        rid = snowflake()
        self.world.guilds[guild_id].roles[rid] = (name, permissions)
        if not mentionable:
            self.world.guilds[guild_id].unmentionable.add(rid)
        return rid

    def grant_role(self, guild_id: int, user_id: int, role_id: int) -> None:
        """Give a member (the bot too) a role; seen by the bot from its next connection on."""
        guild = self.world.guilds[guild_id]
        name, roles = guild.members[user_id]
        guild.members[user_id] = (name, (*roles, role_id))

    def add_member(self, guild_id: int, username: str, roles: tuple[int, ...] = ()) -> int:
        uid = snowflake()
        self.world.users[uid] = username
        self.world.guilds[guild_id].members[uid] = (username, tuple(roles))
        return uid

    @property
    def owner_id(self) -> int:
        return self.world.owner_id

    @property
    def bot_id(self) -> int:
        return self.world.bot_id

    # ---------------------------------------------------------------- failure injection
    def fail_next(
        self, method: str, path_regex: str, status: int, *, retry_after: float | None = None, times: int = 1
    ) -> None:
        self._failures.append(Failure(method.upper(), re.compile(path_regex), status, retry_after, times))

    def hold(self, method: str, path: str) -> asyncio.Event:
        """Requests matching (method, path regex) are carried out, then answered only once the returned event is
        set: a client that dies meanwhile has had its request done without hearing so (a crash after a send)."""
        release = asyncio.Event()
        self._holds.append((method, re.compile(path), release))
        return release

    def forbid_channel(self, channel_id: int, status: int = 403) -> None:
        self._forbidden[channel_id] = status

    # ---------------------------------------------------------------- inspection
    def messages(self, channel_id: int) -> list[FakeMessage]:
        return [m for m in self.world.messages.get(channel_id, []) if not m.deleted]

    async def wait_for_messages(self, channel_id: int, count: int = 1, timeout: float = 5.0) -> list[FakeMessage]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.messages(channel_id)) >= count:
                return self.messages(channel_id)
            await asyncio.sleep(0.02)
        raise TimeoutError(f"expected {count} messages in {channel_id}, got {len(self.messages(channel_id))}")

    async def wait_for(self, predicate, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return
            await asyncio.sleep(0.02)
        raise TimeoutError("condition not met in time")

    def check_invalid_requests(self, warn: int = INVALID_WARN) -> None:
        """Fail the test when the bot came near Discord's invalid-request ban (10,000 in 10 minutes)."""
        assert self.limits.invalid_peak < warn, (
            f"{self.limits.invalid_peak} invalid requests (401/403/429) in 10 minutes: Discord bans the IP at "
            f"{self.limits.invalid_ban}"
        )

    @staticmethod
    def shard_of(guild_id: int, count: int) -> int:
        return (guild_id >> 22) % count

    def registered_commands(self, guild_id: int | None = None) -> list[dict]:
        return self.world.commands.get(guild_id, [])

    # ---------------------------------------------------------------- gateway
    async def dispatch(self, event: str, data: dict) -> None:
        """To the shard that serves the event's guild (a DM's: shard 0), as Discord routes events."""
        self._seq += 1
        frame = json.dumps({"op": 0, "t": event, "s": self._seq, "d": data})
        guild_id = int(data["guild_id"]) if data.get("guild_id") else None
        for ws in list(self._sockets):
            shard, count = self._shard_of.get(ws, (0, 1))
            if (self.shard_of(guild_id, count) if guild_id is not None else 0) == shard:
                await ws.send_str(frame)

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                payload = json.loads(msg.data)
                op = payload.get("op")
                if op == 1:
                    await ws.send_str(json.dumps({"op": 11}))
                elif op in (2, 6):  # IDENTIFY or RESUME: start a fresh session either way
                    shard = (payload.get("d") or {}).get("shard") or self._shard_of.get(ws, [0, 1])
                    self._shard_of[ws] = (int(shard[0]), int(shard[1]))
                    if op == 2:
                        self.identified.append(self._shard_of[ws])
                    await self._ready(ws)
        finally:
            if ws in self._sockets:
                self._sockets.remove(ws)
            self._shard_of.pop(ws, None)
        return ws

    async def _ready(self, ws: web.WebSocketResponse) -> None:
        w = self.world
        shard, count = self._shard_of.get(ws, (0, 1))
        guilds = [g for g in w.guilds.values() if self.shard_of(g.id, count) == shard]
        self._seq += 1
        await ws.send_str(
            json.dumps(
                {
                    "op": 0,
                    "t": "READY",
                    "s": self._seq,
                    "d": {
                        "v": 10,
                        "user": w.user(w.bot_id),
                        "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
                        "session_id": "fake-session",
                        "resume_gateway_url": self.gateway_url,
                        "shard": [shard, count],
                        "application": {"id": str(w.app_id), "flags": 0},
                        "private_channels": [],
                        "relationships": [],
                    },
                }
            )
        )
        for guild in guilds:
            self._seq += 1
            await ws.send_str(json.dumps({"op": 0, "t": "GUILD_CREATE", "s": self._seq, "d": w.guild_payload(guild)}))
        self.ready.set()

    # ---------------------------------------------------------------- driving the bot
    def _option_resolved(self, guild: Guild, options: list[dict]) -> dict:
        resolved: dict[str, dict] = {}
        for opt in options:
            if opt.get("options"):
                for k, v in self._option_resolved(guild, opt["options"]).items():
                    resolved.setdefault(k, {}).update(v)
            value = opt.get("value")
            if opt.get("type") == 7:
                resolved.setdefault("channels", {})[str(value)] = {
                    **self.world.channel(guild, int(value)),
                    "permissions": str((1 << 50) - 1),
                }
            elif opt.get("type") == 8:
                resolved.setdefault("roles", {})[str(value)] = self.world.role(guild, int(value))
        return resolved

    def _command_id(self, guild_id: int, name: str) -> str:
        for cmd in self.world.commands.get(guild_id, []) + self.world.commands.get(None, []):
            if cmd["name"] == name:
                return cmd["id"]
        raise KeyError(
            f"/{name} is not registered; registered: {[c['name'] for c in self.world.commands.get(None, [])]}"
        )

    async def invoke(
        self,
        guild_id: int,
        channel_id: int,
        user_id: int,
        name: str,
        options: list[dict] | None = None,
        *,
        interaction_type: int = 2,
    ) -> InteractionRecord:
        """Dispatch INTERACTION_CREATE for a slash command (type 2) or an autocomplete (type 4)."""
        guild = self.world.guilds[guild_id]
        iid, token = snowflake(), f"token-{snowflake()}"
        record = InteractionRecord(iid, token, name, dispatched=time.monotonic())
        self.interactions[iid] = record
        options = options or []
        data: dict[str, Any] = {"id": self._command_id(guild_id, name), "name": name, "type": 1, "options": options}
        resolved = self._option_resolved(guild, options)
        if resolved:
            data["resolved"] = resolved
        member = self.world.member(guild, user_id)
        member["permissions"] = str(self.world.permissions(guild, user_id))
        await self.dispatch(
            "INTERACTION_CREATE",
            {
                "id": str(iid),
                "application_id": str(self.world.app_id),
                "type": interaction_type,
                "data": data,
                "guild_id": str(guild_id),
                "guild": {"id": str(guild_id), "locale": "en-US", "features": []},
                "channel_id": str(channel_id),
                "channel": {**self.world.channel(guild, channel_id)},
                "member": member,
                "token": token,
                "version": 1,
                "app_permissions": str(self.world.permissions(guild, self.world.bot_id)),  # the bot's own
                "locale": "en-US",
                "guild_locale": "en-US",
                "entitlements": [],
                "authorizing_integration_owners": {"0": str(guild_id)},
                "context": 0,
                "attachment_size_limit": 8 * 1024 * 1024,
            },
        )
        return record

    async def send_user_message(
        self, guild_id: int, channel_id: int, user_id: int, content: str, *, mention_bot: bool = False
    ) -> None:
        guild = self.world.guilds[guild_id]
        mid = snowflake()
        text = (f"<@{self.world.bot_id}> " + content) if mention_bot else content
        await self.dispatch(
            "MESSAGE_CREATE",
            {
                "id": str(mid),
                "channel_id": str(channel_id),
                "guild_id": str(guild_id),
                "author": self.world.user(user_id),
                "member": {k: v for k, v in self.world.member(guild, user_id).items() if k != "user"},
                "content": text,
                "timestamp": "2026-11-25T00:00:00+00:00",
                "edited_timestamp": None,
                "tts": False,
                "mention_everyone": False,
                "mentions": [self.world.user(self.world.bot_id)] if mention_bot else [],
                "mention_roles": [],
                "attachments": [],
                "embeds": [],
                "pinned": False,
                "type": 0,
                "flags": 0,
                "components": [],
            },
        )

    # ---------------------------------------------------------------- REST
    @web.middleware
    async def _middleware(self, request: web.Request, handler):  # type: ignore[no-untyped-def]
        if not request.path.startswith("/api/v10/"):  # the gateway
            return await handler(request)
        posting = request.method == "POST" and request.path.endswith("/messages")
        if posting:
            self.posts_in_flight += 1
            self.peak_posts_in_flight = max(self.peak_posts_in_flight, self.posts_in_flight)
        try:
            return await self._answer(request, handler)
        finally:
            if posting:
                self.posts_in_flight -= 1

    async def _answer(self, request: web.Request, handler):  # type: ignore[no-untyped-def]
        if self.latency:
            await asyncio.sleep(self.latency / 2)
        response = self._limited(request)
        if response is None:
            response = await handler(request)
            if response.status != 429:  # an injected 429 keeps its own headers
                response.headers.update(request[RATELIMIT_HEADERS])
        self.limits.answered(response.status, response.headers.get("X-RateLimit-Scope"))
        self.requests.append((request.method, request.path, response.status))
        if self.latency:
            await asyncio.sleep(self.latency / 2)
        return response

    def _limited(self, request: web.Request) -> web.Response | None:
        """A 429 when the request is over a limit; otherwise None, and the answer gets its bucket's headers."""
        if self.limits.banned:  # Cloudflare's ban: no Via header, a text body
            return web.Response(status=429, text="error code: 1015")
        verdict = self.limits.check(request.method, request.path.removeprefix("/api/v10"))
        if verdict.allowed:
            request[RATELIMIT_HEADERS] = verdict.headers
            return None
        return json_response(verdict.body, 429, {"Via": "1.1 google", **verdict.headers})

    def _injected(self, method: str, path: str) -> web.Response | None:
        for f in self._failures:
            if f.times > 0 and f.method == method and f.path.search(path):
                f.times -= 1
                if f.status == 429:
                    retry = f.retry_after or 0.1
                    return json_response(
                        {"message": "You are being rate limited.", "retry_after": retry, "global": False},
                        429,
                        {
                            "Via": "1.1 google",
                            "Retry-After": str(retry),
                            "X-RateLimit-Limit": "5",
                            "X-RateLimit-Remaining": "0",
                            "X-RateLimit-Reset-After": str(retry),
                            "X-RateLimit-Bucket": "fake",
                            "X-RateLimit-Scope": "user",
                        },
                    )
                if f.status == 400:
                    return rejected({"content": {"_errors": [{"code": "INJECTED", "message": "Injected rejection."}]}})
                return json_response({"message": "injected failure", "code": 0}, f.status)
        m = re.match(r"/channels/(\d+)", path)
        if m and method in ("POST", "PATCH") and int(m.group(1)) in self._forbidden:
            status = self._forbidden[int(m.group(1))]
            body = (
                {"message": "Missing Access", "code": 50001}
                if status == 403
                else {"message": "Unknown Channel", "code": 10003}
            )
            return json_response(body, status)
        return None

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        method = request.method
        injected = self._injected(method, path)
        if injected is not None:
            return injected
        body: Any = None
        if request.can_read_body:
            if request.content_type.startswith("multipart"):
                body, refused = await read_upload(request)  # payload_json plus files[n], checked as Discord does
                if refused is not None:
                    status, error = refused
                    self._check(f"{method} upload", error if status == 400 else {"upload": error})
                    return rejected(error) if status == 400 else json_response(error, status)
            else:
                text = await request.text()
                body = json.loads(text) if text else None
        w = self.world
        routes: list[tuple[str, str, Any]] = [
            ("GET", r"/users/@me", lambda m: json_response(w.user(w.bot_id))),
            (
                "GET",
                r"/oauth2/applications/@me",
                lambda m: json_response(
                    {
                        "id": str(w.app_id),
                        "name": "Greenlight",
                        "icon": None,
                        "description": "",
                        "bot_public": True,
                        "bot_require_code_grant": False,
                        "owner": w.user(w.owner_id),
                        "verify_key": "0" * 64,
                        "flags": 0,
                        "summary": "",
                        "team": None,
                    }
                ),
            ),
            (
                "GET",
                r"/gateway(/bot)?",
                lambda m: json_response(
                    {
                        "url": self.gateway_url,
                        "shards": self.shards,
                        "session_start_limit": {
                            "total": 1000,
                            "remaining": 1000,
                            "reset_after": 0,
                            "max_concurrency": self.max_concurrency,
                        },
                    }
                ),
            ),
            ("PUT", r"/applications/(\d+)/commands", lambda m: self._sync(None, body)),
            ("PUT", r"/applications/(\d+)/guilds/(\d+)/commands", lambda m: self._sync(int(m.group(2)), body)),
            ("GET", r"/applications/(\d+)/commands", lambda m: json_response(w.commands.get(None, []))),
            (
                "GET",
                r"/applications/(\d+)/guilds/(\d+)/commands",
                lambda m: json_response(w.commands.get(int(m.group(2)), [])),
            ),
            ("POST", r"/users/@me/channels", lambda m: self._open_dm(body)),
            ("POST", r"/channels/(\d+)/messages", lambda m: self._create_message(int(m.group(1)), body)),
            (
                "PATCH",
                r"/channels/(\d+)/messages/(\d+)",
                lambda m: self._edit_message(int(m.group(1)), int(m.group(2)), body),
            ),
            ("GET", r"/channels/(\d+)/messages/(\d+)", lambda m: self._get_message(int(m.group(1)), int(m.group(2)))),
            (
                "DELETE",
                r"/channels/(\d+)/messages/(\d+)",
                lambda m: self._delete_message(int(m.group(1)), int(m.group(2))),
            ),
            ("GET", r"/channels/(\d+)", lambda m: self._get_channel(int(m.group(1)))),
            ("PATCH", r"/channels/(\d+)", lambda m: self._edit_channel(int(m.group(1)), body)),
            ("POST", r"/channels/(\d+)/threads", lambda m: self._forum_post(int(m.group(1)), body)),
            (
                "POST",
                r"/channels/(\d+)/messages/(\d+)/threads",
                lambda m: self._thread_from_message(int(m.group(1)), int(m.group(2)), body),
            ),
            ("GET", r"/guilds/(\d+)/threads/active", lambda m: self._active_threads(int(m.group(1)))),
            (
                "GET",
                r"/channels/(\d+)/threads/archived/public",
                lambda m: self._archived_threads(int(m.group(1))),
            ),
            ("POST", r"/interactions/(\d+)/([^/]+)/callback", lambda m: self._callback(int(m.group(1)), body)),
            ("POST", r"/webhooks/(\d+)/([^/]+)", lambda m: self._followup(m.group(2), body)),
            ("PATCH", r"/webhooks/(\d+)/([^/]+)/messages/@original", lambda m: self._edit_original(m.group(2), body)),
            ("GET", r"/webhooks/(\d+)/([^/]+)/messages/@original", lambda m: self._original(m.group(2))),
        ]
        for route_method, pattern, handler in routes:
            m = re.fullmatch(pattern, path)
            if m and route_method == method:
                response = handler(m)
                for held_method, held, release in self._holds:
                    if held_method == method and held.search(path):
                        await release.wait()
                return response
        log.warning("fake Discord: no route for %s %s", method, path)
        return json_response({"message": f"404: Not Found ({method} {path})", "code": 0}, 404)

    def _sync(self, guild_id: int | None, commands: list[dict]) -> web.Response:
        self.sync_calls.append(guild_id)
        errors = commands_errors(commands)
        if errors:
            self.rejections.append(("PUT commands", errors))
            return rejected(errors)
        stored = []
        for cmd in commands:
            stored.append(
                {
                    **cmd,
                    "id": str(snowflake()),
                    "application_id": str(self.world.app_id),
                    "version": str(snowflake()),
                    "type": cmd.get("type", 1),
                    "default_member_permissions": cmd.get("default_member_permissions"),
                    "guild_id": str(guild_id) if guild_id else None,
                }
            )
        self.world.commands[guild_id] = stored
        return json_response(stored)

    def _create_message(self, channel_id: int, body: dict) -> web.Response:
        if channel_id not in self.world.messages:
            return json_response(UNKNOWN_CHANNEL, 404)
        if (refused := self._dm_refused(channel_id)) is not None:
            return refused
        if errors := self._check("POST message", message_errors(body)):
            return rejected(errors)
        guild = self.world.guild_of(channel_id)
        if (
            body.get(UPLOADS)
            and guild
            and not self.world.channel_permissions(guild, self.world.bot_id, channel_id) & ATTACH_FILES
        ):
            return json_response(MISSING_PERMISSIONS, 403)  # files need Attach Files
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce"):
            for existing in self.world.messages[channel_id]:
                if existing.nonce == str(nonce) and time.monotonic() - existing.created < NONCE_WINDOW:
                    return json_response(self.world.message(existing))
        msg = FakeMessage(
            snowflake(),
            channel_id,
            body.get("content"),
            body.get("embeds") or [],
            body.get("allowed_mentions"),
            None if nonce is None else str(nonce),
            self.world.bot_id,
            attachments=list(body.get(UPLOADS) or []),
        )
        self.world.messages[channel_id].append(msg)
        return json_response(self.world.message(msg))

    def _find(self, channel_id: int, message_id: int) -> FakeMessage | None:
        return next((m for m in self.world.messages.get(channel_id, []) if m.id == message_id and not m.deleted), None)

    def _edit_message(self, channel_id: int, message_id: int, body: dict) -> web.Response:
        if channel_id not in self.world.messages:
            return json_response(UNKNOWN_CHANNEL, 404)
        if (refused := self._dm_refused(channel_id)) is not None:
            return refused
        msg = self._find(channel_id, message_id)
        if msg is None:
            return json_response({"message": "Unknown Message", "code": 10008}, 404)
        thread = self.world.threads.get(channel_id)
        if thread is not None and thread.archived:
            return json_response(ARCHIVED, 400)
        if errors := self._check("PATCH message", message_errors(body)):
            return rejected(errors)
        msg.edits.append(body)
        return json_response(self.world.message(msg))

    def _get_message(self, channel_id: int, message_id: int) -> web.Response:
        msg = self._find(channel_id, message_id)
        return (
            json_response(self.world.message(msg))
            if msg
            else json_response({"message": "Unknown Message", "code": 10008}, 404)
        )

    def _delete_message(self, channel_id: int, message_id: int) -> web.Response:
        msg = self._find(channel_id, message_id)
        if msg:
            msg.deleted = True
        return web.Response(status=204)

    def _get_channel(self, channel_id: int) -> web.Response:
        guild = self.world.guild_of(channel_id)
        if guild is None:
            return self._get_dm(channel_id) or json_response(UNKNOWN_CHANNEL, 404)
        return json_response(self.world.channel(guild, channel_id))

    def _check(self, what: str, errors: Errors) -> Errors:
        if errors:
            self.rejections.append((what, errors))
            log.warning("fake Discord rejected a %s: %s", what, errors)
        return errors
