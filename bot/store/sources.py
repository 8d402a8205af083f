"""Queries about sources: adding, scheduling, success and failure bookkeeping."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from bot.errors import SourceError
from bot.models import Source
from bot.store.base import StoreBase
from bot.timeutil import from_db, to_db


def _short(url: str, limit: int = 100) -> str:
    return url if len(url) <= limit else url[: limit - 1] + "…"


class SourceQueries(StoreBase):
    _SOURCE_SELECT = """
        SELECT s.*,
          (SELECT COUNT(*) FROM articles a WHERE a.source_id = s.id) AS article_count,
          (SELECT a.title FROM articles a WHERE a.source_id = s.id
             ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT 1) AS newest_title
        FROM sources s"""

    @staticmethod
    def _source(row: dict) -> Source:
        return Source(
            id=row["id"],
            url=row["url"],
            title=row["title"],
            etag=row["etag"],
            last_modified=row["last_modified"],
            next_poll_at=from_db(row["next_poll_at"]),
            failures=row["failures"],
            last_error=row["last_error"],
            disabled_reason=row["disabled_reason"],
            added_at=from_db(row["added_at"]),  # type: ignore[arg-type]
            added_by=row["added_by"],
            last_fetched_at=from_db(row["last_fetched_at"]),
            last_ok_at=from_db(row["last_ok_at"]),
            article_count=row.get("article_count") or 0,
            newest_title=row.get("newest_title"),
            last_note=row.get("last_note"),
        )

    def add_source(
        self, url: str, *, title: str | None, added_by: str | None, now: datetime, guild_id: int | None = None
    ) -> Source:
        """`url` must already be normalised (bot.ingest.addresses.normalize_url). `guild_id`: the Discord server
        that added it (None: the command line), for the per-server cap. A source removed earlier comes back under
        its old number, with the articles it kept, and is treated as new: polled at once, and what its feed holds
        then is its baseline (news from while it was removed is never announced late)."""
        if self.find_source(url) is not None:
            raise SourceError(f"{url} is already a source. Use `greenlight sources list` to see it.")
        with self._tx():
            old = self.db.execute("SELECT id FROM sources WHERE url = ? AND removed_at IS NOT NULL", [url]).fetchone()
            if old is not None:
                self.db.execute(
                    """UPDATE sources SET removed_at = NULL, title = ?, added_at = ?, added_by = ?, guild_id = ?,
                         etag = NULL, last_modified = NULL, next_poll_at = NULL, failures = 0, last_error = NULL,
                         disabled_reason = NULL, last_note = NULL, last_fetched_at = NULL, last_ok_at = NULL
                       WHERE id = ?""",
                    [title, to_db(now), added_by, guild_id, old[0]],
                )
                return self.get_source(old[0])
            cursor = self.db.execute(
                "INSERT INTO sources (url, title, added_at, added_by, guild_id) VALUES (?, ?, ?, ?, ?)",
                [url, title, to_db(now), added_by, guild_id],
            )
        return self.get_source(cursor.lastrowid)  # type: ignore[arg-type]

    def get_source(self, source_id: int) -> Source:
        rows = list(self._rows(self._SOURCE_SELECT + " WHERE s.id = ?", [source_id]))
        if not rows:
            raise SourceError(f"There is no source number {source_id}. `greenlight sources list` shows them.")
        return self._source(rows[0])

    def find_source(self, url_or_id: str | int) -> Source | None:
        key = str(url_or_id).strip()
        if key.isdigit():
            rows = list(self._rows(self._SOURCE_SELECT + " WHERE s.id = ? AND s.removed_at IS NULL", [int(key)]))
        else:
            rows = list(self._rows(self._SOURCE_SELECT + " WHERE s.url = ? AND s.removed_at IS NULL", [key]))
        return self._source(rows[0]) if rows else None

    def count_sources(self, *, guild_id: int | None = None) -> int:
        """Sources in the database, or those one Discord server added."""
        if guild_id is None:
            return int(self._rows("SELECT COUNT(*) AS n FROM sources WHERE removed_at IS NULL")[0]["n"])
        return int(
            self._rows("SELECT COUNT(*) AS n FROM sources WHERE guild_id = ? AND removed_at IS NULL", [guild_id])[0][
                "n"
            ]
        )

    def list_sources(self) -> list[Source]:
        return [self._source(r) for r in self._rows(self._SOURCE_SELECT + " WHERE s.removed_at IS NULL ORDER BY s.id")]

    def source_names(self) -> dict[int, str]:
        """Every source's name (title, else address) by id, removed ones too: their articles still back answers."""
        return {r["id"]: r["title"] or r["url"] for r in self._rows("SELECT id, title, url FROM sources")}

    def remove_source(self, source_id: int, now: datetime) -> None:
        """No longer polled nor listed; its articles stay, so the stories and answers they support keep their
        sources (a removed source's articles still count for them). Adding the address again brings it back."""
        with self._tx():
            self.db.execute(
                "UPDATE sources SET removed_at = ?, next_poll_at = NULL WHERE id = ?", [to_db(now), source_id]
            )

    def make_due(self, now: datetime) -> int:
        """Every enabled source due at `now` (`poll --now`); returns how many."""
        with self._tx():
            cursor = self.db.execute(
                "UPDATE sources SET next_poll_at = ? WHERE disabled_reason IS NULL AND removed_at IS NULL", [to_db(now)]
            )
        return cursor.rowcount

    def due_sources(self, now: datetime) -> list[Source]:
        rows = self._rows(
            "SELECT s.* FROM sources s WHERE s.disabled_reason IS NULL AND s.removed_at IS NULL"
            " AND (s.next_poll_at IS NULL OR s.next_poll_at <= ?)"
            " ORDER BY s.next_poll_at IS NOT NULL, s.next_poll_at, s.id",
            [to_db(now)],
        )
        return [self._source(r) for r in rows]

    def next_poll_at(self) -> datetime | None:
        """When the next enabled source falls due: the epoch when one was never polled; None when there is none."""
        rows = self._rows(
            """SELECT MIN(next_poll_at) AS t, COUNT(*) AS n, SUM(next_poll_at IS NULL) AS never
               FROM sources WHERE disabled_reason IS NULL"""
        )
        if not rows or not rows[0]["n"]:
            return None
        if rows[0]["never"]:
            return datetime(1970, 1, 1, tzinfo=UTC)
        return from_db(rows[0]["t"])

    def record_success(
        self,
        source_id: int,
        *,
        now: datetime,
        next_poll_at: datetime,
        etag: str | None,
        last_modified: str | None,
        title: str | None = None,
        note: str | None = None,
    ) -> None:
        """A 200 or a 304. Validators are only replaced when the server sent new ones.

        `note` replaces the source's last note (None clears it): e.g. ParsedFeed.note when entries were left
        out, or the sentence move_source returned."""
        self.record_successes([(source_id, now, next_poll_at, etag, last_modified, note)], title=title)

    def record_successes(
        self,
        successes: Iterable[tuple[int, datetime, datetime, str | None, str | None, str | None]],
        *,
        title: str | None = None,
    ) -> None:
        """record_success for many sources in one transaction: (source id, now, next poll at, etag, last modified,
        note) each. A poll answered 304 by a thousand sources is one commit, not a thousand."""
        with self._tx():
            self.db.conn.executemany(
                """UPDATE sources SET failures = 0, last_error = NULL, last_fetched_at = ?, last_ok_at = ?,
                     next_poll_at = ?, etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),
                     title = COALESCE(?, title), last_note = ?
                   WHERE id = ?""",
                [
                    (to_db(now), to_db(now), to_db(next_at), etag, modified, title, note, source_id)
                    for source_id, now, next_at, etag, modified, note in successes
                ],
            )

    def move_source(self, source_id: int, new_url: str) -> str | None:
        """The source moved permanently (FetchResult.permanent_redirect): its URL becomes `new_url`, which must
        already be normalised. Returns a sentence for the source's note, or None when nothing changed.

        When `new_url` is already another source, this one is left where it is (two sources must never share
        a URL) and the sentence says so."""
        with self._tx():
            row = self.db.execute("SELECT url FROM sources WHERE id = ?", [source_id]).fetchone()
            if row is None or row[0] == new_url:
                return None
            other = self.db.execute("SELECT id FROM sources WHERE url = ? AND id != ?", [new_url, source_id]).fetchone()
            if other is not None:
                return f"This feed moved permanently to {_short(new_url)}, which is already source {other[0]}."
            self.db.execute("UPDATE sources SET url = ? WHERE id = ?", [new_url, source_id])
        return f"Moved permanently from {_short(row[0])}; the address was updated."

    def record_failure(
        self,
        source_id: int,
        *,
        now: datetime,
        error: str,
        next_poll_at: datetime,
        disabled_reason: str | None = None,
    ) -> int:
        """Counts one more consecutive failure; returns the new count."""
        with self._tx():
            self.db.execute(
                """UPDATE sources SET failures = failures + 1, last_error = ?, last_fetched_at = ?,
                     next_poll_at = ?, disabled_reason = COALESCE(?, disabled_reason) WHERE id = ?""",
                [error, to_db(now), to_db(next_poll_at), disabled_reason, source_id],
            )
            row = self.db.execute("SELECT failures FROM sources WHERE id = ?", [source_id]).fetchone()
        return row[0] if row else 0

    def disable_source(self, source_id: int, reason: str) -> None:
        with self._tx():
            self.db.execute("UPDATE sources SET disabled_reason = ? WHERE id = ?", [reason, source_id])

    def enable_source(self, source_id: int) -> None:
        with self._tx():
            self.db.execute(
                "UPDATE sources SET disabled_reason = NULL, failures = 0, next_poll_at = NULL WHERE id = ?",
                [source_id],
            )
