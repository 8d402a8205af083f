"""SQL for personal watchlists (bot/watch): watches, members Discord would not DM, servers with watches off."""

from __future__ import annotations

from datetime import datetime

from bot.store.base import StoreBase, storage_errors
from bot.timeutil import from_db, to_db
from bot.watch.models import DM_KIND, DMS_CLOSED, WATCH_OFF, Watch, WatchNotice


def _watch(r: dict) -> Watch:
    return Watch(
        id=r["id"],
        member_id=r["member_id"],
        show_id=r["show_id"],
        show=r["show"],
        events=tuple(e for e in (r["events"] or "").split(",") if e),
        guild_id=r["guild_id"],
        paused_reason=r["paused_reason"],
        created_at=from_db(r["created_at"]),  # type: ignore[arg-type]
    )


class WatchQueries(StoreBase):
    _WATCH_SELECT = "SELECT w.*, s.title AS show FROM watches w JOIN shows s ON s.id = w.show_id"

    def watches(self, member_id: int) -> list[Watch]:
        rows = self._rows(self._WATCH_SELECT + " WHERE w.member_id = ? ORDER BY s.title COLLATE NOCASE", [member_id])
        return [_watch(r) for r in rows]

    def upsert_watch(
        self, member_id: int, show_id: int, events: tuple[str, ...], guild_id: int, now: datetime
    ) -> tuple[Watch, bool]:
        """Watching a show again replaces its events and the server it counts as made in; (watch, whether new)."""
        with self._tx():
            paused = WATCH_OFF if self.watch_off(guild_id) else None
            existed = self._rows("SELECT 1 FROM watches WHERE member_id = ? AND show_id = ?", [member_id, show_id])
            # A watch paused because DMs were refused stays paused (resuming is its own step); the server's switch
            # is the new server's.
            self.db.execute(
                """INSERT INTO watches (member_id, show_id, events, guild_id, paused_reason, created_at)
                   VALUES (?,?,?,?,?,?)
                   ON CONFLICT(member_id, show_id) DO UPDATE SET events = excluded.events,
                     guild_id = excluded.guild_id,
                     paused_reason = CASE WHEN watches.paused_reason = ? THEN watches.paused_reason
                                          ELSE excluded.paused_reason END""",
                [member_id, show_id, ",".join(events) or None, guild_id, paused, to_db(now), DMS_CLOSED],
            )
            rows = self._rows(self._WATCH_SELECT + " WHERE w.member_id = ? AND w.show_id = ?", [member_id, show_id])
        return _watch(rows[0]), not existed

    def remove_watch(self, member_id: int, show_id: int) -> bool:
        with self._tx():
            cur = self.db.execute("DELETE FROM watches WHERE member_id = ? AND show_id = ?", [member_id, show_id])
        return cur.rowcount > 0

    def clear_member(self, member_id: int) -> int:
        """Every row about the member: their watches, the note that Discord would not DM them, and their DMs in the
        outbox (sent or not). Returns the number of rows deleted."""
        with self._tx():
            n = self.db.execute("DELETE FROM watches WHERE member_id = ?", [member_id]).rowcount
            n += self.db.execute("DELETE FROM watch_notices WHERE member_id = ?", [member_id]).rowcount
            n += self.db.execute(
                "DELETE FROM deliveries WHERE kind = ? AND channel_id = ?", [DM_KIND, member_id]
            ).rowcount
        return n

    def watchers_of(self, show_id: int) -> list[tuple[int, tuple[str, ...]]]:
        """(member, events) of the watches of this show that are not paused: who gets a DM for its new stories. Read
        while a story is recorded, on the event loop: two narrow columns (whole rows took 5 x as long for 5,000)."""
        with storage_errors(self.path), self._lock:
            rows = self.db.execute(
                "SELECT member_id, events FROM watches WHERE show_id = ? AND paused_reason IS NULL", [show_id]
            ).fetchall()
        return [(member, tuple(e for e in (events or "").split(",") if e)) for member, events in rows]

    def watched_shows_naming(self, event: str) -> set[int]:
        """Shows some member watches with this opt-in event named (premiere reminders)."""
        rows = self._rows(
            """SELECT DISTINCT show_id FROM watches
               WHERE paused_reason IS NULL AND instr(',' || COALESCE(events, '') || ',', ?) > 0""",
            [f",{event},"],
        )
        return {int(r["show_id"]) for r in rows}

    # ------------------------------------------------------------ Discord would not DM the member

    def pause_member(self, member_id: int, reason: str, now: datetime) -> bool:
        """Pause the member's watches and their DMs still to send; True when they were not paused already."""
        with self._tx():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO watch_notices (member_id, reason, since) VALUES (?,?,?)",
                [member_id, reason, to_db(now)],
            )
            self.db.execute(
                "UPDATE watches SET paused_reason = ? WHERE member_id = ? AND paused_reason IS NULL",
                [DMS_CLOSED, member_id],
            )
            self.db.execute(
                """UPDATE deliveries SET status = 'paused', last_error = ?
                   WHERE kind = ? AND channel_id = ? AND status = 'pending'""",
                [reason, DM_KIND, member_id],
            )
        return cur.rowcount > 0

    def resume_member(self, member_id: int) -> int:
        """The member's watches paused because Discord would not DM them go on; returns how many."""
        with self._tx():
            self.db.execute("DELETE FROM watch_notices WHERE member_id = ?", [member_id])
            cur = self.db.execute(
                "UPDATE watches SET paused_reason = NULL WHERE member_id = ? AND paused_reason = ?",
                [member_id, DMS_CLOSED],
            )
        return cur.rowcount

    def watch_notice(self, member_id: int) -> WatchNotice | None:
        rows = self._rows("SELECT * FROM watch_notices WHERE member_id = ?", [member_id])
        if not rows:
            return None
        r = rows[0]
        return WatchNotice(r["member_id"], r["reason"], from_db(r["since"]), bool(r["told"]), from_db(r["seen_at"]))  # type: ignore[arg-type]

    def note_member_seen(self, member_id: int, now: datetime, *, told: bool = False) -> None:
        """The member used a command (so they share a server with the bot); with `told`, they were told too."""
        with self._tx():
            self.db.execute(
                "UPDATE watch_notices SET seen_at = ?, told = MAX(told, ?) WHERE member_id = ?",
                [to_db(now), int(told), member_id],
            )

    def forget_unreachable(self, before: datetime) -> list[int]:
        """Members Discord has not let the bot DM since `before`, who used no command since either: every row about
        them is deleted. Returns their ids."""
        at = to_db(before)
        rows = self._rows(
            "SELECT member_id FROM watch_notices WHERE since <= ? AND (seen_at IS NULL OR seen_at <= ?)", [at, at]
        )
        members = [int(r["member_id"]) for r in rows]
        for member in members:
            self.clear_member(member)
        return members

    # ------------------------------------------------------------ the per-server switch

    def watch_off(self, guild_id: int) -> bool:
        return bool(self._rows("SELECT 1 FROM watch_off_guilds WHERE guild_id = ?", [guild_id]))

    def set_watch_off(self, guild_id: int, off: bool, now: datetime) -> int:
        """Turn watches off (or on again) in a server: the watches made there stop (or go on). Returns how many."""
        with self._tx():
            if off:
                self.db.execute(
                    "INSERT OR IGNORE INTO watch_off_guilds (guild_id, since) VALUES (?,?)", [guild_id, to_db(now)]
                )
                cur = self.db.execute(
                    "UPDATE watches SET paused_reason = ? WHERE guild_id = ? AND paused_reason IS NULL",
                    [WATCH_OFF, guild_id],
                )
            else:
                self.db.execute("DELETE FROM watch_off_guilds WHERE guild_id = ?", [guild_id])
                cur = self.db.execute(
                    "UPDATE watches SET paused_reason = NULL WHERE guild_id = ? AND paused_reason = ?",
                    [guild_id, WATCH_OFF],
                )
        return cur.rowcount

    def rows_about_member(self, member_id: int) -> int:
        """How many rows anywhere name the member as a watcher (for /watch clear's promise and its tests)."""
        n = 0
        for sql in (
            "SELECT COUNT(*) AS n FROM watches WHERE member_id = ?",
            "SELECT COUNT(*) AS n FROM watch_notices WHERE member_id = ?",
            f"SELECT COUNT(*) AS n FROM deliveries WHERE kind = '{DM_KIND}' AND channel_id = ?",
        ):
            n += int(self._rows(sql, [member_id])[0]["n"])
        return n
