"""`greenlight demo`: the whole pipeline on bundled sample feeds, with no token and no internet."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bot.commands import out, print_summary
from bot.config import Settings
from bot.fetch import Fetcher
from bot.demo_server import DemoSite, start_site
from bot.pipeline import Poller
from bot.sources import add_source
from bot.store import Store
from bot.terminal import table
from bot.timeutil import utcnow


async def run_demo(settings: Settings, keep: Path | None = None) -> int:
    with tempfile.TemporaryDirectory(prefix="greenlight-demo-") as tmp:
        db_path = keep or Path(tmp) / "demo.db"
        if keep is not None and keep.exists():
            out(f"Refusing to overwrite {keep}: choose a new path for --keep, or delete that file first.")
            return 1
        # The demo's news site is on 127.0.0.1, so the private-address guard is off for this run only.
        settings = settings.with_overrides(db_path=db_path, allow_private_sources=True)
        site = DemoSite()
        runner = await start_site(site)
        try:
            with Store.open(db_path) as store:
                await _demo(store, settings, site)
        finally:
            await runner.cleanup()
        if keep is not None:
            out(f"\nThe demo database is kept at {keep}. Try: greenlight --db {keep} sources list")
    return 0


async def _demo(store: Store, settings: Settings, site: DemoSite) -> None:
    out(f"Greenlight demo: a sample news site is running at {site.base}\n")
    async with Fetcher(settings) as fetcher:
        out("1. Adding the sources. What their feeds already hold is stored as the baseline, not announced:")
        for outlet in site.outlets:
            src, preview = await add_source(store, fetcher, site.feed_url(outlet), name=None, added_by="demo",
                                            now=utcnow(), poll_interval=settings.poll_interval)
            out(f"   + {src.title}: {len(preview.feed.entries)} items already in the feed")
        site.phase = 2
        out("\n2. The outlets publish new stories. Polling every source:")
        poller = Poller(store, fetcher, settings)
        try:
            summary, outcomes = await poller.poll(store.list_sources())
            print_summary(summary)
            new = [a for o in outcomes for a in o.new_articles]
            out("\n3. New articles:")
            out(table(["published", "title"], [[a.published.strftime("%Y-%m-%d %H:%M") if a.published else "", a.title]
                                                for a in sorted(new, key=lambda a: a.published or utcnow())], 90))
            out("\n4. Polling again: the sources answer 304 Not Modified, nothing is fetched twice:")
            summary, _ = await poller.poll(store.list_sources())
            print_summary(summary)
        finally:
            poller.close()
