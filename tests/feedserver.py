"""Real aiohttp servers on 127.0.0.1 for tests: `async with serve(app) as base_url: ...`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiohttp import web


@asynccontextmanager
async def serve(app: web.Application, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
    runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://{host}:{bound}"
    finally:
        await runner.cleanup()


def rss(title: str, items: list[tuple[str, str]], *, extra: str = "") -> bytes:
    """A small RSS 2.0 feed; items are (guid, title) with already-escaped titles."""
    body = "".join(
        f"<item><guid>{g}</guid><title>{t}</title><link>https://news.example/{g}</link>"
        f"<pubDate>Fri, 20 Nov 2026 12:00:00 GMT</pubDate><description>About {t}.</description></item>"
        for g, t in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>https://news.example/</link>{extra}{body}</channel></rss>"
    ).encode()


def entity_bomb(levels: int = 8) -> bytes:
    """A billion laughs: each level ten references to the one below, 10**levels × 1,000 characters once expanded."""
    decls = ['<!ENTITY a0 "' + "x" * 1000 + '">'] + [
        f'<!ENTITY a{i} "' + f"&a{i - 1};" * 10 + '">' for i in range(1, levels + 1)
    ]
    return (
        '<?xml version="1.0"?><!DOCTYPE r ['
        + "".join(decls)
        + f"]><rss><channel><title>&a{levels};</title></channel></rss>"
    ).encode()
