"""When a channel's weekly digest is due: a weekday and a local time in an IANA time zone, turned into UTC instants.

Instants are kept in UTC; the wall-clock time is kept with its zone so "Monday 17:00 Europe/London" stays 17:00 in
London across daylight-saving changes. A local time that does not exist (clocks jump forward over it) is taken
with the offset before the jump, so it lands just after; one that happens twice is the first of the two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.errors import GreenlightError

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$", re.IGNORECASE)
_ZONE_TEXT = re.compile(r"^[A-Za-z0-9_+\-/]{1,64}$")


class ScheduleError(GreenlightError):
    """A day, time or time zone that cannot be understood; the message gives examples that work."""


@dataclass(frozen=True)
class DigestSchedule:
    channel_id: int
    guild_id: int
    weekday: int  # 0 = Monday
    at: time  # local wall-clock time
    timezone: str  # an IANA name, e.g. Europe/London
    created_at: datetime  # UTC: weeks before this one get no digest

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def describe(self) -> str:
        return f"every {DAYS[self.weekday].title()} at {self.at:%H:%M} ({self.timezone})"


def parse_day(text: str) -> int:
    word = text.strip().casefold()
    matches = [i for i, d in enumerate(DAYS) if len(word) >= 2 and d.startswith(word)]
    if len(matches) != 1:
        raise ScheduleError(f"“{text[:40]}” is not a day of the week. Use a day such as monday or fri.")
    return matches[0]


def parse_time(text: str) -> time:
    m = _TIME.match(text)
    if m:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        half = (m.group(3) or "").casefold().replace(".", "")
        if half and 1 <= hour <= 12:
            hour = hour % 12 + (12 if half == "pm" else 0)
        elif half:
            hour = 99
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise ScheduleError(f"“{text[:40]}” is not a time of day. Use 24-hour HH:MM such as 17:00, or 5pm.")


@cache
def _zone_names() -> dict[str, str]:
    return {name.casefold(): name for name in available_timezones()}


def suggest_zones(text: str, limit: int = 25) -> list[str]:
    """IANA names containing the text (any capitalisation), for autocompletion."""
    low = text.strip().casefold()
    if not low:
        return ["UTC", "Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Tokyo"][:limit]
    return sorted(name for key, name in _zone_names().items() if low in key)[:limit]


def parse_timezone(text: str | None) -> str:
    """The canonical IANA name (any capitalisation accepted); UTC when none is given."""
    if text is None or not text.strip():
        return "UTC"
    name = text.strip()
    canonical = _zone_names().get(name.casefold()) if _ZONE_TEXT.match(name) else None
    if canonical is not None:
        try:
            ZoneInfo(canonical)
            return canonical
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    raise ScheduleError(
        f"“{name[:64]}” is not a time zone Greenlight knows. Use an IANA name such as Europe/London, "
        "America/New_York, Asia/Tokyo or UTC (the list: https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)."
    )


def slot_on(schedule: DigestSchedule, day: date) -> datetime:
    """The UTC instant of the schedule's local time on that local day."""
    return datetime.combine(day, schedule.at, tzinfo=schedule.zone).astimezone(UTC)


def latest_slot(schedule: DigestSchedule, now: datetime) -> datetime | None:
    """The most recent due instant at or before `now`, unless it came before the schedule was set (then None).
    Weeks missed while the bot was down are not made up: only the latest is sent."""
    local_today = now.astimezone(schedule.zone).date()
    day = local_today - timedelta(days=(local_today.weekday() - schedule.weekday) % 7)
    slot = slot_on(schedule, day)
    if slot > now:
        slot = slot_on(schedule, day - timedelta(days=7))
    return slot if slot > schedule.created_at else None


def next_slot(schedule: DigestSchedule, now: datetime) -> datetime:
    """The first due instant after `now` (and after the schedule was set)."""
    local_today = max(now, schedule.created_at).astimezone(schedule.zone).date()
    day = local_today + timedelta(days=(schedule.weekday - local_today.weekday()) % 7)
    for week in range(3):
        slot = slot_on(schedule, day + timedelta(days=7 * week))
        if slot > now and slot > schedule.created_at:
            return slot
    raise AssertionError("a weekly slot always comes within three weeks")


def week_of(schedule: DigestSchedule, slot: datetime) -> str:
    """The local ISO week of a slot, e.g. 2026-W49: one digest per channel per week, whatever the time changes."""
    year, week, _ = slot.astimezone(schedule.zone).date().isocalendar()
    return f"{year}-W{week:02d}"
