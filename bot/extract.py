"""Article page → main text, with trafilatura, off the event loop and with a time limit."""

from __future__ import annotations

import asyncio
import logging

log = logging.getLogger(__name__)


def extract_main_text_sync(html: bytes | str, url: str | None = None) -> str | None:
    import trafilatura  # imported lazily: it is heavy and only needed for short feed items

    try:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                                   favor_precision=True, deduplicate=True)
    except Exception as exc:  # a page that breaks the extractor only loses the full text
        log.warning("could not extract text from %s: %s", url, exc)
        return None
    return text.strip() if text else None


async def extract_main_text(html: bytes | str, url: str | None = None, *, timeout: float = 10.0) -> str | None:
    """None when the page has no main text or extraction takes too long (the feed text is used then)."""
    try:
        return await asyncio.wait_for(asyncio.to_thread(extract_main_text_sync, html, url), timeout)
    except asyncio.TimeoutError:
        log.warning("text extraction from %s took longer than %ss; using the feed text", url, timeout)
        return None
