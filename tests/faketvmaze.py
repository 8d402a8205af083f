"""A fake TVmaze API on 127.0.0.1, answering in the shapes TVmaze documents (https://www.tvmaze.com/api).

The data is made up for these tests. Knobs: `delay` (seconds before every answer), `script` (a queue of
misbehaviours for the next calls: ("429", retry_after), ("500",), ("404",), ("malformed",), ("shape",)),
`raw` (a fixed answer to a search for one name, every time), `calls` (the time and path of every request,
for counting) and `fuzzy` (search tolerates typos, as TVmaze's does)."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


def channel(name: str | None, country: str = "United States", code: str = "US") -> dict | None:
    if name is None:
        return None
    return {"id": abs(hash(name)) % 1000, "name": name, "country": {"name": country, "code": code, "timezone": "UTC"}}


def make_show(
    tvmaze_id: int,
    name: str,
    *,
    network: str | None = None,
    web_channel: str | None = None,
    country: str = "United States",
    status: str = "Running",
    premiered: str | None = "2020-01-01",
    ended: str | None = None,
    seasons: list[tuple[int, str | None, str | None, int | None]] = (),  # type: ignore[assignment]
    next_episode: tuple[int, int, str] | None = None,
    akas: list[str] = (),  # type: ignore[assignment]
    updated: int = 1_700_000_000,
) -> dict:
    """A show object with extra keys `_seasons`, `_next` and `_akas` that the server serves on request."""
    slug = "-".join(name.lower().split())
    return {
        "id": tvmaze_id,
        "url": f"https://www.tvmaze.com/shows/{tvmaze_id}/{slug}",
        "name": name,
        "type": "Scripted",
        "language": "English",
        "genres": ["Drama"],
        "status": status,
        "runtime": 60,
        "premiered": premiered,
        "ended": ended,
        "officialSite": f"https://example.com/{slug}",
        "schedule": {"time": "21:00", "days": ["Thursday"]},
        "rating": {"average": 7.5},
        "weight": 90,
        "network": channel(network, country) if network else None,
        "webChannel": channel(web_channel, country) if web_channel else None,
        "externals": {"tvrage": None, "thetvdb": None, "imdb": None},
        "image": None,
        "summary": f"<p>{name} is a made-up show.</p>",
        "updated": updated,
        "_links": {"self": {"href": f"https://api.tvmaze.com/shows/{tvmaze_id}"}},
        "_seasons": [
            {
                "id": tvmaze_id * 100 + n,
                "url": f"https://www.tvmaze.com/seasons/{tvmaze_id * 100 + n}",
                "number": n,
                "name": "",
                "episodeOrder": count,
                "premiereDate": start,
                "endDate": end,
                "network": channel(network) if network else None,
                "webChannel": channel(web_channel) if web_channel else None,
                "image": None,
                "summary": None,
            }
            for n, start, end, count in seasons
        ],
        "_next": None
        if next_episode is None
        else {
            "id": tvmaze_id * 1000,
            "url": f"https://www.tvmaze.com/episodes/{tvmaze_id * 1000}",
            "name": "Next",
            "season": next_episode[0],
            "number": next_episode[1],
            "type": "regular",
            "airdate": next_episode[2],
            "airtime": "21:00",
            "airstamp": next_episode[2] + "T21:00:00+00:00",
            "runtime": 60,
        },
        "_akas": [{"name": a, "country": None} for a in akas],
    }


def public(show: dict) -> dict:
    return {k: v for k, v in show.items() if not k.startswith("_") or k == "_links"}


@dataclass
class FakeTvmaze:
    shows: dict[int, dict] = field(default_factory=dict)
    updates: dict[int, int] = field(default_factory=dict)
    delay: float = 0.0
    script: list[tuple[Any, ...]] = field(default_factory=list)
    calls: list[tuple[float, str]] = field(default_factory=list)
    raw: dict[str, tuple[int, bytes]] = field(default_factory=dict)  # search query → (status, body), every time
    fuzzy: bool = False  # like the real search: a typo ("Severence") still finds the show when nothing else does

    def add(self, show: dict) -> dict:
        self.shows[show["id"]] = show
        return show

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/search/shows", self._search)
        app.router.add_get("/singlesearch/shows", self._singlesearch)
        app.router.add_get("/shows/{id}", self._show)
        app.router.add_get("/shows/{id}/akas", self._akas)
        app.router.add_get("/updates/shows", self._updates)
        return app

    async def _misbehave(self, request: web.Request) -> web.Response | None:
        self.calls.append((time.monotonic(), request.path_qs))
        if self.delay:
            await asyncio.sleep(self.delay)
        if not self.script:
            return None
        kind, *args = self.script.pop(0)
        if kind == "429":
            return web.Response(status=429, headers={"Retry-After": str(args[0])} if args else {})
        if kind == "500":
            return web.Response(status=500, text="oops")
        if kind == "404":
            return web.json_response({"name": "Not Found", "status": 404}, status=404)
        if kind == "malformed":
            return web.Response(text='{"id": 1, "name": ', content_type="application/json")
        if kind == "shape":
            return web.json_response({"unexpected": [1, 2, 3]} if "search" not in request.path else {"a": 1})
        return None

    def _matches(self, q: str) -> list[dict]:
        """Shows whose name, or another of their names, holds every word (TVmaze's search is fuzzier)."""
        words = q.casefold().split()
        names = {i: [s["name"], *(a["name"] for a in s["_akas"])] for i, s in self.shows.items()}
        found = [s for i, s in self.shows.items() if any(all(w in n.casefold() for w in words) for n in names[i])]
        if not found and self.fuzzy:
            from rapidfuzz import fuzz

            found = [
                s for i, s in self.shows.items() if any(fuzz.ratio(q.casefold(), n.casefold()) >= 80 for n in names[i])
            ]
        return found

    async def _search(self, request: web.Request) -> web.Response:
        if (bad := await self._misbehave(request)) is not None:
            return bad
        if (fixed := self.raw.get(request.query.get("q", ""))) is not None:
            return web.Response(status=fixed[0], body=fixed[1], content_type="application/json")
        found = self._matches(request.query.get("q", ""))
        return web.json_response([{"score": 0.9 - i * 0.1, "show": public(s)} for i, s in enumerate(found)])

    async def _singlesearch(self, request: web.Request) -> web.Response:
        if (bad := await self._misbehave(request)) is not None:
            return bad
        found = self._matches(request.query.get("q", ""))
        if not found:
            return web.json_response({"name": "Not Found", "status": 404}, status=404)
        return web.json_response(public(found[0]))

    def _get(self, request: web.Request) -> dict:
        try:
            return self.shows[int(request.match_info["id"])]
        except (KeyError, ValueError):
            raise web.HTTPNotFound(text=json.dumps({"name": "Not Found", "status": 404})) from None

    async def _show(self, request: web.Request) -> web.Response:
        if (bad := await self._misbehave(request)) is not None:
            return bad
        show = self._get(request)
        body = public(show)
        embeds = request.query.getall("embed[]", []) + request.query.getall("embed", [])
        embedded: dict[str, Any] = {}
        if "seasons" in embeds:
            embedded["seasons"] = show["_seasons"]
        if "nextepisode" in embeds and show["_next"] is not None:
            embedded["nextepisode"] = show["_next"]
        if embedded:
            body["_embedded"] = embedded
        return web.json_response(body)

    async def _akas(self, request: web.Request) -> web.Response:
        if (bad := await self._misbehave(request)) is not None:
            return bad
        return web.json_response(self._get(request)["_akas"])

    async def _updates(self, request: web.Request) -> web.Response:
        if (bad := await self._misbehave(request)) is not None:
            return bad
        return web.json_response({str(k): v for k, v in self.updates.items()})
