"""`greenlight demo`: the whole pipeline on bundled sample feeds, with no token and no internet."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from bot.answers.compose import answer_question
from bot.answers.tvmaze_notes import tvmaze_status
from bot.cli.commands import note, out, print_summary
from bot.cli.terminal import story_text
from bot.config import Settings
from bot.demo.pictures import write_demo_pictures
from bot.demo.site import DemoSite, start_site
from bot.ingest.fetch import Fetcher
from bot.ingest.sources import add_source
from bot.service import Service
from bot.store import Store
from bot.stories.recorder import StoryRecorder
from bot.timeutil import utcnow
from bot.words import count


async def run_demo(settings: Settings, keep: Path | None = None) -> int:
    if keep is not None and keep.exists():
        note(f"refusing to overwrite {keep}: choose a new path for --keep, or delete that file first.")
        return 1
    with tempfile.TemporaryDirectory(prefix="greenlight-demo-") as tmp:
        db_path = keep or Path(tmp) / "demo.db"
        # The demo's news site is on 127.0.0.1, so the private-address guard is off for this run only.
        settings = settings.with_overrides(db_path=db_path, allow_private_sources=True)
        site = DemoSite()
        runner = await start_site(site)
        if settings.tvmaze:  # a small TVmaze-shaped index is served beside the outlets: still offline
            settings = settings.with_overrides(tvmaze_url=site.tvmaze_url)
        try:
            with Store.open(db_path) as store:
                await _demo(store, settings, site)
                if keep is not None:  # its pictures, beside it (issue 25)
                    out("\n6. Pictures of what was gathered:")
                    for path in write_demo_pictures(store, keep):
                        out(f"   {path}")
                if keep is not None:  # its sample site stops with the demo: polling the kept database says so
                    for src in store.list_sources():
                        store.disable_source(
                            src.id,
                            "A demo outlet: its sample news site stopped when `greenlight demo` ended. Add real "
                            "sources with `greenlight sources add URL` or `sources import-opml --defaults`.",
                        )
        finally:
            await runner.cleanup()
    if keep is not None:
        out(
            f"\nThe demo database is kept at {keep}. Try:\n"
            f"  greenlight --db {keep} sources list\n"
            f'  greenlight --db {keep} ask "what do we know about season 2 of Jessica Jones?"'
        )
    return 0


async def _demo(store: Store, settings: Settings, site: DemoSite) -> None:
    out(f"Greenlight demo: a sample news site is running at {site.base}\n")
    async with Fetcher(settings) as fetcher:
        service = Service(store, fetcher, settings)
        out("1. Adding the sources. What their feeds already hold is stored as background, not announced:")
        for outlet in site.outlets:
            src, preview = await add_source(
                store,
                fetcher,
                site.feed_url(outlet),
                name=None,
                added_by="demo",
                now=utcnow(),
                poll_interval=settings.poll_interval,
            )
            out(f"   + {src.title}: {count(len(preview.feed.entries), 'item')} already in the feed")
        await service.understand_backlog()  # background news: its facts answer questions, never announced
        site.phase = 2
        out("\n2. The outlets publish new articles. Polling every source:")
        for src in store.list_sources():  # due now, as if the poll interval had passed
            store.record_success(src.id, now=utcnow(), next_poll_at=utcnow(), etag=None, last_modified=None)
        cycle = await service.cycle()
        print_summary(cycle.summary)
        new = [a for o in cycle.outcomes for a in o.new_articles]
        stories = sorted(store.stories(ids=cycle.announced, limit=100), key=lambda s: (s.first_seen, s.id))
        out(
            f"\n3. {len(new)} new articles became {len(stories)} stories (one per real-world event, every outlet kept);"
            f" {len(new) - sum(len(s.sources) for s in stories)} were not renewal, cancellation or season news:\n"
        )
        for story in stories:
            out(story_text(story) + "\n")
        out("4. Polling again: the sources answer 304 Not Modified, nothing is fetched twice:")
        for src in store.list_sources():
            store.record_success(src.id, now=utcnow(), next_poll_at=utcnow(), etag=None, last_modified=None)
        print_summary((await service.cycle()).summary)
        if service.tvmaze is not None:
            await _tvmaze(store, service)
        await service.close()
        store.index_all()


async def _looked_up(store: Store, total: int, every: float = 3.0) -> None:
    """A line every few seconds while the look-ups run, so the step never looks hung."""
    while True:
        await asyncio.sleep(every)
        out(f"   … {total - len(store.shows_to_look_up(limit=1000))} of {total} looked up")


async def _tvmaze(store: Store, service: Service) -> None:
    """The background look-ups, waited for here (the bot never waits for them), and what they validated."""
    out("\n5. TVmaze (a small index in TVmaze's shapes, served beside the outlets): shows looked up in the background.")
    total = len(store.shows_to_look_up(limit=1000))
    out(
        f"   Looking up {count(total, 'show')}; Greenlight keeps to TVmaze's rate limit (about one call a second "
        "after the first few), so this takes a few seconds…"
    )
    ticker = asyncio.ensure_future(_looked_up(store, total))
    try:
        for _ in range(10):
            service.start_background()
            await service.background_idle()
            if not store.shows_to_look_up():
                break
    finally:
        ticker.cancel()
    recorder = StoryRecorder(store)
    today = utcnow().date()
    for show in store.list_shows():
        tv = store.tvmaze_for_show(show.id)
        if tv is None:
            continue
        out(f"   ✓ {tv.name} ({tv.channel or 'network unknown'}): {tvmaze_status(tv, today)}")
        upcoming = [s.number for s in tv.seasons if s.premiere_date and s.premiere_date >= today]
        if upcoming:
            a = answer_question(store, recorder, f"when does season {upcoming[0]} of {show.title} come out?")
            out(f"     “when does season {upcoming[0]} come out?” → {a.headline}")
        out(f"     {tv.url} (data from TVmaze, CC BY-SA)")
