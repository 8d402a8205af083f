"""The outbox's decisions with the real store; the Sender here is our own protocol, implemented in-test
(the real discord.py sender is exercised end to end in test_discord_e2e.py)."""

from datetime import UTC, datetime, timedelta

from bot.alerts.outbox import (
    MAX_ATTEMPTS,
    ChannelUnavailable,
    MessageGone,
    TransientSendError,
    deliver_due,
    plan_deliveries,
)
from bot.models import Entry
from bot.store import Store
from bot.stories.recorder import StoryUpdate

T0 = datetime(2026, 11, 20, 12, tzinfo=UTC)


class Sender:
    def __init__(self, fail: Exception | None = None, edit_fail: Exception | None = None) -> None:
        self.sent: list[tuple[int, str]] = []
        self.edited: list[int] = []
        self.fail, self.edit_fail = fail, edit_fail

    async def send(self, channel_id, message, nonce):
        if self.fail:
            raise self.fail
        self.sent.append((channel_id, nonce))
        return 1000 + len(self.sent)

    async def edit(self, channel_id, message_id, message):
        if self.edit_fail:
            raise self.edit_fail
        self.edited.append(message_id)


def story(store: Store, *, event: str = "renewed", announce: bool = True) -> int:
    src = store.add_source(f"https://s{len(store.list_sources())}.example/feed", title="Wire", added_by=None, now=T0)
    (article,) = store.store_entries(
        src.id, [Entry("g", "Show renewed", "https://x.example/1", T0, "t", "")], now=T0, baseline=not announce
    ).inserted
    show = store.add_show("Show", "show", "Netflix", T0)
    sid = store.create_story(
        show_id=show.id,
        season=2,
        event=event,
        network="Netflix",
        headline="h",
        summary="s",
        first_seen=T0,
        announce=announce,
    )
    store.attach_article(sid, article.id, T0, season=2, network="Netflix")
    return sid


def follow(store: Store, channel: int, show_id: int | None, events=(), role=None):
    return store.upsert_follow(
        guild_id=1, channel_id=channel, show_id=show_id, events=events, mention_role_id=role, created_by=None, now=T0
    )


async def test_plan_respects_event_filters_and_queues_once_per_channel(store: Store):
    sid = story(store)
    show_id = store.get_story(sid).show_id
    follow(store, 10, show_id, role=77)
    follow(store, 10, None)  # every show, same channel: still one delivery, with the show follow's role
    follow(store, 20, None, events=("cancelled",))
    assert plan_deliveries(store, [StoryUpdate(sid, 1, True, True)], T0) == 1
    assert plan_deliveries(store, [StoryUpdate(sid, 1, True, True)], T0) == 0
    (d,) = store.deliveries()
    assert (d.channel_id, d.mention_role_id, d.status) == (10, 77, "pending")


async def test_baseline_stories_are_never_queued(store: Store):
    sid = story(store, announce=False)
    follow(store, 10, None)
    assert plan_deliveries(store, [StoryUpdate(sid, 1, True, False)], T0) == 0


async def test_send_then_a_second_outlet_becomes_an_edit(store: Store):
    sid = story(store)
    follow(store, 10, None)
    plan_deliveries(store, [StoryUpdate(sid, 1, True, True)], T0)
    sender = Sender()
    report = await deliver_due(store, sender, T0)
    assert report.sent == 1 and sender.sent == [(10, store.deliveries()[0].nonce)]
    plan_deliveries(store, [StoryUpdate(sid, 2, False, True)], T0)
    report = await deliver_due(store, sender, T0)
    assert report.edited == 1 and sender.edited == [1001]
    assert (await deliver_due(store, sender, T0)).sent == 0  # nothing left to do


async def test_transient_errors_back_off_then_give_up(store: Store):
    sid = story(store)
    follow(store, 10, None)
    plan_deliveries(store, [StoryUpdate(sid, 1, True, True)], T0)
    sender = Sender(fail=TransientSendError("Discord answered 503"))
    now = T0
    for _attempt in range(1, MAX_ATTEMPTS):
        report = await deliver_due(store, sender, now)
        assert report.retried == 1
        assert await deliver_due(store, sender, now) == type(report)()  # not due again at once
        now += timedelta(hours=2)
    report = await deliver_due(store, sender, now)
    assert report.failed == 1 and store.deliveries()[0].status == "failed"
    assert "503" in store.deliveries()[0].last_error


async def test_gone_channel_pauses_and_a_deleted_message_is_not_a_problem(store: Store):
    sid = story(store)
    follow(store, 10, None)
    plan_deliveries(store, [StoryUpdate(sid, 1, True, True)], T0)
    report = await deliver_due(store, Sender(fail=ChannelUnavailable(404, "The channel no longer exists.")), T0)
    assert [p.channel_id for p in report.newly_paused] == [10]
    assert store.deliveries()[0].status == "paused"
    assert store.follows_for_show(store.get_story(sid).show_id) == []  # paused channels get nothing new

    sid2 = story(store, event="cancelled")
    follow(store, 30, None)
    plan_deliveries(store, [StoryUpdate(sid2, 3, True, True)], T0)
    await deliver_due(store, Sender(), T0)
    plan_deliveries(store, [StoryUpdate(sid2, 4, False, True)], T0)
    report = await deliver_due(store, Sender(edit_fail=MessageGone()), T0)
    assert report.newly_paused == [] and store.deliveries(channel_id=30)[0].needs_edit is False
