"""A farm of generated feeds served from a separate process, for the poll benchmark.

Feeds are spread over several loopback addresses (127.0.0.1–127.0.0.N) so per-host limits behave as
they would across many outlets. Every feed answers conditional GETs with 304.
"""

from __future__ import annotations

import asyncio
import hashlib
import multiprocessing as mp
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

WORDS = (
    "season renewed series drama comedy network streaming premiere finale episode cast showrunner writer "
    "director producer star character story production filming studio order pilot trailer teaser return "
    "date fans critics audience ratings viewers announced confirmed report sources deal contract first "
    "second third final new spring fall summer winter week month year netflix hbo hulu peacock apple prime"
).split()


def make_feed(n: int, items: int, rng: random.Random) -> bytes:
    base = datetime(2026, 11, 1, tzinfo=UTC)
    parts = [
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed {n}</title>'
        f"<link>https://outlet{n}.example/</link><description>Generated feed {n}</description>"
    ]
    for i in range(items):
        title = " ".join(rng.choices(WORDS, k=rng.randint(6, 12))).capitalize()
        body = ". ".join(" ".join(rng.choices(WORDS, k=rng.randint(8, 16))).capitalize() for _ in range(4))
        when = base + timedelta(minutes=n * 7 + i * 13)
        parts.append(
            f"<item><title>{escape(title)} {n}-{i}</title><link>https://outlet{n}.example/story/{i}</link>"
            f"<guid>https://outlet{n}.example/story/{i}</guid><pubDate>{format_datetime(when)}</pubDate>"
            f"<description>{escape('<p>' + body + '.</p>')}</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def _serve(feeds: int, items: int, hosts: list[str], port_queue: mp.Queue, stop: mp.Event) -> None:
    from aiohttp import web

    rng = random.Random(42)
    bodies = [make_feed(n, items, rng) for n in range(feeds)]
    etags = ['"' + hashlib.md5(b).hexdigest() + '"' for b in bodies]

    async def handler(request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        if request.headers.get("If-None-Match") == etags[n]:
            return web.Response(status=304, headers={"ETag": etags[n]})
        return web.Response(body=bodies[n], headers={"ETag": etags[n], "Content-Type": "application/rss+xml"})

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/feed/{n}.xml", handler)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, hosts[0], 0, backlog=1024)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        for host in hosts[1:]:
            await web.TCPSite(runner, host, port, backlog=1024).start()
        port_queue.put((port, sum(map(len, bodies))))
        while not stop.is_set():
            await asyncio.sleep(0.1)
        await runner.cleanup()

    asyncio.run(main())


class FeedFarm:
    def __init__(self, feeds: int = 1000, items: int = 50, hosts: int = 20) -> None:
        self.feeds, self.items = feeds, items
        self.hosts = [f"127.0.0.{i}" for i in range(1, hosts + 1)]
        self._stop = mp.Event()
        self._queue: mp.Queue = mp.Queue()
        self._proc = mp.Process(target=_serve, args=(feeds, items, self.hosts, self._queue, self._stop), daemon=True)
        self.port = 0
        self.total_bytes = 0

    def __enter__(self) -> FeedFarm:
        self._proc.start()
        self.port, self.total_bytes = self._queue.get(timeout=120)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._proc.join(timeout=10)
        if self._proc.is_alive():
            self._proc.kill()

    def urls(self) -> list[str]:
        return [f"http://{self.hosts[n % len(self.hosts)]}:{self.port}/feed/{n}.xml" for n in range(self.feeds)]
