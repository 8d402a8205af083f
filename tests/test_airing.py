"""Premiere reminders (issue 14, item 5): the opt-in `airing` event, from TVmaze's cached dates, through the outbox.

A real SQLite store and the real Service with its clock injected; the TVmaze cache is filled through the store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.alerts.airing import TODAY, TOMORROW, plan_reminders, reminder_headline, season_premieres
from bot.alerts.follows import FollowError, parse_events
from bot.answers.compose import answer_question, latest_answer
from bot.answers.questions import parse_question
from bot.config import Settings
from bot.ingest.fetch import Fetcher
from bot.models import AIRING, EVENTS, Follow
from bot.render.alerts import THREAD_NAME_MAX, post_title, render_alert
from bot.render.views import CONTENT_MAX, DESCRIPTION_MAX, EMBED_TOTAL_MAX, EVENT_STYLE, TITLE_MAX
from bot.service import Service
from bot.store import Store
from bot.stories.recorder import StoryRecorder
from bot.tvmaze.models import TvEpisode, TvSeason, TvShow
from bot.understand import show_key

PREMIERE = date(2027, 3, 14)  # a Sunday
DAY_BEFORE = datetime(2027, 3, 13, 9, 0, tzinfo=UTC)
SEVERANCE = TvShow(
    1,
    "Severance",
    "https://www.tvmaze.com/shows/1/severance",
    web_channel="Apple TV+",
    status="Running",
    seasons=(TvSeason(1, date(2022, 2, 18)), TvSeason(2, date(2025, 1, 17)), TvSeason(3, PREMIERE)),
)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


# ---------------------------------------------------------------- the pure pieces


def test_only_a_follow_that_names_airing_wants_it() -> None:
    def follow(events: tuple[str, ...]) -> Follow:
        return Follow(1, 1, 1, None, None, events, None)

    assert AIRING not in EVENTS  # not news: never in the default set
    every = follow(())
    assert all(every.wants(e) for e in EVENTS) and not every.wants(AIRING)
    assert follow(("airing",)).wants(AIRING) and not follow(("airing",)).wants("renewed")
    assert follow(("renewed", "airing")).wants(AIRING) and not follow(("renewed",)).wants(AIRING)


def test_parse_events_accepts_airing_only_when_named() -> None:
    assert parse_events(None) == () and parse_events("all") == ()
    assert parse_events("airing") == ("airing",)
    assert parse_events("renewed, airing") == ("renewed", "airing")
    assert parse_events("premiering") == ("airing",)
    assert parse_events("all, airing") == (*EVENTS, "airing")
    assert parse_events("decisions, airing") == ("renewed", "cancelled", "ending", "ordered", "airing")
    with pytest.raises(FollowError, match="airing"):
        parse_events("renewed, bogus")
    assert EVENT_STYLE[AIRING][0] == "Premiering"


def test_plan_reminders_day_before_and_day_of_once() -> None:
    shows = [(7, "Severance", SEVERANCE)]
    (before,) = plan_reminders(shows, PREMIERE - timedelta(days=1), set())
    assert (before.show_id, before.season, before.phase, before.airdate) == (7, 3, TOMORROW, PREMIERE)
    assert before.headline == "Season 3 premieres tomorrow, Sunday, March 14, 2027"
    assert before.summary == "Season 3 of Severance premieres tomorrow, Sunday, March 14, 2027, on Apple TV+ — TVmaze."
    assert before.network == "Apple TV+" and before.link == SEVERANCE.url
    (day_of,) = plan_reminders(shows, PREMIERE, set())
    assert day_of.phase == TODAY and day_of.headline == "Season 3 premieres today, Sunday, March 14, 2027"
    assert plan_reminders(shows, PREMIERE, {(7, 3, day_of.headline)}) == []
    assert plan_reminders(shows, PREMIERE - timedelta(days=2), set()) == []
    assert plan_reminders(shows, PREMIERE + timedelta(days=1), set()) == []


def test_no_reminder_for_an_ended_show_or_a_season_without_a_date() -> None:
    ended = TvShow(
        2, "Harbor Lights", "https://www.tvmaze.com/shows/2", status="Ended", seasons=(TvSeason(3, PREMIERE),)
    )
    undated = TvShow(3, "Dateless", "https://www.tvmaze.com/shows/3", status="Running", seasons=(TvSeason(2, None),))
    today = PREMIERE - timedelta(days=1)
    assert plan_reminders([(1, "Harbor Lights", ended), (2, "Dateless", undated)], today, set()) == []


def test_the_next_episode_when_it_opens_a_season_gives_the_date() -> None:
    # TVmaze knows season 4 only from its first episode; the season's own date is not set yet
    tv = TvShow(
        4,
        "Thirteen Doors",
        "https://www.tvmaze.com/shows/4",
        network="FX",
        status="Running",
        seasons=(TvSeason(3, date(2026, 1, 1)), TvSeason(4, None, network="FX")),
        next_episode=TvEpisode(4, 1, PREMIERE),
    )
    assert season_premieres(tv) == {3: date(2026, 1, 1), 4: PREMIERE}
    (r,) = plan_reminders([(9, "Thirteen Doors", tv)], PREMIERE, set())
    assert r.season == 4 and r.network == "FX" and "on FX" in r.summary
    later_episode = TvShow(5, "X", "u", status="Running", next_episode=TvEpisode(4, 2, PREMIERE))
    assert season_premieres(later_episode) == {}


def test_a_moved_premiere_date_is_reminded_again() -> None:
    made = {(7, 3, reminder_headline(3, TOMORROW, PREMIERE))}
    moved = TvShow(1, "Severance", "u", status="Running", seasons=(TvSeason(3, PREMIERE + timedelta(days=7)),))
    (r,) = plan_reminders([(7, "Severance", moved)], PREMIERE + timedelta(days=6), made)
    assert r.headline == "Season 3 premieres tomorrow, Sunday, March 21, 2027"


# ---------------------------------------------------------------- through the service and the outbox


def _show(store: Store, title: str, tv: TvShow, now: datetime) -> int:
    show = store.add_show(title, show_key(title), tv.channel, now)
    store.save_tvmaze_show(tv, show_key(tv.name), {}, now)
    store.link_tvmaze(show.id, tv.tvmaze_id, now)
    return show.id


def _follow(store: Store, channel: int, show_id: int | None, events: tuple[str, ...], now: datetime) -> None:
    store.upsert_follow(
        guild_id=1, channel_id=channel, show_id=show_id, events=events, mention_role_id=None, created_by=None, now=now
    )


def _setup(store: Store) -> dict[str, int]:
    now = DAY_BEFORE - timedelta(days=30)
    ids = {
        "severance": _show(store, "Severance", SEVERANCE, now),
        "ended": _show(
            store,
            "Harbor Lights",
            TvShow(
                2, "Harbor Lights", "https://www.tvmaze.com/shows/2", status="Ended", seasons=(TvSeason(3, PREMIERE),)
            ),
            now,
        ),
        "undated": _show(
            store,
            "Dateless Wonder",
            TvShow(3, "Dateless Wonder", "https://www.tvmaze.com/shows/3", status="Running", seasons=(TvSeason(2),)),
            now,
        ),
    }
    _follow(store, 100, ids["severance"], ("airing",), now)  # reminders only
    _follow(store, 200, ids["severance"], (), now)  # every (news) event: no reminders
    _follow(store, 300, None, ("renewed",), now)  # every show, renewals: no reminders
    _follow(store, 400, None, ("renewed", "airing"), now)  # every show, with reminders
    for key in ("ended", "undated"):
        _follow(store, 500, ids[key], ("airing",), now)  # followed for reminders, but nothing to remind
    return ids


def _airing(store: Store) -> list:
    return sorted((s for s in store.stories(limit=100) if s.event == AIRING), key=lambda s: s.id)


async def test_day_before_and_day_of_alerts_each_exactly_once_across_cycles_and_a_restart(tmp_path: Path) -> None:
    settings = Settings(tvmaze=False, workers=1)
    db = tmp_path / "bot.db"
    clock = Clock(DAY_BEFORE - timedelta(days=1))
    with Store.open(db) as store:
        ids = _setup(store)
        async with Fetcher(settings) as fetcher:
            service = Service(store, fetcher, settings, clock=clock)
            try:
                result = await service.cycle()
                assert result.queued == 0 and _airing(store) == []  # two days before: nothing

                clock.now = DAY_BEFORE
                first = await service.cycle()
                again = await service.cycle()
                (before,) = _airing(store)
                assert first.announced == (before.id,) and first.queued == 2
                assert again.announced == () and again.queued == 0
                assert before.show_id == ids["severance"] and before.season == 3 and before.network == "Apple TV+"
                assert before.headline == "Season 3 premieres tomorrow, Sunday, March 14, 2027"
                assert before.link == SEVERANCE.url and before.announce
                channels = sorted(d.channel_id for d in store.deliveries(story_id=before.id))
                assert channels == [100, 400]  # not 200 (every event), 300 (renewals), 500 (nothing to remind)

                clock.now = DAY_BEFORE + timedelta(hours=14)  # 23:00 UTC, still the day before
                assert (await service.cycle()).announced == ()
            finally:
                await service.close()

    clock.now = DAY_BEFORE + timedelta(days=1)  # the premiere day, after a restart
    with Store.open(db) as store:
        async with Fetcher(settings) as fetcher:
            service = Service(store, fetcher, settings, clock=clock)
            try:
                today = await service.cycle()
                await service.cycle()
                before, day_of = _airing(store)
                assert today.announced == (day_of.id,) and today.queued == 2
                assert day_of.headline == "Season 3 premieres today, Sunday, March 14, 2027"
                assert sorted(d.channel_id for d in store.deliveries(story_id=day_of.id)) == [100, 400]
            finally:
                await service.close()
        async with Fetcher(settings) as fetcher:  # a third process the same day: nothing again
            service = Service(store, fetcher, settings, clock=clock)
            try:
                clock.now += timedelta(hours=5)
                assert (await service.cycle()).announced == ()
                clock.now += timedelta(days=1)
                assert (await service.cycle()).announced == ()  # the day after: nothing
            finally:
                await service.close()
        assert len(_airing(store)) == 2
        assert all(s.event == AIRING for s in store.stories(limit=100))  # nothing for the ended or undated show


async def test_no_reminders_without_an_airing_follow(tmp_path: Path) -> None:
    settings = Settings(tvmaze=False, workers=1)
    with Store.open(tmp_path / "bot.db") as store:
        now = DAY_BEFORE - timedelta(days=30)
        show_id = _show(store, "Severance", SEVERANCE, now)
        _follow(store, 200, show_id, (), now)
        _follow(store, 300, None, ("premiere", "renewed"), now)
        async with Fetcher(settings) as fetcher:
            service = Service(store, fetcher, settings, clock=Clock(DAY_BEFORE))
            try:
                assert (await service.cycle()).announced == ()
            finally:
                await service.close()
        assert store.stories(limit=10) == []


async def test_a_failed_delivery_plan_leaves_no_reminder_and_the_next_cycle_makes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(tvmaze=False, workers=1)
    with Store.open(tmp_path / "bot.db") as store:
        _setup(store)
        async with Fetcher(settings) as fetcher:
            service = Service(store, fetcher, settings, clock=Clock(DAY_BEFORE))
            try:
                real = store.enqueue_deliveries

                def broken(*args: object) -> int:
                    raise RuntimeError("the disk went away")

                monkeypatch.setattr(store, "enqueue_deliveries", broken)
                failed = await service.cycle()  # logged, never a failed cycle
                assert failed.announced == () and _airing(store) == []  # the story was rolled back with it
                monkeypatch.setattr(store, "enqueue_deliveries", real)
                ok = await service.cycle()
                (story,) = _airing(store)
                assert ok.announced == (story.id,) and len(store.deliveries(story_id=story.id)) == 2
            finally:
                await service.close()


async def test_the_alert_fits_discord_and_names_season_and_date_and_answers_ignore_it(tmp_path: Path) -> None:
    settings = Settings(tvmaze=False, workers=1)
    with Store.open(tmp_path / "bot.db") as store:
        ids = _setup(store)
        async with Fetcher(settings) as fetcher:
            service = Service(store, fetcher, settings, clock=Clock(DAY_BEFORE))
            try:
                await service.cycle()
            finally:
                await service.close()
        (story,) = _airing(store)
        message = render_alert(story, mention_role_id=42)
        (embed,) = message.embeds
        assert embed.title == "Premiering: Severance — Season 3 premieres tomorrow, Sunday, March 14, 2027"
        assert "on Apple TV+" in embed.description and "TVmaze" in embed.description
        assert embed.url == SEVERANCE.url
        fields = {f.name: f.value for f in embed.fields}
        assert fields["Season"] == "Season 3" and fields["Network"] == "Apple TV+"
        assert "TVmaze" in fields["Source"] and SEVERANCE.url in fields["Source"]
        assert embed.footer is not None and "TVmaze" in embed.footer and "outlet" not in embed.footer
        assert len(embed.title) <= TITLE_MAX and len(embed.description) <= DESCRIPTION_MAX
        assert embed.size() <= EMBED_TOTAL_MAX and len(message.content) <= CONTENT_MAX
        title = post_title(story)  # a forum post's name
        assert title == "Severance — Season 3 premieres tomorrow, Sunday, March 14, 2027"
        assert len(title) <= THREAD_NAME_MAX

        # A reminder is not news: answers and /latest leave it out
        recorder = StoryRecorder(store)
        answer = answer_question(store, recorder, "what's the status of Severance?")
        shown = [answer.status, *answer.details, *answer.latest]
        assert all(s is None or s.event != AIRING for s in shown)
        assert latest_answer(store, parse_question("latest")).latest == ()
        assert latest_answer(store, parse_question("latest"), [ids["severance"]]).latest == ()


def test_a_long_show_name_still_fits_a_post_title() -> None:
    from bot.models import Story

    now = DAY_BEFORE
    story = Story(
        1,
        1,
        "The Extraordinarily Long " * 10,
        3,
        AIRING,
        None,
        reminder_headline(3, TODAY, PREMIERE),
        "",
        now,
        now,
        True,
    )
    title = post_title(story)
    assert len(title) <= THREAD_NAME_MAX and title.endswith("— Season 3 premieres today, Sunday, March 14, 2027")
    message = render_alert(story)
    assert message.embeds[0].size() <= EMBED_TOTAL_MAX and "Source" in {f.name for f in message.embeds[0].fields}


async def test_follow_autocomplete_lists_airing() -> None:
    from cogs.follow import EVENT_CHOICES, events_autocomplete

    assert "airing" in EVENT_CHOICES
    choices = await events_autocomplete(None, "renewed, air")  # type: ignore[arg-type]
    assert [c.value for c in choices] == ["renewed, airing"]
