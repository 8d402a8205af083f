"""Wrong answers (issue 13): invented shows and articles, stored into a real SQLite Store through the real
recording step, then asked about. Each test names the class of mistake it keeps away."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from bot.answers.compose import answer_question, answer_show
from bot.answers.model import Answer, newest_first
from bot.answers.questions import parse_question
from bot.models import Entry, StorySource
from bot.render.alerts import render_alert, story_label
from bot.render.answers import answer_text, answer_view, shown_sources
from bot.store import Store
from bot.stories.recorder import StoryRecorder

T = datetime(2026, 10, 1, 12, 0, tzinfo=UTC)


class Newsroom:
    """Outlets that publish items into a real store; each item goes through StoryRecorder like a poll's would."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.sources: dict[str, int] = {}
        self.count = 0

    def publish(self, outlet: str, title: str, text: str, published: datetime | None) -> None:
        if outlet not in self.sources:
            slug = re.sub(r"\W+", "-", outlet.lower())
            self.sources[outlet] = self.store.add_source(
                f"https://{slug}.example/feed", title=outlet, added_by="test", now=T
            ).id
        self.count += 1
        slug = re.sub(r"\W+", "-", title.lower()).strip("-")
        link = f"https://{outlet.split()[0].lower()}.example/{self.count}-{slug}"
        entry = Entry(link, title, link, published, text, text)
        when = published or T
        stored = self.store.store_entries(self.sources[outlet], [entry], now=when, baseline=False)
        StoryRecorder(self.store).analyse_and_record(stored.inserted, when)


@pytest.fixture
def news(store: Store) -> Newsroom:
    return Newsroom(store)


def ask(store: Store, question: str, **kw) -> Answer:
    return answer_question(store, StoryRecorder(store), question, **kw)


def day(n: int) -> datetime:
    return T + timedelta(days=n)


def assert_every_shown_fact_is_sourced(a: Answer) -> None:
    links = {s.link for s in shown_sources(a)}
    text = answer_text(a)
    for f in a.facts[:6]:
        assert f.source.link in links and f.source.link in text, f.text


# ---------------------------------------------------------------- 1. undated articles


def test_an_undated_article_sorts_last_and_never_crashes(store: Store, news: Newsroom):
    news.publish(
        "Stream Ledger",
        "Netflix renews 'Bramblewick' for a third season",
        "Netflix has renewed the fantasy drama Bramblewick for a third season. The streamer said production "
        "starts in May.",
        None,
    )
    news.publish(
        "Couch Report",
        "Netflix renews 'Bramblewick' for season 3",
        "Netflix renewed Bramblewick for a third season on Tuesday, the streamer announced.",
        day(2),
    )
    a = ask(store, "is Bramblewick renewed?")
    assert a.kind == "answer" and a.status is not None and a.status.event == "renewed"
    assert a.sources[-1].published is None and all(s.published for s in a.sources[:-1])
    assert "undated" in answer_text(a)
    assert_every_shown_fact_is_sourced(a)


def test_newest_first_puts_undated_sources_last():
    undated = StorySource(1, "A", "a", "https://a.example/1", None)
    old = StorySource(2, "B", "b", "https://b.example/2", day(1))
    new = StorySource(3, "C", "c", "https://c.example/3", day(5))
    assert newest_first([undated, old, new]) == (new, old, undated)


# ---------------------------------------------------------------- 3. facts without their source


def test_facts_shown_about_another_season_bring_their_articles(store: Store, news: Newsroom):
    news.publish(
        "Stream Ledger",
        "'Gullhaven' renewed for season 2",
        "Peacock has renewed Gullhaven for a second season. Showrunner Ada Vell said the writers room opens in June.",
        day(0),
    )
    news.publish(
        "Couch Report",
        "'Gullhaven' season 2 starts production",
        "Cameras are rolling on the second season of Gullhaven in Halifax.",
        day(20),
    )
    a = ask(store, "gullhaven season 6")
    assert a.kind == "nothing_for_season" and a.facts
    assert_every_shown_fact_is_sourced(a)
    assert "What has been said about season 2" in answer_text(a)  # 7: not under a bare "Season 6" heading


# ---------------------------------------------------------------- 4. full-text search sources, newest first


def test_articles_that_name_an_unknown_show_are_listed_newest_first(store: Store, news: Newsroom):
    news.publish("Couch Report", "Gilded Ferns", "Gilded Ferns. Gilded Ferns, Gilded Ferns.", day(1))
    news.publish(
        "Stream Ledger",
        "Ten cozy dramas to watch this winter",
        "Our winter list ranges widely. Somewhere near the end sits Gilded Ferns, a gentle period piece. "
        + "There is more to say about the other nine. " * 20,
        day(9),
    )
    a = ask(store, "is gilded ferns renewed?")
    assert a.kind == "unknown_show" and len(a.sources) == 2
    assert [s.published for s in a.sources] == sorted((s.published for s in a.sources), reverse=True)
    text = answer_text(a)
    assert text.index(f"{day(9):%b} {day(9).day}") < text.index(f"{day(1):%b} {day(1).day}")


# ---------------------------------------------------------------- 5. "no premiere date" next to a date


def test_a_stated_month_is_said_not_contradicted(store: Store, news: Newsroom):
    news.publish(
        "Couch Report",
        "Peacock releases first trailer for 'Tin Orchard' season 2",
        "Peacock released the first trailer for the second season of Tin Orchard on Tuesday. "
        "The new season premieres in April.",
        day(3),
    )
    a = ask(store, "when does tin orchard season 2 come out")
    assert "April" in a.headline and "No premiere date" not in a.headline
    assert a.status is not None  # the JSON says what the answer is about
    text = answer_text(a)
    assert text.count("The new season premieres in April.") <= 1


def test_a_vague_time_is_quoted_as_said(store: Store, news: Newsroom):
    news.publish(
        "Stream Ledger",
        "First look at 'Slow Lanterns' season 2",
        "A first teaser for the second season of Slow Lanterns is out. The new episodes arrive later this year.",
        day(1),
    )
    a = ask(store, "when is slow lanterns season 2 out?")
    assert "later this year" in a.headline and "No exact premiere date" in a.headline
    assert answer_text(a).count("The new episodes arrive later this year.") == 1


# ---------------------------------------------------------------- 6. a series order is not a renewal


def test_a_series_order_is_answered_as_a_new_series(store: Store, news: Newsroom):
    news.publish(
        "Couch Report",
        "Hulu orders 'Copperline' to series",
        "Hulu has given a series order to Copperline, an eight-episode heist drama. Production begins in Atlanta "
        "in the spring.",
        day(2),
    )
    a = ask(store, "is copperline renewed?")
    assert a.status is not None and a.status.event == "ordered"
    assert not a.headline.startswith("Yes") and "renewed" not in a.headline
    assert "new series" in a.headline and "season 1" in a.headline


# ---------------------------------------------------------------- 7. one section per kind, once each


def test_two_production_stories_make_one_production_section(store: Store, news: Newsroom):
    news.publish(
        "Couch Report",
        "'Slow Lanterns' season 2 starts production",
        "Cameras are rolling on the second season of Slow Lanterns in Glasgow.",
        day(0),
    )
    news.publish(
        "Stream Ledger",
        "'Slow Lanterns' season 2 wraps filming",
        "Filming has wrapped on the second season of Slow Lanterns.",
        day(30),
    )
    assert len(store.stories(limit=10)) == 2
    text = answer_text(ask(store, "slow lanterns season 2"))
    assert text.count("Production:") == 1 and "Filming has wrapped" in text


def test_did_you_mean_is_said_once_and_only_for_shows_with_stories(store: Store, news: Newsroom):
    news.publish(
        "Couch Report",
        "Peacock cancels 'Marrow Peak' after two seasons",
        "Peacock has cancelled the coastal drama Marrow Peak after two seasons.",
        day(1),
    )
    store.add_show("Marrow Creek", "marrow creek", None, T)  # known by name only: no story, nothing to tell
    a = ask(store, "what about the Marrow show")
    assert a.kind == "unknown_show" and "Marrow Peak" in a.suggestions and "Marrow Creek" not in a.suggestions
    text = answer_text(a)
    assert text.count("Did you mean") == 1
    view = answer_view(a)
    flat = "".join(e.description + "".join(f.name + f.value for f in e.fields) for e in view.embeds)
    assert flat.count("Did you mean") == 1


def test_a_trailer_the_network_released_is_confirmed(store: Store, news: Newsroom):
    news.publish(
        "Couch Report",
        "Peacock releases first trailer for 'Tin Orchard' season 2",
        "Peacock released the first trailer for the second season of Tin Orchard on Tuesday.",
        day(3),
    )
    general = ask(store, "any news on tin orchard?")
    assert "not yet confirmed" not in general.headline and "announced" in general.headline
    a = ask(store, "tin orchard trailer")
    assert a.status is not None and a.status.event == "trailer"
    assert "not yet confirmed" not in a.headline and "announced" in a.headline


# ---------------------------------------------------------------- 8. alert labels


def test_a_cancellation_alert_says_after_which_season(store: Store, news: Newsroom):
    news.publish(
        "Couch Report",
        "Peacock cancels 'Gullhaven' after two seasons",
        "Peacock has cancelled the coastal drama Gullhaven after two seasons. The show will not return for a "
        "third season.",
        day(1),
    )
    (story,) = store.stories(limit=5)
    assert story.event == "cancelled" and story.season == 3
    (embed,) = render_alert(story).embeds
    assert "cancelled after season 2" in embed.title and "Season 3" not in embed.title
    assert "cancelled after season 2" in story_label(story)
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Season"].startswith("No season 3")
    latest = answer_text(ask(store, "what's new?"))
    assert "Gullhaven — cancelled after season 2" in latest


# ---------------------------------------------------------------- 9. "what's new?"


@pytest.mark.parametrize("question", ["what's new?", "any news?", "latest", "anything new?"])
def test_news_without_a_show_lists_the_latest_stories(store: Store, news: Newsroom, question: str):
    news.publish(
        "Couch Report",
        "Hulu orders 'Copperline' to series",
        "Hulu has given a series order to Copperline, an eight-episode heist drama.",
        day(2),
    )
    news.publish(
        "Stream Ledger",
        "Netflix renews 'Bramblewick' for a third season",
        "Netflix has renewed the fantasy drama Bramblewick for a third season.",
        day(5),
    )
    a = ask(store, question)
    assert a.kind == "answer" and a.intent == "latest" and "Which show" not in a.headline
    assert [s.show for s in a.latest] == ["Bramblewick", "Copperline"]
    assert a.to_dict()["latest"][0]["show"] == "Bramblewick"
    text = answer_text(a)
    assert text.index("Bramblewick") < text.index("Copperline")
    view = answer_view(a)
    assert "Copperline" in view.embeds[0].description


# ---------------------------------------------------------------- answers over real articles


@pytest.mark.parametrize(
    "text,show,intent",
    [
        ("house of the dragon ordered", "house of the dragon", "renewed"),
        ("yellowjackets cast", "yellowjackets", "casting"),
        ("who joined yellowjackets", "yellowjackets", "casting"),
        ("succession ending", "succession", "ending"),
        ("severance trailer", "severance", "trailer"),
        ("gullhaven premiere", "gullhaven", "when"),
        ("is the last of us renewed?", "the last of us", "renewed"),
        ("is Law & Order renewed?", "Law & Order", "renewed"),
        ("is copperline picked up?", "copperline", "renewed"),
    ],
)
def test_intent_words_leave_the_show_name(text: str, show: str, intent: str):
    q = parse_question(text)
    assert (q.show_text, q.intent) == (show, intent)


def test_the_article_saying_the_network_announced_it_is_confirmation(store: Store, news: Newsroom):
    news.publish(
        "Couch Report",
        "'Foxglove Lane' will return for season 3",
        "The cozy mystery Foxglove Lane will return for a third season. It has been a quiet hit with viewers of "
        "every age. Its ratings rose week after week through the autumn months. Critics praised the village "
        "setting and the gentle pace of its mysteries. Fans have filled forums with theories about the baker. "
        "Netflix announced the renewal on Monday in a short post on its press site.",
        day(1),
    )
    (story,) = store.stories(limit=5)
    assert "announced" not in story.summary  # the announcement is only in the article's later sentences
    a = ask(store, "is foxglove lane renewed?")
    assert a.headline.startswith("Yes.") and "not yet confirmed" not in a.headline


def test_outlets_saying_it_is_unconfirmed_are_not_confirmation(store: Store, news: Newsroom):
    for outlet in ("Couch Report", "Stream Ledger"):
        news.publish(
            outlet,
            "Foxglove Lane reportedly renewed for season 4",
            "Foxglove Lane has reportedly been renewed for a fourth season at Netflix, according to sources. "
            "Netflix has not confirmed the news.",
            day(2),
        )
    a = ask(store, "is foxglove lane renewed?")
    assert a.status is not None and len(a.status.sources) == 2
    assert "not yet confirmed by Netflix" in a.headline


def test_a_stemmed_match_is_not_news_about_the_show(store: Store, news: Newsroom):
    news.publish(
        "Couch Report", "'Lilo & Stitch' sequel lines up a director", "The studio lined up a director.", day(1)
    )
    news.publish("Stream Ledger", "Holiday specials", "Stitching up the season's loose ends, briefly.", day(2))
    a = ask(store, "is stitched up renewed?")
    assert a.kind == "unknown_show" and a.sources == () and "mention" not in a.headline
    news.publish("Stream Ledger", "Prison comedies, ranked", "Number three: Stitched Up, a BBC Three gem.", day(3))
    b = ask(store, "is stitched up renewed?")
    assert [s.title for s in b.sources] == ["Prison comedies, ranked"]


def test_a_when_answer_is_composed_sourced_and_says_each_sentence_once(store: Store, news: Newsroom):
    news.publish(
        "Couch Report",
        "'Pike Street' season 2 gets a premiere date",
        "Pike Street returns on Wednesday, March 3, 2027, on HBO. HBO confirmed the season has ten episodes.",
        day(4),
    )
    a = ask(store, "when does pike street season 2 come out")
    data = a.to_dict()
    assert data["status"] is not None and data["status"]["event"] == "premiere"
    assert a.headline.startswith("Pike Street season 2 premieres on Wednesday, March 3, 2027")
    assert a.status is not None and a.headline != a.status.summary
    text = answer_text(a)
    sentences = [x for x in re.split(r"(?<=[.!?])\s+|\n", text) if len(x) > 30]
    assert len(sentences) == len(set(sentences)), text
    assert "— HBO" not in text  # a sentence that is no quote is credited to no one
    assert all(f["speaker"] is None for f in data["facts"] if f["kind"] != "quote")
    assert_every_shown_fact_is_sourced(a)


def test_control_characters_are_removed_before_echoing(store: Store, news: Newsroom):
    news.publish(
        "Couch Report",
        "Hulu orders 'Copperline' to series",
        "Hulu has given a series order to Copperline, an eight-episode heist drama.",
        day(2),
    )
    a = ask(store, "\x1b[2J\x1b[31mis copperline\x07 renewed?\x1b[0m\x00")
    assert a.show == "Copperline"
    assert not re.search(r"[\x00-\x1f\x7f]", a.question)
    b = ask(store, "is \x1b]8;;https://evil.example\x07Zzyzx Qwv\x1b]8;;\x07 renewed?")
    assert b.kind == "unknown_show" and "\x1b" not in answer_text(b) and "\x07" not in answer_text(b)
    c = answer_show(store, StoryRecorder(store), "Zyx\x1b[5mwv\x1b[0m", None)  # /status takes a name, not a question
    assert c.kind == "unknown_show" and not re.search(r"[\x00-\x1f]", c.headline + c.question)


def test_a_premiere_headline_gives_the_most_precise_date_its_articles_state(store: Store, news: Newsroom):
    news.publish(
        "Stream Ledger",
        "Hulu sets 'Quiet Harbour' premiere for January",
        "The anthology returns on January 14 with all eight episodes.",
        day(1),
    )
    a = ask(store, "when does quiet harbour come out?")
    assert a.headline.startswith("Quiet Harbour premieres on January 14")
    assert a.status is not None and a.status.event == "premiere"


def test_a_when_answer_for_a_renewed_show_sources_the_premiere_it_quotes(store: Store, news: Newsroom):
    news.publish(
        "Couch Report",
        "Netflix renews 'Quiet Harbour' for season 2",
        "Netflix has renewed the anthology Quiet Harbour for a second season.",
        day(1),
    )
    news.publish(
        "Stream Ledger",
        "Netflix sets 'Quiet Harbour' season 2 premiere for March",
        "Quiet Harbour season 2 returns on March 9 with all eight episodes.",
        day(20),
    )
    a = ask(store, "when does quiet harbour season 2 come out?")
    assert a.headline.startswith("Quiet Harbour season 2 premieres on March 9")
    assert "Stream Ledger" in {s.outlet for s in a.sources}
