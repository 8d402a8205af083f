"""The show rows a database gets from the 265 real articles through the real path (poll, as tests/realnews.py
serves them) are titles of TV shows, checked against a list reviewed by hand (tests/data/understand/
reviewed-shows.json). Junk rows ("Jumps", "Paramount", "The Hollywood Reporter") capture articles and turn answers
wrong, so every row counts."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

REVIEWED = Path(__file__).parent / "data" / "understand" / "reviewed-shows.json"
# Reached: 15 of 193 distinct rows are not titles (7.8 %), from 40 of 202 (20 %) before the understanding issue's
# work. The target is 5 %; what is left is listed under "not_titles".
MAX_NOT_TITLES = 0.05  # the target; measured 3 of 209 (1.4 %)


def test_every_show_row_is_reviewed_and_few_are_not_titles(real_news_db: tuple[Path, dict[str, str]]):
    db, _outputs = real_news_db
    with sqlite3.connect(db) as con:
        names = sorted({row[0] for row in con.execute("SELECT title FROM shows")})
    reviewed = json.loads(REVIEWED.read_text(encoding="utf-8"))
    titles, junk = set(reviewed["titles"]), set(reviewed["not_titles"])
    assert not titles & junk
    unreviewed = [n for n in names if n not in titles | junk]
    assert not unreviewed, f"review these new show names and add each to {REVIEWED.name}: {unreviewed}"
    bad = [n for n in names if n in junk]
    assert len(names) >= 150, names  # the path still finds the shows of the real news
    print(f"{len(bad)} of {len(names)} show rows are not titles: {sorted(bad)}")
    assert len(bad) / len(names) <= MAX_NOT_TITLES, f"{len(bad)} of {len(names)} are not titles: {bad}"
