"""The workers read a cycle's new articles with the titles the store knows (shows with announced news and their
TVmaze names): a known title outranks a headline fragment, and every article of a cycle sees the same snapshot."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from aiohttp import web

from bot.config import Settings
from bot.ingest.fetch import Fetcher
from bot.service import Service
from bot.store import Store
from bot.understand import analyze
from bot.understand.matching import KnownTitles
from tests.feedserver import serve
from tests.test_service import item, rss

T0 = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
FIRST = item(
    "a1",
    "Apple renews ‘Harbour Lights’ for season 3",
    "Apple TV+ has renewed the drama Harbour Lights for a third season, the streamer said on Friday.",
    T0,
)
# The headline names the show only inside a phrase, and the text never names it
SECOND = item(
    "a2",
    "Big News For Harbour Lights Fans As Apple Orders Season 4",
    "The streamer confirmed on Monday that more episodes are coming next year. The whole cast returns.",
    T0,
)


def test_a_known_title_outranks_a_headline_phrase_and_common_words_are_left_out():
    head, text = "Big News For Harbour Lights Fans As Apple Orders Season 4", "More episodes are coming next year."
    assert analyze(head, text).event is None  # alone, the phrase is no show and there is no alert
    known = KnownTitles.of(["Harbour Lights", "Time", "Looking"])
    assert known.keys == frozenset({"harbour lights"})  # one common word would claim every headline using it
    a = analyze(head, text, known=known)
    assert (a.event, a.show, a.season) == ("renewed", "Harbour Lights", 4)


def test_a_misspelt_headline_takes_the_known_spelling_only_when_one_title_is_that_close():
    head = "downtown abbey sets season five premiere date in the uk"
    text = "ITV has announced that season five will return on September 21, as told by Deadline."
    assert analyze(head, text).show == "Downtown Abbey"  # without known titles the headline's spelling stays
    a = analyze(head, text, known=KnownTitles.of(["Downton Abbey", "The Crown"]))
    assert (a.event, a.show, a.season) == ("premiere", "Downton Abbey", 5)
    # two known titles one slip away: no guess
    b = analyze(head, text, known=KnownTitles.of(["Downton Abbey", "Downtown Abby"]))
    assert b.show == "Downtown Abbey"


async def test_the_next_cycle_reads_new_articles_with_the_shows_the_store_knows(tmp_path: Path, settings: Settings):
    feed = {"items": []}

    async def handler(_request: web.Request) -> web.Response:
        return web.Response(body=rss("Wire", feed["items"]), content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/feed", handler)
    async with serve(app) as base:
        with Store.open(settings.db_path) as store:
            src = store.add_source(f"{base}/feed", title="Wire", added_by="test", now=T0)
            async with Fetcher(settings) as fetcher:
                service = Service(store, fetcher, settings.with_overrides(workers=1), clock=lambda: T0)
                await service.cycle()  # the baseline: nothing
                feed["items"] = [FIRST]
                store.record_success(src.id, now=T0, next_poll_at=T0, etag=None, last_modified=None)
                await service.cycle()
                assert "Harbour Lights" in store.known_titles()
                feed["items"] = [FIRST, SECOND]
                store.record_success(src.id, now=T0, next_poll_at=T0, etag=None, last_modified=None)
                await service.cycle()
                await service.close()
            stories = {(s.season, s.event) for s in store.stories() if s.show == "Harbour Lights"}
    assert stories == {(3, "renewed"), (4, "renewed")}
