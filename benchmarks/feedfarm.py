"""A farm of feeds served from a separate process, for the poll and responsiveness benchmarks.

Feeds are spread over several loopback addresses (127.0.0.1–127.0.0.N) so per-host limits behave as
they would across many outlets. Every feed answers conditional GETs with 304, and every item's link is a
page on the farm (so fetching an article's full text stays local).

Item bodies are real TV-news texts (title + text) read at run time from ../shared/data/real-articles-dev.jsonl
(third-party text: never copied into this repository; GREENLIGHT_REAL_ARTICLES points elsewhere). Each feed
rotates through them, and the shows they name are renamed per group of feeds, so outlets differ the way
they do in the wild: a few report the same news, most items are another show's. Without the file the
items are generated word salad (`FeedFarm.text_note` says which).

`FeedFarm.publish(feeds, count)` adds new items (each about a show no other item names, so each starts a
story) on top of those feeds while the farm runs; `FeedFarm.reset()` removes them again.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import multiprocessing as mp
import os
import random
import re
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

REAL_ARTICLES = Path(
    os.environ.get(
        "GREENLIGHT_REAL_ARTICLES",
        Path(__file__).resolve().parents[2] / "shared" / "data" / "real-articles-dev.jsonl",
    )
)
GROUP = 20  # feeds that share show names: the same article in one group is the same news, so one story

WORDS = (
    "season renewed series drama comedy network streaming premiere finale episode cast showrunner writer "
    "director producer star character story production filming studio order pilot trailer teaser return "
    "date fans critics audience ratings viewers announced confirmed report sources deal contract first "
    "second third final new spring fall summer winter week month year netflix hbo hulu peacock apple prime"
).split()

# Invented show names: baseline items use the first two lists, published items the other two, so a new item
# never names a show the baseline knows.
_ADJ = (
    "Silent Broken Golden Hidden Northern Crimson Wild Quiet Iron Distant Hollow Burning Frozen Scarlet Velvet "
    "Savage Gentle Lonely Secret Shattered Bitter Bright Restless Sacred Stolen Twisted Wicked Ancient Electric "
    "Endless Fallen Lucky Midnight Paper Rusty Salty Sleepless Southern Tender Violent"
).split()
_NOUN = (
    "Harbor Kingdom Witness Frontier Protocol Orchard Signal Tide Empire Valley Lantern Meridian Parish Ledger "
    "Compass Citadel Quarry Garrison Bayou Canyon Estate Foundry Gambit Hangar Island Junction Keeper Lagoon "
    "Mansion Nomad Outpost Pilgrim Reckoning Sanctuary Tribunal Verdict Warden Yard Zenith Embassy"
).split()
_NEW_ADJ = (
    "Amber Azure Cobalt Copper Emerald Ivory Jade Onyx Opal Pearl Ruby Sapphire Silver Topaz Umber Indigo "
    "Saffron Cerulean Magenta Obsidian"
).split()
_NEW_NOUN = (
    "Comet Falcon Glacier Horizon Lighthouse Monsoon Nebula Oracle Prism Quasar Rapids Summit Tundra Vortex "
    "Willow Aurora Beacon Cascade Dynamo Eclipse"
).split()


def show_name(i: int) -> str:
    """The i-th invented baseline show name (1,600 two-word names, then three-word ones)."""
    a, rest = i % len(_ADJ), i // len(_ADJ)
    name = f"{_ADJ[a]} {_NOUN[rest % len(_NOUN)]}"
    return name if rest < len(_NOUN) else f"{name} {_NOUN[(rest // len(_NOUN)) % len(_NOUN)]}s"


def new_show_name(i: int) -> str:
    a, rest = i % len(_NEW_ADJ), i // len(_NEW_ADJ)
    name = f"{_NEW_ADJ[a]} {_NEW_NOUN[rest % len(_NEW_NOUN)]}"
    return name if rest < len(_NEW_NOUN) else f"{name} {_NEW_ADJ[(rest // len(_NEW_NOUN)) % len(_NEW_ADJ)]}"


@dataclass(frozen=True)
class Source:
    """One real article: its text and the show names to replace."""

    title: str
    text: str
    shows: tuple[str, ...]
    news: bool  # labelled with an event and a show


def load_real(path: Path = REAL_ARTICLES) -> list[Source]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        label = r.get("label") or {}
        shows = tuple(sorted({s for s in label.get("show") or () if s and len(s) >= 4}, key=len, reverse=True))
        news = any(label.get("event") or ()) and bool(shows)
        out.append(Source(r["title"], r["text"], shows, news))
    return out


def _rename(src: Source, names: list[str]) -> tuple[str, str]:
    title, text = src.title, src.text
    for show, name in zip(src.shows, names, strict=False):
        pattern = re.compile(re.escape(show))
        title, text = pattern.sub(name, title), pattern.sub(name, text)
    return title, text


@dataclass
class Item:
    guid: str
    title: str
    text: str
    when: datetime


class Content:
    """Every feed's items, deterministic for (feeds, items)."""

    def __init__(self, feeds: int, items: int, real: list[Source]) -> None:
        self.real = real
        self.news = [s for s in real if s.news]
        self.rng = random.Random(42)
        self.published = 0
        self.base = datetime(2026, 11, 1, tzinfo=UTC)
        self.items = [[self._baseline(n, i) for i in range(items)] for n in range(feeds)]
        self.original = [list(x) for x in self.items]

    def _baseline(self, n: int, i: int) -> Item:
        when = self.base + timedelta(minutes=n * 7 + i * 13)
        guid = f"story/{n}/{i}"
        if not self.real:
            rng = self.rng
            title = " ".join(rng.choices(WORDS, k=rng.randint(6, 12))).capitalize() + f" {n}-{i}"
            body = ". ".join(" ".join(rng.choices(WORDS, k=rng.randint(8, 16))).capitalize() for _ in range(4))
            return Item(guid, title, body + ".", when)
        # Rotate through the articles (a different start per feed); rename shows per group of feeds.
        k = (n * 7 + i) % len(self.real)
        src = self.real[k]
        group = n // GROUP
        names = [show_name((group * len(self.real) + k) * 3 + j) for j in range(len(src.shows))]
        title, text = _rename(src, names)
        return Item(guid, title, text, when)

    def publish(self, n: int, now: datetime) -> Item:
        """A new item on top of feed n, about a show nothing else names."""
        p = self.published
        self.published += 1
        guid = f"story/{n}/new{p}"
        if not self.news:
            name = new_show_name(p)
            title = f"{name} Renewed for Season 2 at Netflix"
            text = f"Netflix has renewed {name} for a second season. The streamer confirmed the news on Monday."
            return Item(guid, title, text, now)
        src = self.news[p % len(self.news)]
        title, text = _rename(src, [new_show_name(p * 3 + j) for j in range(len(src.shows))])
        return Item(guid, title, text, now)


def render_feed(n: int, items: list[Item], base_url: str) -> bytes:
    parts = [
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Outlet {n}</title>'
        f"<link>{base_url}/</link><description>TV news from outlet {n}</description>"
    ]
    for it in items:
        link = f"{base_url}/{it.guid}.html"
        parts.append(
            f"<item><title>{escape(it.title)}</title><link>{escape(link)}</link>"
            f"<guid>{escape(link)}</guid><pubDate>{format_datetime(it.when)}</pubDate>"
            f"<description>{escape(''.join(f'<p>{escape(p)}</p>' for p in it.text.split(chr(10)) if p))}"
            "</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def render_page(it: Item) -> bytes:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in it.text.split("\n") if p.strip())
    return (
        f"<!doctype html><html><head><title>{escape(it.title)}</title></head><body><nav>Home TV News</nav>"
        f"<article><h1>{escape(it.title)}</h1>{paragraphs}</article><footer>© Outlet</footer></body></html>"
    ).encode()


def _serve(feeds: int, items: int, hosts: list[str], port_queue: mp.Queue, stop: mp.Event) -> None:
    from aiohttp import web

    content = Content(feeds, items, load_real())
    bodies: list[bytes] = []
    etags: list[str] = []
    pages: dict[str, Item] = {}
    port = 0

    def base_url(n: int) -> str:
        return f"http://{hosts[n % len(hosts)]}:{port}"

    def build(n: int) -> None:
        body = render_feed(n, content.items[n], base_url(n))
        bodies[n], etags[n] = body, '"' + hashlib.md5(body).hexdigest() + '"'
        for it in content.items[n]:
            pages[it.guid] = it

    async def feed(request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        if request.headers.get("If-None-Match") == etags[n]:
            return web.Response(status=304, headers={"ETag": etags[n]})
        return web.Response(body=bodies[n], headers={"ETag": etags[n], "Content-Type": "application/rss+xml"})

    async def page(request: web.Request) -> web.Response:
        it = pages.get(f"story/{request.match_info['n']}/{request.match_info['key']}")
        if it is None:
            return web.Response(status=404)
        return web.Response(body=render_page(it), headers={"Content-Type": "text/html; charset=utf-8"})

    async def publish(request: web.Request) -> web.Response:
        wanted = [int(x) for x in request.query["feeds"].split(",") if x]
        count = int(request.query.get("count", "2"))
        now = datetime.now(UTC)
        out = []
        for n in wanted:
            for _ in range(count):
                it = content.publish(n, now)
                content.items[n].insert(0, it)
                out.append({"feed": n, "guid": f"{base_url(n)}/{it.guid}.html", "title": it.title})
            build(n)
        return web.Response(body=json.dumps(out).encode(), content_type="application/json")

    async def reset(request: web.Request) -> web.Response:
        changed = [n for n in range(feeds) if len(content.items[n]) != len(content.original[n])]
        for n in changed:
            content.items[n] = list(content.original[n])
            build(n)
        return web.Response(text=str(len(changed)))

    async def main() -> None:
        nonlocal port
        app = web.Application()
        app.router.add_get("/feed/{n}.xml", feed)
        app.router.add_get("/story/{n}/{key}.html", page)
        app.router.add_post("/_publish", publish)
        app.router.add_post("/_reset", reset)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, hosts[0], 0, backlog=1024)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        for host in hosts[1:]:
            await web.TCPSite(runner, host, port, backlog=1024).start()
        bodies.extend([b""] * feeds)
        etags.extend([""] * feeds)
        for n in range(feeds):
            build(n)
        note = (
            f"item bodies: {len(content.real)} real TV-news texts from {REAL_ARTICLES.name}, rotated per feed, "
            f"shows renamed per group of {GROUP} feeds"
            if content.real
            else f"note: {REAL_ARTICLES} is absent: item bodies are generated word salad, not real TV-news text"
        )
        port_queue.put((port, sum(map(len, bodies)), note))
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
        self.text_note = ""

    @property
    def pid(self) -> int | None:
        return self._proc.pid

    def __enter__(self) -> FeedFarm:
        self._proc.start()
        self.port, self.total_bytes, self.text_note = self._queue.get(timeout=300)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._proc.join(timeout=10)
        if self._proc.is_alive():
            self._proc.kill()

    def urls(self) -> list[str]:
        return [f"http://{self.hosts[n % len(self.hosts)]}:{self.port}/feed/{n}.xml" for n in range(self.feeds)]

    def _post(self, path: str) -> bytes:
        req = urllib.request.Request(f"http://{self.hosts[0]}:{self.port}{path}", data=b"", method="POST")
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.read()

    def publish(self, feeds: list[int], count: int = 2) -> list[dict]:
        """Add `count` new items on top of each of these feeds; returns [{feed, guid, title}] of the new items."""
        return json.loads(self._post(f"/_publish?feeds={','.join(map(str, feeds))}&count={count}"))

    def reset(self) -> int:
        """Remove every published item; returns how many feeds changed."""
        return int(self._post("/_reset"))
