"""Discord's rate limits, enforced the way Discord announces and enforces them.

- The global limit: 50 requests in any second per bot (interaction callbacks and followups are exempt, as on
  Discord). Over it: 429 `{"global": true, "retry_after": …}` with `X-RateLimit-Global` and `X-RateLimit-Scope: global`.
- Per-route buckets, per major parameter (the channel, guild or webhook): every answer carries `X-RateLimit-Limit`,
  `-Remaining`, `-Reset`, `-Reset-After` and `-Bucket`; a request over the bucket gets 429 with `retry_after` and
  `X-RateLimit-Scope: user`. Messages: 5 per 5 s per channel, as on Discord.
- Invalid requests (401, 403, and 429 other than `shared` scope) are counted over 10 minutes: at 10,000 Discord bans
  the IP (here: every answer becomes Cloudflare's 429 without `Via`), and a test fails long before that
  (FakeDiscord.check_invalid_requests, called when a test's world closes).
"""

from __future__ import annotations

import re
import time
from collections import deque
from dataclasses import dataclass

GLOBAL_LIMIT = 50  # requests a second
INVALID_WINDOW = 600.0  # seconds
INVALID_BAN = 10_000  # invalid requests in the window that get an IP banned
INVALID_WARN = INVALID_BAN // 2  # a test fails when the bot gets this near the ban


@dataclass(frozen=True)
class BucketRule:
    name: str  # what Discord sends as X-RateLimit-Bucket (an opaque hash there)
    method: str
    path: re.Pattern[str]  # group 1: the major parameter
    limit: int
    window: float  # seconds


# The first rule that matches a request is its bucket; anything else gets the default per major parameter.
RULES = (
    BucketRule("msg-create", "POST", re.compile(r"/channels/(\d+)/messages$"), 5, 5.0),
    BucketRule("msg-edit", "PATCH", re.compile(r"/channels/(\d+)/messages/\d+$"), 5, 5.0),
    BucketRule("thread-create", "POST", re.compile(r"/channels/(\d+)(?:/messages/\d+)?/threads$"), 10, 10.0),
    BucketRule("channel", "*", re.compile(r"/channels/(\d+)"), 20, 1.0),
    BucketRule("guild", "*", re.compile(r"/guilds/(\d+)"), 20, 1.0),
    BucketRule("webhook", "*", re.compile(r"/webhooks/\d+/([^/]+)"), 5, 1.0),
    BucketRule("interaction", "*", re.compile(r"/interactions/(\d+)"), 5, 1.0),
    BucketRule("other", "*", re.compile(r"/(\w+)"), 50, 1.0),
)
GLOBAL_EXEMPT = re.compile(r"^/(interactions|webhooks)/")  # interaction endpoints do not count toward the global


@dataclass
class Bucket:
    rule: BucketRule
    started: float = 0.0
    used: int = 0

    def reset_after(self, now: float) -> float:
        return max(self.started + self.rule.window - now, 0.0)


@dataclass(frozen=True)
class Verdict:
    """What the limiter says about one request: allowed (with its bucket's headers) or a 429 body and headers."""

    allowed: bool
    headers: dict[str, str]
    body: dict[str, object] | None = None


class RateLimits:
    def __init__(self, *, global_limit: int = GLOBAL_LIMIT, clock=time.monotonic) -> None:  # type: ignore[no-untyped-def]
        self.global_limit = global_limit
        self.enabled = True
        self._clock = clock
        self._recent: deque[float] = deque()  # times of the requests of the last second that count toward the global
        self._buckets: dict[tuple[str, str], Bucket] = {}
        self.n429 = 0
        self.n429_global = 0
        self.counted = 0  # requests that count toward the global limit
        self._invalid: deque[float] = deque()
        self.invalid_peak = 0  # the most invalid requests seen in any 10 minutes
        self.invalid_ban = INVALID_BAN

    @property
    def banned(self) -> bool:
        return self.invalid_peak >= self.invalid_ban

    def check(self, method: str, path: str) -> Verdict:
        now = self._clock()
        rule, major = _rule(method, path)
        bucket = self._buckets.get((rule.name, major))
        if bucket is None or bucket.reset_after(now) <= 0:
            bucket = self._buckets[(rule.name, major)] = Bucket(rule, now, 0)
        if not self.enabled:
            return Verdict(True, {})
        counts = not GLOBAL_EXEMPT.match(path)
        if counts:
            while self._recent and now - self._recent[0] >= 1.0:
                self._recent.popleft()
            if len(self._recent) >= self.global_limit:
                retry = round(self._recent[0] + 1.0 - now, 3)
                self.n429 += 1
                self.n429_global += 1
                return Verdict(
                    False,
                    {
                        "Retry-After": str(max(1, round(retry))),
                        "X-RateLimit-Global": "true",
                        "X-RateLimit-Scope": "global",
                    },
                    {"message": "You are being rate limited.", "retry_after": retry, "global": True},
                )
        if bucket.used >= rule.limit:
            retry = round(bucket.reset_after(now), 3)
            self.n429 += 1
            return Verdict(
                False,
                {**self._headers(bucket, now), "Retry-After": str(max(1, round(retry))), "X-RateLimit-Scope": "user"},
                {"message": "You are being rate limited.", "retry_after": retry, "global": False},
            )
        bucket.used += 1
        if counts:
            self._recent.append(now)
            self.counted += 1
        return Verdict(True, self._headers(bucket, now))

    def _headers(self, bucket: Bucket, now: float) -> dict[str, str]:
        reset_after = bucket.reset_after(now)
        return {
            "X-RateLimit-Limit": str(bucket.rule.limit),
            "X-RateLimit-Remaining": str(max(bucket.rule.limit - bucket.used, 0)),
            "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
            "X-RateLimit-Reset-After": f"{reset_after:.3f}",
            "X-RateLimit-Bucket": bucket.rule.name,
        }

    def answered(self, status: int, scope: str | None) -> None:
        """Count an invalid request (401, 403, or a 429 not of the shared scope), as Discord does."""
        if status not in (401, 403, 429) or (status == 429 and scope == "shared"):
            return
        now = self._clock()
        self._invalid.append(now)
        while self._invalid and now - self._invalid[0] >= INVALID_WINDOW:
            self._invalid.popleft()
        self.invalid_peak = max(self.invalid_peak, len(self._invalid))


def _rule(method: str, path: str) -> tuple[BucketRule, str]:
    for rule in RULES:
        if rule.method in ("*", method):
            m = rule.path.search(path) if rule.name != "other" else rule.path.match(path)
            if m:
                return rule, m.group(1)
    return RULES[-1], ""
