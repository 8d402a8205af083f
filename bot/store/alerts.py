"""Queries about guild configuration, follows, paused channels and the delivery outbox."""

from __future__ import annotations

from datetime import datetime

from bot.models import Delivery, Follow, GuildSettings, PausedChannel, PollSummary
from bot.store.base import StoreBase
from bot.timeutil import from_db, to_db


def _follow(r: dict) -> Follow:
    return Follow(
        r["id"],
        r["guild_id"],
        r["channel_id"],
        r["show_id"],
        r.get("show_title"),
        tuple(e for e in (r["events"] or "").split(",") if e),
        r["mention_role_id"],
        r.get("paused_reason"),
        r.get("kind") or "text",
        bool(r.get("threads")),
        r.get("archive_minutes") or 1440,
    )


def _delivery(r: dict) -> Delivery:
    return Delivery(
        r["id"],
        r["story_id"] or 0,  # 0: a weekly digest (kind 'digest'), which names no story
        r["guild_id"],
        r["channel_id"],
        r["mention_role_id"],
        r["status"],
        r["message_id"],
        r["attempts"],
        bool(r["needs_edit"]),
        r["last_error"],
        r.get("kind") or "text",
        r.get("archive_minutes"),
        r.get("thread_id"),
        r.get("tag_id"),
        int(r["needs_edit"] or 0),
    )


class AlertQueries(StoreBase):
    # ------------------------------------------------------------ guild settings

    def guild_settings(self, guild_id: int) -> GuildSettings:
        rows = self._rows("SELECT * FROM guild_settings WHERE guild_id = ?", [guild_id])
        if not rows:
            return GuildSettings(guild_id)
        r = rows[0]
        return GuildSettings(guild_id, r["alert_channel_id"], r["moderator_role_id"], r["modlog_channel_id"])

    def save_guild_settings(self, settings: GuildSettings, now: datetime) -> None:
        with self._tx():
            self.db.execute(
                """INSERT INTO guild_settings
                     (guild_id, alert_channel_id, moderator_role_id, modlog_channel_id, updated_at)
                   VALUES (?,?,?,?,?) ON CONFLICT(guild_id) DO UPDATE SET alert_channel_id = excluded.alert_channel_id,
                   moderator_role_id = excluded.moderator_role_id, modlog_channel_id = excluded.modlog_channel_id,
                   updated_at = excluded.updated_at""",
                [
                    settings.guild_id,
                    settings.alert_channel_id,
                    settings.moderator_role_id,
                    settings.modlog_channel_id,
                    to_db(now),
                ],
            )

    # ------------------------------------------------------------ follows

    _FOLLOW_SELECT = """SELECT f.*, sh.title AS show_title, p.reason AS paused_reason FROM follows f
                        LEFT JOIN shows sh ON sh.id = f.show_id
                        LEFT JOIN paused_channels p ON p.channel_id = f.channel_id"""

    def upsert_follow(
        self,
        *,
        guild_id: int,
        channel_id: int,
        show_id: int | None,
        events: tuple[str, ...],
        mention_role_id: int | None,
        created_by: int | None,
        now: datetime,
        kind: str = "text",
        threads: bool = False,
        archive_minutes: int = 1440,
    ) -> Follow:
        """Following the same show again in a channel replaces its event filter and role. The channel's kind and its
        thread setting hold for the whole channel, so every follow there gets them."""
        with self._tx():
            self.db.execute(
                "DELETE FROM follows WHERE channel_id = ? AND COALESCE(show_id, 0) = COALESCE(?, 0)",
                [channel_id, show_id],
            )
            cur = self.db.execute(
                """INSERT INTO follows (guild_id, channel_id, show_id, events, mention_role_id, created_by, created_at,
                     kind, threads, archive_minutes) VALUES (?,?,?,?,?,?,?,?,?,?)""",
                [
                    guild_id,
                    channel_id,
                    show_id,
                    ",".join(events) or None,
                    mention_role_id,
                    created_by,
                    to_db(now),
                    kind,
                    int(threads),
                    archive_minutes,
                ],
            )
            self.db.execute(
                "UPDATE follows SET kind = ?, threads = ?, archive_minutes = ? WHERE channel_id = ?",
                [kind, int(threads), archive_minutes, channel_id],
            )
        return _follow(self._rows(self._FOLLOW_SELECT + " WHERE f.id = ?", [cur.lastrowid])[0])

    def remove_follow(self, channel_id: int, show_id: int | None) -> bool:
        with self._tx():
            cur = self.db.execute(
                "DELETE FROM follows WHERE channel_id = ? AND COALESCE(show_id, 0) = COALESCE(?, 0)",
                [channel_id, show_id],
            )
        return cur.rowcount > 0

    def follows(self, *, guild_id: int | None = None, channel_id: int | None = None) -> list[Follow]:
        where, params = self._where(f__guild_id=guild_id, f__channel_id=channel_id)
        return [_follow(r) for r in self._rows(self._FOLLOW_SELECT + f" WHERE {where} ORDER BY f.id", params)]

    def follows_naming(self, event: str) -> list[Follow]:
        """Follows whose event filter names this event (how an opt-in event is wanted): read every cycle, so not all
        of a public bot's follows."""
        rows = self._rows(
            self._FOLLOW_SELECT + " WHERE instr(',' || COALESCE(f.events, '') || ',', ?) > 0 ORDER BY f.id",
            [f",{event},"],
        )
        return [_follow(r) for r in rows]

    def follows_for_show(self, show_id: int) -> list[Follow]:
        """Follows of this show or of every show, in channels that are not paused."""
        rows = self._rows(
            self._FOLLOW_SELECT + " WHERE (f.show_id = ? OR f.show_id IS NULL) AND p.reason IS NULL", [show_id]
        )
        return [_follow(r) for r in rows]

    # ------------------------------------------------------------ paused channels

    def pause_channel(self, channel_id: int, guild_id: int, reason: str, now: datetime) -> bool:
        """True when the channel was not paused before (so moderators should be told)."""
        with self._tx():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO paused_channels (channel_id, guild_id, reason, since) VALUES (?,?,?,?)",
                [channel_id, guild_id, reason, to_db(now)],
            )
            self.db.execute(
                "UPDATE deliveries SET status = 'paused', last_error = ? WHERE channel_id = ? AND status = 'pending'",
                [reason, channel_id],
            )
        return cur.rowcount > 0

    def unpause_channel(self, channel_id: int) -> bool:
        with self._tx():
            cur = self.db.execute("DELETE FROM paused_channels WHERE channel_id = ?", [channel_id])
        return cur.rowcount > 0

    def paused_channels(self, guild_id: int | None = None) -> list[PausedChannel]:
        where, params = ("WHERE guild_id = ?", [guild_id]) if guild_id is not None else ("", [])
        return [
            PausedChannel(r["channel_id"], r["guild_id"], r["reason"], from_db(r["since"]), bool(r["reported"]))  # type: ignore[arg-type]
            for r in self._rows(f"SELECT * FROM paused_channels {where} ORDER BY since", params)
        ]

    def mark_pause_reported(self, channel_id: int) -> None:
        with self._tx():
            self.db.execute("UPDATE paused_channels SET reported = 1 WHERE channel_id = ?", [channel_id])

    # ------------------------------------------------------------ deliveries (the outbox)

    def enqueue_deliveries(self, rows: list[tuple[int, int, int, int | None, str, int | None]], now: datetime) -> int:
        """Committed before anything is sent; a story is queued at most once per channel (the first row for it wins).
        Rows are (story, guild, channel, mention role, kind, archive minutes), all in one statement: a story for 5,000
        channels took half a second on the event loop one INSERT at a time. Returns how many were new."""
        at = to_db(now)
        with self._tx():
            before = self.db.conn.total_changes
            self.db.conn.executemany(
                """INSERT OR IGNORE INTO deliveries (story_id, guild_id, channel_id, mention_role_id, status,
                     next_attempt_at, created_at, kind, archive_minutes) VALUES (?,?,?,?, 'pending', ?, ?, ?, ?)""",
                [(s, g, c, r, at, at, k, a) for s, g, c, r, k, a in rows],
            )
            return self.db.conn.total_changes - before

    def flag_story_edits(self, story_id: int, now: datetime) -> int:
        """Another outlet joined the story: messages already sent must be edited to list it. A pending one is flagged
        too: it may be in flight with the story as it was, and is then edited once sent."""
        with self._tx():
            cur = self.db.execute(
                """UPDATE deliveries SET needs_edit = needs_edit + 1,
                     next_attempt_at = CASE WHEN status = 'sent' THEN ? ELSE next_attempt_at END
                   WHERE story_id = ? AND status IN ('sent', 'pending')""",
                [to_db(now), story_id],
            )
        return cur.rowcount

    def get_delivery(self, delivery_id: int) -> Delivery | None:
        rows = self._rows("SELECT * FROM deliveries WHERE id = ?", [delivery_id])
        return _delivery(rows[0]) if rows else None

    # A delivery still to do: a post not sent yet, an edit of a sent one, or the thread wanted on a sent alert. The text
    # matches the partial index deliveries_live (m019) word for word, so SQLite uses it.
    _LIVE = """(status = 'pending' OR (status = 'sent' AND needs_edit > 0)
                 OR (status = 'sent' AND archive_minutes IS NOT NULL AND thread_id IS NULL))"""

    @staticmethod
    def _shard_filter(shards: tuple[int, tuple[int, ...]] | None) -> tuple[str, list[object]]:
        """Only the guilds on these shards (count, ids): Discord puts a guild on shard (guild_id >> 22) % count."""
        if shards is None:
            return "", []
        count, ids = shards
        marks = ",".join("?" * len(ids))
        return f" AND ((guild_id >> 22) % ?) IN ({marks})", [count, *ids]

    def due_deliveries(
        self, now: datetime, limit: int = 50, *, shards: tuple[int, tuple[int, ...]] | None = None
    ) -> list[Delivery]:
        """Due deliveries in fair order: each guild's own in story order, taken one guild at a time (round robin), so
        a story for thousands of servers does not hold back a small server's other news. Rows without a guild (direct
        messages, guild_id 0) are one queue, like one more server: a story thousands of members watch takes a turn
        between the servers' alerts instead of holding them back."""
        shard_sql, shard_params = self._shard_filter(shards)
        # The turns are numbered over the few columns they need, then the rows taken are read whole: numbering whole
        # rows took twice as long with 5,000 due (this runs on the event loop).
        rows = self._rows(
            f"""SELECT d.* FROM (SELECT id, story_id, ROW_NUMBER() OVER (
                     PARTITION BY guild_id ORDER BY story_id, id
                   ) AS turn FROM deliveries WHERE {self._LIVE} AND next_attempt_at <= ?{shard_sql}) o
               JOIN deliveries d ON d.id = o.id ORDER BY o.turn, o.story_id, o.id LIMIT ?""",
            [to_db(now), *shard_params, limit],
        )
        return [_delivery(r) for r in rows]

    def next_delivery_at(self, *, shards: tuple[int, tuple[int, ...]] | None = None) -> datetime | None:
        """When the earliest delivery still to do is due (a retry's time, or now): the worker's timer."""
        shard_sql, shard_params = self._shard_filter(shards)
        # The planner prefers the status index for the ORs (20 ms with 5,000 due); the partial index answers at once.
        rows = self._rows(
            f"""SELECT MIN(next_attempt_at) AS t FROM deliveries INDEXED BY deliveries_live
                WHERE {self._LIVE}{shard_sql}""",
            shard_params,
        )
        return from_db(rows[0]["t"]) if rows else None

    def deliveries(self, *, story_id: int | None = None, channel_id: int | None = None) -> list[Delivery]:
        where, params = self._where(story_id=story_id, channel_id=channel_id)
        return [_delivery(r) for r in self._rows(f"SELECT * FROM deliveries WHERE {where} ORDER BY id", params)]

    def note_attempt(self, delivery_id: int) -> None:
        """Counted before the send, so a crash mid-send is visible as an attempt without a message id."""
        with self._tx():
            self.db.execute("UPDATE deliveries SET attempts = attempts + 1 WHERE id = ?", [delivery_id])

    def mark_sent(self, delivery_id: int, message_id: int, now: datetime, *, edits_seen: int | None = None) -> None:
        """Sent (or edited). With `edits_seen`, only the edits asked for up to then are done: one asked for while the
        call was in flight stays to do."""
        with self._tx():
            self.db.execute(
                """UPDATE deliveries SET status = 'sent', message_id = ?, sent_at = COALESCE(sent_at, ?),
                     needs_edit = CASE WHEN ? IS NULL OR needs_edit <= ? THEN 0 ELSE needs_edit END,
                     last_error = NULL WHERE id = ?""",
                [message_id, to_db(now), edits_seen, edits_seen, delivery_id],
            )

    def mark_thread(self, delivery_id: int, thread_id: int) -> None:
        """The alert's thread was started (or, with 0, will never be)."""
        with self._tx():
            self.db.execute("UPDATE deliveries SET thread_id = ? WHERE id = ?", [thread_id, delivery_id])

    def mark_tag(self, delivery_id: int, tag_id: int | None) -> None:
        with self._tx():
            self.db.execute("UPDATE deliveries SET tag_id = ? WHERE id = ?", [tag_id, delivery_id])

    def claimed_posts(self, channel_id: int) -> set[int]:
        """Forum posts (thread ids) that deliveries in this forum already own."""
        rows = self._rows(
            "SELECT message_id FROM deliveries WHERE channel_id = ? AND message_id IS NOT NULL", [channel_id]
        )
        return {int(r["message_id"]) for r in rows}

    # ------------------------------------------------------------ forums and their tags

    def save_forum_tags(
        self, channel_id: int, guild_id: int, tags: dict[str, int], note: str | None, now: datetime
    ) -> None:
        """Replace a forum's event → tag map, and the note that says why some events have no tag."""
        with self._tx():
            self.db.execute("DELETE FROM forum_tags WHERE channel_id = ?", [channel_id])
            for event, tag_id in tags.items():
                self.db.execute(
                    "INSERT INTO forum_tags (channel_id, event, tag_id) VALUES (?,?,?)", [channel_id, event, tag_id]
                )
            self.db.execute(
                """INSERT INTO forums (channel_id, guild_id, note, updated_at) VALUES (?,?,?,?)
                   ON CONFLICT(channel_id) DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at""",
                [channel_id, guild_id, note, to_db(now)],
            )

    def forum_tags(self, channel_id: int) -> dict[str, int]:
        rows = self._rows("SELECT event, tag_id FROM forum_tags WHERE channel_id = ?", [channel_id])
        return {r["event"]: int(r["tag_id"]) for r in rows}

    def forum_notes(self, guild_id: int) -> list[tuple[int, str]]:
        """(forum, why some events have no tag) for the guild's forums that have such a note."""
        rows = self._rows(
            "SELECT channel_id, note FROM forums WHERE guild_id = ? AND note IS NOT NULL ORDER BY channel_id",
            [guild_id],
        )
        return [(int(r["channel_id"]), str(r["note"])) for r in rows]

    def mark_retry(self, delivery_id: int, error: str, next_attempt_at: datetime) -> None:
        with self._tx():
            self.db.execute(
                "UPDATE deliveries SET last_error = ?, next_attempt_at = ? WHERE id = ?",
                [error, to_db(next_attempt_at), delivery_id],
            )

    def mark_failed(self, delivery_id: int, error: str) -> None:
        with self._tx():
            self.db.execute(
                "UPDATE deliveries SET status = 'failed', last_error = ?, needs_edit = 0 WHERE id = ?",
                [error, delivery_id],
            )

    def failed_deliveries(self, guild_id: int, limit: int = 3) -> tuple[int, list[Delivery]]:
        """How many of a guild's deliveries failed for good, and the newest few (with their reasons)."""
        rows = self._rows("SELECT COUNT(*) AS n FROM deliveries WHERE guild_id = ? AND status = 'failed'", [guild_id])
        recent = self._rows(
            "SELECT * FROM deliveries WHERE guild_id = ? AND status = 'failed' ORDER BY id DESC LIMIT ?",
            [guild_id, limit],
        )
        return int(rows[0]["n"]), [_delivery(r) for r in recent]

    # ------------------------------------------------------------ poll runs (for status)

    def record_poll_run(self, started: datetime, finished: datetime, summary: PollSummary) -> None:
        with self._tx():
            self.db.execute(
                """INSERT INTO poll_runs (started_at, finished_at, fetched, not_modified, failed, new_articles)
                   VALUES (?,?,?,?,?,?)""",
                [
                    to_db(started),
                    to_db(finished),
                    summary.fetched,
                    summary.not_modified,
                    summary.failed,
                    summary.new_articles,
                ],
            )

    def last_poll_run(self) -> tuple[datetime, PollSummary] | None:
        rows = self._rows("SELECT * FROM poll_runs ORDER BY id DESC LIMIT 1")
        if not rows:
            return None
        r = rows[0]
        return from_db(r["finished_at"]), PollSummary(r["fetched"], r["not_modified"], r["failed"], r["new_articles"])  # type: ignore[return-value]
