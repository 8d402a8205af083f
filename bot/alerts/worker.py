"""The delivery worker: the outbox sent on a task of its own, woken when deliveries are planned.

It never waits for a poll cycle. Deliveries run concurrently up to a bound, one at a time per channel (Discord
allows 5 messages per 5 s in a channel, and discord.py holds a request back while its route's bucket, learned from
the X-RateLimit-* headers, is empty). Every call to Discord first takes its turn from a Pacer set below the bot's
global limit, which Discord announces in no header: so 429s stay rare events instead of being how the limit is found.
The order is fair (AlertQueries.due_deliveries): each guild's deliveries in story order, one guild at a time; edits
of sent alerts take their turns in the same queue. A timer wakes it only for retries.

A row targets a channel id: a direct message is a row whose Sender first resolves the user's DM channel.
Once-only delivery holds with sends in flight concurrently: no row is ever handled by two tasks at once, and each
one's outcome is stored as in deliver_one (the nonce covers a crash between a send and its mark).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from bot.alerts.outbox import RETRY_BASE, DeliveryReport, Sender, deliver_one
from bot.models import Delivery, PausedChannel
from bot.render.views import MessageView
from bot.store import Store

log = logging.getLogger(__name__)

BATCH = 1000  # due deliveries read at a time (over 20 s of sends); read again when used up or new ones are planned
REREAD_EVERY = 3.0  # seconds: while a cycle plans article after article, the order is read again at most this often
MAX_SLEEP = 60.0  # seconds the worker sleeps at most without work (a clock change cannot strand a retry longer)
Shards = tuple[int, tuple[int, ...]]  # (shard count, the shard ids this process serves)


class Pacer:
    """Spaces calls evenly at `rate` a second: the n-th call may start no sooner than n / rate seconds after the
    first of a busy stretch (a quiet pacer does not bank turns for a burst)."""

    def __init__(self, rate: float, *, monotonic: Callable[[], float] = time.monotonic) -> None:
        if rate <= 0:
            raise ValueError("the rate must be positive")
        self.interval = 1.0 / rate
        self._monotonic = monotonic
        self._next = 0.0

    async def turn(self, calls: int = 1) -> None:
        now = self._monotonic()
        at = max(self._next, now)
        self._next = at + self.interval * calls
        if at > now:
            await asyncio.sleep(at - now)


class PacedSender:
    """A Sender whose every call to Discord waits for its turn first."""

    def __init__(self, sender: Sender, pacer: Pacer) -> None:
        self._sender = sender
        self._pacer = pacer

    async def send(self, channel_id: int, message: MessageView, nonce: str) -> int:
        await self._pacer.turn()
        return await self._sender.send(channel_id, message, nonce)

    async def edit(self, channel_id: int, message_id: int, message: MessageView) -> None:
        await self._pacer.turn()
        await self._sender.edit(channel_id, message_id, message)

    async def open_dm(self, user_id: int) -> int:
        await self._pacer.turn()  # a DM counts towards the global limit like any request (even when discord.py knew it)
        return await self._sender.open_dm(user_id)

    async def create_post(self, forum_id: int, title: str, message: MessageView, tag_ids: tuple[int, ...]) -> int:
        await self._pacer.turn()
        return await self._sender.create_post(forum_id, title, message, tag_ids)

    async def find_post(self, forum_id: int, title: str, exclude: set[int]) -> int | None:
        await self._pacer.turn(2)  # the guild's active threads and the forum's archived ones
        return await self._sender.find_post(forum_id, title, exclude)

    async def edit_post(
        self,
        forum_id: int,
        post_id: int,
        message: MessageView,
        retag: tuple[int | None, int | None] | None,
        title: str | None = None,
    ) -> None:
        await self._pacer.turn(1 if retag is None else 3)  # a retag reads the post and edits it as well
        await self._sender.edit_post(forum_id, post_id, message, retag, title)

    async def start_thread(self, channel_id: int, message_id: int, title: str, archive_minutes: int) -> int:
        await self._pacer.turn()
        return await self._sender.start_thread(channel_id, message_id, title, archive_minutes)


class DeliveryWorker:
    def __init__(
        self,
        store: Store,
        sender: Sender,
        clock: Callable[[], datetime],
        *,
        concurrency: int = 8,
        rate: float = 45.0,
        shards: Shards | None = None,
        on_paused: Callable[[PausedChannel], Awaitable[None]] | None = None,
    ) -> None:
        self.store = store
        self.sender = PacedSender(sender, Pacer(rate))
        self.clock = clock
        self.concurrency = max(1, concurrency)
        self.shards = shards
        self.on_paused = on_paused
        self.report = DeliveryReport()  # totals since the start, for status and tests
        self._queue: deque[Delivery] = deque()
        self._stale = True  # new deliveries were planned since the queue was read
        self._read_at = -REREAD_EVERY  # time.monotonic() of that read
        self._inflight: dict[int, asyncio.Task[None]] = {}  # delivery id → its task
        self._busy: set[int] = set()  # channels with a delivery in flight
        self._changed = asyncio.Event()
        self._stopping = False

    def wake(self) -> None:
        """New deliveries were planned (or edits flagged): read the outbox again now."""
        self._stale = True
        self._changed.set()

    @property
    def idle(self) -> bool:
        return not self._inflight and not self._queue

    async def run(self) -> None:
        while not self._stopping:
            self._changed.clear()
            try:
                self._start_due()
            except Exception:  # the database failed: try again on the timer, never stop delivering for good
                log.exception("could not read the outbox; trying again shortly")
                self._stale = True
                await self._sleep(5.0)
                continue
            if self._inflight or self._queue:
                # A delivery finished (a slot or a channel is free) or new ones came; a wake whose re-read waits for
                # REREAD_EVERY is taken up when the next delivery finishes.
                await self._changed.wait()
            else:
                await self._sleep(self._until_next())

    async def stop(self, timeout: float = 15.0) -> None:
        """Let the deliveries in flight finish; one cut off after `timeout` stays pending and is resent with its
        nonce on the next start."""
        self._stopping = True
        self._changed.set()
        tasks = list(self._inflight.values())
        if tasks:
            _done, pending = await asyncio.wait(tasks, timeout=timeout)
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.wait(pending)

    def _start_due(self) -> None:
        room = self.concurrency - len(self._inflight)
        if room <= 0:
            return
        if not self._queue or (self._stale and time.monotonic() - self._read_at >= REREAD_EVERY):
            self._stale, self._read_at = False, time.monotonic()
            rows = self.store.due_deliveries(self.clock(), BATCH + len(self._inflight), shards=self.shards)
            self._queue = deque(d for d in rows if d.id not in self._inflight)
        waiting: list[Delivery] = []
        while room and self._queue:
            delivery = self._queue.popleft()
            if delivery.channel_id in self._busy:
                waiting.append(delivery)  # after the channel's delivery in flight
                continue
            self._start(delivery)
            room -= 1
        self._queue.extendleft(reversed(waiting))

    def _start(self, delivery: Delivery) -> None:
        self._busy.add(delivery.channel_id)
        task = asyncio.create_task(self._deliver(delivery.id), name=f"greenlight-delivery-{delivery.id}")
        self._inflight[delivery.id] = task

        def finished(_: asyncio.Task[None]) -> None:
            self._inflight.pop(delivery.id, None)
            self._busy.discard(delivery.channel_id)
            self._changed.set()

        task.add_done_callback(finished)

    async def _deliver(self, delivery_id: int) -> None:
        # Read afresh: since the queue was read, another delivery may have paused the channel or edits were asked.
        delivery = self.store.get_delivery(delivery_id)
        if delivery is None or not _live(delivery):
            return
        report = DeliveryReport()
        try:
            await deliver_one(self.store, self.sender, delivery, self.clock(), report)
        except Exception:  # a bug or the database: the row stays as it was, and is tried again later
            log.exception("delivery %s failed unexpectedly", delivery_id)
            self._stale = True
            return
        self._count(report)
        # Nothing could be done with it in its state: wait, instead of taking it again at once.
        if report == DeliveryReport() and self.store.get_delivery(delivery_id) == delivery:
            log.error("delivery %s: nothing to do with it in its state; looking again later", delivery_id)
            when = self.clock() + timedelta(seconds=RETRY_BASE)
            self.store.mark_retry(delivery_id, delivery.last_error or "Nothing could be done.", when)
        for paused in report.newly_paused:
            if self.on_paused is not None:
                try:
                    await self.on_paused(paused)
                except Exception:
                    log.exception("could not tell the moderators of guild %s", paused.guild_id)

    def _count(self, report: DeliveryReport) -> None:
        total = self.report
        total.sent += report.sent
        total.edited += report.edited
        total.retried += report.retried
        total.failed += report.failed
        total.newly_paused += report.newly_paused

    def _until_next(self) -> float:
        due = self.store.next_delivery_at(shards=self.shards)
        if due is None:
            return MAX_SLEEP
        return min(max((due - self.clock()).total_seconds(), 0.0), MAX_SLEEP)

    async def _sleep(self, seconds: float) -> None:
        try:
            await asyncio.wait_for(self._changed.wait(), timeout=seconds)
        except TimeoutError:
            self._stale = True  # a retry fell due


def _live(d: Delivery) -> bool:
    if d.status == "pending":
        return True
    return d.status == "sent" and (d.needs_edit or (d.archive_minutes is not None and d.thread_id is None))
