"""Queries of the weekly digest: channels' schedules, the digests planned (one per channel and week) and the
stories a digest or a scorecard covers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time

from bot.digest.schedule import DigestSchedule
from bot.models import Story
from bot.store.base import StoreBase
from bot.timeutil import from_db_required, to_db

DIGEST_KIND = "digest"  # deliveries.kind of a digest's row in the outbox


@dataclass(frozen=True)
class StoredDigest:
    id: int
    channel_id: int
    week: str
    slot_at: datetime
    message_json: str
    picture: bytes | None
    picture_name: str | None
    picture_alt: str | None


def _schedule(r: dict) -> DigestSchedule:
    return DigestSchedule(
        r["channel_id"],
        r["guild_id"],
        r["weekday"],
        time.fromisoformat(r["local_time"]),
        r["timezone"],
        from_db_required(r["created_at"]),
    )


def _digest(r: dict) -> StoredDigest:
    return StoredDigest(
        r["id"],
        r["channel_id"],
        r["week"],
        from_db_required(r["slot_at"]),
        r["message_json"],
        r["picture"],
        r["picture_name"],
        r["picture_alt"],
    )


class DigestQueries(StoreBase):
    # ------------------------------------------------------------ schedules

    def save_digest_schedule(self, schedule: DigestSchedule, created_by: int | None) -> None:
        """One schedule per channel: setting it again replaces the day, time and zone (from now on)."""
        with self._tx():
            self.db.execute(
                """INSERT OR REPLACE INTO digest_schedules
                     (channel_id, guild_id, weekday, local_time, timezone, created_by, created_at)
                   VALUES (?,?,?,?,?,?,?)""",
                [
                    schedule.channel_id,
                    schedule.guild_id,
                    schedule.weekday,
                    schedule.at.isoformat(timespec="minutes"),
                    schedule.timezone,
                    created_by,
                    to_db(schedule.created_at),
                ],
            )

    def remove_digest_schedule(self, channel_id: int) -> bool:
        """Stops the channel's digest; one planned but not yet sent is dropped too."""
        with self._tx():
            cur = self.db.execute("DELETE FROM digest_schedules WHERE channel_id = ?", [channel_id])
            self.db.execute(
                "UPDATE deliveries SET status = 'failed', last_error = 'The digest was turned off.' "
                "WHERE kind = ? AND channel_id = ? AND status IN ('pending', 'paused')",
                [DIGEST_KIND, channel_id],
            )
        return cur.rowcount > 0

    def digest_schedules(self, *, guild_id: int | None = None, channel_id: int | None = None) -> list[DigestSchedule]:
        where, params = self._where(guild_id=guild_id, channel_id=channel_id)
        rows = self._rows(f"SELECT * FROM digest_schedules WHERE {where} ORDER BY channel_id", params)
        return [_schedule(r) for r in rows]

    # ------------------------------------------------------------ digests, planned into the outbox

    def digest_planned(self, channel_id: int, week: str) -> bool:
        return bool(self._rows("SELECT 1 AS one FROM digests WHERE channel_id = ? AND week = ?", [channel_id, week]))

    def plan_digest(
        self,
        schedule: DigestSchedule,
        *,
        week: str,
        slot_at: datetime,
        message_json: str,
        picture: bytes | None,
        picture_name: str | None,
        picture_alt: str | None,
        now: datetime,
    ) -> bool:
        """The digest and its outbox row, in one commit; False when this channel's digest of that week exists."""
        with self._tx():
            cur = self.db.execute(
                """INSERT OR IGNORE INTO digests (channel_id, guild_id, week, slot_at, message_json, picture,
                     picture_name, picture_alt, created_at) VALUES (?,?,?,?,?,?,?,?,?)""",
                [
                    schedule.channel_id,
                    schedule.guild_id,
                    week,
                    to_db(slot_at),
                    message_json,
                    picture,
                    picture_name,
                    picture_alt,
                    to_db(now),
                ],
            )
            if not cur.rowcount:
                return False
            self.db.execute(
                """INSERT INTO deliveries (story_id, digest_id, guild_id, channel_id, status, next_attempt_at,
                     created_at, kind) VALUES (NULL, ?, ?, ?, 'pending', ?, ?, ?)""",
                [cur.lastrowid, schedule.guild_id, schedule.channel_id, to_db(now), to_db(now), DIGEST_KIND],
            )
        return True

    def drop_digest_picture(self, digest_id: int) -> None:
        """A posted digest's picture is not kept (about 60 KB a channel a week); its message and alt text are."""
        with self._tx():
            self.db.execute("UPDATE digests SET picture = NULL WHERE id = ?", [digest_id])

    def digest_of_delivery(self, delivery_id: int) -> StoredDigest | None:
        rows = self._rows(
            "SELECT d.* FROM digests d JOIN deliveries o ON o.digest_id = d.id WHERE o.id = ?", [delivery_id]
        )
        return _digest(rows[0]) if rows else None

    def digests(self, channel_id: int) -> list[StoredDigest]:
        return [_digest(r) for r in self._rows("SELECT * FROM digests WHERE channel_id = ? ORDER BY id", [channel_id])]

    # ------------------------------------------------------------ the stories a digest or a scorecard covers

    def stories_between(
        self, start: datetime, end: datetime, *, events: Iterable[str], show_ids: Iterable[int] | None = None
    ) -> list[Story]:
        """Announced stories of these events first seen in [start, end), oldest first (background news, already in
        the feeds when they were added, is left out: it may be years old)."""
        kinds = list(events)
        where = f"event IN ({','.join('?' * len(kinds))}) AND announce = 1 AND first_seen >= ? AND first_seen < ?"
        params: list[object] = [*kinds, to_db(start), to_db(end)]
        if show_ids is not None:
            ids = list(show_ids)
            where += f" AND show_id IN ({','.join('?' * len(ids)) or 'NULL'})"
            params.extend(ids)
        found = [r["id"] for r in self._rows(f"SELECT id FROM stories WHERE {where}", params)]
        stories = self.stories(ids=found, limit=len(found)) if found else []  # type: ignore[attr-defined]
        return sorted(stories, key=lambda s: (s.first_seen, s.id))
