"""Parser tests over tests/data/feeds (written for Greenlight, not copied): the behaviours that matter, spelled out.
tests/test_feed_golden.py pins the parser's whole output for the same files; benchmarks/parse.py measures its speed."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.errors import FeedError
from bot.ingest import feeds
from bot.ingest.feeds import parse_feed
from tests.feedserver import entity_bomb

FEEDS = Path(__file__).parent / "data" / "feeds"


def load(name: str) -> bytes:
    return (FEEDS / name).read_bytes()


def test_rss2_entries_dates_links_and_html():
    feed = parse_feed(load("rss2.xml"))
    assert feed.title == "Series Daily"
    assert [e.title for e in feed.entries] == [
        "‘Hacks’ Renewed for Season 5 at HBO Max",
        "Law & Order: SVU sets its premiere date",
    ]
    hacks, svu = feed.entries
    assert hacks.guid == "sd-1001"
    assert hacks.link == "https://seriesdaily.example/2026/11/hacks-renewed"  # relative link resolved
    assert hacks.published == datetime(2026, 11, 19, 23, 30, tzinfo=UTC)
    assert hacks.text == "The comedy will return for a fifth season.\n\nJean Smart stars."
    assert "track()" not in hacks.text and "<b>" in hacks.summary_raw
    assert svu.published is None  # an unreadable date is None, never an error
    assert svu.guid == svu.link  # no guid: the link stands in
    assert any("neither a title nor a link" in w for w in feed.warnings)


def test_atom_is_read_and_times_are_utc():
    feed = parse_feed(load("atom.xml"), content_type="application/atom+xml")
    (e,) = feed.entries
    assert feed.title == "Screen Beat"
    assert e.title == "Netflix cancels 'The Quiet Hours' after one season"
    assert e.guid == "urn:screenbeat:42"
    assert e.published == datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    assert e.text == "The drama will not return."


def test_rss1_rdf_and_rss091():
    rdf = parse_feed(load("rss1.rdf"))
    assert rdf.entries[0].title == "Ghosts renewed for season 6 at CBS"
    assert rdf.entries[0].published == datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
    old = parse_feed(load("rss091.xml"))
    assert old.entries[0].title == "Café Society gets a pilot order"


def test_raw_ampersand_survives_intact():
    feed = parse_feed(load("raw-ampersand.xml"))
    assert feed.title == "Crime & Courts TV"
    (e,) = feed.entries
    assert e.title == "Law & Order: SVU renewed for season 28"
    assert e.link == "https://amp.example/svu?a=1&b=2"
    assert e.text == "NBC & Wolf Entertainment confirmed it."


def test_json_feed_with_a_bad_item():
    feed = parse_feed(load("feed.json"), content_type="application/feed+json")
    assert feed.title == "JSON TV"
    (e,) = feed.entries
    assert e.title == "Severance season 3 starts filming" and e.text == "Production began in New York."
    assert e.published == datetime(2026, 11, 21, 13, 0, tzinfo=UTC)
    assert feed.warnings


def test_wrong_declared_encoding_still_reads_text():
    feed = parse_feed(load("wrong-encoding.xml"))
    assert feed.title == "Café Télé"
    assert feed.entries[0].title == "Pokémon Horizons renewed"


@pytest.mark.parametrize(
    "name,kind", [("page.html", "not_a_feed"), ("entities.xml", "unsafe_feed"), ("malformed.xml", None)]
)
def test_bodies_that_are_not_usable_feeds(name: str, kind: str | None):
    with pytest.raises(FeedError) as err:
        parse_feed(load(name))
    if kind:
        assert err.value.kind == kind
    assert err.value.kind in {"not_a_feed", "unsafe_feed", "malformed_feed"}
    assert str(err.value).endswith(".")


def test_entity_bomb_is_refused_before_parsing(monkeypatch):
    parsed = []

    def no_parser(body, *args, **kwargs):
        parsed.append(body)
        raise AssertionError("a parser saw a body that declares entities")

    # Refused before any parser runs, so nothing is ever expanded (benchmarks/parse.py times the refusal).
    monkeypatch.setattr(feeds.fastfeedparser, "parse", no_parser)
    monkeypatch.setattr(feeds.feedparser, "parse", no_parser)
    with pytest.raises(FeedError) as err:
        parse_feed(entity_bomb())
    assert err.value.kind == "unsafe_feed" and parsed == []


@pytest.mark.parametrize("body", [b"", b"   ", b"\x00\x01\x02", b'{"version": "1"}', b"[1, 2]"])
def test_empty_and_garbage(body: bytes):
    with pytest.raises(FeedError):
        parse_feed(body)
