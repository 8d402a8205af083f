"""The two real article sets served as ten local outlets and polled through the real path (the CLI's
`sources import-opml` and `poll --once`), for tests that ask questions about real news."""

from __future__ import annotations

import asyncio
import html
import json
import re
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from aiohttp import web

from tests.feedserver import serve

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
REAL_SETS = (SHARED_DATA / "real-articles-dev.jsonl", SHARED_DATA / "real-articles-dev2.jsonl")
OUTLETS = 10
UNDATED = datetime(2024, 6, 1, 12, tzinfo=UTC)
_URL_DATE = re.compile(r"/(20\d\d)/(\d\d)(?:/(\d\d))?/")


def load_articles() -> list[dict]:
    """Every article of the two sets, in file order (absent files give none)."""
    out: list[dict] = []
    for path in REAL_SETS:
        if path.exists():
            out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def published(article: dict) -> datetime:
    """The date its address holds ("/2023/09/"), else one fixed day for every undated article: results never
    depend on the order the outlets were fetched in, and no article seems newer than another without a reason."""
    m = _URL_DATE.search(article.get("url", ""))
    if m:
        return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3) or 15), 12, tzinfo=UTC)
    return UNDATED


def _page(article: dict) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n") if p.strip())
    return (
        f"<!DOCTYPE html><html><head><title>{html.escape(article['title'])}</title></head>"
        f"<body><article><h1>{html.escape(article['title'])}</h1>{paragraphs}</article></body></html>"
    )


def outlet_app(articles: list[dict]) -> web.Application:
    """/feed/N: outlet N's RSS feed (article i goes to outlet i mod OUTLETS); /page/ID: each article's page."""
    by_id = {a["id"]: a for a in articles}

    async def feed(request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        base = f"{request.scheme}://{request.host}"
        items = []
        for i, a in enumerate(articles):
            if i % OUTLETS != n:
                continue
            items.append(
                f'<item><guid isPermaLink="false">{escape(a["id"])}</guid><title>{escape(a["title"])}</title>'
                f"<link>{base}/page/{escape(a['id'])}</link><pubDate>{format_datetime(published(a))}</pubDate>"
                f"<description>{escape(a['text'])}</description></item>"
            )
        body = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Outlet {n + 1}</title><link>{base}/</link>{''.join(items)}</channel></rss>"
        )
        return web.Response(body=body.encode(), content_type="application/rss+xml")

    async def page(request: web.Request) -> web.Response:
        a = by_id.get(request.match_info["id"])
        if a is None:
            raise web.HTTPNotFound()
        return web.Response(text=_page(a), content_type="text/html")

    app = web.Application()
    app.router.add_get("/feed/{n}", feed)
    app.router.add_get("/page/{id}", page)
    return app


def opml(base: str, outlets: range) -> str:
    outlines = "".join(f'<outline type="rss" text="Outlet {n + 1}" xmlUrl="{base}/feed/{n}"/>' for n in outlets)
    return f'<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>{outlines}</body></opml>'


async def build_database(db: Path, cli) -> dict[str, str]:
    """Add the outlets and poll, as a moderator would; returns each step's output.

    The first outlet comes from an OPML import and its first poll; the other nine are added one by one with
    `sources add` (which stores and analyses a feed's baseline), then everything is polled once more. Adding them
    one at a time keeps the articles' order, and so which spelling of a title is recorded first, the same on every
    run: ten feeds fetched at once are stored in the order their fetches happen to finish.
    `cli(*args, env=…, cwd=…)` runs `greenlight` as a subprocess (tests.test_cli.greenlight)."""
    env = {"GREENLIGHT_ALLOW_PRIVATE_SOURCES": "true", "GREENLIGHT_FETCH_TIMEOUT": "10"}
    outputs: dict[str, str] = {}

    async def run(step: str, *args: str) -> None:
        done = await asyncio.to_thread(cli, "--db", str(db), *args, env=env, cwd=db.parent)
        assert done.returncode == 0, done.stderr
        outputs[step] = done.stdout

    async with serve(outlet_app(load_articles())) as base:
        listing = db.parent / "outlets.opml"
        listing.write_text(opml(base, range(1)), encoding="utf-8")
        await run("import", "sources", "import-opml", str(listing))
        await run("first poll", "poll", "--once")
        for n in range(1, OUTLETS):
            await run(f"add {n + 1}", "sources", "add", f"{base}/feed/{n}")
        await run("last poll", "poll", "--once")
    return outputs
