"""OPML import and export, and the bundled list of TV-news feeds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import quoteattr

from lxml import etree

from bot.errors import FeedError


@dataclass(frozen=True)
class OpmlOutline:
    url: str
    title: str | None


def parse_opml(data: bytes) -> list[OpmlOutline]:
    """Every outline with an xmlUrl, nested ones included, duplicates dropped, in document order."""
    if b"<!ENTITY" in data.upper():
        raise FeedError("unsafe_feed", "That OPML file declares XML entities, which Greenlight refuses for safety.")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise FeedError(
            "malformed_feed", f"That OPML file is not valid XML ({exc}). Export it again from your reader."
        ) from None
    if root is None or etree.QName(root).localname.lower() != "opml":
        raise FeedError("malformed_feed", "That file is not OPML (its root element is not <opml>).")
    seen: set[str] = set()
    out: list[OpmlOutline] = []
    for el in root.iter("{*}outline", "outline"):
        url = (el.get("xmlUrl") or el.get("xmlurl") or "").strip()
        if not url or url in seen:
            continue
        seen.add(url)
        out.append(OpmlOutline(url, (el.get("title") or el.get("text") or "").strip() or None))
    return out


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
