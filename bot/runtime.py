"""Everything a running Greenlight holds open: settings, the store, the one HTTP session, the service."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.config import Settings
from bot.ingest.fetch import Fetcher
from bot.service import Service
from bot.store import Store
from bot.stories.recorder import StoryRecorder
from bot.timeutil import utcnow


@dataclass
class Runtime:
    settings: Settings
    store: Store
    fetcher: Fetcher
    service: Service
    clock: Callable[[], datetime] = utcnow

    @property
    def recorder(self) -> StoryRecorder:
        return self.service.recorder

    @classmethod
    def open(cls, settings: Settings, *, clock: Callable[[], datetime] = utcnow) -> Runtime:
        store = Store.open(settings.db_path)
        fetcher = Fetcher(settings)
        return cls(settings, store, fetcher, Service(store, fetcher, settings, clock=clock), clock)

    async def close(self) -> None:
        await self.service.close()
        await self.fetcher.close()
        self.store.close()
