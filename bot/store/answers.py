"""Queries that answering questions needs: exact-phrase article search, which shows have stories."""

from __future__ import annotations

import re

from bot.models import Article
from bot.store.articles import ArticleQueries
from bot.store.base import StoreBase


def phrase_occurs(phrase: str, *texts: str) -> bool:
    """The phrase's words, in order, as whole words (case-insensitive, any whitespace or punctuation between)."""
    words = re.findall(r"\w+", phrase.casefold())
    if not words:
        return False
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)")
    return any(pattern.search(t.casefold()) for t in texts if t)


class AnswerQueries(StoreBase):
    def search_phrase(self, text: str, *, limit: int = 5) -> list[Article]:
        """Articles that contain the phrase itself, newest first. The search index stems words ("Banged" finds
        "bang"), so its hits are checked against the title and text; a stemmed look-alike is never returned."""
        return self.search_any_phrase([text], limit=limit)

    def search_any_phrase(self, phrases: list[str], *, limit: int = 5) -> list[Article]:
        """Articles that contain any of the phrases itself (its spellings: "brooklyn 99", "brooklyn nine nine"),
        newest first: one full-text query; the index stems words ("Banged" finds "bang"), so each hit is checked
        against the title and text and a stemmed look-alike is never returned."""
        wanted = [" ".join(ws) for p in phrases for ws in [re.findall(r"\w+", p)] if ws]
        wanted = list(dict.fromkeys(wanted))
        if not wanted:
            return []
        query = " OR ".join('"' + p.replace('"', '""') + '"' for p in wanted)
        with self._lock:
            cursor = self.db.execute(
                """SELECT a.* FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                   WHERE articles_fts MATCH ? ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT ?""",
                [query, max(limit * 10, 50)],
            )
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        found = [
            ArticleQueries._article(r)
            for r in rows
            if any(phrase_occurs(p, r["title"] or "", r["text"] or "") for p in wanted)
        ]
        return found[:limit]

    def show_has_story(self, show_id: int) -> bool:
        return bool(self._rows("SELECT 1 FROM stories WHERE show_id = ? LIMIT 1", [show_id]))
