"""The delivery worker with the real store: woken by planning, concurrent up to its bound, one at a time per
channel, fair across guilds, retries on its timer, and an edit asked for while a send is in flight is not lost.
The Sender is the outbox's protocol implemented in-test (the discord.py one runs against the fake in
test_fanout.py and test_discord_e2e.py)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.alerts.outbox import TransientSendError, plan_deliveries
from bot.alerts.worker import DeliveryWorker, Pacer
from bot.store import Store
from bot.stories.recorder import StoryUpdate
from bot.timeutil import utcnow
from tests.test_outbox import story


class Sender:
    """Records calls; a send can be held until the test releases it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []
        self.in_flight: set[int] = set()
        self.most_in_flight = 0
        self.same_channel_at_once = False
        self.hold: asyncio.Event | None = None
        self.fail: dict[int, Exception] = {}

    async def send(self, channel_id, message, nonce):
        if channel_id in self.in_flight:
            self.same_channel_at_once = True
        self.in_flight.add(channel_id)
        self.most_in_flight = max(self.most_in_flight, len(self.in_flight))
        try:
            await asyncio.sleep(0)
            if self.hold is not None:
                await self.hold.wait()
            if channel_id in self.fail:
                raise self.fail.pop(channel_id)
            self.calls.append(("send", channel_id))
            return 5000 + len(self.calls)
        finally:
            self.in_flight.discard(channel_id)

    async def edit(self, channel_id, message_id, message):
        self.calls.append(("edit", channel_id))


def follow(store: Store, guild: int, channel: int) -> None:
    store.upsert_follow(
        guild_id=guild, channel_id=channel, show_id=None, events=(), mention_role_id=None, created_by=None, now=utcnow()
    )


def plan(store: Store, story_id: int) -> int:
    return plan_deliveries(store, [StoryUpdate(story_id, 1, True, True)], utcnow())


async def until(predicate, timeout: float = 5.0) -> None:
    async def wait() -> None:
        while not predicate():
            await asyncio.sleep(0.005)

    await asyncio.wait_for(wait(), timeout)


async def running(worker: DeliveryWorker):
    task = asyncio.create_task(worker.run())
    await asyncio.sleep(0)
    return task


async def stop(worker: DeliveryWorker, task: asyncio.Task) -> None:
    await worker.stop()
    await asyncio.wait_for(task, 5)


async def test_planned_deliveries_go_out_when_the_worker_is_woken_not_on_a_timer(store: Store):
    sender = Sender()
    worker = DeliveryWorker(store, sender, utcnow, rate=1000)
    task = await running(worker)
    try:
        await until(lambda: worker.idle)  # nothing to do: it sleeps (its timer is a minute away)
        follow(store, 1, 10)
        plan(store, story(store))
        worker.wake()
        await until(lambda: sender.calls == [("send", 10)], timeout=5)  # far sooner than its timer
        assert [d.status for d in store.deliveries()] == ["sent"]
    finally:
        await stop(worker, task)


async def test_sends_run_concurrently_up_to_the_bound_and_one_at_a_time_per_channel(store: Store):
    for channel in range(20):
        follow(store, 1 + channel % 5, 100 + channel)
    first, second = story(store), story(store, event="cancelled")
    plan(store, first)
    plan(store, second)  # two deliveries per channel
    sender = Sender()
    sender.hold = asyncio.Event()
    worker = DeliveryWorker(store, sender, utcnow, concurrency=4, rate=1000)
    task = await running(worker)
    try:
        worker.wake()
        await until(lambda: len(sender.in_flight) == 4)
        await asyncio.sleep(0.05)  # given the chance, it would start more
        assert len(sender.in_flight) == 4
        sender.hold.set()
        await until(lambda: len(sender.calls) == 40)
    finally:
        await stop(worker, task)
    assert sender.most_in_flight == 4 and not sender.same_channel_at_once
    assert {d.status for d in store.deliveries()} == {"sent"} and len(store.deliveries()) == 40


async def test_a_big_story_does_not_hold_back_a_small_servers_news(store: Store):
    for channel in range(30):
        follow(store, 1, 100 + channel)  # a big server: 30 channels
    follow(store, 2, 900)  # a small one
    big = story(store)
    plan(store, big)
    small = story(store, event="cancelled")
    plan(store, small)  # planned after the 31 deliveries of the big story
    sender = Sender()
    worker = DeliveryWorker(store, sender, utcnow, concurrency=1, rate=1000)
    task = await running(worker)  # reads the outbox as it starts
    try:
        await until(lambda: len(sender.calls) == 62)
    finally:
        await stop(worker, task)
    sends = [c for kind, c in sender.calls if kind == "send"]
    # Turns: the big server's first channel, the small server's big story; then its own news, not 29 sends later.
    assert sends[:4] == [100, 900, 101, 900]


async def test_fair_order_takes_guilds_in_turn_and_each_guilds_stories_in_order(store: Store):
    follow(store, 1, 11)
    follow(store, 1, 12)
    follow(store, 2, 21)
    s1, s2 = story(store), story(store, event="cancelled")
    plan(store, s1)
    plan(store, s2)
    order = [(d.guild_id, d.story_id) for d in store.due_deliveries(utcnow(), 100)]
    assert order == [(1, s1), (2, s1), (1, s1), (2, s2), (1, s2), (1, s2)]


async def test_a_retry_is_taken_on_the_timer_without_a_wake(store: Store):
    follow(store, 1, 10)
    plan(store, story(store))
    (d,) = store.deliveries()
    store.mark_retry(d.id, "Discord answered 503", utcnow() + timedelta(seconds=0.3))  # as a failed send leaves it
    sender = Sender()
    worker = DeliveryWorker(store, sender, utcnow, rate=1000)
    task = await running(worker)
    try:
        assert sender.calls == []  # not due yet
        await until(lambda: sender.calls == [("send", 10)])  # nobody woke it: its timer did
    finally:
        await stop(worker, task)
    assert store.deliveries()[0].status == "sent"


async def test_a_transient_failure_waits_for_its_retry_time(store: Store):
    follow(store, 1, 10)
    plan(store, story(store))
    sender = Sender()
    sender.fail[10] = TransientSendError("Discord answered 503")
    worker = DeliveryWorker(store, sender, utcnow, rate=1000)
    task = await running(worker)
    try:
        await until(lambda: store.deliveries()[0].last_error is not None)
        worker.wake()
        await until(lambda: worker.idle)
    finally:
        await stop(worker, task)
    (d,) = store.deliveries()
    assert d.status == "pending" and d.attempts == 1 and sender.calls == []  # not taken again before its time
    assert store.next_delivery_at() > utcnow() + timedelta(seconds=20)


async def test_an_edit_asked_for_while_the_send_is_in_flight_is_done_after_it(store: Store):
    follow(store, 1, 10)
    sid = story(store)
    plan(store, sid)
    sender = Sender()
    sender.hold = asyncio.Event()
    worker = DeliveryWorker(store, sender, utcnow, rate=1000)
    task = await running(worker)
    try:
        worker.wake()
        await until(lambda: sender.in_flight == {10})
        plan_deliveries(store, [StoryUpdate(sid, 2, False, True)], utcnow())  # another outlet joins meanwhile
        worker.wake()
        sender.hold.set()
        await until(lambda: sender.calls == [("send", 10), ("edit", 10)])
    finally:
        await stop(worker, task)
    (d,) = store.deliveries()
    assert d.status == "sent" and not d.needs_edit


async def test_stop_lets_the_sends_in_flight_finish(store: Store):
    follow(store, 1, 10)
    plan(store, story(store))
    sender = Sender()
    sender.hold = asyncio.Event()
    worker = DeliveryWorker(store, sender, utcnow, rate=1000)
    task = await running(worker)
    worker.wake()
    await until(lambda: sender.in_flight == {10})
    stopping = asyncio.create_task(worker.stop())
    await asyncio.sleep(0.05)
    assert not stopping.done()  # waiting for the send
    sender.hold.set()
    await asyncio.wait_for(stopping, 5)
    await asyncio.wait_for(task, 5)
    assert [d.status for d in store.deliveries()] == ["sent"]


async def test_shards_see_only_their_guilds_deliveries(store: Store):
    guilds = [(n << 22) | 7 for n in range(4)]  # shard n of 4
    for g in guilds:
        follow(store, g, g + 1)
    plan(store, story(store))
    mine = store.due_deliveries(utcnow(), 100, shards=(4, (1, 3)))
    assert sorted(d.guild_id for d in mine) == [guilds[1], guilds[3]]
    assert store.next_delivery_at(shards=(4, (2,))) is not None


async def test_the_pacer_spaces_calls_at_its_rate():
    now = [100.0]
    slept: list[float] = []
    pacer = Pacer(50, monotonic=lambda: now[0])

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(asyncio, "sleep", fake_sleep)
        for _ in range(5):
            await pacer.turn()
    assert slept == pytest.approx([0.02, 0.04, 0.06, 0.08])  # the first at once, then 1/50 s apart
