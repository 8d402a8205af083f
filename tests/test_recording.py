"""Recording analyses: one story per decision a roundup announces, and weak guesses never start a story."""

from datetime import UTC, datetime, timedelta

from bot.models import Entry
from bot.store import Store
from bot.stories.recorder import StoryRecorder
from bot.understand import analyze, should_alert

T = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def publish(store: Store, outlet: str, n: int, title: str, text: str, when: datetime):
    src = store.find_source(f"https://{outlet}.example/feed") or store.add_source(
        f"https://{outlet}.example/feed", title=outlet, added_by="test", now=T
    )
    link = f"https://{outlet}.example/{n}"
    stored = store.store_entries(src.id, [Entry(link, title, link, when, text, text)], now=when, baseline=False)
    return StoryRecorder(store).analyse_and_record(stored.inserted, when)


def test_a_roundup_starts_one_story_per_decision(store: Store):
    updates = publish(
        store,
        "wire",
        1,
        "NBC renews ‘Harbor Lights’, cancels ‘Tin Orchard’ and ‘Copperline’",
        "NBC has renewed the drama Harbor Lights for a third season and cancelled the comedies Tin Orchard and "
        "Copperline, the network said on Monday.",
        T,
    )
    stories = {(s.show, s.event) for s in store.stories()}
    assert stories == {("Harbor Lights", "renewed"), ("Tin Orchard", "cancelled"), ("Copperline", "cancelled")}
    assert len(updates) == 3 and all(u.created and u.announce for u in updates)
    # A later single report of one of them joins that decision's story instead of starting another
    publish(store, "beat", 2, "NBC cancels ‘Copperline’ after one season", "NBC has cancelled Copperline.", T)
    (copper,) = [s for s in store.stories() if s.show == "Copperline"]
    assert len(copper.sources) == 2


def test_a_weak_guess_joins_a_story_but_never_starts_one(store: Store):
    title, text = (
        "Harbor Lights: what comes next",
        "Fans wonder. The series was renewed for season 4 by NBC, reports say.",
    )
    weak = analyze(title, text)
    assert weak.event == "renewed" and not should_alert(weak)  # the event only from a later sentence
    publish(store, "chat", 1, "NBC renews ‘Harbor Lights’ for season 3", "NBC has renewed Harbor Lights.", T)
    assert publish(store, "chat", 2, title, text, T + timedelta(days=30)) == []  # no story of its own
    assert {(s.show, s.season) for s in store.stories()} == {("Harbor Lights", 3)}
    assert publish(store, "chat", 3, title, "Fans wonder. The series was renewed for season 3.", T + timedelta(hours=1))
    (story,) = store.stories()
    assert len(story.sources) == 2  # joined the confident story about the same decision


def test_two_titles_spelled_out_differently_stay_two_shows(store: Store):
    """'The Crown' and 'The Clown' score 88.9 (over the fuzzy cutoff of 85): articles naming each in full are two
    shows, each with its own story and alert. A question may still be corrected or get a suggestion."""
    first = publish(
        store,
        "wire",
        1,
        "Netflix renews ‘The Crown’ for season 7",
        "Netflix has renewed the drama The Crown for a seventh season, the streamer said on Monday.",
        T,
    )
    second = publish(
        store,
        "post",
        2,
        "Netflix renews ‘The Clown’ for season 2",
        "Netflix has renewed the comedy The Clown for a second season, the streamer said on Tuesday.",
        T + timedelta(hours=1),
    )
    assert sorted(s.title for s in store.list_shows()) == ["The Clown", "The Crown"]
    assert first and second and first[0].story_id != second[0].story_id
    assert all(u.created and u.announce for u in first + second)  # each an announcement of its own
    matcher = StoryRecorder(store).matcher
    assert matcher.match("The Crwn") is not None  # a typed question is still corrected
    assert {s.title for s, _ in matcher.suggest("The Crow")} >= {"The Crown"}
