"""Everything a running Greenlight holds open: settings, the store, the one HTTP session, the pipeline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.config import Settings
from bot.ingest.fetch import Fetcher
from bot.ingest.poll import Poller
from bot.store import Store
from bot.stories.recorder import StoryRecorder
from bot.timeutil import utcnow


@dataclass
class Runtime:
    settings: Settings
    store: Store
    fetcher: Fetcher
    recorder: StoryRecorder
    poller: Poller
    clock: Callable[[], datetime] = utcnow

    @classmethod
    def open(cls, settings: Settings, *, clock: Callable[[], datetime] = utcnow) -> Runtime:
        store = Store.open(settings.db_path)
        fetcher = Fetcher(settings)
        recorder = StoryRecorder(store, fetcher)
        poller = Poller(store, fetcher, settings, clock=clock, recorder=recorder)
        return cls(settings, store, fetcher, recorder, poller, clock)

    async def close(self) -> None:
        await self.fetcher.close()
        self.store.close()
