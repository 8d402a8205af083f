"""Outside text is cleaned where it enters (feeds, TVmaze, OPML, what moderators type) and once more where it leaves
for a terminal (issue 22, items 1 and 3)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils

from bot.alerts.follows import follow_show
from bot.cleaning import clean_line, clean_text, for_terminal, has_hidden
from bot.errors import SourceError
from bot.ingest.addresses import normalize_url
from bot.ingest.feeds import parse_feed
from bot.ingest.opml import parse_opml
from bot.models import Entry
from bot.store import Store, schema
from bot.stories.recorder import StoryRecorder
from bot.tvmaze.parse import parse_show

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)
HOSTILE = (
    "\x00\x07\x1b\x7f\x85\x9b\u061c\u180e\u200b\u200c\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
)


# An emoji sequence, or its start where a renderer cut it to fit ("👩\u200d…"): the joiner follows an emoji.
EMOJI_WITH_JOINERS = ("👩\u200d🚀", "❤\ufe0f\u200d🔥", "👩\u200d", "❤\ufe0f\u200d")


def hidden_chars(text: str) -> set[str]:
    """Characters no rendered or stored text may hold: controls but newline and tab, bidi controls, zero-width
    characters (a joiner only inside the emoji these tests use)."""
    for emoji in EMOJI_WITH_JOINERS:
        text = text.replace(emoji, "")
    bad = {c for c in text if (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F}
    return bad | (set(text) & set(HOSTILE + "\u200d"))


@pytest.mark.parametrize("char", list(HOSTILE))
def test_every_hidden_character_is_removed(char: str):
    assert clean_text(f"Harbor{char} Lights") == "Harbor Lights"
    assert has_hidden(f"a{char}b")


def test_newlines_tabs_and_ordinary_text_stay():
    text = "Line one\twith a tab\nLine two: Señor 👍 — “quotes” & ‘more’"
    assert clean_text(text) == text and not has_hidden(text)
    assert clean_text("a\r\nb\rc") == "a\nb\nc"


def test_a_joiner_between_emoji_stays_and_a_lone_one_goes():
    astronaut, fire_heart = "👩\u200d🚀", "❤\ufe0f\u200d🔥"
    assert clean_text(f"{astronaut} and {fire_heart}") == f"{astronaut} and {fire_heart}"
    assert clean_text("Sever\u200dance") == "Severance"
    assert clean_text("\u200d👍") == "👍" and clean_text("👍\u200d") == "👍"


def test_clean_line_turns_controls_between_words_into_one_space():
    assert clean_line("harbor\x00lights") == "harbor lights"
    assert clean_line("  The\u202e  Crown\n\t") == "The Crown"
    assert clean_line("x" * 50, 10) == "x" * 10


def test_terminal_text_keeps_no_escape_sequence():
    answer = "Severance\x1b]0;pwned\x07 is \x1b[31mrenewed\x1b]52;c;cm0gLXJmIH4K\x07\u202e"
    shown = for_terminal(answer)
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown


# ------------------------------------------------------------------ where text enters


def test_tvmaze_names_network_and_status_are_cleaned():
    show = parse_show(
        {
            "id": 1,
            "name": "Severance\x1b]52;c;cm0gLXJmIH4K\x07\u202e",
            "url": "https://www.tvmaze.com/shows/1/x",
            "status": "Run\u200bning\x00",
            "network": {"name": "Apple\u2066 TV+\u2069", "country": {"name": "United\x1b[2J States"}},
        }
    )
    for text in (show.name, show.status, show.network, show.country):
        assert text and not hidden_chars(text), repr(text)
    assert show.name.startswith("Severance") and show.status == "Running" and show.network == "Apple TV+"


def test_a_feed_title_with_a_bidi_override_loses_it():
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Out\u202elet</title><item><guid>1</guid>'
        "<title>Netflix renews \u202eSeverance\u202c for season 3\u200b</title>"
        "<link>https://news.example/1</link><description>Te\u2066xt</description></item></channel></rss>"
    ).encode()
    feed = parse_feed(body)
    entry = feed.entries[0]
    assert entry.title == "Netflix renews Severance for season 3"
    assert not hidden_chars(entry.text) and not hidden_chars(feed.title or "")


def test_an_address_with_a_bidi_override_is_refused():
    with pytest.raises(SourceError, match="invisible characters"):
        normalize_url("https://example.com/feed\u202elmx.ssr")
    with pytest.raises(SourceError, match="invisible characters"):
        normalize_url("https://exam\u200bple.com/feed")
    assert normalize_url("https://example.com/feed.xml") == "https://example.com/feed.xml"


def test_opml_titles_are_cleaned():
    data = b'<opml version="2.0"><body><outline text="Deadline\xe2\x80\xae" xmlUrl="https://d.example/feed"/></body></opml>'
    assert parse_opml(data)[0].title == "Deadline"


def test_a_followed_show_name_keeps_no_nul_or_override(store: Store):
    recorder = StoryRecorder(store)
    result = follow_show(
        store,
        recorder,
        guild_id=1,
        channel_id=2,
        show="harbor\x00lights\u202e",
        events=None,
        mention_role_id=None,
        user_id=None,
        now=NOW,
    )
    assert result.follow.show == "harbor lights"
    assert [s.title for s in store.list_shows()] == ["harbor lights"]
    assert [f.show for f in store.follows(channel_id=2)] == ["harbor lights"]


# ------------------------------------------------------------------ where text leaves for a terminal


def test_greenlight_ask_prints_no_escape_sequence(tmp_path: Path):
    """A title stored before cleaning existed (or by a path that forgot it) still never reaches the terminal raw."""
    db = tmp_path / "old.db"
    with Store.open(db) as store:
        src = store.add_source("https://wire.example/feed", title="Wire", added_by="test", now=NOW)
        text = "Apple TV+ has renewed the drama Severance for a third season, the streamer said on Monday."
        entry = Entry(
            "https://wire.example/1",
            "Apple TV+ renews ‘Severance’ for season 3",
            "https://wire.example/1",
            NOW,
            text,
            text,
        )
        stored = store.store_entries(src.id, [entry], now=NOW, baseline=False)
        StoryRecorder(store).analyse_and_record(stored.inserted, NOW)
        (show,) = store.list_shows()
        # TVmaze's name as it was linked before TVmaze text was cleaned
        store.canonicalise_show(show.id, "Severance\x1b]0;pwned\x07\u202e", "severance", None)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GREENLIGHT_", "DISCORD_"))}
    env["GREENLIGHT_TVMAZE"] = "false"
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), "ask", "what do we know about Severance?"],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    text = done.stdout.decode()
    assert "Severance]0;pwned" in text, done.stderr  # the stored name is shown, without its escape sequence
    assert not hidden_chars(text), repr(text)


def test_names_stored_before_cleaning_are_cleaned_by_the_migration(tmp_path: Path):
    db = sqlite_utils.Database(tmp_path / "old.db")
    steps = schema.migrations._migrations
    upto = next(i for i, m in enumerate(steps) if m.name == "m021_tvmaze_lookup_retries")
    for step in steps[:upto]:  # the database as an older Greenlight left it
        step.fn(db)
    db.execute(
        "INSERT INTO shows (id, title, key, network, created_at) VALUES (1, ?, 'severance', ?, '2026')",
        ["Severance\x1b]0;x\x07\u202e", "Apple\u200b TV+"],
    )
    db.execute("INSERT INTO show_aliases (show_id, alias, key) VALUES (1, 'Sev\u2066erance', 'severance')")
    db.execute(
        "INSERT INTO sources (url, title, added_at) VALUES ('https://a.example/f', ?, '2026')", ["Wi\x00re\u202e"]
    )
    steps[upto].fn(db)
    assert db.execute("SELECT title, network FROM shows").fetchall() == [("Severance ]0;x", "Apple TV+")]
    assert db.execute("SELECT alias FROM show_aliases").fetchall() == [("Severance",)]
    assert db.execute("SELECT title FROM sources").fetchall() == [("Wi re",)]
