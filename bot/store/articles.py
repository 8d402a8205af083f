"""Queries about articles: deduplicated inserts, bulk full-text indexing, search."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from urllib.parse import urlsplit

from bot.models import Article, Entry
from bot.store.base import StoreBase, storage_errors
from bot.timeutil import from_db, from_db_required, to_db

_TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$", re.I)
_DEFAULT_PORTS = (80, 443)


# An ASCII http(s) link whose host is lowercase and has no trailing dot, with no user info, spaces or control
# characters: what safe_link gives for nearly every feed link. For these urlsplit's work reduces to this match.
_PLAIN_LINK = re.compile(
    r"https?://([a-z0-9_-]+(?:\.[a-z0-9_-]+)*)(?::([0-9]{1,5}))?([^?#\x00-\x20\x7f]*)(?:\?([^#\x00-\x20\x7f]*))?"
    r"(?:#[^\x00-\x20\x7f]*)?"
)


def link_key(link: str) -> str:
    """What makes two links the same article within a source; "" when a link cannot identify one.

    The scheme, a leading `www.`, the default port, the fragment, a trailing slash and tracking parameters
    (utm_*, fbclid, …) are ignored. A site's home page (no path, no query) identifies no article: feeds that
    point every item there must not have their items merged."""
    m = _PLAIN_LINK.fullmatch(link) if isinstance(link, str) and link.isascii() else None
    if m is None or (m.group(3) and m.group(3)[0] != "/"):
        return _link_key_full(link)
    host, port, path, query = m.groups()
    host = host.removeprefix("www.")
    if port is not None:
        number = int(port)
        if number > 65_535:  # urlsplit refuses it
            return ""
        if number not in _DEFAULT_PORTS:
            host += f":{number}"
    return _key(host, path, query)


def _key(host: str, path: str, query: str | None) -> str:
    path = path.rstrip("/")
    if query:
        query = "&".join(p for p in query.split("&") if p and not _TRACKING.match(p.split("=", 1)[0]))
    if not path and not query:
        return ""
    return f"{host}{path}" + (f"?{query}" if query else "")


def _link_key_full(link: str) -> str:
    """link_key for any link, through urlsplit (tests compare it with the shortcut)."""
    try:
        parts = urlsplit(link.strip())
        host = (parts.hostname or "").lower().rstrip(".")
        port = parts.port
    except (ValueError, AttributeError):
        return ""
    if not host:
        return ""
    host = host.removeprefix("www.")
    if port is not None and port not in _DEFAULT_PORTS:
        host += f":{port}"
    return _key(host, parts.path, parts.query)


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
        """Insert entries not seen before for this source. Baseline entries are stored but not new.

        An entry was seen before when its GUID or its normalised link (`link_key`) is already stored for this
        source, or comes earlier in the same batch: an item whose GUID changes on every poll is one article."""
        entries = list(entries)
        if not entries:
            return StoredEntries(source_id, (), 0, now, baseline, 0)
        fetched = to_db(now)
        with self._tx():
            # A new source (every source in a cold start): one probe instead of looking up every entry.
            stored_before = bool(
                self.db.conn.execute("SELECT 1 FROM articles WHERE source_id = ? LIMIT 1", [source_id]).fetchone()
            )
            existing = self._existing(source_id, "guid", [e.guid for e in entries]) if stored_before else set()
            # Links are normalised only for entries whose GUID is new: on a poll most entries are known already.
            unknown = [e for e in entries if e.guid not in existing]
            keys = [link_key(e.link) or None for e in unknown]
            existing_links = self._existing(source_id, "link_key", [k for k in keys if k]) if stored_before else set()
            fresh: dict[str, tuple[Entry, str | None]] = {}
            for e, key in zip(unknown, keys, strict=True):
                if e.guid in fresh or (key and key in existing_links):
                    continue
                fresh[e.guid] = (e, key)
                if key:
                    existing_links.add(key)
            if not fresh:
                return StoredEntries(source_id, (), 0, now, baseline, len(entries))
            self.db.conn.executemany(
                """INSERT INTO articles (source_id, guid, title, link, published, text, summary_raw,
                     fetched_at, is_new, fts_pending, link_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    (
                        source_id,
                        e.guid,
                        e.title,
                        e.link,
                        # to_db without its conversion: parsed dates are UTC already
                        p.isoformat(timespec="microseconds") if (p := e.published) and p.tzinfo is UTC else to_db(p),
                        e.text,
                        e.summary_raw,
                        fetched,
                        0 if baseline else 1,
                        1 if baseline else 0,
                        key,
                    )
                    for e, key in fresh.values()
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
        inserted = tuple(e for e, _ in fresh.values())
        return StoredEntries(source_id, inserted, first, now, baseline, len(entries) - len(fresh))

    def recent_guids(self, source_id: int, *, limit: int) -> frozenset[str]:
        """The guids of the source's newest stored articles (by date, undated last)."""
        with storage_errors(self.path), self._lock:
            rows = self.db.execute(
                "SELECT guid FROM articles WHERE source_id = ? ORDER BY published DESC LIMIT ?", [source_id, limit]
            ).fetchall()
        return frozenset(r[0] for r in rows)

    def _existing(self, source_id: int, column: str, values: list[str]) -> set[str]:
        """Which of `values` this source already has in `column` (guid or link_key)."""
        found: set[str] = set()
        unique = list(dict.fromkeys(values))
        for i in range(0, len(unique), 500):
            chunk = unique[i : i + 500]
            marks = ",".join("?" * len(chunk))
            cursor = self.db.execute(
                f"SELECT {column} FROM articles WHERE source_id = ? AND {column} IN ({marks})", [source_id, *chunk]
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
