"""The TVmaze cache: TVmaze's shows, seasons and other names, which Greenlight show each is, and the lookup queue.

The data types are plain dataclasses from bot.tvmaze.models (no I/O there)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from bot.store.base import StoreBase
from bot.timeutil import from_db, from_db_required, to_db
from bot.tvmaze.models import TvEpisode, TvSeason, TvShow


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


class TvmazeQueries(StoreBase):
    # ------------------------------------------------------------ the cache

    def save_tvmaze_show(self, show: TvShow, key: str, alias_keys: dict[str, str], now: datetime) -> None:
        """Insert or replace one TVmaze show with its seasons and other names (`alias_keys`: name → key)."""
        nxt = show.next_episode
        with self._tx():
            self.db.execute(
                """INSERT INTO tvmaze_shows (tvmaze_id, name, key, network, web_channel, country, status, premiered,
                     ended, official_site, url, next_airdate, next_season, next_number, updated, fetched_at)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                   ON CONFLICT (tvmaze_id) DO UPDATE SET name = excluded.name, key = excluded.key,
                     network = excluded.network, web_channel = excluded.web_channel, country = excluded.country,
                     status = excluded.status, premiered = excluded.premiered, ended = excluded.ended,
                     official_site = excluded.official_site, url = excluded.url, next_airdate = excluded.next_airdate,
                     next_season = excluded.next_season, next_number = excluded.next_number,
                     updated = excluded.updated, fetched_at = excluded.fetched_at""",
                [
                    show.tvmaze_id,
                    show.name,
                    key,
                    show.network,
                    show.web_channel,
                    show.country,
                    show.status,
                    _iso(show.premiered),
                    _iso(show.ended),
                    show.official_site,
                    show.url,
                    _iso(nxt.airdate) if nxt else None,
                    nxt.season if nxt else None,
                    nxt.number if nxt else None,
                    show.updated,
                    to_db(now),
                ],
            )
            self.db.execute("DELETE FROM tvmaze_seasons WHERE tvmaze_id = ?", [show.tvmaze_id])
            self.db.conn.executemany(
                """INSERT OR REPLACE INTO tvmaze_seasons (tvmaze_id, number, premiere_date, end_date, episode_count,
                     network) VALUES (?,?,?,?,?,?)""",
                [
                    (show.tvmaze_id, s.number, _iso(s.premiere_date), _iso(s.end_date), s.episode_count, s.network)
                    for s in show.seasons
                ],
            )
            self.db.execute("DELETE FROM tvmaze_akas WHERE tvmaze_id = ?", [show.tvmaze_id])
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO tvmaze_akas (tvmaze_id, name, key) VALUES (?,?,?)",
                [(show.tvmaze_id, name, k) for name, k in alias_keys.items() if k],
            )

    def tvmaze_show(self, tvmaze_id: int) -> TvShow | None:
        rows = self._rows("SELECT * FROM tvmaze_shows WHERE tvmaze_id = ?", [tvmaze_id])
        return self._tv_shows(rows)[0] if rows else None

    def tvmaze_show_names(self) -> list[str]:
        """Every cached TVmaze show's name (for "did you mean" when a moderator follows a show by name)."""
        return [r["name"] for r in self._rows("SELECT name FROM tvmaze_shows ORDER BY tvmaze_id")]

    def tvmaze_shows_named(self, key: str) -> list[TvShow]:
        """Cached TVmaze shows whose name, or one of whose other names, has this key."""
        rows = self._rows(
            """SELECT * FROM tvmaze_shows WHERE key = ?
               UNION SELECT s.* FROM tvmaze_shows s JOIN tvmaze_akas a ON a.tvmaze_id = s.tvmaze_id WHERE a.key = ?
               ORDER BY tvmaze_id""",
            [key, key],
        )
        return self._tv_shows(rows)

    def premiering_shows(self, days: Sequence[date]) -> list[tuple[int, str, TvShow]]:
        """(Greenlight show id, its title, its TVmaze show) of linked shows with a season premiering on one of these
        days: by a season's premiere date, or by a next episode that is the first of its season."""
        if not days:
            return []
        isos = [d.isoformat() for d in days]
        marks = ",".join("?" * len(isos))
        rows = self._rows(
            f"""SELECT l.show_id AS gl_show_id, sh.title AS gl_title, s.* FROM tvmaze_links l
                JOIN shows sh ON sh.id = l.show_id JOIN tvmaze_shows s ON s.tvmaze_id = l.tvmaze_id
                WHERE (s.next_number = 1 AND s.next_airdate IN ({marks}))
                   OR EXISTS (SELECT 1 FROM tvmaze_seasons se
                              WHERE se.tvmaze_id = s.tvmaze_id AND se.premiere_date IN ({marks}))
                ORDER BY l.show_id""",
            [*isos, *isos],
        )
        shows = self._tv_shows(rows)
        return [(r["gl_show_id"], r["gl_title"], tv) for r, tv in zip(rows, shows, strict=True)]

    def has_tvmaze_cache(self) -> bool:
        return bool(self._rows("SELECT 1 AS one FROM tvmaze_shows LIMIT 1"))

    def _tv_shows(self, rows: list[dict]) -> list[TvShow]:
        if not rows:
            return []
        ids = [r["tvmaze_id"] for r in rows]
        marks = ",".join("?" * len(ids))
        seasons: dict[int, list[TvSeason]] = {}
        for s in self._rows(f"SELECT * FROM tvmaze_seasons WHERE tvmaze_id IN ({marks}) ORDER BY number", ids):
            seasons.setdefault(s["tvmaze_id"], []).append(
                TvSeason(s["number"], _day(s["premiere_date"]), _day(s["end_date"]), s["episode_count"], s["network"])
            )
        akas: dict[int, list[str]] = {}
        aka_sql = f"SELECT tvmaze_id, name FROM tvmaze_akas WHERE tvmaze_id IN ({marks}) ORDER BY rowid"
        for a in self._rows(aka_sql, ids):
            akas.setdefault(a["tvmaze_id"], []).append(a["name"])
        out = []
        for r in rows:
            nxt = None
            if r["next_airdate"] or r["next_season"] is not None:
                nxt = TvEpisode(r["next_season"], r["next_number"], _day(r["next_airdate"]))
            out.append(
                TvShow(
                    tvmaze_id=r["tvmaze_id"],
                    name=r["name"],
                    url=r["url"],
                    network=r["network"],
                    web_channel=r["web_channel"],
                    country=r["country"],
                    status=r["status"],
                    premiered=_day(r["premiered"]),
                    ended=_day(r["ended"]),
                    official_site=r["official_site"],
                    seasons=tuple(seasons.get(r["tvmaze_id"], ())),
                    next_episode=nxt,
                    aliases=tuple(akas.get(r["tvmaze_id"], ())),
                    updated=r["updated"],
                    fetched_at=from_db(r["fetched_at"]),
                )
            )
        return out

    # ------------------------------------------------------------ Greenlight's shows ↔ TVmaze's

    def link_tvmaze(self, show_id: int, tvmaze_id: int | None, now: datetime) -> None:
        """Record a lookup: this show is that TVmaze show (None: TVmaze has no show of that name)."""
        with self._tx():
            self.db.execute(
                """INSERT INTO tvmaze_links (show_id, tvmaze_id, looked_up_at) VALUES (?, ?, ?)
                   ON CONFLICT (show_id) DO UPDATE SET tvmaze_id = excluded.tvmaze_id,
                     looked_up_at = excluded.looked_up_at""",
                [show_id, tvmaze_id, to_db(now)],
            )
            self.db.execute("DELETE FROM tvmaze_retries WHERE show_id = ?", [show_id])

    def tvmaze_for_show(self, show_id: int) -> TvShow | None:
        rows = self._rows(
            "SELECT s.* FROM tvmaze_links l JOIN tvmaze_shows s ON s.tvmaze_id = l.tvmaze_id WHERE l.show_id = ?",
            [show_id],
        )
        return self._tv_shows(rows)[0] if rows else None

    def shows_to_look_up(self, limit: int = 20, now: datetime | None = None) -> list[tuple[int, str, str | None]]:
        """(id, title, network) of shows never looked up on TVmaze, oldest first: the background queue. A show
        whose look-up failed waits until its retry time (`now`; None: it is left out until then, whenever)."""
        rows = self._rows(
            """SELECT s.id, s.title, s.network FROM shows s LEFT JOIN tvmaze_links l ON l.show_id = s.id
               LEFT JOIN tvmaze_retries r ON r.show_id = s.id
               WHERE l.show_id IS NULL AND (r.show_id IS NULL OR r.retry_at <= ?) ORDER BY s.id LIMIT ?""",
            [to_db(now) if now is not None else "", limit],
        )
        return [(r["id"], r["title"], r["network"]) for r in rows]

    def tvmaze_lookup_failed(self, show_id: int, reason: str, now: datetime, retry_at: datetime, give_up: int) -> int:
        """Count a failed look-up: the show waits until `retry_at`; at the `give_up`th failure it is linked to no
        TVmaze show with the reason instead. Returns how many times its look-up has failed."""
        with self._tx():
            self.db.execute(
                """INSERT INTO tvmaze_retries (show_id, failures, retry_at, reason) VALUES (?, 1, ?, ?)
                   ON CONFLICT (show_id) DO UPDATE SET failures = failures + 1, retry_at = excluded.retry_at,
                     reason = excluded.reason""",
                [show_id, to_db(retry_at), reason],
            )
            failures = int(
                self._rows("SELECT failures FROM tvmaze_retries WHERE show_id = ?", [show_id])[0]["failures"]
            )
            if failures >= give_up:
                self.db.execute(
                    """INSERT INTO tvmaze_links (show_id, tvmaze_id, looked_up_at, no_data_reason)
                       VALUES (?, NULL, ?, ?)
                       ON CONFLICT (show_id) DO UPDATE SET tvmaze_id = NULL, looked_up_at = excluded.looked_up_at,
                         no_data_reason = excluded.no_data_reason""",
                    [show_id, to_db(now), f"{reason} ({failures} tries)"],
                )
                self.db.execute("DELETE FROM tvmaze_retries WHERE show_id = ?", [show_id])
        return failures

    def tvmaze_lookup_failures(self, show_id: int) -> int:
        rows = self._rows("SELECT failures FROM tvmaze_retries WHERE show_id = ?", [show_id])
        return int(rows[0]["failures"]) if rows else 0

    def tvmaze_no_data_reason(self, show_id: int) -> str | None:
        """Why a show has no TVmaze data after its look-ups kept failing (None: it has data, or TVmaze simply has
        no such show, or it was not looked up yet)."""
        rows = self._rows("SELECT no_data_reason FROM tvmaze_links WHERE show_id = ?", [show_id])
        return rows[0]["no_data_reason"] if rows else None

    def shows_with_key(self, key: str) -> int:
        """How many of Greenlight's shows have this title key (two: twins to tell apart)."""
        return int(self._rows("SELECT COUNT(*) AS n FROM shows WHERE key = ?", [key])[0]["n"])

    def linked_tvmaze_ids(self) -> dict[int, int | None]:
        """Every linked TVmaze id → its `updated` stamp in the cache."""
        rows = self._rows(
            """SELECT DISTINCT s.tvmaze_id, s.updated FROM tvmaze_links l
               JOIN tvmaze_shows s ON s.tvmaze_id = l.tvmaze_id"""
        )
        return {r["tvmaze_id"]: r["updated"] for r in rows}

    def canonicalise_show(self, show_id: int, name: str, key: str, network: str | None) -> bool:
        """Give a show TVmaze's name (the old title stays as an alias) and its network where it has none.
        Returns whether anything changed."""
        rows = self._rows("SELECT title, key, network FROM shows WHERE id = ?", [show_id])
        if not rows:
            return False
        old = rows[0]
        changed = False
        with self._tx():
            if old["title"] != name:
                if old["key"] != key:
                    self.db.execute(
                        "INSERT OR IGNORE INTO show_aliases (show_id, alias, key) VALUES (?, ?, ?)",
                        [show_id, old["title"], old["key"]],
                    )
                self.db.execute(
                    "UPDATE shows SET title = ?, key = ?, named_by = NULL WHERE id = ?", [name, key, show_id]
                )
                changed = True
            if network and not old["network"]:
                self.db.execute("UPDATE shows SET network = ? WHERE id = ?", [network, show_id])
                changed = True
        return changed

    # ------------------------------------------------------------ the daily refresh

    def tvmaze_state(self, name: str) -> datetime | None:
        rows = self._rows("SELECT value FROM tvmaze_state WHERE name = ?", [name])
        return from_db_required(rows[0]["value"]) if rows else None

    def set_tvmaze_state(self, name: str, when: datetime) -> None:
        with self._tx():
            self.db.execute(
                "INSERT INTO tvmaze_state (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = ?",
                [name, to_db(when), to_db(when)],
            )
