"""Parser tests over tests/data/feeds (written for Greenlight, not copied): the behaviours that matter, spelled out.
tests/test_feed_golden.py pins the parser's whole output for the same files; benchmarks/parse.py measures its speed."""

import random
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot import cleaning
from bot.errors import FeedError
from bot.ingest import feeds, html_text
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


# ---------------------------------------------------------------- shortcuts in html_text give the long way's answer


def _normalise_by_lines(text: str) -> str:
    """_normalise the long way (every line split into words), as it was before its shortcut."""
    text = text.replace("\u200b", "")
    lines: list[str] = []
    blank = False
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line:
            blank = True
            continue
        if blank and lines:
            lines.append("")
        lines.append(line)
        blank = False
    return "\n".join(lines)


def _random_texts(count: int, seed: int) -> list[str]:
    spaces = [" ", "  ", "\t", "\n", "\n\n", "\n\n\n", "\n \n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0"]
    spaces += ["\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u200b", "\xad"]
    words = ["a", "déf", "x.y", "—", "’", "<p>", "</p>", "<br/>", "<LI>", "<ſcript>x</script>", "<Style>y</style>"]
    words += ["&amp;", "&#x81;", "&#13;", "&nbsp;", "<!-- c -->", "\x01", "\x7f", "\x9f", "\ud800", "Law & Order"]
    rng = random.Random(seed)
    pieces = [spaces, words, words]
    return ["".join(rng.choice(rng.choice(pieces)) for _ in range(rng.randint(0, 16))) for _ in range(count)]


def test_odd_space_lists_every_whitespace_but_space_and_newline():
    odd = {chr(c) for c in range(0x110000) if chr(c).isspace()} - {" ", "\n"}
    assert {chr(c) for c in range(0x110000) if html_text._ODD_SPACE.match(chr(c))} == odd
    assert set(html_text._ODD_SPACE_ASCII.decode()) == {c for c in odd if c.isascii()}


def test_normalise_shortcut_and_clean_text_shortcut_agree_with_the_long_way():
    for text in _random_texts(20_000, seed=7):
        assert html_text._normalise(text) == _normalise_by_lines(text), repr(text)
        expected = cleaning._HIDDEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
        assert cleaning.clean_text(text) == expected, repr(text)
    assert html_text._single_spaced("One line.\n\nAnother, with ‘quotes’.")  # the common case takes the shortcut


def test_tag_patterns_with_lookaheads_match_as_the_plain_alternations():
    plain = {
        html_text._DROP: re.compile(
            r"<(script|style|noscript|iframe|object|embed|svg|form|button|template)\b[^>]*>.*?</\1\s*>", re.I | re.S
        ),
        html_text._PARA: re.compile(
            r"</?(p|div|blockquote|section|article|header|footer|figure|h[1-6]|ul|ol|table|pre|hr)\b[^>]*>", re.I
        ),
        html_text._LINE: re.compile(r"<(br|li|tr|dd|dt|figcaption)\b[^>]*/?>|</(li|tr|dd|dt|figcaption)>", re.I),
    }
    names = ["script", "SCRIPT", "ſcript", "ſtyle", "ſvg", "İframe", "Kbd", "b", "i", "em", "p", "P", "div", "h1", "h7"]
    names += ["br", "Li", "tr", "dd", "dt", "figcaption", "ul", "ol", "hr", "pre", "table", "header", "template"]
    rng = random.Random(3)
    for _ in range(5_000):
        text = "".join(
            rng.choice(["<", "</"]) + rng.choice(names) + rng.choice(["", " a=1", "/", "x", ":", ">", ">"])
            if rng.random() < 0.5
            else rng.choice(["x", " ", "\n", ">", "é", "<!-- -->"])
            for _ in range(rng.randint(1, 10))
        )
        for fast, slow in plain.items():
            assert fast.sub("|", text) == slow.sub("|", text), repr(text)
