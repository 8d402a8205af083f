"""Everything a running Greenlight holds open: settings, the store, the one HTTP session, the pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from bot.config import Settings
from bot.fetch import Fetcher
from bot.knowledge import Understanding
from bot.pipeline import Poller
from bot.store import Store
from bot.timeutil import utcnow


@dataclass
class Runtime:
    settings: Settings
    store: Store
    fetcher: Fetcher
    understanding: Understanding
    poller: Poller
    clock: Callable[[], datetime] = utcnow

    @classmethod
    def open(cls, settings: Settings, *, clock: Callable[[], datetime] = utcnow) -> "Runtime":
        store = Store.open(settings.db_path)
        fetcher = Fetcher(settings)
        understanding = Understanding(store, fetcher)
        poller = Poller(store, fetcher, settings, clock=clock, understanding=understanding)
        return cls(settings, store, fetcher, understanding, poller, clock)

    async def close(self) -> None:
        await self.fetcher.close()
        self.store.close()
