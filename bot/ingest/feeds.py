"""Feed bytes → entries. fastfeedparser first; feedparser where it keeps text intact; JSON Feed by hand.

Parsers never see a URL or a path (both libraries would fetch or open it), and bodies that declare XML
entities are refused before any parser runs (entity expansion can take gigabytes).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import fastfeedparser
import feedparser

from bot.errors import FeedError
from bot.ingest.html_text import clean_title, html_to_text
from bot.models import Entry, FetchErrorKind, ParsedFeed

log = logging.getLogger(__name__)

NOT_A_FEED = FetchErrorKind.NOT_A_FEED.value
MALFORMED = FetchErrorKind.MALFORMED.value
UNSAFE = FetchErrorKind.UNSAFE.value

_ENTITY = re.compile(rb"<!ENTITY", re.I)
_CDATA = re.compile(rb"<!\[CDATA\[.*?\]\]>", re.S)
# A '&' that does not start a valid reference: fastfeedparser drops it ("Law & Order" → "Law  Order").
_RAW_AMP = re.compile(rb"&(?!(?:[A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)")
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']", re.I)
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html)", re.I | re.S)
_FEED_ROOT = re.compile(rb"<(?:[A-Za-z0-9_]+:)?(rss|feed|RDF|channel)[\s>]")


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
    except (ValueError, TypeError, OverflowError):
        return None
    if dt.tzinfo is UTC:  # fastfeedparser's usual answer: nothing to convert
        return dt
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    try:
        return dt.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def _content(e: dict) -> str:
    """The longest of the full content, the summary and the description, raw (the first one on a tie)."""
    best = ""
    for c in e.get("content") or ():
        if isinstance(c, dict) and len(value := c.get("value") or "") > len(best):
            best = value
    for key in ("summary", "description"):
        if len(value := e.get(key) or "") > len(best):
            best = value
    return best


def _entry(e: dict, base: str) -> Entry:
    title = clean_title(e.get("title"))
    raw_link = link = (e.get("link") or "").strip()
    if link and base and not link.startswith(("http://", "https://")):
        link = urljoin(base, link)
    raw = _content(e)
    published = _to_utc(e.get("published_parsed") or e.get("published")) or _to_utc(
        e.get("updated_parsed") or e.get("updated")
    )
    if not title and not link:
        raise ValueError("an entry has neither a title nor a link")
    guid = (e.get("id") or e.get("guid") or "").strip()
    if not guid or guid == raw_link:
        guid = link
    if not guid:
        guid = "sha1:" + hashlib.sha1(f"{title}|{published}".encode()).hexdigest()
    return Entry(
        guid=guid, title=title or link, link=link, published=published, text=html_to_text(raw), summary_raw=raw
    )


def _entries(raw_entries: Iterable[dict], base: str, warnings: list[str]) -> tuple[Entry, ...]:
    out: list[Entry] = []
    for i, e in enumerate(raw_entries):
        try:
            out.append(_entry(e, base))
        except Exception as exc:  # one bad entry is skipped, never the feed
            warnings.append(f"skipped entry {i + 1}: {exc}")
    return tuple(out)


def _feed_link(feed: dict) -> str:
    link = feed.get("link") or ""
    if not link:
        for alt in feed.get("links") or []:
            if isinstance(alt, dict) and alt.get("href") and alt.get("rel", "alternate") == "alternate":
                return alt["href"]
    return link


def _parse_json_feed(body: bytes) -> ParsedFeed:
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise FeedError(MALFORMED, "That address returned broken JSON, not a feed.") from None
    if not isinstance(doc, dict) or "jsonfeed.org" not in str(doc.get("version", "")):
        raise FeedError(
            NOT_A_FEED, "That address returned JSON that is not a JSON Feed. Look for an RSS or Atom link on the site."
        )
    warnings: list[str] = []
    items = []
    for item in doc.get("items") or []:
        if not isinstance(item, dict):
            warnings.append("skipped an item that is not an object")
            continue
        items.append(
            {
                "id": str(item.get("id") or ""),
                "title": item.get("title") or "",
                "link": item.get("url") or "",
                "published": item.get("date_published"),
                "updated": item.get("date_modified"),
                "summary": item.get("content_html") or item.get("content_text") or item.get("summary") or "",
            }
        )
    base = doc.get("home_page_url") or ""
    return ParsedFeed(clean_title(doc.get("title")), base, _entries(items, base, warnings), tuple(warnings))


def parse_feed(body: bytes, *, content_type: str | None = None) -> ParsedFeed:
    """Raises FeedError(kind, polite message) for unsafe, non-feed or unreadable bodies."""
    if not body or not body.strip():
        raise FeedError(MALFORMED, "That address returned an empty body, not a feed.")
    if _ENTITY.search(body):
        raise FeedError(
            UNSAFE,
            "That feed declares XML entities, which Greenlight refuses for safety. "
            "Ask the site for a plain RSS or Atom feed.",
        )
    start = body.lstrip()[:1]
    if start in (b"{", b"[") or (content_type or "").split(";")[0].strip().endswith("json"):
        return _parse_json_feed(body)
    if _HTML_START.match(body[:2048]) and not _FEED_ROOT.search(body[:4096]):
        raise FeedError(
            NOT_A_FEED, "That address returned a web page, not a feed. Look for an RSS or Atom link on the site."
        )
    body = _fix_encoding(body)
    warnings: list[str] = []
    needs_fallback = bool(_RAW_AMP.search(_CDATA.sub(b"", body) if b"<![CDATA[" in body else body))
    parsed = None
    if not needs_fallback:
        try:
            parsed = fastfeedparser.parse(body)
        except Exception as exc:  # fastfeedparser raises plain ValueErrors on broken XML
            warnings.append(f"fast parser failed ({exc.__class__.__name__}); used feedparser")
    if parsed is None or (not parsed.get("entries") and not (parsed.get("feed") or {}).get("title")):
        return _parse_with_feedparser(body, warnings)
    feed = parsed.get("feed") or {}
    base = _feed_link(feed)
    return ParsedFeed(
        clean_title(feed.get("title")), base, _entries(parsed.get("entries") or [], base, warnings), tuple(warnings)
    )


def _parse_with_feedparser(body: bytes, warnings: list[str]) -> ParsedFeed:
    parsed = feedparser.parse(io.BytesIO(body))  # a file object: feedparser would open a path or fetch a URL
    feed = parsed.get("feed") or {}
    if not parsed.get("entries") and not feed.get("title"):
        if parsed.get("bozo") and not _FEED_ROOT.search(body[:4096]):
            raise FeedError(NOT_A_FEED, "That address did not return a feed. Look for an RSS or Atom link on the site.")
        if parsed.get("bozo"):
            raise FeedError(MALFORMED, f"The feed is broken and could not be read ({parsed.get('bozo_exception')}).")
        raise FeedError(NOT_A_FEED, "That address did not return a feed. Look for an RSS or Atom link on the site.")
    base = _feed_link(feed)
    return ParsedFeed(
        clean_title(feed.get("title")), base, _entries(parsed.get("entries") or [], base, warnings), tuple(warnings)
    )
