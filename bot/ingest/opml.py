"""OPML import and export, and the bundled list of TV-news feeds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import quoteattr

from lxml import etree

from bot.cleaning import clean_text
from bot.errors import FeedError
from bot.ingest.addresses import MAX_URL_LENGTH, shorten_url
from bot.ingest.feeds import declares_entities


@dataclass(frozen=True)
class OpmlOutline:
    url: str
    title: str | None


MAX_TITLE_LENGTH = 200
MAX_OPML_BYTES = 1_000_000  # a real reader's export of 1,000 feeds is ~150 KB
MAX_OPML_OUTLINES = 1_000  # 100,000 outlines took 7 s and 204 MB to import, and the sources cap refuses them anyway


def parse_opml(data: bytes) -> list[OpmlOutline]:
    """Every outline with an xmlUrl, nested ones included, repeats dropped, in document order.

    Outlines whose URL is longer than MAX_URL_LENGTH are left out (see parse_opml_report for the reasons)."""
    return parse_opml_report(data)[0]


def parse_opml_report(data: bytes) -> tuple[list[OpmlOutline], list[tuple[str, str]]]:
    """(outlines, skipped): skipped are (shortened URL, reason) for outlines left out, so an import can report
    them without echoing a 100 KB address. A file over MAX_OPML_BYTES or MAX_OPML_OUTLINES is refused whole."""
    if len(data) > MAX_OPML_BYTES:
        raise FeedError(
            "too_large",
            f"That OPML file is {len(data):,} bytes; the limit is {MAX_OPML_BYTES:,}. Split it into smaller files.",
        )
    if declares_entities(data):
        raise FeedError("unsafe_feed", "That OPML file declares XML entities, which Greenlight refuses for safety.")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        reason = shorten_url(str(exc), 200)
        raise FeedError(
            "malformed_feed", f"That OPML file is not valid XML ({reason}). Export it again from your reader."
        ) from None
    if root is None or etree.QName(root).localname.lower() != "opml":
        raise FeedError("malformed_feed", "That file is not OPML (its root element is not <opml>).")
    seen: set[str] = set()
    out: list[OpmlOutline] = []
    skipped: list[tuple[str, str]] = []
    feeds = 0
    for el in root.iter("{*}outline", "outline"):
        url = clean_text(el.get("xmlUrl") or el.get("xmlurl") or "").strip()
        if not url:
            continue
        feeds += 1
        if feeds > MAX_OPML_OUTLINES:
            raise FeedError(
                "too_large",
                f"That OPML file lists more than {MAX_OPML_OUTLINES:,} feeds; Greenlight imports at most "
                f"{MAX_OPML_OUTLINES:,} at a time. Split it into smaller files.",
            )
        if url in seen:
            skipped.append((shorten_url(url), "listed twice in this file"))
            continue
        seen.add(url)
        if len(url) > MAX_URL_LENGTH:
            skipped.append(
                (shorten_url(url), f"the address is {len(url):,} characters; the limit is {MAX_URL_LENGTH:,}")
            )
            continue
        title = " ".join(clean_text(el.get("title") or el.get("text") or "").split())[:MAX_TITLE_LENGTH]
        out.append(OpmlOutline(url, title or None))
    return out, skipped


def build_opml(items: Iterable[tuple[str, str | None]], title: str = "Greenlight sources") -> bytes:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{_text(title)}</title></head>",
        "  <body>",
    ]
    for url, name in items:
        label = name or url
        lines.append(
            f'    <outline type="rss" text={quoteattr(label)} title={quoteattr(label)} xmlUrl={quoteattr(url)}/>'
        )
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines).encode("utf-8")


def _text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def default_opml_path() -> Path:
    return Path(str(resources.files("bot").joinpath("data", "tv-news.opml")))
