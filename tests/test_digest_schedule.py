"""When digests are due: parsing a day, a time and an IANA zone; slots across daylight-saving changes; planning
once per channel and week through restarts."""

from datetime import UTC, datetime, time, timedelta

import pytest

from bot.digest.plan import plan_digests
from bot.digest.schedule import (
    DigestSchedule,
    ScheduleError,
    latest_slot,
    next_slot,
    parse_day,
    parse_time,
    parse_timezone,
    suggest_zones,
    week_of,
)
from bot.store import Store


def schedule(zone: str = "Europe/London", at: time = time(17, 0), created: datetime | None = None, day: int = 0):
    return DigestSchedule(10, 1, day, at, zone, created or datetime(2026, 1, 1, tzinfo=UTC))


def test_parsing_days_times_and_zones():
    assert parse_day("Monday") == 0 and parse_day("fri") == 4 and parse_day("SU") == 6
    assert parse_time("17:00") == time(17) and parse_time("5pm") == time(17) and parse_time("9.30") == time(9, 30)
    assert parse_time("12am") == time(0) and parse_time("7 a.m.") == time(7)
    assert parse_timezone("europe/london") == "Europe/London" and parse_timezone(None) == "UTC"
    assert parse_timezone("America/New_York") == "America/New_York"


@pytest.mark.parametrize(
    "bad", ["Mars/Olympus_Mons", "Europe", "../../etc/passwd", "/etc/localtime", "GMT+25", "x" * 70]
)
def test_a_bad_zone_is_refused_politely(bad):
    with pytest.raises(ScheduleError) as err:
        parse_timezone(bad)
    assert "is not a time zone Greenlight knows" in str(err.value) and "Europe/London" in str(err.value)


@pytest.mark.parametrize("bad", ["25:00", "17:60", "13pm", "noon", ""])
def test_a_bad_time_is_refused(bad):
    with pytest.raises(ScheduleError, match="not a time of day"):
        parse_time(bad)


@pytest.mark.parametrize("bad", ["someday", "t", "s"])  # t and s are two days each
def test_a_bad_day_is_refused(bad):
    with pytest.raises(ScheduleError, match="not a day of the week"):
        parse_day(bad)


def test_london_5pm_across_both_changes():
    s = schedule()
    # Clocks go forward on Sun 29 Mar 2026 and back on Sun 25 Oct 2026: 17:00 London is 17:00 then 16:00 UTC.
    assert next_slot(s, datetime(2026, 3, 20, tzinfo=UTC)) == datetime(2026, 3, 23, 17, tzinfo=UTC)
    assert next_slot(s, datetime(2026, 3, 24, tzinfo=UTC)) == datetime(2026, 3, 30, 16, tzinfo=UTC)
    assert next_slot(s, datetime(2026, 10, 20, tzinfo=UTC)) == datetime(2026, 10, 26, 17, tzinfo=UTC)
    assert latest_slot(s, datetime(2026, 3, 30, 15, 59, tzinfo=UTC)) == datetime(2026, 3, 23, 17, tzinfo=UTC)
    assert latest_slot(s, datetime(2026, 3, 30, 16, 0, tzinfo=UTC)) == datetime(2026, 3, 30, 16, tzinfo=UTC)


def test_a_time_the_clocks_skip_or_repeat():
    # 01:30 on Sunday 29 Mar 2026 does not exist in London: taken with the offset before the jump (02:30 BST).
    skipped = schedule(at=time(1, 30), day=6)
    assert next_slot(skipped, datetime(2026, 3, 28, tzinfo=UTC)) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    # 01:30 on Sunday 25 Oct 2026 happens twice: the first (BST, 00:30 UTC).
    repeated = schedule(at=time(1, 30), day=6)
    assert next_slot(repeated, datetime(2026, 10, 24, tzinfo=UTC)) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_no_digest_for_the_week_before_it_was_set():
    s = schedule(created=datetime(2026, 12, 2, tzinfo=UTC))  # a Wednesday
    assert latest_slot(s, datetime(2026, 12, 6, tzinfo=UTC)) is None
    assert latest_slot(s, datetime(2026, 12, 7, 17, 1, tzinfo=UTC)) == datetime(2026, 12, 7, 17, tzinfo=UTC)
    assert week_of(s, datetime(2026, 12, 7, 17, tzinfo=UTC)) == "2026-W50"


async def _never_draw(picture):  # weeks without stories have no picture: drawing would be a bug here
    raise AssertionError("nothing to draw")


async def test_planned_once_a_week_across_a_dst_change_and_restarts(db_path):
    """An hourly clock from 20 Mar to 12 Apr 2026, the store closed and reopened (a restart) every 25 hours:
    exactly one digest a week, at 17:00 London time whatever the offset."""
    s = schedule("Europe/London", created=datetime(2026, 3, 18, tzinfo=UTC))  # a Wednesday
    store = Store.open(db_path)
    store.save_digest_schedule(s, None)
    now = datetime(2026, 3, 20, tzinfo=UTC)
    try:
        for hour in range(24 * 23):
            if hour % 25 == 0:
                store.close()
                store = Store.open(db_path)
            await plan_digests(store, now + timedelta(hours=hour, minutes=1), _never_draw)
        planned = [(d.week, d.slot_at) for d in store.digests(10)]
        kinds = [(d.kind, d.status, d.channel_id) for d in store.deliveries(channel_id=10)]
    finally:
        store.close()
    assert planned == [
        ("2026-W13", datetime(2026, 3, 23, 17, tzinfo=UTC)),
        ("2026-W14", datetime(2026, 3, 30, 16, tzinfo=UTC)),
        ("2026-W15", datetime(2026, 4, 6, 16, tzinfo=UTC)),
    ]
    assert kinds == [("digest", "pending", 10)] * 3


async def test_a_changed_time_in_the_same_week_does_not_post_twice(store):
    s = schedule("UTC", created=datetime(2026, 3, 1, tzinfo=UTC))
    store.save_digest_schedule(s, None)
    assert await plan_digests(store, datetime(2026, 3, 23, 17, 5, tzinfo=UTC), _never_draw) == 1
    later = DigestSchedule(10, 1, 2, time(9), "UTC", datetime(2026, 3, 23, 18, tzinfo=UTC))  # now Wednesdays
    store.save_digest_schedule(later, None)
    assert await plan_digests(store, datetime(2026, 3, 25, 9, 5, tzinfo=UTC), _never_draw) == 0
    assert await plan_digests(store, datetime(2026, 4, 1, 9, 5, tzinfo=UTC), _never_draw) == 1


async def test_off_stops_it_and_drops_a_planned_one(store):
    s = schedule("UTC", created=datetime(2026, 3, 1, tzinfo=UTC))
    store.save_digest_schedule(s, None)
    await plan_digests(store, datetime(2026, 3, 23, 17, 5, tzinfo=UTC), _never_draw)
    assert store.remove_digest_schedule(10) and not store.remove_digest_schedule(10)
    assert [d.status for d in store.deliveries(channel_id=10)] == ["failed"]
    assert store.due_deliveries(datetime(2026, 3, 24, tzinfo=UTC)) == []
    assert await plan_digests(store, datetime(2026, 3, 30, 17, 5, tzinfo=UTC), _never_draw) == 0


def test_zone_suggestions():
    assert suggest_zones("lond") == ["Europe/London"] and suggest_zones("")[0] == "UTC"
    assert len(suggest_zones("america/")) == 25
