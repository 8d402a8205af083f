"""Answers with TVmaze data: a season's premiere date, the show's status, news and TVmaze disagreeing, twins told
apart; always credited to TVmaze with its page linked. The cache is filled as the background step fills it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.answers.compose import answer_question, answer_show
from bot.answers.tvmaze_notes import long_day
from bot.render.answers import answer_text, answer_view
from bot.store import Store
from bot.stories.recorder import StoryRecorder
from bot.timeutil import utcnow
from bot.tvmaze.models import TvEpisode, TvSeason, TvShow
from bot.understand import show_key
from tests.test_answers_wrong import Newsroom

T = datetime(2026, 10, 1, 12, 0, tzinfo=UTC)
TODAY = utcnow().date()
SOON = TODAY + timedelta(days=70)


def cache(store: Store, show_id: int, tv: TvShow) -> None:
    store.save_tvmaze_show(tv, show_key(tv.name), {a: show_key(a) for a in tv.aliases}, T)
    store.link_tvmaze(show_id, tv.tvmaze_id, T)


def show_id(store: Store, title: str) -> int:
    return next(s.id for s in store.list_shows() if s.title == title)


def embed_text(view) -> str:
    e = view.embeds[0]
    return "\n".join([e.title or "", e.description or "", *(f"{f.name}: {f.value}" for f in e.fields), e.footer or ""])


def test_a_season_premiere_date_from_tvmaze_answers_when(store: Store):
    news = Newsroom(store)
    news.publish(
        "TV Wire",
        "Netflix renews ‘Copper Kettle’ for season 2",
        "Netflix has renewed Copper Kettle for a second season, the streamer announced. It returns next year.",
        T,
    )
    cache(
        store,
        show_id(store, "Copper Kettle"),
        TvShow(
            501,
            "Copper Kettle",
            "https://www.tvmaze.com/shows/501/copper-kettle",
            web_channel="Netflix",
            status="Running",
            premiered=date(2025, 2, 6),
            seasons=(TvSeason(1, date(2025, 2, 6), date(2025, 3, 27), 8, "Netflix"), TvSeason(2, SOON, None, 8)),
        ),
    )
    a = answer_question(store, StoryRecorder(store), "when does season 2 of copper kettle come out?")
    assert a.headline == f"Season 2 premieres {long_day(SOON)} on Netflix — TVmaze."
    assert a.tvmaze is not None and a.tvmaze.url == "https://www.tvmaze.com/shows/501/copper-kettle"
    assert a.tvmaze.lines == ("TVmaze lists the show as Running.",)  # the date is said once, by the headline
    text = answer_text(a)
    assert "https://www.tvmaze.com/shows/501/copper-kettle" in text and "CC BY-SA" in text
    view = embed_text(answer_view(a))
    assert "[Copper Kettle on TVmaze](https://www.tvmaze.com/shows/501/copper-kettle)" in view
    assert "TVmaze (CC BY-SA)" in view
    assert a.sources  # the articles stay listed as what was said
    assert a.to_dict()["tvmaze"]["attribution"] == "TVmaze (CC BY-SA)"
    # A season TVmaze has no date for: the articles answer, TVmaze still gives the status
    b = answer_question(store, StoryRecorder(store), "when does season 3 of copper kettle come out?")
    assert "TVmaze" not in b.headline and b.tvmaze is not None


def test_status_gives_tvmaze_status_and_a_disagreement_with_both_dates(store: Store):
    news = Newsroom(store)
    news.publish(
        "Screen Beat",
        "Netflix renews ‘Lantern Row’ for season 4",
        "Netflix has renewed Lantern Row for a fourth season, according to sources.",
        T,
    )
    cache(
        store,
        show_id(store, "Lantern Row"),
        TvShow(
            502,
            "Lantern Row",
            "https://www.tvmaze.com/shows/502/lantern-row",
            web_channel="Netflix",
            status="Ended",
            premiered=date(2017, 1, 5),
            ended=date(2019, 6, 14),
            seasons=tuple(TvSeason(n, date(2016 + n, 1, 5), date(2016 + n, 3, 1), 10) for n in (1, 2, 3)),
        ),
    )
    a = answer_show(store, StoryRecorder(store), "Lantern Row", None)
    assert a.tvmaze is not None
    assert "TVmaze lists the show as Ended; last season 3 (2019)." in a.tvmaze.lines
    assert a.tvmaze.lines[0] == (
        "News and TVmaze disagree: Screen Beat reported a renewal on Oct 1, 2026; "
        "TVmaze lists the show as Ended (checked Oct 1, 2026)."
    )
    assert "renewed Lantern Row for season 4" in a.headline  # the news is still said, with its date
    view = embed_text(answer_view(a))
    assert "News and TVmaze disagree" in view and "tvmaze.com/shows/502/lantern-row" in view


def test_an_answer_without_tvmaze_data_says_nothing_of_tvmaze(store: Store):
    news = Newsroom(store)
    news.publish("TV Wire", "Hulu cancels ‘Paper Moons’", "Hulu has cancelled Paper Moons, the streamer said.", T)
    a = answer_show(store, StoryRecorder(store), "Paper Moons", None)
    assert a.tvmaze is None and "TVmaze" not in answer_text(a) and "TVmaze" not in embed_text(answer_view(a))


def test_twins_are_told_apart_by_network_and_premiere_year(store: Store):
    news = Newsroom(store)
    news.publish("TV Wire", "Showtime renews ‘Tidewater’ for season 3", "Showtime has renewed Tidewater.", T)
    news.publish("Screen Beat", "Channel 4 renews ‘Tidewater’ for season 12", "Channel 4 has renewed Tidewater.", T)
    twins = [s for s in store.list_shows() if s.title == "Tidewater"]
    assert len(twins) == 2
    for s in twins:
        uk = s.network == "Channel 4"
        cache(
            store,
            s.id,
            TvShow(
                22 if uk else 21,
                "Tidewater",
                f"https://www.tvmaze.com/shows/{22 if uk else 21}/tidewater",
                network=s.network,
                status="Running",
                premiered=date(2004 if uk else 2011, 1, 9),
                next_episode=TvEpisode(12 if uk else 3, 1, SOON),
            ),
        )
    a = answer_show(store, StoryRecorder(store), "Tidewater", None)
    assert a.show in ("Tidewater (Showtime, 2011)", "Tidewater (Channel 4, 2004)")
    assert a.tvmaze is not None and any("next episode" in x and long_day(SOON) in x for x in a.tvmaze.lines)
