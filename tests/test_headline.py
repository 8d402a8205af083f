"""The headline as read: labels before it and an outlet's name after it are no part of the news."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.understand import analyze
from bot.understand.headline import clean_headline

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
# Outlets whose names no labelled article's headline ends with (each name is checked against the text, as feeds
# that append them are)
OUTLETS = (" | Screen Rant", " - IGN", " – Collider", " | Vulture", " - Entertainment Weekly", " — Bleeding Cool News")


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "hbo renews industry for a fifth season | Deadline",
            "HBO has renewed Industry.",
            "hbo renews industry for a fifth season",
        ),
        ("Netflix renews Wednesday - The Hollywood Reporter", "Netflix renewed it.", "Netflix renews Wednesday"),
        ("EXCLUSIVE: Netflix renews Wednesday :: Decider", "Netflix renewed it.", "Netflix renews Wednesday"),
        # a show after a dash, named by the text, stays; so does a tail that says something of the news
        ("Netflix axes fan favourite - Lockwood & Co", "Netflix has cancelled Lockwood & Co.", None),
        ("Tulsa King – Season 3 Premiere Date Set", "Paramount+ sets the date.", None),
        ("The Bear renewed for season 4 - FX", "The Bear is coming back.", None),
        # without a text to check a dash may introduce the show; a bar still marks an outlet
        ("Netflix axes fan favourite - Lockwood & Co", "", None),
        ("Netflix axes fan favourite | Deadline", "", "Netflix axes fan favourite"),
    ],
)
def test_outlet_names_come_off_the_end(title: str, text: str, want: str | None) -> None:
    assert clean_headline(title, text) == (want or title)


def _dev2() -> list[dict]:
    path = SHARED / "real-articles-dev2.jsonl"
    if not path.exists():
        pytest.skip("../shared/data is not here")
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def test_an_outlet_after_a_real_headline_changes_no_analysis() -> None:
    # before the outlet was taken off, a lowercase slug with a capitalised outlet after it looked mixed-case:
    # 10 of these 145 real articles lost or changed their show or their alert
    changed = []
    for i, row in enumerate(_dev2()):
        plain = analyze(row["title"], row["text"])
        tailed = analyze(row["title"] + OUTLETS[i % len(OUTLETS)], row["text"])
        if (plain.event, plain.show, plain.season) != (tailed.event, tailed.show, tailed.season):
            changed.append((row["id"], plain.show, tailed.show))
    assert changed == []
