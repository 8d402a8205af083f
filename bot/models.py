"""Frozen dataclasses shared by every layer. Plain data: no I/O, no Discord."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

# ---------------------------------------------------------------- feeds


@dataclass(frozen=True)
class Entry:
    """One item of a parsed feed. `guid` falls back to the link (then to a hash of the title)."""

    guid: str
    title: str
    link: str
    published: datetime | None  # aware UTC, or None when the feed gives no usable date
    text: str  # plain text, HTML removed
    summary_raw: str  # the summary/content as the feed gave it


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    link: str
    entries: tuple[Entry, ...]
    warnings: tuple[str, ...] = ()  # entries skipped, fallbacks used
    dropped: int = 0  # entries left out because the feed held more than the per-fetch cap (the oldest ones)
    known: int = 0  # entries left out because their guid was stored already (counted within the cap)

    @property
    def note(self) -> str | None:
        """A sentence for the source's status when entries were left out, else None."""
        if not self.dropped:
            return None
        read = len(self.entries) + self.known
        return (
            f"The feed held {read + self.dropped:,} entries; only the newest {read:,} were read "
            "(GREENLIGHT_MAX_ENTRIES_PER_FETCH)."
        )


# ---------------------------------------------------------------- fetching


class FetchOutcome(StrEnum):
    NEW = "new"  # 200 with a body
    NOT_MODIFIED = "not_modified"  # 304: a success
    ERROR = "error"


class FetchErrorKind(StrEnum):
    BAD_URL = "bad_url"  # not http(s), no host, unparsable
    BLOCKED = "blocked_address"  # SSRF guard refused the address
    TIMEOUT = "timeout"
    TOO_LARGE = "too_large"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    HTTP_STATUS = "http_status"
    NETWORK = "network"  # DNS failure, connection refused/reset, TLS
    NOT_A_FEED = "not_a_feed"
    MALFORMED = "malformed_feed"
    UNSAFE = "unsafe_feed"  # e.g. declares <!ENTITY


@dataclass(frozen=True)
class FetchResult:
    url: str
    outcome: FetchOutcome
    body: bytes | None = None
    status: int | None = None
    final_url: str | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error_kind: FetchErrorKind | None = None
    error: str | None = None  # human sentence: what went wrong
    retry_after: float | None = None  # seconds, from Retry-After
    max_age: float | None = None  # seconds, from Cache-Control
    # The final URL when every redirect hop on the way was permanent (301/308): the source has moved there.
    permanent_redirect: str | None = None

    @property
    def ok(self) -> bool:
        return self.outcome is not FetchOutcome.ERROR


# ---------------------------------------------------------------- storage


PAUSED_REASON = "Paused by a moderator"  # how a paused source's disabled reason starts (status: "paused")


@dataclass(frozen=True)
class Source:
    id: int
    url: str
    title: str | None
    etag: str | None
    last_modified: str | None
    next_poll_at: datetime | None
    failures: int
    last_error: str | None
    disabled_reason: str | None
    added_at: datetime
    added_by: str | None
    last_fetched_at: datetime | None = None
    last_ok_at: datetime | None = None
    article_count: int = 0
    newest_title: str | None = None
    last_note: str | None = None  # from the last successful poll, e.g. entries left out, or a move

    @property
    def status(self) -> str:
        if self.disabled_reason:
            return "paused" if self.disabled_reason.startswith(PAUSED_REASON) else "disabled"
        if self.failures:
            return "failing"
        if self.last_fetched_at is None:
            return "new"
        return "ok"


@dataclass(frozen=True)
class Article:
    id: int
    source_id: int
    guid: str
    title: str
    link: str
    published: datetime | None
    text: str
    summary_raw: str
    fetched_at: datetime
    is_new: bool  # False for items that were already in the feed when the source was added


# ---------------------------------------------------------------- understanding

EVENTS = ("renewed", "cancelled", "ending", "ordered", "premiere", "production", "trailer", "casting")
# Events a follow gets only when it names them: "airing" is a reminder made from TVmaze's dates (the day before and
# the day a season premieres), not news, so a follow of "every event" (events=()) does not get it.
AIRING = "airing"
OPT_IN_EVENTS = (AIRING,)
FOLLOW_EVENTS = EVENTS + OPT_IN_EVENTS  # what /follow accepts


@dataclass(frozen=True)
class Fact:
    """A sentence worth quoting later about a show's season."""

    text: str
    show: str | None
    season: int | None
    kind: str  # quote | date | cast | crew | production | story | status
    speaker: str | None = None


@dataclass(frozen=True)
class Decision:
    """One decision an article announces: "NBC renews Manifest, cancels Indebted" holds two."""

    event: str
    show: str | None
    season: int | None
    network: str | None


@dataclass(frozen=True)
class Analysis:
    event: str | None  # one of EVENTS or None
    show: str | None
    shows: tuple[str, ...]
    season: int | None
    seasons: tuple[int, ...]
    network: str | None
    confidence: float
    evidence: str
    summary: str
    facts: tuple[Fact, ...] = field(default_factory=tuple)
    # Every decision found, the main one first (equal to event/show/season/network when event is set)
    decisions: tuple[Decision, ...] = ()

    @classmethod
    def nothing(cls, evidence: str, summary: str = "") -> Analysis:
        """No TV news here: not relevant, or not analysable (`evidence` says why)."""
        return cls(None, None, (), None, (), None, 0.0, evidence, summary)


@dataclass(frozen=True)
class PollSummary:
    fetched: int = 0
    not_modified: int = 0
    failed: int = 0
    new_articles: int = 0
    disabled: tuple[str, ...] = ()  # URLs disabled during this cycle
    errors: tuple[tuple[str, str], ...] = ()  # (url, reason)
    baseline: int = 0  # articles stored by first polls of new sources: never announced, analysed in the background
    baseline_sources: int = 0


# ---------------------------------------------------------------- knowledge


@dataclass(frozen=True)
class Show:
    id: int
    title: str
    network: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class StorySource:
    article_id: int
    outlet: str  # the source's title
    title: str
    link: str
    published: datetime | None


@dataclass(frozen=True)
class Story:
    """One real-world event, reported by one or more outlets."""

    id: int
    show_id: int
    show: str
    season: int | None
    event: str
    network: str | None
    headline: str
    summary: str
    first_seen: datetime
    updated_at: datetime
    announce: bool  # False when it was already in the feeds when they were added
    sources: tuple[StorySource, ...] = ()
    link: str | None = None  # a story with no articles (a premiere reminder): where its facts come from


@dataclass(frozen=True)
class StoredFact:
    id: int
    show_id: int
    season: int | None
    kind: str
    speaker: str | None
    text: str
    source: StorySource


# ---------------------------------------------------------------- Discord-side configuration (plain data)


@dataclass(frozen=True)
class GuildSettings:
    guild_id: int
    alert_channel_id: int | None = None
    moderator_role_id: int | None = None
    modlog_channel_id: int | None = None


@dataclass(frozen=True)
class Follow:
    id: int
    guild_id: int
    channel_id: int
    show_id: int | None  # None: every show
    show: str | None
    events: tuple[str, ...]  # empty: every event
    mention_role_id: int | None
    paused_reason: str | None = None
    kind: str = "text"  # text | forum: a forum gets one post (a thread) per story
    threads: bool = False  # text channels only: start a public thread on each alert
    archive_minutes: int = 1440  # when those threads archive themselves after inactivity

    def wants(self, event: str) -> bool:
        return wants_event(self.events, event)


def wants_event(events: tuple[str, ...], event: str) -> bool:
    """Every news event when no events are named; opt-in events (premiere reminders) only when named."""
    if not events:
        return event not in OPT_IN_EVENTS
    return event in events


@dataclass(frozen=True)
class Delivery:
    id: int
    story_id: int
    guild_id: int
    channel_id: int
    mention_role_id: int | None
    status: str  # pending | sent | paused | failed
    message_id: int | None
    attempts: int
    needs_edit: bool
    last_error: str | None
    kind: str = "text"  # text | forum (copied from the follow when queued)
    archive_minutes: int | None = None  # a text alert that starts a thread (None: no thread)
    thread_id: int | None = None  # that thread once started (0: given up)
    tag_id: int | None = None  # a forum post's applied tag
    edits_wanted: int = 0  # edits asked for (another outlet joined) since the message was last sent or edited

    @property
    def nonce(self) -> str:
        """Stable per delivery, so a resend after a crash is recognised by Discord (enforce_nonce)."""
        return f"gl-{self.id}"


@dataclass(frozen=True)
class PausedChannel:
    channel_id: int
    guild_id: int
    reason: str
    since: datetime
    reported: bool
