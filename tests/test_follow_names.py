"""A typo in /follow never becomes a show's name (issue 23): a close known or TVmaze name is offered first, and a
name a moderator typed gives way to the first title the news spells. Real store, real recording step."""

from __future__ import annotations

import pytest

from bot.alerts.follows import FollowError, default_channel, follow_show
from bot.models import GuildSettings
from bot.render.alerts import story_label
from bot.store import Store
from bot.stories.recorder import StoryRecorder
from tests.test_answers_wrong import Newsroom, ask, day


def follow(store: Store, show: str, **kw):
    return follow_show(
        store,
        StoryRecorder(store),
        guild_id=1,
        channel_id=10,
        show=show,
        events=None,
        mention_role_id=None,
        user_id=5,
        now=day(0),
        **kw,
    )


def test_a_close_tvmaze_name_is_offered_before_anything_is_created(store: Store) -> None:
    with pytest.raises(FollowError, match=r"Did you mean: Severance\?") as err:
        follow(store, "Severence", tvmaze_names=("Severance", "Seven Seconds"))
    assert "as_typed:True" in str(err.value)
    assert store.list_shows() == [] and store.follows(channel_id=10) == []


def test_tvmaze_spelling_is_the_title_when_the_name_is_the_same(store: Store) -> None:
    result = follow(store, "severance", tvmaze_names=("Severance",))
    assert result.follow.show == "Severance" and [s.title for s in store.list_shows()] == ["Severance"]


def test_a_close_known_show_is_offered_too(store: Store) -> None:
    news = Newsroom(store)
    news.publish("Wire", "Netflix renews ‘Harbor Lights’ for season 3", "Netflix has renewed Harbor Lights.", day(0))
    with pytest.raises(FollowError, match="Did you mean: Harbor Lights"):
        follow(store, "Harbr Lites")  # too far for a silent match, close enough to offer


def test_a_typed_name_gives_way_to_the_news_spelling(store: Store) -> None:
    typed = follow(store, "Severence", as_typed=True)
    assert typed.follow.show == "Severence" and typed.show_is_new
    news = Newsroom(store)
    news.publish(
        "Wire",
        "Apple TV+ renews ‘Severance’ for season 3",
        "Apple TV+ has renewed Severance for a third season.",
        day(1),
    )
    (show,) = store.list_shows()
    assert show.title == "Severance" and "Severence" in show.aliases
    (story,) = store.stories(show_id=show.id)
    assert story_label(story) == "Renewed: Severance — Season 3"
    a = ask(store, "is severance renewed")
    assert a.kind == "answer" and a.show == "Severance" and a.matched_from is None
    assert store.follows(channel_id=10)[0].show == "Severance"
    # Only a typed name gives way: a title the news spelled stays when another outlet misspells it.
    news.publish("Beat", "Apple TV+ renews ‘Severence’ for season 3", "Apple TV+ renewed Severence.", day(1))
    assert [s.title for s in store.list_shows()] == ["Severance"]


def test_follow_and_unfollow_default_to_the_same_channel(store: Store) -> None:
    assert default_channel(store, 1, 77) == (77, "this channel (no /setup alert channel is set)")
    store.save_guild_settings(GuildSettings(1, 55, None, None), day(0))
    assert default_channel(store, 1, 77) == (55, "the /setup alert channel")
