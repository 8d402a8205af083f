"""Which TVmaze show a Greenlight show is, and the background work that keeps the cache: new shows are looked up
once, cached shows are refreshed through TVmaze's updates index at most once a day."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from bot.store import Store
from bot.timeutil import utcnow
from bot.tvmaze.client import TvmazeClient
from bot.tvmaze.matching import choose, match_cached, split_year
from bot.tvmaze.models import TvShow
from bot.understand import show_key

log = logging.getLogger(__name__)

REFRESH_EVERY = timedelta(days=1)
LOOKUPS_PER_RUN = 20
RETRY_AFTER = 300.0  # seconds before trying TVmaze again when it seems down (several look-ups failed in a row)
SHOW_RETRY_AFTER = timedelta(minutes=5)  # a show whose look-up failed waits this long, doubled at each failure
GIVE_UP_AFTER = 8  # failed look-ups of one show (over about 21 hours) before it is marked "no TVmaze data"
DOWN_AFTER = 3  # look-ups failing in a row in one run: TVmaze itself is unwell, the rest waits RETRY_AFTER


class TvmazeWork:
    """The background step: look up shows without a lookup, then refresh through the updates index when due.

    A look-up that fails moves its show aside (retried after SHOW_RETRY_AFTER, doubled at each failure) and the
    queue goes on with the next show, so one show TVmaze always fails on (a name it refuses, an answer of the
    wrong shape) never holds up the others. After GIVE_UP_AFTER failures the show is marked "no TVmaze data",
    with the reason."""

    def __init__(
        self,
        store: Store,
        client: TvmazeClient,
        *,
        on_change: Callable[[], None] = lambda: None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.client = client
        self.on_change = on_change  # a show was renamed or got a network: the recorder's matcher is stale
        self.clock = clock
        self._retry_at = 0.0  # monotonic time before which TVmaze is not tried again after a failure

    def has_work(self) -> bool:
        if time.monotonic() < self._retry_at:
            return False
        if self.store.shows_to_look_up(limit=1, now=self.clock()):
            return True
        last = self.store.tvmaze_state("updates")
        return last is not None and self.clock() - last >= REFRESH_EVERY

    async def run(self) -> None:
        """One pass. Any failure of TVmaze leaves the rest for later; nothing here ever raises into a cycle."""
        try:
            in_a_row = 0
            for show_id, title, network in self.store.shows_to_look_up(limit=LOOKUPS_PER_RUN, now=self.clock()):
                if await self._look_up_or_set_aside(show_id, title, network):
                    in_a_row = 0
                    continue
                in_a_row += 1
                if in_a_row >= DOWN_AFTER:
                    self._retry_at = time.monotonic() + RETRY_AFTER
                    return
            if not await self.refresh():
                self._retry_at = time.monotonic() + RETRY_AFTER
        except Exception:
            log.exception("TVmaze background work failed; trying again later")
            self._retry_at = time.monotonic() + RETRY_AFTER

    async def _look_up_or_set_aside(self, show_id: int, title: str, network: str | None) -> bool:
        try:
            if await self.look_up(show_id, title, network):
                return True
            reason = self.client.last_failure or "TVmaze gave no usable answer"
        except Exception as exc:  # a bug or a storage error on this show's data: this show waits, the queue goes on
            log.warning("TVmaze look-up of show %d failed: %r", show_id, exc)
            reason = f"the look-up failed ({exc.__class__.__name__})"
        failures = self.store.tvmaze_lookup_failures(show_id) + 1
        now = self.clock()
        retry_at = now + SHOW_RETRY_AFTER * 2 ** (failures - 1)
        self.store.tvmaze_lookup_failed(show_id, reason, now, retry_at, GIVE_UP_AFTER)
        if failures >= GIVE_UP_AFTER:
            log.info("show %d has no TVmaze data after %d failed look-ups: %s", show_id, failures, reason)
        return False

    async def fetch_full(self, tvmaze_id: int, akas: tuple[str, ...] | None = None) -> TvShow | None:
        """Fetch one show with its seasons, next episode and other names, and cache it."""
        show = await self.client.show(tvmaze_id)
        if show is None:
            return None
        if akas is None:
            akas = tuple(await self.client.akas(tvmaze_id) or ())
        show = replace(show, aliases=akas)
        alias_keys = {a: show_key(a) for a in akas}
        self.store.save_tvmaze_show(show, show_key(show.name), alias_keys, self.clock())
        if self.store.tvmaze_state("updates") is None:
            self.store.set_tvmaze_state("updates", self.clock())  # the daily refresh counts from the first fetch
        return show

    async def names_like(self, name: str, timeout: float = 8.0) -> tuple[str, ...]:
        """TVmaze's names for a name a moderator typed (its search allows for typos), best first; () when TVmaze
        fails or is slow: following a show never waits long for it."""
        try:
            found = await asyncio.wait_for(self.client.search(name), timeout)
        except TimeoutError:
            return ()
        return tuple(s.name for s in (found or [])[:5])

    async def look_up(self, show_id: int, title: str, network: str | None) -> bool:
        """Find and cache the TVmaze show a Greenlight show is. False when TVmaze failed (the show stays queued)."""
        cached = match_cached(self.store, title, network)
        if cached is not None:
            self.link(show_id, cached)
            return True
        name, year = split_year(title)
        key = show_key(name)
        found = await self.client.search(name)
        if found is None:
            return False
        same = [s for s in found if show_key(s.name) == key]
        if not same:  # known by another name? Ask for the other names of the best two results
            for s in found[:2]:
                akas = await self.client.akas(s.tvmaze_id)
                if akas is None:
                    return False
                if any(show_key(a) == key for a in akas):
                    same.append(replace(s, aliases=tuple(akas)))
        chosen = choose(same, network, year)
        if chosen is None:
            self.store.link_tvmaze(show_id, None, self.clock())  # looked up: TVmaze has no (single) such show
            return True
        full = await self.fetch_full(chosen.tvmaze_id, chosen.aliases or None)
        if full is None:
            return False
        self.link(show_id, full)
        return True

    def link(self, show_id: int, show: TvShow) -> None:
        """Link the show and give it TVmaze's name, and its network where it has none."""
        self.store.link_tvmaze(show_id, show.tvmaze_id, self.clock())
        if self.store.canonicalise_show(show_id, show.name, show_key(show.name), show.channel):
            self.on_change()

    async def refresh(self) -> bool:
        """Re-fetch cached shows TVmaze changed since the last refresh, at most once a day. False on a failure."""
        now = self.clock()
        last = self.store.tvmaze_state("updates")
        if last is None or now - last < REFRESH_EVERY:
            return True
        linked = self.store.linked_tvmaze_ids()
        age = now - last
        if age <= timedelta(hours=25):
            since = "day"
        elif age <= timedelta(days=7):
            since = "week"
        else:
            since = "month"
        if age > timedelta(days=30):
            stale = list(linked)
        else:
            index = await self.client.updates(since)
            if index is None:
                return False
            stale = [i for i, stamp in index.items() if i in linked and stamp > (linked[i] or 0)]
        for tvmaze_id in stale:
            if await self.fetch_full(tvmaze_id) is None:
                return False
        self.store.set_tvmaze_state("updates", now)
        log.info("TVmaze refresh: %d of %d cached shows changed", len(stale), len(linked))
        return True
