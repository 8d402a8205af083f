"""Queries about shows, analyses, stories and facts."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from bot.models import Analysis, Article, Fact, Show, StoredFact, Story, StorySource
from bot.store.articles import ArticleQueries
from bot.store.base import StoreBase
from bot.timeutil import from_db, from_db_required, to_db

_SOURCE_COLUMNS = """a.id AS article_id, COALESCE(src.title, src.url) AS outlet, a.title AS article_title,
                     a.link AS link, a.published AS published"""


def _story_source(row: dict) -> StorySource:
    return StorySource(row["article_id"], row["outlet"], row["article_title"], row["link"], from_db(row["published"]))


class StoryQueries(StoreBase):
    # ------------------------------------------------------------ shows

    def list_shows(self) -> list[Show]:
        aliases: dict[int, list[str]] = {}
        for r in self._rows("SELECT show_id, alias FROM show_aliases ORDER BY rowid"):
            aliases.setdefault(r["show_id"], []).append(r["alias"])
        return [
            Show(r["id"], r["title"], r["network"], tuple(aliases.get(r["id"], ())))
            for r in self._rows("SELECT id, title, network FROM shows ORDER BY id")
        ]

    def known_titles(self) -> tuple[str, ...]:
        """Titles and aliases of the shows that have announced news, and the TVmaze names they are linked to, in
        a fixed order: the snapshot the workers analyse a cycle's new articles with."""
        rows = self._rows(
            """SELECT s.title AS name FROM shows s
                 WHERE EXISTS (SELECT 1 FROM stories st WHERE st.show_id = s.id AND st.announce = 1)
               UNION SELECT a.alias FROM show_aliases a
                 WHERE EXISTS (SELECT 1 FROM stories st WHERE st.show_id = a.show_id AND st.announce = 1)
               UNION SELECT t.name FROM tvmaze_links l JOIN tvmaze_shows t ON t.tvmaze_id = l.tvmaze_id
                 WHERE EXISTS (SELECT 1 FROM stories st WHERE st.show_id = l.show_id AND st.announce = 1)
               ORDER BY name"""
        )
        return tuple(r["name"] for r in rows)

    def add_show(self, title: str, key: str, network: str | None, now: datetime) -> Show:
        with self._tx():
            cur = self.db.execute(
                "INSERT INTO shows (title, key, network, created_at) VALUES (?, ?, ?, ?)",
                [title, key, network, to_db(now)],
            )
        return Show(cur.lastrowid, title, network)  # type: ignore[arg-type]

    def add_alias(self, show_id: int, alias: str, key: str) -> bool:
        with self._tx():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO show_aliases (show_id, alias, key) VALUES (?, ?, ?)", [show_id, alias, key]
            )
        return cur.rowcount > 0

    def typed_show_ids(self) -> set[int]:
        """Shows whose title is a name a moderator typed in /follow, not yet spelled by the news or TVmaze."""
        return {r["id"] for r in self._rows("SELECT id FROM shows WHERE named_by = 'moderator'")}

    def mark_typed_show(self, show_id: int) -> None:
        with self._tx():
            self.db.execute("UPDATE shows SET named_by = 'moderator' WHERE id = ?", [show_id])

    def retitle_typed_show(self, show_id: int, title: str, key: str) -> None:
        """The news spelled a moderator-typed show: its spelling becomes the title, the typed name an alias."""
        with self._tx():
            old = self.db.execute("SELECT title, key FROM shows WHERE id = ?", [show_id]).fetchone()
            if old is None:
                return
            if old[1] != key:
                self.db.execute(
                    "INSERT OR IGNORE INTO show_aliases (show_id, alias, key) VALUES (?, ?, ?)",
                    [show_id, old[0], old[1]],
                )
            self.db.execute("DELETE FROM show_aliases WHERE show_id = ? AND key = ?", [show_id, key])
            self.db.execute("UPDATE shows SET title = ?, key = ?, named_by = NULL WHERE id = ?", [title, key, show_id])

    def set_show_network(self, show_id: int, network: str) -> None:
        with self._tx():
            self.db.execute("UPDATE shows SET network = ? WHERE id = ? AND network IS NULL", [network, show_id])

    # ------------------------------------------------------------ analyses and facts

    def save_analysis(self, article_id: int, analysis: Analysis, show_id: int | None, *, full_text: bool) -> None:
        with self._tx():
            self.db.execute(
                """INSERT OR REPLACE INTO analyses (article_id, event, show_id, show, shows_json, season, seasons_json,
                     network, confidence, evidence, summary, full_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
                [
                    article_id,
                    analysis.event,
                    show_id,
                    analysis.show,
                    json.dumps(list(analysis.shows)),
                    analysis.season,
                    json.dumps(list(analysis.seasons)),
                    analysis.network,
                    analysis.confidence,
                    analysis.evidence,
                    analysis.summary,
                    int(full_text),
                ],
            )

    def unanalysed_articles(self, *, new: bool, limit: int = 500, after_id: int = 0) -> list[Article]:
        """Articles stored but not yet analysed: the durable to-do list a crash cannot lose. New items come in a
        stable order (earliest first, then link and guid), so the same articles give the same stories whatever
        order their sources were fetched in. Background items come by id, from `after_id` on (a story's lead is
        the earliest article whatever the order, so the backlog can be read in pieces while earlier ones are
        still being recorded)."""
        # Literal is_new values: the partial index of new articles (m018) serves only a literal condition.
        if new:
            where, order = "a.is_new = 1", "a.published IS NULL, a.published, a.link, a.guid, a.id"
        else:
            where, order = "a.is_new = 0", "a.id"
        rows = self._rows(
            f"""SELECT a.* FROM articles a WHERE {where} AND a.id > ?
                  AND NOT EXISTS (SELECT 1 FROM analyses an WHERE an.article_id = a.id)
                ORDER BY {order} LIMIT ?""",
            [after_id, limit],
        )
        return [ArticleQueries._article(r) for r in rows]

    def count_unanalysed(self) -> int:
        return self.db.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM analyses an WHERE an.article_id = a.id)"
        ).fetchone()[0]

    def replace_article_text(self, article_id: int, text: str) -> None:
        """Full text fetched from the article's page; the FTS update trigger re-indexes it."""
        with self._tx():
            self.db.execute("UPDATE articles SET text = ? WHERE id = ?", [text, article_id])

    def save_facts(self, show_id: int, article_id: int, facts: Iterable[Fact], default_season: int | None) -> int:
        added = 0
        with self._tx():
            for f in facts:
                cur = self.db.execute(
                    "INSERT OR IGNORE INTO facts (show_id, season, article_id, kind, speaker, text)"
                    " VALUES (?,?,?,?,?,?)",
                    [
                        show_id,
                        f.season if f.season is not None else default_season,
                        article_id,
                        f.kind,
                        f.speaker,
                        f.text,
                    ],
                )
                added += cur.rowcount
        return added

    def facts_for(self, show_id: int, season: int | None = None, *, limit: int = 50) -> list[StoredFact]:
        where, params = self._where(f__show_id=show_id, f__season=season)
        rows = self._rows(
            f"""SELECT f.*, {_SOURCE_COLUMNS} FROM facts f JOIN articles a ON a.id = f.article_id
                JOIN sources src ON src.id = a.source_id WHERE {where}
                ORDER BY a.published IS NULL, a.published DESC, f.id LIMIT ?""",
            [*params, limit],
        )
        return [
            StoredFact(r["id"], r["show_id"], r["season"], r["kind"], r["speaker"], r["text"], _story_source(r))
            for r in rows
        ]

    # ------------------------------------------------------------ stories

    def story_candidates(self, show_id: int, since: datetime) -> list[dict]:
        return self._rows(
            "SELECT id, show_id, season, event, first_seen, announce FROM stories"
            " WHERE show_id = ? AND first_seen >= ?",
            [show_id, to_db(since)],
        )

    def create_story(
        self,
        *,
        show_id: int,
        season: int | None,
        event: str,
        network: str | None,
        headline: str,
        summary: str,
        first_seen: datetime,
        announce: bool,
        link: str | None = None,
    ) -> int:
        with self._tx():
            cur = self.db.execute(
                """INSERT INTO stories (show_id, season, event, network, headline, summary, first_seen, updated_at,
                     announce, link) VALUES (?,?,?,?,?,?,?,?,?,?)""",
                [
                    show_id,
                    season,
                    event,
                    network,
                    headline,
                    summary,
                    to_db(first_seen),
                    to_db(first_seen),
                    int(announce),
                    link,
                ],
            )
        return cur.lastrowid  # type: ignore[return-value]

    def attach_article(
        self, story_id: int, article_id: int, now: datetime, *, season: int | None, network: str | None
    ) -> bool:
        """Adds an outlet's article to a story; False when it was already there. `season` and `network` are what
        this article says about the story's decision (a roundup says different things about each of its shows);
        they fill the story's when it has none."""
        with self._tx():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO story_articles (story_id, article_id, added_at) VALUES (?,?,?)",
                [story_id, article_id, to_db(now)],
            )
            if cur.rowcount:
                self.db.execute(
                    """UPDATE stories SET updated_at = ?,
                         first_seen = MIN(first_seen,
                                          COALESCE((SELECT published FROM articles WHERE id = ?), first_seen)),
                         season = COALESCE(season, ?),
                         network = COALESCE(network, ?)
                       WHERE id = ?""",
                    [to_db(now), article_id, season, network, story_id],
                )
                self._lead_from_earliest(story_id)
        return cur.rowcount > 0

    def _lead_from_earliest(self, story_id: int) -> None:
        """The earliest-published article leads a story (ties: link, then guid), whatever order the articles
        arrived in: its headline and summary are the story's."""
        self.db.execute(
            """UPDATE stories SET (headline, summary) = (
                 SELECT a.title, COALESCE(NULLIF(an.summary, ''), stories.summary)
                 FROM story_articles sa JOIN articles a ON a.id = sa.article_id
                 LEFT JOIN analyses an ON an.article_id = a.id
                 WHERE sa.story_id = stories.id
                 ORDER BY a.published IS NULL, a.published, a.link, a.guid LIMIT 1)
               WHERE id = ?""",
            [story_id],
        )

    def _story_sources(self, story_ids: list[int]) -> dict[int, list[StorySource]]:
        out: dict[int, list[StorySource]] = {i: [] for i in story_ids}
        for i in range(0, len(story_ids), 500):
            chunk = story_ids[i : i + 500]
            rows = self._rows(
                f"""SELECT sa.story_id, {_SOURCE_COLUMNS} FROM story_articles sa JOIN articles a ON a.id = sa.article_id
                    JOIN sources src ON src.id = a.source_id WHERE sa.story_id IN ({",".join("?" * len(chunk))})
                    ORDER BY a.published IS NULL, a.published, a.id""",
                chunk,
            )
            for r in rows:
                out[r["story_id"]].append(_story_source(r))
        return out

    def stories(
        self,
        *,
        show_id: int | None = None,
        season: int | None = None,
        limit: int = 20,
        ids: Iterable[int] | None = None,
        exclude_events: Iterable[str] = (),
    ) -> list[Story]:
        """The newest stories first; `exclude_events` leaves some kinds out (answers leave out premiere reminders)."""
        where, params = self._where(st__show_id=show_id, st__season=season)
        skip = list(exclude_events)
        if skip:
            where += f" AND st.event NOT IN ({','.join('?' * len(skip))})"
            params.extend(skip)
        if ids is not None:
            id_list = list(ids)
            where += f" AND st.id IN ({','.join('?' * len(id_list)) or 'NULL'})"
            params.extend(id_list)
        rows = self._rows(
            f"""SELECT st.*, sh.title AS show_title FROM stories st JOIN shows sh ON sh.id = st.show_id
                WHERE {where} ORDER BY st.first_seen DESC, st.id DESC LIMIT ?""",
            [*params, limit],
        )
        sources = self._story_sources([r["id"] for r in rows])
        return [
            Story(
                r["id"],
                r["show_id"],
                r["show_title"],
                r["season"],
                r["event"],
                r["network"],
                r["headline"],
                r["summary"],
                from_db_required(r["first_seen"]),
                from_db_required(r["updated_at"]),
                bool(r["announce"]),
                tuple(sources[r["id"]]),
                r["link"],
            )
            for r in rows
        ]

    def reminders_made(self, event: str, show_id: int | None = None) -> set[tuple[int, int | None, str]]:
        """(show, season, headline) of every story of this event (premiere reminders: one per season and phase,
        whose headline names the phase and the date): what must not be made again."""
        where, params = self._where(show_id=show_id)
        rows = self._rows(
            f"SELECT show_id, season, headline FROM stories WHERE event = ? AND {where}", [event, *params]
        )
        return {(r["show_id"], r["season"], r["headline"]) for r in rows}

    def get_story(self, story_id: int) -> Story | None:
        found = self.stories(ids=[story_id], limit=1)
        return found[0] if found else None
