"""Queries about articles: deduplicated inserts, bulk full-text indexing, search."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from bot.models import Article, Entry
from bot.store.base import StoreBase
from bot.timeutil import from_db, from_db_required, to_db


@dataclass(frozen=True)
class StoredEntries:
    """The rows one call inserted. Articles are built on first use: a big baseline often needs only the count."""

    source_id: int
    fresh: tuple[Entry, ...]
    first_id: int
    fetched_at: datetime
    baseline: bool
    seen: int  # entries that were already stored

    @property
    def count(self) -> int:
        return len(self.fresh)

    @cached_property
    def inserted(self) -> list[Article]:
        return [
            Article(
                self.first_id + i,
                self.source_id,
                e.guid,
                e.title,
                e.link,
                e.published,
                e.text,
                e.summary_raw,
                self.fetched_at,
                not self.baseline,
            )
            for i, e in enumerate(self.fresh)
        ]


class ArticleQueries(StoreBase):
    def store_entries(
        self, source_id: int, entries: Iterable[Entry], *, now: datetime, baseline: bool
    ) -> StoredEntries:
        """Insert entries not seen before for this source. Baseline entries are stored but not new."""
        entries = list(entries)
        if not entries:
            return StoredEntries(source_id, (), 0, now, baseline, 0)
        fetched = to_db(now)
        with self._tx():
            existing = self._existing_guids(source_id, [e.guid for e in entries])
            fresh: dict[str, Entry] = {}
            for e in entries:
                if e.guid not in existing and e.guid not in fresh:
                    fresh[e.guid] = e
            if not fresh:
                return StoredEntries(source_id, (), 0, now, baseline, len(entries))
            self.db.conn.executemany(
                """INSERT INTO articles (source_id, guid, title, link, published, text, summary_raw,
                     fetched_at, is_new, fts_pending) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    (
                        source_id,
                        e.guid,
                        e.title,
                        e.link,
                        to_db(e.published),
                        e.text,
                        e.summary_raw,
                        fetched,
                        0 if baseline else 1,
                        1 if baseline else 0,
                    )
                    for e in fresh.values()
                ],
            )
            # Inside one transaction under the store lock, rowids are assigned one after another.
            last = self.db.execute("SELECT last_insert_rowid()").fetchone()[0]
            first = last - len(fresh) + 1
            if not baseline:  # baseline rows wait for index_backlog()
                self.db.execute(
                    "INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles"
                    " WHERE id BETWEEN ? AND ?",
                    [first, last],
                )
        return StoredEntries(source_id, tuple(fresh.values()), first, now, baseline, len(entries) - len(fresh))

    def _existing_guids(self, source_id: int, guids: list[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(guids), 500):
            chunk = guids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            cursor = self.db.execute(
                f"SELECT guid FROM articles WHERE source_id = ? AND guid IN ({marks})", [source_id, *chunk]
            )
            found.update(r[0] for r in cursor.fetchall())
        return found

    def index_backlog(self, limit: int = 5000) -> int:
        """Add up to `limit` articles that wait for the search index; returns how many were added."""
        with self._tx():
            ids = [
                r[0]
                for r in self.db.execute(
                    "SELECT id FROM articles WHERE fts_pending = 1 ORDER BY id LIMIT ?", [limit]
                ).fetchall()
            ]
            if not ids:
                return 0
            self.db.execute(
                "INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles"
                " WHERE fts_pending = 1 AND id BETWEEN ? AND ?",
                [ids[0], ids[-1]],
            )
            self.db.execute(
                "UPDATE articles SET fts_pending = 0 WHERE fts_pending = 1 AND id BETWEEN ? AND ?", [ids[0], ids[-1]]
            )
        return len(ids)

    def index_all(self) -> int:
        total = 0
        while added := self.index_backlog():
            total += added
        return total

    @staticmethod
    def _article(row: dict) -> Article:
        return Article(
            id=row["id"],
            source_id=row["source_id"],
            guid=row["guid"],
            title=row["title"],
            link=row["link"],
            published=from_db(row["published"]),
            text=row["text"],
            summary_raw=row["summary_raw"],
            fetched_at=from_db_required(row["fetched_at"]),
            is_new=bool(row["is_new"]),
        )

    def articles(self, *, source_id: int | None = None, limit: int = 50) -> list[Article]:
        where, params = ("WHERE source_id = ?", [source_id]) if source_id is not None else ("", [])
        rows = self._rows(
            f"SELECT * FROM articles {where} ORDER BY published IS NULL, published DESC, id DESC LIMIT ?",
            [*params, limit],
        )
        return [self._article(r) for r in rows]

    def count_articles(self) -> int:
        return self._rows("SELECT COUNT(*) AS n FROM articles")[0]["n"]

    def search_articles(self, text: str, *, limit: int = 20) -> list[Article]:
        """Full-text search; the user's text is always quoted so it cannot break FTS syntax."""
        if not text.strip():
            return []
        with self._lock:
            rows = list(self.db["articles"].search(text, limit=limit, quote=True))  # type: ignore[union-attr]
        return [self._article(r) for r in rows]
