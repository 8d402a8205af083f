"""An in-process news site for the demo: serves the bundled sample outlets as RSS/Atom on 127.0.0.1.

Items carry a phase: phase 1 is what a feed held when it was added, phase 2 appears on the next poll.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from email.utils import format_datetime
from importlib import resources
from typing import Any
from xml.sax.saxutils import escape

from aiohttp import web

from bot.timeutil import from_db

DEMO_PACKAGE = "bot"
DEMO_DIR = ("data", "demo")


def load_outlets() -> list[dict[str, Any]]:
    path = resources.files(DEMO_PACKAGE).joinpath(*DEMO_DIR, "outlets.json")
    return json.loads(path.read_text(encoding="utf-8"))["outlets"]


def load_tvmaze() -> dict[str, Any]:
    path = resources.files(DEMO_PACKAGE).joinpath(*DEMO_DIR, "tvmaze.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _page(name: str) -> bytes | None:
    path = resources.files(DEMO_PACKAGE).joinpath(*DEMO_DIR, "pages", name)
    return path.read_bytes() if path.is_file() else None


def _link(base: str, outlet: dict, item: dict) -> str:
    if item.get("page"):
        return f"{base}/pages/{item['page']}"
    return f"{base}/{outlet['slug']}/{item['id']}"


def render_rss(outlet: dict, items: list[dict], base: str) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>',
        f"<title>{escape(outlet['title'])}</title><link>{base}/{outlet['slug']}</link>",
        f"<description>{escape(outlet['title'])} TV news</description>",
    ]
    for item in items:
        published = from_db(item["published"].replace("Z", "+00:00"))
        parts.append(
            f"<item><title>{escape(item['title'])}</title><link>{escape(_link(base, outlet, item))}</link>"
            f'<guid isPermaLink="false">{escape(item["id"])}</guid>'
            f"<pubDate>{format_datetime(published)}</pubDate>"  # type: ignore[arg-type]
            f"<description>{escape(item['summary_html'])}</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def render_atom(outlet: dict, items: list[dict], base: str) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{escape(outlet['title'])}</title><id>{base}/{outlet['slug']}</id>",
        f'<link href="{base}/{outlet["slug"]}"/>'
        f"<updated>{items[0]['published'] if items else '2026-11-01T00:00:00Z'}</updated>",
    ]
    for item in items:
        parts.append(
            f"<entry><title>{escape(item['title'])}</title><id>urn:demo:{escape(item['id'])}</id>"
            f'<link href="{escape(_link(base, outlet, item))}"/><updated>{item["published"]}</updated>'
            f"<published>{item['published']}</published>"
            f'<content type="html">{escape(item["summary_html"])}</content></entry>'
        )
    parts.append("</feed>")
    return "".join(parts).encode("utf-8")


@dataclass
class DemoSite:
    """The aiohttp app plus the phase switch; conditional GET so a repeat poll sees 304s."""

    outlets: list[dict[str, Any]] = field(default_factory=load_outlets)
    tvmaze: dict[str, Any] = field(default_factory=load_tvmaze)
    phase: int = 1
    base: str = ""

    @property
    def tvmaze_url(self) -> str:
        """The base of the TVmaze-shaped API served beside the outlets (GREENLIGHT_TVMAZE_URL for the demo)."""
        return f"{self.base}/tvmaze"

    def feed_url(self, outlet: dict) -> str:
        return f"{self.base}/feeds/{outlet['slug']}.xml"

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/feeds/{slug}.xml", self._feed)
        app.router.add_get("/tvmaze/search/shows", self._tv_search)
        app.router.add_get("/tvmaze/singlesearch/shows", self._tv_singlesearch)
        app.router.add_get("/tvmaze/shows/{id}", self._tv_show)
        app.router.add_get("/tvmaze/shows/{id}/akas", self._tv_akas)
        app.router.add_get("/tvmaze/updates/shows", self._tv_updates)
        app.router.add_get("/tvmaze-pages/shows/{id}/{slug}", self._tv_page)
        app.router.add_get("/pages/{name}", self._page)
        app.router.add_get("/{slug}/{item}", self._item_page)
        return app

    # ---------------------------------------------------------------- a tiny TVmaze, in TVmaze's shapes

    def _tv_shows(self) -> list[dict[str, Any]]:
        """The index with the site's address filled in (show pages are served here too, never on tvmaze.com)."""
        text = json.dumps(self.tvmaze["shows"]).replace("{base}", self.base)
        return json.loads(text)

    def _tv_find(self, request: web.Request) -> dict[str, Any]:
        show = next((s for s in self._tv_shows() if str(s["id"]) == request.match_info["id"]), None)
        if show is None:
            raise web.HTTPNotFound(text='{"name":"Not Found","status":404}', content_type="application/json")
        return show

    def _tv_matches(self, request: web.Request) -> list[dict[str, Any]]:
        words = request.query.get("q", "").casefold().replace("&", " ").split()
        akas = self.tvmaze.get("akas", {})
        found = []
        for show in self._tv_shows():
            names = [show["name"], *(a["name"] for a in akas.get(str(show["id"]), []))]
            if words and any(all(w in n.casefold() for w in words) for n in names):
                found.append({k: v for k, v in show.items() if k != "_embedded"})
        return found

    async def _tv_search(self, request: web.Request) -> web.Response:
        found = self._tv_matches(request)
        return web.json_response([{"score": round(0.9 - 0.1 * i, 2), "show": s} for i, s in enumerate(found)])

    async def _tv_singlesearch(self, request: web.Request) -> web.Response:
        found = self._tv_matches(request)
        if not found:
            return web.json_response({"name": "Not Found", "status": 404}, status=404)
        return web.json_response(found[0])

    async def _tv_show(self, request: web.Request) -> web.Response:
        show = self._tv_find(request)
        wanted = set(request.query.getall("embed[]", []) + request.query.getall("embed", []))
        embedded = {k: v for k, v in show.pop("_embedded", {}).items() if k in wanted}
        if embedded:
            show["_embedded"] = embedded
        return web.json_response(show)

    async def _tv_akas(self, request: web.Request) -> web.Response:
        show = self._tv_find(request)
        return web.json_response(self.tvmaze.get("akas", {}).get(str(show["id"]), []))

    async def _tv_updates(self, request: web.Request) -> web.Response:
        return web.json_response({str(s["id"]): s["updated"] for s in self._tv_shows()})

    async def _tv_page(self, request: web.Request) -> web.Response:
        show = self._tv_find(request)
        body = f"<html><head><title>{escape(show['name'])}</title></head><body><h1>{escape(show['name'])}</h1>"
        body += f"{show['summary']}<p>Status: {escape(show['status'])}</p></body></html>"
        return web.Response(text=body, content_type="text/html")

    async def _item_page(self, request: web.Request) -> web.Response:
        """Items without a page of their own get a plain one built from their summary."""
        for outlet in self.outlets:
            for item in outlet["items"]:
                if item["id"] == request.match_info["item"] and outlet["slug"] == request.match_info["slug"]:
                    body = (
                        f"<html><head><title>{escape(item['title'])}</title></head><body><article>"
                        f"<h1>{escape(item['title'])}</h1>{item['summary_html']}</article></body></html>"
                    )
                    return web.Response(text=body, content_type="text/html")
        raise web.HTTPNotFound()

    async def _feed(self, request: web.Request) -> web.Response:
        outlet = next((o for o in self.outlets if o["slug"] == request.match_info["slug"]), None)
        if outlet is None:
            raise web.HTTPNotFound()
        items = sorted(
            (i for i in outlet["items"] if i["phase"] <= self.phase), key=lambda i: i["published"], reverse=True
        )
        render = render_atom if outlet["format"] == "atom" else render_rss
        body = render(outlet, items, self.base)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        ctype = "application/atom+xml" if outlet["format"] == "atom" else "application/rss+xml"
        return web.Response(body=body, headers={"ETag": etag, "Content-Type": ctype})

    async def _page(self, request: web.Request) -> web.Response:
        body = _page(request.match_info["name"])
        if body is None:
            raise web.HTTPNotFound()
        return web.Response(body=body, content_type="text/html", charset="utf-8")


async def start_site(site: DemoSite) -> web.AppRunner:
    runner = web.AppRunner(site.app(), access_log=None)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    port = tcp._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    site.base = f"http://127.0.0.1:{port}"
    return runner
