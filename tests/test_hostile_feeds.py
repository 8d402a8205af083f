"""Hostile feed bodies (issue 12): each class of damage ends in a ParsedFeed that keeps its promises or a FeedError.

Caps on entries, parser exceptions, lone surrogates, absurd dates, entities in any encoding, GUID churn and
unsafe links; see bot/ingest/feeds.py for the promises a ParsedFeed keeps.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
import sqlite_utils

from bot.config import Settings, load_settings
from bot.errors import FeedError
from bot.ingest import feeds
from bot.ingest.feeds import DEFAULT_MAX_ENTRIES, FUTURE_SKEW, OLDEST_DATE, declares_entities, parse_feed
from bot.models import Entry
from bot.store import Store, migrations
from bot.store.articles import _link_key_full, link_key

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def rss(items: str, title: str = "Hostile TV", decl: str = '<?xml version="1.0" encoding="utf-8"?>') -> str:
    return f'{decl}<rss version="2.0"><channel><title>{title}</title><link>https://h.example/</link>{items}</channel></rss>'


def item(guid: str, title: str, when: datetime | str | None = None, link: str | None = None) -> str:
    date = when if isinstance(when, str) else (format_datetime(when, usegmt=True) if when else "")
    link = f"https://h.example/{guid}" if link is None else link
    return (
        f"<item><guid>{guid}</guid><title>{title}</title><link>{link}</link>"
        + (f"<pubDate>{date}</pubDate>" if date else "")
        + "<description>Body.</description></item>"
    )


def json_feed(items: object, **extra: object) -> bytes:
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "JSON TV", "items": items, **extra}
    return json.dumps(doc).encode()


# ---------------------------------------------------------------- 1. the newest N entries of one parse


def test_a_huge_feed_keeps_only_the_newest_entries_and_says_how_many_were_dropped():
    rng = random.Random(3)
    ages = list(range(20_000))
    rng.shuffle(ages)  # dates in no particular order: "newest" must come from the dates, not the position
    body = rss("".join(item(f"g{age}", f"Story {age}", NOW - timedelta(minutes=age)) for age in ages)).encode()
    start = time.perf_counter()
    feed = parse_feed(body, now=NOW, max_entries=500)
    elapsed = time.perf_counter() - start
    assert len(feed.entries) == 500 and feed.dropped == 19_500
    assert {e.guid for e in feed.entries} == {f"g{age}" for age in range(500)}
    positions = [ages.index(int(e.guid[1:])) for e in feed.entries]
    assert positions == sorted(positions)  # kept in document order
    assert feed.note is not None and "20,000" in feed.note and "500" in feed.note
    assert any("newest 500 of 20000" in w for w in feed.warnings)
    assert elapsed < 10, f"{elapsed:.1f} s for 20,000 entries"


def test_the_cap_defaults_to_the_setting_and_undated_entries_go_last():
    assert Settings().max_entries_per_fetch == DEFAULT_MAX_ENTRIES == 500
    assert load_settings({"GREENLIGHT_MAX_ENTRIES_PER_FETCH": "50"}, dotenv=None).max_entries_per_fetch == 50
    items = [item("undated", "No date")] + [item(f"d{i}", f"Dated {i}", NOW - timedelta(days=i)) for i in range(3)]
    feed = parse_feed(rss("".join(items)).encode(), now=NOW, max_entries=3)
    assert [e.guid for e in feed.entries] == ["d0", "d1", "d2"] and feed.dropped == 1
    small = parse_feed(rss("".join(items)).encode(), now=NOW)
    assert len(small.entries) == 4 and small.dropped == 0 and small.note is None


def test_known_entries_count_towards_the_cap_but_are_left_out_unbuilt():
    items = [item(f"d{i}", f"Dated {i}", NOW - timedelta(days=i)) for i in range(6)]
    # A guid that is the item's link becomes the link made safe (here: the host lowercased).
    items.append(item("https://H.example/self", "Link guid", NOW, link="https://H.example/self"))
    body = rss("".join(items)).encode()
    full = parse_feed(body, now=NOW)
    known = frozenset({"d0", "d2", "https://h.example/self"})
    assert known <= {e.guid for e in full.entries}
    feed = parse_feed(body, now=NOW, known=known)
    assert [e for e in full.entries if e.guid not in known] == list(feed.entries)
    assert feed.known == 3 and feed.dropped == 0 and feed.note is None
    # The cap keeps the newest five of seven whether or not they are known, never an older entry in a known
    # one's place.
    capped = parse_feed(body, now=NOW, max_entries=5, known=known)
    assert [e.guid for e in capped.entries] == ["d1", "d3"] and capped.known == 3 and capped.dropped == 2
    assert capped.note is not None and "held 7 entries" in capped.note and "newest 5 were read" in capped.note
    uncapped_guids = [e.guid for e in parse_feed(body, now=NOW, max_entries=5).entries]
    assert set(uncapped_guids) == {e.guid for e in capped.entries} | known


# ---------------------------------------------------------------- 2. parser exceptions become FeedError or a skip


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000,
        b'{"a":' * 100_000,
        json_feed(5),
        json_feed("items"),
        json_feed({"a": 1}),
        json.dumps({"version": ["https://jsonfeed.org/version/1"], "items": []}).encode(),
        b'{"version": "https://jsonfeed.org/version/1", "items": [], "x": 1' + b"9" * 10_000 + b"}",
    ],
    ids=["deep-array", "deep-object", "items-int", "items-str", "items-dict", "version-list", "huge-int"],
)
def test_broken_json_is_a_named_feed_error(body: bytes):
    with pytest.raises(FeedError) as err:
        parse_feed(body)
    assert err.value.kind in {"malformed_feed", "not_a_feed"}
    assert str(err.value).endswith(".") and len(str(err.value)) < 300


def test_json_feed_fields_of_the_wrong_type_are_ignored_not_raised():
    body = json_feed(
        [
            {"id": 7, "url": "https://j.example/7", "title": ["a"], "content_html": {"x": 1}, "date_published": 5},
            {"id": ["x"], "url": ["https://j.example/bad"], "title": "Only a title", "summary": None},
            {"id": None, "url": 5, "title": None},  # nothing usable: skipped with a warning
            "not an item",
            {"id": "ok", "url": "https://j.example/ok", "title": "Good one", "date_modified": "2026-11-25T10:00:00Z"},
        ],
        title=["a"],
        home_page_url=5,
    )
    feed = parse_feed(body, now=NOW)
    assert feed.title == "" and feed.link == ""
    assert [e.guid for e in feed.entries][0] == "7"
    assert [e.title for e in feed.entries] == ["https://j.example/7", "Only a title", "Good one"]
    assert feed.entries[-1].published == datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
    assert len(feed.warnings) == 2


@pytest.mark.parametrize("ref", ["&#1114112;", "&#x110000;", "&#xD800;", "&#0;", "&#99999999999999;", "&#x1;"])
def test_impossible_character_references_cost_a_character_not_the_feed(ref: str):
    body = rss(item("a", f"Bad {ref} ref", NOW) + item("b", "Good", NOW)).encode()
    feed = parse_feed(body, now=NOW)
    assert [e.guid for e in feed.entries] == ["a", "b"]
    assert feed.entries[0].title.startswith("Bad") and feed.entries[1].title == "Good"


@pytest.mark.parametrize("junk", [b"\x00", b"\x00\x00\x00", b"\x01\x08\x0b\x1b\x7f"])
def test_embedded_nul_and_control_bytes_are_dropped(junk: bytes):
    body = rss(item("a", "Nul here", NOW) + item("b", "Good", NOW)).encode().replace(b"Nul", b"N" + junk + b"ul")
    feed = parse_feed(body, now=NOW)
    assert [e.title for e in feed.entries] == ["Nul here", "Good"]


def test_deeply_nested_xml_is_a_feed_error_or_a_feed():
    body = rss(item("a", "Deep", NOW)).replace("<description>", "<description>" + "<a>" * 50_000).encode()
    try:
        parse_feed(body, now=NOW)
    except FeedError as exc:
        assert exc.kind in {"malformed_feed", "not_a_feed"}


@pytest.mark.parametrize(
    "exc", [ValueError("chr() arg not in range"), TypeError("int() argument must be a string, not 'NoneType'"),
            RecursionError("maximum recursion depth exceeded"), KeyError("x"), IndexError("tuple index")],
)  # fmt: skip
def test_any_exception_inside_the_parsers_is_this_sources_feed_error(monkeypatch, exc: Exception):
    def boom(*args, **kwargs):
        raise exc

    monkeypatch.setattr(feeds.fastfeedparser, "parse", boom)
    monkeypatch.setattr(feeds.feedparser, "parse", boom)
    with pytest.raises(FeedError) as err:
        parse_feed(rss(item("a", "Hi", NOW)).encode())
    assert err.value.kind == "malformed_feed"


def test_a_struct_time_that_is_not_one_is_no_date():
    assert feeds._to_utc((2026, None, 1, 0, 0, 0)) is None  # int(None)-style values from a parser
    assert feeds._to_utc((2026,)) is None
    assert feeds._to_utc(object()) is None


# ---------------------------------------------------------------- 3. one bad item never poisons the feed


def test_a_lone_surrogate_in_one_item_does_not_stop_the_good_ones_being_stored(store: Store):
    body = json_feed(
        [
            {"id": "bad\ud800", "url": "https://j.example/bad", "title": "Bad \ud800 title", "content_text": "x\udfff"},
            {"id": "good", "url": "https://j.example/good", "title": "Good title", "content_text": "Fine."},
        ],
        title="Surro\udc00gate TV",
    )
    assert b"\\ud800" in body  # json.dumps escapes it; json.loads gives back a lone surrogate
    feed = parse_feed(body, now=NOW)
    assert feed.title == "Surrogate TV"
    assert [e.title for e in feed.entries] == ["Bad title", "Good title"]
    for e in feed.entries:
        for value in (e.guid, e.title, e.link, e.text, e.summary_raw):
            value.encode("utf-8")  # would raise on a lone surrogate
    src = store.add_source("https://j.example/feed.json", title=None, added_by=None, now=NOW)
    stored = store.store_entries(src.id, feed.entries, now=NOW, baseline=False)
    assert stored.count == 2


def test_control_characters_are_dropped_from_every_string_but_newlines_and_tabs_stay():
    body = json_feed(
        [
            {
                "id": "i\x00d",
                "url": "https://j.example/\x07a",
                "title": "Ti\x1btle\x85",
                "content_text": "Line one\r\nLine\ttwo\x0c",
            }
        ]
    )
    (e,) = parse_feed(body, now=NOW).entries
    assert (e.guid, e.title, e.link) == ("id", "Title", "https://j.example/a")
    assert e.summary_raw == "Line one\nLine\ttwo"


# ---------------------------------------------------------------- 4. dates: clamped at the parser's edge


@pytest.mark.parametrize(
    "date,expected",
    [
        ("Mon, 01 Jan 0001 00:00:00 +0100", None),
        ("0001-01-01T00:00:00+01:00", None),
        ("Thu, 01 Jan 1970 00:00:00 GMT", None),
        ("Fri, 31 Dec 9999 23:59:59 -1200", None),  # after year 9999 in UTC: no such date
        ("9999-12-31T23:59:59Z", NOW),
        ("Fri, 31 Dec 9999 23:59:59 GMT", NOW),
        ("Thu, 26 Nov 2026 14:00:00 GMT", NOW),  # two hours ahead: beyond the skew
        ("Thu, 26 Nov 2026 12:30:00 GMT", NOW + timedelta(minutes=30)),  # within the skew: kept
        ("Wed, 25 Nov 2026 09:00:00 GMT", datetime(2026, 11, 25, 9, 0, tzinfo=UTC)),
    ],
)
def test_dates_are_clamped_between_1990_and_the_fetch_time(date: str, expected: datetime | None):
    bodies = [rss(item("a", "Dated", date)).encode()]
    if date[:4].isdigit():  # JSON Feed dates are RFC 3339
        bodies.append(json_feed([{"id": "a", "title": "T", "date_published": date}]))
    for body in bodies:
        (e,) = parse_feed(body, now=NOW).entries
        assert e.published == expected, (date, body[:60])
    assert FUTURE_SKEW <= timedelta(hours=1) and OLDEST_DATE.year == 1990


@pytest.mark.parametrize("guid", ["2", "a", "may", "12"])
def test_a_short_guid_is_never_read_as_the_date(guid: str):
    # fastfeedparser tries the guid as a date when the pubDate is unreadable: "2" became Nov 2, "may" May 26.
    feed = parse_feed(rss(item(guid, "Undated", "not a date") + item("x", "Dated", NOW)).encode(), now=NOW)
    assert [e.published for e in feed.entries] == [None, NOW]


def test_a_guid_that_is_a_date_still_dates_an_entry():
    (e,) = parse_feed(rss(item("2026-11-20T08:00:00Z", "Dated by guid")).encode(), now=NOW).entries
    assert e.published == datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def test_a_bad_published_date_falls_back_to_updated():
    body = json_feed(
        [{"id": "a", "title": "T", "date_published": "0001-01-01T00:00:00Z", "date_modified": "2026-11-20"}]
    )
    (e,) = parse_feed(body, now=NOW).entries
    assert e.published == datetime(2026, 11, 20, tzinfo=UTC)


def test_now_defaults_to_the_current_time():
    (e,) = parse_feed(rss(item("a", "Far future", "Fri, 31 Dec 9999 23:59:59 GMT")).encode()).entries
    assert e.published is not None and abs(e.published - datetime.now(UTC)) < timedelta(minutes=1)


# ---------------------------------------------------------------- 5. entities and DTDs in every encoding


def bomb(encoding_label: str) -> str:
    levels = ['<!ENTITY a0 "' + "x" * 1000 + '">'] + [
        f'<!ENTITY a{i} "' + f"&a{i - 1};" * 10 + '">' for i in range(1, 9)
    ]
    return (
        f'<?xml version="1.0" encoding="{encoding_label}"?><!DOCTYPE rss [' + "".join(levels) + "]>"
        "<rss><channel><title>&a8;</title><item><title>&a8;</title><link>https://x.example/a</link></item>"
        "</channel></rss>"
    )


@pytest.mark.parametrize(
    "codec,label",
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8"),
        ("utf-16", "utf-16"),  # with a byte order mark
        ("utf-16-le", "utf-16"),  # without one
        ("utf-16-be", "utf-16"),
        ("utf-32", "utf-32"),
        ("utf-32-le", "utf-32"),
        ("utf-32-be", "utf-32"),
        ("cp037", "cp037"),  # EBCDIC, which libxml2 reads
    ],
)
def test_a_billion_laughs_is_refused_in_every_encoding(codec: str, label: str):
    body = bomb(label).encode(codec)
    start = time.perf_counter()
    with pytest.raises(FeedError) as err:
        parse_feed(body)
    assert err.value.kind == "unsafe_feed"
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("codec", ["utf-8", "utf-16", "utf-16-le", "utf-32-be"])
def test_an_internal_subset_without_entities_is_refused_too(codec: str):
    text = '<?xml version="1.0"?><!DOCTYPE rss [ <!ATTLIST rss x CDATA "y"> ]>'
    text += "<rss><channel><title>T</title></channel></rss>"
    with pytest.raises(FeedError) as err:
        parse_feed(text.encode(codec))
    assert err.value.kind == "unsafe_feed"


def test_utf7_declared_entities_are_refused():
    body = b'<?xml version="1.0" encoding="utf-7"?>+ADw-!DOCTYPE rss +AFs-+ADw-!ENTITY a "b"+AD4-+AF0-+AD4-<rss/>'
    assert declares_entities(body)
    with pytest.raises(FeedError):
        parse_feed(body)


def test_an_external_doctype_and_wide_encodings_without_entities_still_parse():
    rss091 = rss(
        item("a", "Café renewed", NOW),
        decl='<?xml version="1.0" encoding="utf-16"?>'
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        ' "http://my.netscape.com/publish/formats/rss-0.91.dtd">',
    )
    for codec in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"):
        feed = parse_feed(rss091.encode(codec), now=NOW)
        assert [e.title for e in feed.entries] == ["Café renewed"], codec
        assert feed.title == "Hostile TV"


# ---------------------------------------------------------------- 6. GUID churn: the same link is the same article


def churn(guid: str, link: str = "https://h.example/story?id=1") -> Entry:
    return Entry(guid=guid, title="Show renewed", link=link, published=NOW, text="t", summary_raw="t")


def test_an_item_whose_guid_changes_every_poll_is_stored_once(store: Store):
    src = store.add_source("https://h.example/feed", title=None, added_by=None, now=NOW)
    assert store.store_entries(src.id, [churn("g1")], now=NOW, baseline=True).count == 1
    for poll in range(2, 6):
        again = store.store_entries(src.id, [churn(f"g{poll}")], now=NOW, baseline=False)
        assert again.count == 0 and again.seen == 1
    variants = [
        "http://h.example/story?id=1",
        "https://www.h.example/story/?id=1&utm_source=rss",
        "https://H.EXAMPLE:443/story?id=1#comments",
    ]
    assert (
        store.store_entries(src.id, [churn(f"v{i}", v) for i, v in enumerate(variants)], now=NOW, baseline=False).count
        == 0
    )
    assert store.count_articles() == 1


def test_links_that_identify_no_article_never_merge_items(store: Store):
    src = store.add_source("https://h.example/feed", title=None, added_by=None, now=NOW)
    home = [churn(f"h{i}", "https://h.example/") for i in range(3)] + [churn("n1", ""), churn("n2", "")]
    assert store.store_entries(src.id, home, now=NOW, baseline=False).count == 5
    assert store.store_entries(src.id, [churn("same", "https://h.example/x"), churn("same2", "https://h.example/x")],
                               now=NOW, baseline=False).count == 1  # fmt: skip
    other = store.add_source("https://other.example/feed", title=None, added_by=None, now=NOW)
    assert store.store_entries(other.id, [churn("zz", "https://h.example/x")], now=NOW, baseline=False).count == 1


def test_link_keys():
    assert link_key("https://www.A.example/x/?utm_medium=rss&b=2#top") == "a.example/x?b=2"
    assert link_key("http://a.example:8080/x") == "a.example:8080/x"
    assert link_key("https://a.example/") == link_key("https://a.example") == ""
    assert link_key("") == link_key("not a url") == link_key("https://[::1") == ""


def test_link_key_shortcut_gives_what_urlsplit_gives():
    """Plain links skip urlsplit; the key must be the same as through it, whatever the parts."""
    schemes = ["http://", "https://", "HTTP://", "ftp://", ""]
    hosts = ["a.example", "www.a.example", "A.example", "a.example.", "127.0.0.1", "www.", "bücher.example", ""]
    ports = ["", ":80", ":443", ":0", ":080", ":8080", ":65535", ":65536", ":", ":x"]
    rests = ["", "/", "/x/", "/x//", "?", "?a=1", "?utm_source=rss", "?a=1&utm_medium=x&&b", "#f", "/x?#f", "/x#a?b",
             "/a b", "/x\ty", "@evil/x", "/é", " "]  # fmt: skip
    for scheme in schemes:
        for host in hosts:
            for port in ports:
                for rest in rests:
                    link = scheme + host + port + rest
                    assert link_key(link) == _link_key_full(link), link
    assert link_key(None) == _link_key_full(None) == ""  # type: ignore[arg-type]


def test_the_migration_fills_link_keys_for_rows_already_stored(db_path: Path):
    db = sqlite_utils.Database(sqlite3.connect(db_path, isolation_level=None))
    migrations.apply(db, stop_before="m006_article_link_keys_source_notes")
    db.execute("INSERT INTO sources (id, url, added_at) VALUES (1, 'https://h.example/feed', '2026-11-01')")
    for i, link in enumerate(["https://h.example/story?id=1", "https://h.example/", ""]):
        db.execute(
            "INSERT INTO articles (source_id, guid, title, link, text, summary_raw, fetched_at, is_new)"
            " VALUES (1, ?, 't', ?, '', '', '2026-11-01', 0)",
            [f"old{i}", link],
        )
    db.conn.close()
    with Store.open(db_path) as store:
        keys = [r[0] for r in store.db.execute("SELECT link_key FROM articles ORDER BY id").fetchall()]
        assert keys == ["h.example/story?id=1", None, None]
        assert store.store_entries(1, [churn("new-guid")], now=NOW, baseline=False).count == 0
        assert store.get_source(1).last_note is None


# ---------------------------------------------------------------- 9. links from feeds are safe URLs or nothing


def test_a_link_cannot_become_a_masked_link_or_an_invalid_embed_url():
    phish = "https://beat.example/x) [Click for free nitro](https://phish.example"
    items = (
        item("a", "Phish", NOW, link=phish.replace("&", "&amp;"))
        + item("b", "Script", NOW, link="javascript:alert(1)")
        + item("c", "Relative", NOW, link="/2026/story (1)")
        + item("d", "Long", NOW, link="https://h.example/" + "x" * 3000)
        + item("e", "Data", NOW, link="data:text/html,hi")
    )
    feed = parse_feed(rss(items).encode(), now=NOW)
    links = {e.guid: e.link for e in feed.entries}
    assert links["a"] == "https://beat.example/x%29%20%5BClick%20for%20free%20nitro%5D%28https://phish.example"
    assert links["b"] == links["d"] == links["e"] == ""
    assert links["c"] == "https://h.example/2026/story%20%281%29"
    for link in links.values():
        assert not any(c in link for c in " ()[]<>\"'`")
