"""Feed bytes → entries. fastfeedparser first; feedparser where it keeps text intact; JSON Feed by hand.

Parsers never see a URL or a path (both libraries would fetch or open it), and bodies that declare XML
entities or a DTD internal subset — in any encoding — are refused before any parser runs (entity expansion
can take gigabytes).

The parser's edge is also where hostile input stops. Whatever the body, `parse_feed` returns a ParsedFeed or
raises FeedError, never anything else, and a ParsedFeed keeps these promises:

* every string (titles, links, guids, text) is free of lone surrogates and control characters other than
  newline and tab, so one bad item can never make storing the feed fail;
* every link is an absolute http(s) URL of at most 2,048 characters with spaces, brackets, parentheses and
  quotes percent-encoded (bot.ingest.addresses.safe_link), or "";
* dates are aware UTC and never later than `now` plus FUTURE_SKEW (later ones become `now`: a feed cannot
  keep an item on top forever) nor earlier than OLDEST_DATE (earlier ones become None — undated — so they
  sort after every dated entry and never lead);
* at most `max_entries` entries, the newest ones; `dropped` says how many more the feed held;
* entries whose guid is in `known` (already stored for the source) count towards `max_entries` but are left
  out without their text being cleaned (`ParsedFeed.known` counts them): most of a feed is old on every poll.
"""

from __future__ import annotations

import calendar
import codecs
import hashlib
import heapq
import io
import json
import logging
import re
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

import fastfeedparser
import fastfeedparser.main
import feedparser

from bot.cleaning import clean_text
from bot.errors import FeedError
from bot.ingest.addresses import safe_link, shorten_url
from bot.ingest.html_text import clean_title, html_to_text
from bot.models import Entry, FetchErrorKind, ParsedFeed
from bot.timeutil import utcnow

log = logging.getLogger(__name__)
_ffp_parse_date = getattr(fastfeedparser.main, "_parse_date", None)  # see _date_from_guid

NOT_A_FEED = FetchErrorKind.NOT_A_FEED.value
MALFORMED = FetchErrorKind.MALFORMED.value
UNSAFE = FetchErrorKind.UNSAFE.value

DEFAULT_MAX_ENTRIES = 500  # Settings.max_entries_per_fetch (GREENLIGHT_MAX_ENTRIES_PER_FETCH)
FUTURE_SKEW = timedelta(hours=1)  # clocks and time zones are often a little off; more than this is not news yet
OLDEST_DATE = datetime(1990, 1, 1, tzinfo=UTC)  # before the web had feeds: a placeholder or a broken date
MAX_WARNINGS = 20
ATTEMPTS_PER_KEPT = 4  # with more entries than the cap, at most this many tries per entry kept
_UNDATED = -1e18
MAX_DEPTH = 500  # element nesting the slow parser is given; real feeds nest a dozen deep
MAX_GUID_LENGTH = 1_024  # a longer guid is replaced by its hash (it is a key in an index)

# An internal DTD subset (`<!DOCTYPE x [ ... ]>`) or an entity declaration, as text or as ASCII bytes.
_DTD_TEXT = re.compile(r"<!ENTITY|<!DOCTYPE[^>\[]*\[", re.I)
_DTD_BYTES = re.compile(rb"<!ENTITY|<!DOCTYPE[^>\[]*\[", re.I)
_CDATA = re.compile(rb"<!\[CDATA\[.*?\]\]>", re.S)
_COMMENT = re.compile(rb"<!--.*?-->", re.S)
_TAG = re.compile(rb"<(/)?([A-Za-z_][A-Za-z0-9_:.-]*)[^<>]*?(/)?>")
_TEXT = re.compile(rb">([^<]+)<")
_VOID_ELEMENTS = {
    b"area",
    b"base",
    b"br",
    b"col",
    b"embed",
    b"hr",
    b"img",
    b"input",
    b"link",
    b"meta",
    b"param",
    b"source",
    b"track",
    b"wbr",
}
# A '&' that does not start a valid reference: fastfeedparser drops it ("Law & Order" → "Law  Order").
_RAW_AMP = re.compile(rb"&(?!(?:[A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)")
_CHAR_REF = re.compile(rb"&#(?:([0-9]+)|[xX]([0-9A-Fa-f]+));")
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']", re.I)
_XML_DECL_TEXT = re.compile(r"^(\s*<\?xml[^>]*encoding=[\"'])[A-Za-z0-9._-]+", re.I)
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html)", re.I | re.S)
_FEED_ROOT = re.compile(rb"<(?:[A-Za-z0-9_]+:)?(rss|feed|RDF|channel)[\s>]")
# Bytes never valid in XML 1.0 text: C0 controls but tab, newline and carriage return.
_XML_INVALID_BYTES = bytes(b for b in range(32) if b not in (9, 10, 13))
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
_YEAR = re.compile(r"(?<![0-9])(1[89]|2[0-9])[0-9]{2}(?![0-9])")
_PRINTABLE_ASCII = bytes(range(32, 127))
_PRINTABLE_ASCII_TEXT = _PRINTABLE_ASCII.decode("ascii")
_EBCDIC_DECL = b"\x4c\x6f\xa7\x94"  # "<?xm" in EBCDIC, which libxml2 recognises


# ---------------------------------------------------------------- bytes before any parser


def _wide_encoding(body: bytes) -> str | None:
    """UTF-16 or UTF-32 (any byte order, with or without a byte order mark), recognised from the first bytes."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return None if name == "utf-8" else name
    b = body[:4]
    if len(b) < 4:
        return None
    if b[0] == b[1] == b[2] == 0 and b[3]:
        return "utf-32-be"
    if b[0] and b[1] == b[2] == b[3] == 0:
        return "utf-32-le"
    if b[0] == 0 and b[1] and b[2] == 0:
        return "utf-16-be"
    if b[0] and b[1] == 0 and b[3] == 0:
        return "utf-16-le"
    return None


def _declared_encodings(body: bytes, content_type: str | None) -> set[str]:
    """Every encoding a parser might read the body in: byte order mark, XML declaration, HTTP charset."""
    found: set[str] = set()
    wide = _wide_encoding(body)
    if wide:
        found.add(wide)
    heads = [body[:400], body[:1600].replace(b"\x00", b"")]
    if body.startswith(_EBCDIC_DECL):
        found.add("cp037")
        heads.append(body[:400].decode("cp037").encode("ascii", "replace"))
    for head in heads:
        m = _XML_DECL.match(head.removeprefix(b"\xef\xbb\xbf"))
        if m:
            found.add(m.group(1).decode("ascii").lower())
    m2 = re.search(r"charset=[\"']?([A-Za-z0-9._-]+)", content_type or "")
    if m2:
        found.add(m2.group(1).lower())
    return found


def declares_entities(body: bytes, content_type: str | None = None) -> bool:
    """True when the body declares an entity or a DTD internal subset in any encoding it could be read in.

    ASCII-compatible encodings are searched as bytes; UTF-16/32 in any byte order by dropping the zero bytes
    around ASCII markup; any other declared encoding (EBCDIC, UTF-7, …) by decoding the body with it."""
    if _DTD_BYTES.search(body):
        return True
    if b"\x00" in body and _DTD_BYTES.search(body.replace(b"\x00", b"")):
        return True
    for name in _declared_encodings(body, content_type):
        try:
            codec = codecs.lookup(name)
            if codec.decode(_PRINTABLE_ASCII, "replace")[0] == _PRINTABLE_ASCII_TEXT:
                continue  # ASCII-compatible: the byte search above already saw it
            text = codec.decode(body, "replace")[0]
        except (LookupError, ValueError, TypeError):
            continue
        if _DTD_TEXT.search(text):
            return True
    return False


def _to_utf8(body: bytes, encoding: str) -> bytes:
    """A UTF-16/32 body re-encoded as UTF-8, its XML declaration saying so."""
    text = body.decode(encoding, "replace").removeprefix("\ufeff")
    text = _XML_DECL_TEXT.sub(r"\1utf-8", text, count=1)
    return text.encode("utf-8", "replace")


def _fix_encoding(body: bytes) -> bytes:
    """A body whose bytes do not match its declared encoding is re-encoded as UTF-8 (cp1252 as the last resort)."""
    head = body[:200]
    m = _XML_DECL.match(head)
    declared = m.group(1).decode("ascii").lower() if m else "utf-8"
    if body.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return body
    for encoding in (declared, "utf-8", "cp1252", "latin-1"):
        try:
            text = body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
        if encoding == declared:
            return body
        log.info("feed declared %s but is %s; re-encoding", declared, encoding)
        text = re.sub(r"^(\s*<\?xml[^>]*encoding=[\"'])[A-Za-z0-9._-]+", r"\1utf-8", text, count=1)
        return text.encode("utf-8")
    return body


def _valid_code_point(n: int) -> bool:
    return n in (9, 10, 13) or 0x20 <= n < 0xD800 or 0xE000 <= n <= 0xFFFD or 0x10000 <= n <= 0x10FFFF


def _fix_char_ref(m: re.Match[bytes]) -> bytes:
    digits, hexdigits = m.group(1), m.group(2)
    if (len(digits or b"") > 8) or (len(hexdigits or b"") > 6):
        return b"&#xFFFD;"
    n = int(digits) if digits else int(hexdigits, 16)
    return m.group(0) if _valid_code_point(n) else b"&#xFFFD;"


def _scrub_xml_bytes(body: bytes) -> bytes:
    """Bytes no XML parser accepts are dropped, and references to characters that cannot exist (`&#1114112;`,
    `&#xD800;`, `&#0;`) become U+FFFD: one bad character costs a character, never the whole feed."""
    m = _XML_DECL.match(body[:200])
    if not (m and b"2022" in m.group(1)):  # ISO-2022 encodings use ESC; every other one we read is ASCII-based
        body = body.translate(None, _XML_INVALID_BYTES)
    if b"&#" in body:
        body = _CHAR_REF.sub(_fix_char_ref, body)
    return body


# ---------------------------------------------------------------- values from parsed entries


def _str(value: Any) -> str:
    """A string field as the parser gave it, or "" when it is not a string (JSON Feed `"title": ["a"]`)."""
    return value if isinstance(value, str) else ""


def _to_utc(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        if isinstance(value, datetime):
            dt = value
        elif isinstance(value, str):
            value = value.strip()
            dt = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
        else:  # time.struct_time from feedparser, already UTC
            year, month, day, hour, minute, second = value[:6]
            dt = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except (ValueError, TypeError, OverflowError, IndexError):
        return None
    if dt.tzinfo is UTC:  # fastfeedparser's usual answer: nothing to convert
        return dt
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    try:
        return dt.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def clamp_date(value: datetime | None, now: datetime) -> datetime | None:
    """Later than now + FUTURE_SKEW → now; earlier than OLDEST_DATE → None (undated, so it never leads)."""
    if value is None or value < OLDEST_DATE:
        return None
    return now if value > now + FUTURE_SKEW else value


def _date_from_guid(e: dict) -> bool:
    """True when fastfeedparser made the entry's date out of its guid, and the guid names no year.

    When no date is readable, fastfeedparser tries the guid as one, with dateutil and dateparser: a guid
    such as "2", "a" or "may" then becomes a day of the current year (Nov 2, Jan 26, May 26)."""
    guid, published = e.get("id"), e.get("published")
    if not isinstance(guid, str) or not isinstance(published, str):
        return False
    if not published.endswith(("T00:00:00+00:00", "T00:00:00Z")) and not published[19:20] == ".":
        return False  # guesses from words land on midnight, or on "now" (with microseconds): nothing else is checked
    if _YEAR.search(guid):  # after the cheap test above: this scan tries every position of a long guid
        return False
    try:
        return _ffp_parse_date is not None and _ffp_parse_date(guid) == published
    except Exception:
        return False


def _published(e: dict, now: datetime) -> datetime | None:
    if _date_from_guid(e):
        return None
    # dict.get: feedparser's own get() maps a missing updated_parsed to published_parsed, with a warning
    get = dict.get
    return clamp_date(_to_utc(get(e, "published_parsed") or get(e, "published")), now) or clamp_date(
        _to_utc(get(e, "updated_parsed") or get(e, "updated")), now
    )


def _content(e: dict) -> str:
    """The longest of the full content, the summary and the description, raw (the first one on a tie)."""
    best = ""
    contents = e.get("content")
    for c in contents if isinstance(contents, list) else ():
        if isinstance(c, dict) and len(value := _str(c.get("value"))) > len(best):
            best = value
    for key in ("summary", "description"):
        if len(value := _str(e.get(key))) > len(best):
            best = value
    return best


def _guid(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    guid = clean_text(_str(value)).strip()
    if len(guid) > MAX_GUID_LENGTH:
        guid = "sha1:" + hashlib.sha1(guid.encode()).hexdigest()
    return guid


def _title(value: Any) -> str:
    text = clean_text(_str(value))
    title = clean_title(text)
    # Only decoding a character reference ("&#x81;") can bring back a character clean_text drops.
    return clean_text(title) if "&" in text else title


def _entry(e: Any, base: str, now: datetime) -> Entry:
    if not isinstance(e, dict):
        raise ValueError("an entry is not a mapping")
    title = _title(e.get("title"))
    raw_link = clean_text(_str(e.get("link"))).strip()
    link = safe_link(raw_link, base)
    if raw_link and not link:
        log.debug("dropped an unusable link %r", shorten_url(raw_link))
    raw = clean_text(_content(e))
    published = _published(e, now)
    if not title and not link:
        raise ValueError("an entry has neither a title nor a link")
    guid = _guid(e.get("id")) or _guid(e.get("guid"))
    if not guid or guid == raw_link:
        guid = link
    if not guid:
        guid = "sha1:" + hashlib.sha1(f"{title}|{published}".encode()).hexdigest()
    text = html_to_text(raw)
    return Entry(
        guid=guid,
        title=title or link,
        link=link,
        published=published,
        text=clean_text(text) if "&" in raw else text,  # as in _title: raw is clean, so only a reference can add one
        summary_raw=raw,
    )


def _is_known(e: Any, base: str, known: frozenset[str]) -> bool:
    """Whether the entry's guid, made as _entry makes it, is one of `known`: without cleaning its text."""
    if not known or not isinstance(e, dict):
        return False
    guid = _guid(e.get("id")) or _guid(e.get("guid"))
    raw_link = clean_text(_str(e.get("link"))).strip()
    if not guid or guid == raw_link:
        guid = safe_link(raw_link, base)
    return bool(guid) and guid in known  # a guid made from title and date is left to _entry


class _Keep(NamedTuple):
    most: int  # entries kept at most (the newest)
    known: frozenset[str]  # guids stored already: counted as kept, never built


def _sort_time(e: Any) -> float:
    """A cheap sort key for choosing the newest entries (-1e18 when undated): the parsers' own date values,
    read without the full clean-up _published does (that runs only for the entries kept)."""
    if not isinstance(e, dict):
        return _UNDATED
    get = dict.get  # as in _published
    value = get(e, "published_parsed") or get(e, "published") or get(e, "updated_parsed") or get(e, "updated")
    try:
        if isinstance(value, str):
            dt = datetime.fromisoformat(value.strip())
            return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).timestamp()
        if isinstance(value, (tuple, time.struct_time)):
            return float(calendar.timegm(tuple(value[:6]) + (0, 0, 0)))
    except (ValueError, TypeError, OverflowError, IndexError):
        pass
    return _UNDATED


def _entries(
    raw_entries: Any, base: str, warnings: list[str], now: datetime, keep: _Keep
) -> tuple[tuple[Entry, ...], int, int]:
    """(the newest `keep.most` good entries in document order but for the known ones, how many were left out for
    the cap, how many were known).

    The work is bounded whatever the feed holds: when there are more than `keep.most`, only the newest
    ATTEMPTS_PER_KEPT × `keep.most` are tried (undated ones last, in document order)."""
    max_entries = keep.most
    raw = list(raw_entries) if isinstance(raw_entries, (list, tuple)) else []
    budget = max_entries * ATTEMPTS_PER_KEPT
    if len(raw) <= max_entries:
        order: Iterable[int] = range(len(raw))
    else:
        keys = [_sort_time(e) for e in raw]
        order = heapq.nsmallest(budget, range(len(raw)), key=lambda i: (-keys[i], i))
    kept: list[tuple[int, Entry]] = []
    tried = skipped = known = 0
    for i in order:
        if len(kept) + known >= max_entries or tried >= budget:
            break
        tried += 1
        try:
            if _is_known(raw[i], base, keep.known):
                known += 1
            else:
                kept.append((i, _entry(raw[i], base, now)))
        except Exception as exc:  # one bad entry is skipped, never the feed
            skipped += 1
            if skipped <= MAX_WARNINGS:
                warnings.append(f"skipped entry {i + 1}: {shorten_url(str(exc), 200)}")
    if skipped > MAX_WARNINGS:
        warnings.append(f"skipped {skipped - MAX_WARNINGS} more entries")
    kept.sort(key=lambda pair: pair[0])
    dropped = len(raw) - tried
    if dropped:
        warnings.append(f"kept the newest {len(kept) + known} of {len(raw)} entries (at most {max_entries} per fetch)")
    return tuple(e for _, e in kept), dropped, known


def _feed_link(feed: dict) -> str:
    link = _str(feed.get("link"))
    if not link:
        links = feed.get("links")
        for alt in links if isinstance(links, list) else ():
            if isinstance(alt, dict) and _str(alt.get("href")) and alt.get("rel", "alternate") == "alternate":
                return safe_link(alt["href"])
    return safe_link(link)


def _feed(title: Any, base: str, raw_entries: Any, warnings: list[str], now: datetime, keep: _Keep) -> ParsedFeed:
    entries, dropped, known = _entries(raw_entries, base, warnings, now, keep)
    return ParsedFeed(_title(title), base, entries, tuple(warnings), dropped, known)


# ---------------------------------------------------------------- the parsers


def _parse_json_feed(body: bytes, now: datetime, keep: _Keep) -> ParsedFeed:
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise FeedError(MALFORMED, "That address returned broken JSON, not a feed.") from None
    except RecursionError:
        raise FeedError(MALFORMED, "That address returned JSON nested too deeply to be a feed.") from None
    if not isinstance(doc, dict) or "jsonfeed.org" not in _str(doc.get("version")):
        raise FeedError(
            NOT_A_FEED, "That address returned JSON that is not a JSON Feed. Look for an RSS or Atom link on the site."
        )
    raw_items = doc.get("items")
    if raw_items is None:
        raw_items = []
    if not isinstance(raw_items, list):
        raise FeedError(MALFORMED, "That JSON Feed is broken: its items are not a list.")
    warnings: list[str] = []
    items: list[Any] = []
    for item in raw_items:
        if not isinstance(item, dict):
            items.append(None)  # skipped with a warning, in its place
            continue
        content = _str(item.get("content_html")) or _str(item.get("content_text")) or _str(item.get("summary"))
        items.append(
            {
                "id": item.get("id"),
                "title": _str(item.get("title")),
                "link": _str(item.get("url")),
                "published": _str(item.get("date_published")),
                "updated": _str(item.get("date_modified")),
                "summary": content,
            }
        )
    base = safe_link(doc.get("home_page_url"))
    return _feed(doc.get("title"), base, items, warnings, now, keep)


def _parse_xml(body: bytes, now: datetime, keep: _Keep) -> ParsedFeed:
    if _HTML_START.match(body[:2048]) and not _FEED_ROOT.search(body[:4096]):
        raise FeedError(
            NOT_A_FEED, "That address returned a web page, not a feed. Look for an RSS or Atom link on the site."
        )
    body = _scrub_xml_bytes(_fix_encoding(body))
    warnings: list[str] = []
    needs_fallback = bool(_RAW_AMP.search(_CDATA.sub(b"", body) if b"<![CDATA[" in body else body))
    parsed = None
    if not needs_fallback:
        try:
            parsed = fastfeedparser.parse(body)
        except Exception as exc:  # fastfeedparser raises plain ValueErrors on broken XML
            warnings.append(f"fast parser failed ({exc.__class__.__name__}); used feedparser")
    if not isinstance(parsed, dict) or (not parsed.get("entries") and not _feed_dict(parsed).get("title")):
        return _parse_with_feedparser(body, warnings, now, keep)
    feed = _feed_dict(parsed)
    return _feed(feed.get("title"), _feed_link(feed), parsed.get("entries"), warnings, now, keep)


def _feed_dict(parsed: Any) -> dict:
    feed = parsed.get("feed") if isinstance(parsed, dict) else None
    return feed if isinstance(feed, dict) else {}


def _too_deep(fragment: bytes, limit: int, *, html: bool) -> bool:
    """True when elements in `fragment` open more than `limit` deep. In HTML, void elements (<br>, <img>, …)
    never open; an unclosed tag otherwise counts as open."""
    if fragment.count(b"<") <= limit:
        return False
    depth = 0
    for m in _TAG.finditer(fragment):
        if m.group(1):
            depth = max(0, depth - 1)
        elif not m.group(3) and not (html and m.group(2).lower() in _VOID_ELEMENTS):
            depth += 1
            if depth > limit:
                return True
    return False


def _nesting_depth_exceeds(body: bytes, limit: int) -> bool:
    """True when the feed's elements, or the HTML inside one CDATA section or one escaped text, nest deeper
    than `limit`. feedparser spends ~0.1 ms per open element (and re-parses HTML content to sanitise it)."""
    if body.count(b"<") <= limit and body.count(b"&lt;") <= limit:
        return False
    sections = _CDATA.findall(body) if b"<![CDATA[" in body else []
    outer = _CDATA.sub(b"", body) if sections else body
    if b"<!--" in outer:
        outer = _COMMENT.sub(b"", outer)
    if _too_deep(outer, limit, html=False) or any(_too_deep(c, limit, html=True) for c in sections):
        return True
    if outer.count(b"&lt;") > limit:
        for m in _TEXT.finditer(outer):
            text = m.group(1)
            if text.count(b"&lt;") > limit:
                if _too_deep(text.replace(b"&lt;", b"<").replace(b"&gt;", b">"), limit, html=True):
                    return True
    return False


def _parse_with_feedparser(body: bytes, warnings: list[str], now: datetime, keep: _Keep) -> ParsedFeed:
    if _nesting_depth_exceeds(body, MAX_DEPTH):  # 5 MB of <a> would keep feedparser busy for minutes
        raise FeedError(MALFORMED, f"The feed nests elements more than {MAX_DEPTH} deep, so it cannot be read.")
    parsed = feedparser.parse(io.BytesIO(body))  # a file object: feedparser would open a path or fetch a URL
    feed = _feed_dict(parsed)
    if not parsed.get("entries") and not feed.get("title"):
        if parsed.get("bozo") and not _FEED_ROOT.search(body[:4096]):
            raise FeedError(NOT_A_FEED, "That address did not return a feed. Look for an RSS or Atom link on the site.")
        if parsed.get("bozo"):
            reason = shorten_url(str(parsed.get("bozo_exception")), 200)
            raise FeedError(MALFORMED, f"The feed is broken and could not be read ({reason}).")
        raise FeedError(NOT_A_FEED, "That address did not return a feed. Look for an RSS or Atom link on the site.")
    return _feed(feed.get("title"), _feed_link(feed), parsed.get("entries"), warnings, now, keep)


def parse_feed(
    body: bytes,
    *,
    content_type: str | None = None,
    now: datetime | None = None,
    max_entries: int = DEFAULT_MAX_ENTRIES,
    known: frozenset[str] = frozenset(),
) -> ParsedFeed:
    """Raises FeedError(kind, polite message) for unsafe, non-feed or unreadable bodies, and nothing else.

    `now` (default: the current time) is the fetch time future dates are clamped to; `max_entries` caps the
    entries kept (the newest win; ParsedFeed.dropped counts the rest); entries whose guid is in `known` are left out
    (ParsedFeed.known counts them)."""
    now = now or utcnow()
    try:
        return _parse(body, content_type, now, _Keep(max(1, max_entries), known))
    except FeedError:
        raise
    except RecursionError:
        raise FeedError(MALFORMED, "The feed is nested too deeply to be read.") from None
    except Exception as exc:  # a parser's own failure on hostile input is this source's error, nobody else's
        log.warning("a feed parser failed (%s); reported as a malformed feed", exc.__class__.__name__, exc_info=True)
        raise FeedError(MALFORMED, f"The feed is broken and could not be read ({exc.__class__.__name__}).") from None


def _parse(body: bytes, content_type: str | None, now: datetime, keep: _Keep) -> ParsedFeed:
    if not body or not body.strip():
        raise FeedError(MALFORMED, "That address returned an empty body, not a feed.")
    if declares_entities(body, content_type):
        raise FeedError(
            UNSAFE,
            "That feed declares XML entities or a DTD, which Greenlight refuses for safety. "
            "Ask the site for a plain RSS or Atom feed.",
        )
    wide = _wide_encoding(body)
    if wide:
        body = _to_utf8(body, wide)
    start = body.removeprefix(b"\xef\xbb\xbf").lstrip()[:1]
    if start in (b"{", b"[") or (content_type or "").split(";")[0].strip().endswith("json"):
        return _parse_json_feed(body, now, keep)
    return _parse_xml(body, now, keep)
