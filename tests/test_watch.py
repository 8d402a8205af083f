"""Personal watchlists with the real store: the commands' core, DM planning in the story's transaction, pausing on
Discord's 50007, the per-server switch and the 30-day removal. The Sender is our own protocol, implemented in-test
(the real discord.py sender against the fake Discord is in test_watch_e2e.py)."""

from datetime import timedelta

import pytest

from bot.alerts.follows import FollowError
from bot.alerts.outbox import MemberUnreachable, deliver_due, plan_deliveries
from bot.store import Store
from bot.stories.recorder import StoryRecorder, StoryUpdate
from bot.watch.core import (
    DMS_CLOSED_NOTICE,
    WatchError,
    clear_member,
    forget_departed,
    notice_to_tell,
    set_watch_off,
    unwatch_show,
    watch_show,
)
from bot.watch.models import DM_KIND, DMS_CLOSED, WATCH_OFF
from tests.test_outbox import T0, story

ANA, BEN = 501, 502  # members
GUILD_A, GUILD_B = 11, 12


class DmSender:
    """Opens DM channels as 9000 + user id; refuses members in `closed` with 50007."""

    def __init__(self, closed: set[int] | None = None) -> None:
        self.closed = closed or set()
        self.opened: list[int] = []
        self.sent: list[tuple[int, str, str]] = []  # (channel, nonce, footer)
        self.edited: list[int] = []

    async def open_dm(self, user_id):
        self.opened.append(user_id)
        return 9000 + user_id

    async def send(self, channel_id, message, nonce):
        if channel_id - 9000 in self.closed:
            raise MemberUnreachable("Cannot send messages to this user")
        self.sent.append((channel_id, nonce, message.embeds[0].footer))
        return 7000 + len(self.sent)

    async def edit(self, channel_id, message_id, message):
        self.edited.append(message_id)


def _watch(store: Store, member: int, show: str = "Show", events: str | None = None, guild: int = GUILD_A, limit=50):
    return watch_show(
        store, StoryRecorder(store), member_id=member, guild_id=guild, show=show, events=events, now=T0, limit=limit
    )


def _next_story(store: Store, sid: int) -> int:
    """Another story about the same show."""
    first = store.get_story(sid)
    assert first is not None
    return store.create_story(
        show_id=first.show_id,
        season=(first.season or 0) + 1,
        event="renewed",
        network=None,
        headline="h",
        summary="s",
        first_seen=T0,
        announce=True,
    )


def _plan(store: Store, sid: int) -> int:
    with store.transaction():  # as the service does: the DMs are planned in the story's own transaction
        return plan_deliveries(store, [StoryUpdate(sid, 1, True, True)], T0)


async def test_a_watched_story_is_one_dm_per_member_with_the_watch_footer(store: Store):
    sid = story(store)
    _watch(store, ANA)
    _watch(store, ANA, guild=GUILD_B)  # the same member from a second server: still one watch, one DM
    _watch(store, BEN, events="cancelled")  # not this event
    assert len(store.watches(ANA)) == 1 and store.watches(ANA)[0].guild_id == GUILD_B
    assert _plan(store, sid) == 1
    assert _plan(store, sid) == 0  # planned once only
    (d,) = store.deliveries()
    assert (d.kind, d.channel_id, d.guild_id, d.nonce) == (DM_KIND, ANA, 0, f"gl-{d.id}")
    sender = DmSender()
    report = await deliver_due(store, sender, T0)
    assert report.sent == 1 and sender.opened == [ANA]
    assert sender.sent == [(9000 + ANA, d.nonce, "You watch Show · /unwatch to stop")]
    # another outlet joins: the DM is edited, not sent again
    store.flag_story_edits(sid, T0)
    report = await deliver_due(store, sender, T0)
    assert report.edited == 1 and sender.edited == [7001] and len(sender.sent) == 1


async def test_opt_in_airing_and_unknown_shows(store: Store):
    story(store)
    assert _watch(store, ANA, events="airing").watch.wants("airing")
    assert not _watch(store, BEN).watch.wants("airing")  # premiere reminders only when named
    with pytest.raises(WatchError, match="I know no show called 'Nope'"):
        _watch(store, ANA, "Nope")
    with pytest.raises(FollowError, match="not an event I know"):  # the same events as /follow
        _watch(store, ANA, events="explosions")
    assert store.watched_shows_naming("airing") == {store.watches(ANA)[0].show_id}


async def test_the_per_member_limit_is_a_setting(store: Store):
    story(store)
    other = store.add_show("Other", "other", None, T0)
    _watch(store, ANA, limit=1)
    _watch(store, ANA, events="renewed", limit=1)  # changing a watched show's events is not a new watch
    with pytest.raises(WatchError, match="the most one member may \\(1\\)"):
        _watch(store, ANA, other.title, limit=1)
    assert [w.show for w in store.watches(ANA)] == ["Show"]


async def test_unwatch_and_clear_leave_no_row_about_the_member(store: Store):
    sid = story(store)
    _watch(store, ANA)
    _watch(store, BEN)
    _plan(store, sid)
    await deliver_due(store, DmSender(closed={ANA}), T0)  # a notice row too
    assert store.rows_about_member(ANA) == 3  # the watch, the notice, the DM in the outbox
    with pytest.raises(WatchError, match="You do not watch 'Nope'"):
        unwatch_show(store, StoryRecorder(store), member_id=BEN, show="Nope")
    assert unwatch_show(store, StoryRecorder(store), member_id=BEN, show="show") == "Show"
    assert clear_member(store, ANA) == 3
    assert store.rows_about_member(ANA) == 0
    assert store.db.execute("SELECT COUNT(*) FROM deliveries WHERE channel_id = ?", [ANA]).fetchone()[0] == 0
    assert [d.channel_id for d in store.deliveries()] == [BEN]  # the other member's DM is untouched


async def test_50007_pauses_the_members_watches_tells_them_once_and_never_retries(store: Store):
    sid = story(store)
    _watch(store, ANA)
    _plan(store, sid)
    sender = DmSender(closed={ANA})
    await deliver_due(store, sender, T0)
    (d,) = store.deliveries()
    assert d.status == "paused" and "Cannot send messages" in (d.last_error or "")
    assert [w.paused_reason for w in store.watches(ANA)] == [DMS_CLOSED]
    await deliver_due(store, sender, T0 + timedelta(days=1))  # nothing due: not retried in a loop
    assert sender.opened == [ANA]
    sid2 = _next_story(store, sid)
    assert _plan(store, sid2) == 0  # paused watches plan nothing
    # the next command: told once, then never again
    assert notice_to_tell(store, ANA, T0) == DMS_CLOSED_NOTICE
    assert notice_to_tell(store, ANA, T0) is None
    assert notice_to_tell(store, BEN, T0) is None
    # /watch again (or /watch resume:True) resumes: the next story is a DM again
    assert _watch(store, ANA).resumed == 1
    assert store.watch_notice(ANA) is None
    sid3 = _next_story(store, sid2)
    assert _plan(store, sid3) == 1


async def test_watch_off_stops_the_servers_watches_and_refuses_new_ones(store: Store):
    sid = story(store)
    _watch(store, ANA, guild=GUILD_A)
    _watch(store, BEN, guild=GUILD_B)
    assert set_watch_off(store, GUILD_A, True, T0) == 1
    assert [w.paused_reason for w in store.watches(ANA)] == [WATCH_OFF]
    with pytest.raises(WatchError, match="turned personal watchlists off here"):
        _watch(store, BEN, guild=GUILD_A)
    _plan(store, sid)
    assert [d.channel_id for d in store.deliveries()] == [BEN]
    assert set_watch_off(store, GUILD_A, False, T0) == 1
    assert store.watches(ANA)[0].paused_reason is None


async def test_members_refused_dms_for_30_days_are_forgotten_unless_they_came_back(store: Store):
    sid = story(store)
    _watch(store, ANA)
    _watch(store, BEN)
    _plan(store, sid)
    await deliver_due(store, DmSender(closed={ANA, BEN}), T0)
    notice_to_tell(store, BEN, T0 + timedelta(days=20))  # BEN used a command: still in a shared server
    assert forget_departed(store, T0 + timedelta(days=29)) == []
    assert forget_departed(store, T0 + timedelta(days=30)) == [ANA]
    assert store.rows_about_member(ANA) == 0
    assert store.watches(BEN) and forget_departed(store, T0 + timedelta(days=50)) == [BEN]


async def test_a_member_who_names_airing_gets_the_premiere_reminder_by_dm(tmp_path):
    from bot.config import Settings
    from bot.ingest.fetch import Fetcher
    from bot.service import Service
    from tests.test_airing import DAY_BEFORE, SEVERANCE, Clock, _show

    settings = Settings(tvmaze=False, workers=1)
    with Store.open(tmp_path / "bot.db") as store:
        show_id = _show(store, "Severance", SEVERANCE, DAY_BEFORE - timedelta(days=30))
        _watch(store, ANA, "Severance", events="airing")
        _watch(store, BEN, "Severance")  # every news event: no reminders
        async with Fetcher(settings) as fetcher:
            service = Service(store, fetcher, settings, clock=Clock(DAY_BEFORE))
            try:
                (reminder,) = (await service.cycle()).announced
            finally:
                await service.close()
        assert store.get_story(reminder).show_id == show_id
        assert [(d.kind, d.channel_id) for d in store.deliveries(story_id=reminder)] == [(DM_KIND, ANA)]


async def test_a_story_many_members_watch_does_not_hold_back_the_channels_news(store: Store):
    """DMs are one queue in the fair order (a server of their own): they take a turn between servers' alerts."""
    from bot.alerts.worker import DeliveryWorker
    from bot.timeutil import utcnow
    from tests.test_delivery_worker import Sender, follow, running, stop, until

    class Both(Sender):
        async def open_dm(self, user_id):
            return user_id  # the DM channel: the member's own id here

    big = story(store)
    for member in range(30):
        _watch(store, 1000 + member)
    follow(store, 1, 100)
    follow(store, 2, 900)
    _plan(store, big)  # 1 channel alert and 30 DMs
    small = story(store, event="cancelled")  # another show: only the channels follow it
    _plan(store, small)
    sender = Both()
    worker = DeliveryWorker(store, sender, utcnow, concurrency=1, rate=1000)
    task = await running(worker)
    try:
        await until(lambda: len(sender.calls) == 34)
    finally:
        await stop(worker, task)
    sends = [c for _, c in sender.calls]
    # Turn 1: both servers' big story and the first DM; turn 2 in story order: the next DM, then each server's small
    # story — not behind all 30 DMs (it was 32nd when every member was a queue of their own).
    assert sends[:6] == [100, 900, 1000, 1001, 100, 900]
    assert sorted(sends[6:]) == list(range(1002, 1030))


def test_the_command_line_lists_and_forgets_a_members_watchlist(db_path, capsys):
    from bot.cli.main import main

    with Store.open(db_path) as store:
        story(store)
        _watch(store, ANA, events="renewed")
        _watch(store, BEN)
    assert main(["--db", str(db_path), "watchlist", str(ANA)]) == 0
    listed = capsys.readouterr().out
    assert f"Member {ANA} watches 1 of at most 50 shows." in listed
    assert f"Show (renewed; added in server {GUILD_A})" in listed
    assert main(["--db", str(db_path), "watchlist", str(ANA), "--forget"]) == 0
    assert f"Deleted 1 row(s) about member {ANA}." in capsys.readouterr().out
    assert main(["--db", str(db_path), "watchlist", "ana"]) == 1
    assert "is not a Discord user id" in capsys.readouterr().err
    with Store.open(db_path) as store:
        assert store.rows_about_member(ANA) == 0 and len(store.watches(BEN)) == 1
