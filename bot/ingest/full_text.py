"""Article page → main text, with trafilatura, off the event loop and with a time limit."""

from __future__ import annotations

import asyncio
import logging
import threading
from types import ModuleType

log = logging.getLogger(__name__)
_import_lock = threading.Lock()
_trafilatura: ModuleType | None = None


def _extractor() -> ModuleType:
    """trafilatura is heavy, so it is imported on first use; the lock stops two worker threads from both
    importing it at once (one of them would see a half-initialised module)."""
    global _trafilatura
    with _import_lock:
        if _trafilatura is None:
            import trafilatura

            _trafilatura = trafilatura
    return _trafilatura


def extract_main_text_sync(html: bytes | str, url: str | None = None) -> str | None:
    try:
        text = _extractor().extract(
            html, url=url, include_comments=False, include_tables=False, favor_precision=True, deduplicate=False
        )  # its cache drops a page seen before: two outlets, one story
    except Exception as exc:  # a page that breaks the extractor only loses the full text
        log.warning("could not extract text from %s: %s", url, exc)
        return None
    return text.strip() if text else None


async def extract_main_text(html: bytes | str, url: str | None = None, *, timeout: float = 10.0) -> str | None:
    """None when the page has no main text or extraction takes too long (the feed text is used then)."""
    try:
        return await asyncio.wait_for(asyncio.to_thread(extract_main_text_sync, html, url), timeout)
    except TimeoutError:
        log.warning("text extraction from %s took longer than %ss; using the feed text", url, timeout)
        return None
