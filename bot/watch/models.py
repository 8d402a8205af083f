"""The watchlist's data: plain dataclasses the store returns and the commands render."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.models import wants_event

DM_KIND = "dm"  # a delivery whose channel_id is a member's id: the Sender opens the DM channel first
DMS_CLOSED = "dms_closed"  # Discord answered 50007: DMs closed, or no server shared with the bot any more
WATCH_OFF = "watch_off"  # the server the watch was made in turned watches off (/setup watch:off)


@dataclass(frozen=True)
class Watch:
    id: int
    member_id: int
    show_id: int
    show: str
    events: tuple[str, ...]  # empty: every news event
    guild_id: int  # the server it was made in
    paused_reason: str | None  # DMS_CLOSED | WATCH_OFF | None
    created_at: datetime

    def wants(self, event: str) -> bool:
        return wants_event(self.events, event)  # as a channel's follow


@dataclass(frozen=True)
class WatchNotice:
    """Discord would not DM this member: their watches are paused until they resume them."""

    member_id: int
    reason: str
    since: datetime
    told: bool  # the member's next command said how to turn DMs back on
    seen_at: datetime | None  # the last command they used since (they still share a server with the bot)
