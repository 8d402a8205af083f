"""Everything a running Greenlight holds open: settings, the store, the one HTTP session, the service."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.config import Settings
from bot.ingest.fetch import Fetcher
from bot.service import Service
from bot.store import Store
from bot.store.base import PollerLock
from bot.stories.recorder import StoryRecorder
from bot.timeutil import utcnow


@dataclass
class Runtime:
    settings: Settings
    store: Store
    fetcher: Fetcher
    service: Service
    lock: PollerLock
    clock: Callable[[], datetime] = utcnow

    @property
    def recorder(self) -> StoryRecorder:
        return self.service.recorder

    @classmethod
    def open(cls, settings: Settings, *, clock: Callable[[], datetime] = utcnow) -> Runtime:
        store = Store.open(settings.db_path)
        lock = store.poller_lock()
        try:
            lock.acquire()  # the bot polls: no `greenlight poll` may poll the same database beside it
        except Exception:
            store.close()
            raise
        fetcher = Fetcher(settings)
        return cls(settings, store, fetcher, Service(store, fetcher, settings, clock=clock), lock, clock)

    async def close(self) -> None:
        try:
            await self.service.close()
            await self.fetcher.close()
        finally:
            self.lock.release()
            self.store.close()
