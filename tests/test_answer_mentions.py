"""A show decided only inside an article that names several (a roundup), with no story of its own: the answer quotes
the whole sentence that names it beside the decision, says it was reported in an article and is not tracked as a
story, states the decision only when that sentence states it plainly of this show, and never a season the sentence
does not name. Articles are stored into a real SQLite Store through the store API (not analysed, so no show row
exists for any of them), then asked about."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from bot.answers.compose import answer_question
from bot.answers.model import Answer
from bot.models import Entry
from bot.render.answers import answer_text
from bot.store import Store
from bot.stories.recorder import StoryRecorder
from tests.answering import Question, judge

T = datetime(2026, 10, 1, 12, 0, tzinfo=UTC)

ROUNDUP = (
    "The CW Cancels a Record Number of Shows",
    "HomeNews Lauren Fisher August 30th, 2014 - 2:57 PM\n\n"
    "It looks like the CW is on a cancellation spree, and they’re pulling the plug on some fan favorites.\n\n"
    "Seven series were given the boot in one fell swoop: Dynasty, Charmed, Legacies, In the Dark, 4400, Naomi, and "
    "Roswell, New Mexico. In separate announcements, the CW also stated that DC’s Legends of Tomorrow, Batwoman, "
    "and Riverdale would come to an end.\n\n"
    "The Charmed cast pose for photos at the 2019 upfront.",
)
TWO_COMEDIES = (
    "two comedies returning to cbc",
    "CBC has renewed two of its comedies — the long-running Mr. D and this year’s mid-season series Workin’ Moms.\n"
    "Mr. D’s seventh season will premiere on the pubcaster sometime this fall, with 11 new episodes slated. In "
    "winter 2018, Workin’ Moms will return to the schedule with 13 episodes.",
)
THREE_RENEWED = (
    "Three Hit Comedies Renewed for New Seasons",
    "tv-news-monitors-stock-getty.jpg\n\n"
    "The Canadian TV network issued a press release announcing that three of its most acclaimed shows have been "
    "renewed. They are Run the Burbs, Son of a Critch and Strays.",
)
SAVED = (
    "saved spring cancellations find homes on new networks",
    "Brooklyn Nine-Nine was the first show to announce it’s resurrection. The very next day NBC announced it would "
    "continue Brooklyn Nine-Nine with a 13 episode 6th season.",
)
KEPT = (
    "The CW cancels Star-Crossed, keeps The Hundred",
    "The CW has cancelled Star-Crossed but kept The Hundred, which earned a second season pickup.",
)
REPORTED = (
    "Netflix Has Reportedly Renewed 3 Original TV Shows",
    "Netflix has reportedly renewed three of its original shows. If true, Locke & Key is primed to receive its "
    "third season, while new series Away and Dash & Lily will get second runs on the platform.",
)
PASSING = (
    "Every Prime Video Series of 2024",
    "They did give us amazing new shows like Fallout and Mr. & Mrs. Smith. The finale charmed audiences, and the "
    "network renewed it the next day.",
)


@pytest.fixture
def stored(store: Store) -> Store:
    """The articles, stored as a poll stores them (store_entries); none is analysed, so no show has a row."""
    src = store.add_source("https://wire.example/feed", title="TV Wire", added_by="test", now=T)
    entries = []
    for i, (title, text) in enumerate([ROUNDUP, TWO_COMEDIES, THREE_RENEWED, SAVED, KEPT, REPORTED, PASSING]):
        slug = re.sub(r"\W+", "-", title.lower()).strip("-")
        link = f"https://wire.example/{i}-{slug}"
        entries.append(Entry(link, title, link, T, text, text))
    store.store_entries(src.id, entries, now=T, baseline=False)
    store.index_all()
    return store


def ask(store: Store, question: str) -> Answer:
    return answer_question(store, StoryRecorder(store), question)


def test_a_show_named_in_a_roundup_sentence_is_answered_with_that_sentence(stored: Store):
    a = ask(stored, "did charmed get cancelled")
    assert a.kind == "mentioned" and a.show == "Charmed"
    assert a.headline.startswith(
        "Reportedly, yes. Charmed was cancelled, reported in an article, not tracked as a story."
    )
    sentence = (
        "Seven series were given the boot in one fell swoop: Dynasty, Charmed, Legacies, In the Dark, 4400, Naomi, "
        "and Roswell, New Mexico."
    )
    assert f"“{sentence}”" in a.headline
    assert "“The CW Cancels a Record Number of Shows”" in a.headline  # the article, by its title
    assert [s.title for s in a.sources] == ["The CW Cancels a Record Number of Shows"]
    text = answer_text(a)
    assert a.sources[0].link in text
    assert "Lauren Fisher" not in text and "2:57" not in text and "pose for photos" not in text  # no page junk
    assert ask(stored, "is legacies cancelled??").headline.startswith("Reportedly, yes. Legacies was cancelled")
    assert ask(stored, "is legacies renewed").headline.startswith("Reportedly, no. Legacies was cancelled")


def test_a_longer_title_is_not_the_asked_show(stored: Store):
    a = ask(stored, "is legends cancelled")  # only "DC’s Legends of Tomorrow" is named
    assert a.kind == "unknown_show"
    b = ask(stored, "legends of tomorrow cancelled?")
    assert b.kind == "mentioned" and b.show == "Legends of Tomorrow"
    assert "would come to an end" in b.headline


def test_a_decision_is_stated_only_when_the_sentence_states_it_plainly_of_the_show(stored: Store):
    kept = ask(stored, "is the hundred cancelled")
    assert kept.kind == "mentioned" and kept.show == "The Hundred"
    assert "was cancelled" not in kept.headline and not kept.headline.startswith(("Yes", "Reportedly, yes"))
    assert "“The CW has cancelled Star-Crossed but kept The Hundred, which earned a second season pickup.”" in (
        kept.headline
    )
    reported = ask(stored, "is away renewed")  # "reportedly", "if true": quoted, never stated
    assert reported.kind == "mentioned" and "was renewed" not in reported.headline
    assert reported.headline.startswith("Away: reported in an article, not tracked as a story.")


def test_a_sentence_that_goes_on_from_the_one_before_is_quoted_with_it(stored: Store):
    a = ask(stored, "son of a critch renewed?")
    assert a.kind == "mentioned" and a.show == "Son of a Critch"
    assert a.headline.startswith("Reportedly, yes. Son of a Critch was renewed")
    assert "have been renewed. They are Run the Burbs, Son of a Critch and Strays.”" in a.headline
    assert "getty" not in answer_text(a)


def test_seasons_are_the_sentences_own(stored: Store):
    seventh = ask(stored, "mr d season 7")
    assert seventh.kind == "mentioned" and seventh.show == "Mr. D" and seventh.season == 7
    assert "Mr. D was renewed" in seventh.headline and "it names season 7" in seventh.headline
    assert "“Mr. D’s seventh season will premiere on the pubcaster sometime this fall" in seventh.headline
    eighth = ask(stored, "mr d season 8")
    assert "it names season 7, not season 8" in eighth.headline
    assert "was renewed" not in eighth.headline.split(".")[0]  # season 7's renewal is not said of season 8
    moms = ask(stored, "workin moms season 2")
    assert moms.kind == "mentioned" and moms.show == "Workin’ Moms"
    assert "the article does not say which season" in moms.headline and "season 2" not in moms.headline
    assert "In winter 2018, Workin’ Moms will return to the schedule with 13 episodes." in answer_text(moms)
    runs = ask(stored, "dash and lily season 2")  # "will get second runs", beside the name
    assert runs.show == "Dash & Lily" and "it names season 2" in runs.headline
    third = ask(stored, "dash and lily season 3")  # "third season" is Locke & Key's, in another clause
    assert "it names season 2, not season 3" in third.headline


@pytest.mark.parametrize("question", ["is brooklyn nine nine saved", "brooklyn 99 season 6", "Brooklyn Nine-Nine?"])
def test_other_spellings_of_the_name_find_it(stored: Store, question: str):
    a = ask(stored, question)
    assert a.kind == "mentioned" and a.show == "Brooklyn Nine-Nine"
    assert "“The very next day NBC announced it would continue Brooklyn Nine-Nine with a 13 episode 6th season.”" in (
        a.headline
    )
    assert "resurrection" not in a.headline  # no decision word: not the sentence quoted first


@pytest.mark.parametrize(
    "question",
    [
        "any news on fallout s2",  # named, but beside no decision
        "is charmed audiences renewed",  # lower-case words, not a title
        "is abbott elementary renewed",  # named nowhere
    ],
)
def test_without_a_decision_sentence_the_answer_stays_no_news(stored: Store, question: str):
    a = ask(stored, question)
    assert a.kind == "unknown_show" and a.headline.startswith("I have no news about")


def test_the_judge_holds_a_mentioned_answer_to_the_same_checks(stored: Store):
    a = ask(stored, "did charmed get cancelled")
    articles: dict[str, dict] = {}
    asked = Question("did charmed get cancelled", "", "Charmed", ("yes", "cancel"), ("renewed",), "answer")
    assert judge(asked, a, articles).verdict == "right"
    assert judge(Question(asked.q, "", "Charmed", ("season 5",), (), "answer"), a, articles).verdict == "partly"
    assert judge(Question(asked.q, "", "Charmed", ("yes",), ("cancelled",), "answer"), a, articles).verdict == "wrong"
    assert judge(Question(asked.q, "", "Legacies", ("yes",), (), "answer"), a, articles).verdict == "wrong"
    assert judge(Question(asked.q, "", None, ("no news",), (), "unknown_show"), a, articles).verdict == "wrong"


# ---------------------------------------------------------------- stories whose sentence says the season


def publish(store: Store, articles: list[tuple[str, str]]) -> None:
    """Stored and analysed one by one, a day apart, as polls would (StoryRecorder records the stories)."""
    src = store.add_source("https://desk.example/feed", title="TV Desk", added_by="test", now=T)
    for i, (title, text) in enumerate(articles):
        when = T.replace(day=T.day + i)
        link = f"https://desk.example/{i}"
        stored = store.store_entries(src.id, [Entry(link, title, link, when, text, text)], now=when, baseline=False)
        StoryRecorder(store).analyse_and_record(stored.inserted, when)


def test_a_cancellation_after_an_aired_season_answers_later_seasons_without_a_wrong_season(store: Store):
    publish(
        store,
        [
            (
                "Hulu renews Woke for a second season",
                "Hulu's Woke didn't get an especially warm reception when it debuted in September. According to The "
                "Hollywood Reporter, Hulu has ordered a second season of the series, which will consist of eight "
                "episodes.",
            ),
            (
                "Hulu Jumps On The Streaming Cancellation Train, Though It’s Giving Shows More Than One Season",
                "While Hulu has a lot of hits that have run for a long time, the service does throw down the "
                "cancellation axe once in a blue moon, and unfortunately, a fan-favorite comedy has been hit.\n\n"
                "Just two months after Woke dropped Season 2 on Hulu, it is the latest series to end up in the gutter, "
                "according to Deadline.",
            ),
        ],
    )
    for question in ("woke season 3", "is woke cancelled"):
        a = ask(store, question)
        assert a.kind == "answer" and a.show == "Woke", question
        assert "cancelled Woke" in a.headline and "renewed" not in a.headline
        assert "no season 2" not in a.headline and "after season 1" not in a.headline  # season 2 aired
    quoted = ask(store, "is woke cancelled").headline
    assert "“Just two months after Woke dropped Season 2 on Hulu" in quoted


def test_a_decision_sentence_without_a_season_is_quoted_with_the_headline_that_gives_it(store: Store):
    publish(
        store,
        [
            (
                "Apple has ordered second seasons for four of its Apple TV+ original series",
                "Apple has ordered second seasons of four of its original series for Apple TV+.\n"
                "After the first week of Apple TV+ being available to audiences, Apple has already ordered second "
                "seasons for four of its original shows on the service. Reported by Variety, Apple has officially "
                "renewed “The Morning Show”, “SEE”, “Dickinson”, and “For All Mankind” for another season.",
            )
        ],
    )
    a = ask(store, "is dickinson getting a season 2")
    assert a.kind == "answer" and a.show == "Dickinson"
    assert "renewed Dickinson" in a.headline
    assert "“Apple has ordered second seasons for four of its Apple TV+ original series”" in a.headline


def test_a_renewal_for_two_more_series_answers_the_later_one_with_its_sentence_not_a_wrong_season(store: Store):
    publish(
        store,
        [
            (
                "BBC drama Harbour Street to return for two more series",
                "Two more series of hit drama Harbour Street have been commissioned by BBC Two. The finale of the "
                "second series was watched by 4.1 million viewers last month.",
            )
        ],
    )
    later = ask(store, "harbour street season 4")
    assert later.kind == "answer" and later.show == "Harbour Street"
    assert "renewed Harbour Street" in later.headline and "season 3" not in later.headline
    assert "“Two more series of hit drama Harbour Street have been commissioned by BBC Two" in later.headline
    assert "season 3" in ask(store, "harbour street season 3").headline


def test_a_name_with_an_extra_uncommon_word_is_not_a_shorter_show(store: Store):
    publish(
        store,
        [
            (
                "the killing renewed for final season",
                "Netflix has swooped in to grant The Killing a fourth and final season, with stars Joel Kinnaman and "
                "Mireille Enos returning.",
            )
        ],
    )
    assert ask(store, "is killing eve ending").kind == "unknown_show"  # another show, not The Killing
    found = ask(store, "the killing final season")
    assert found.kind == "answer" and found.show == "The Killing"


def test_a_roundup_premiere_takes_its_own_sentence_date_not_the_headline_show_date(store: Store):
    publish(
        store,
        [
            (
                "'Mayans M.C.' Starts on FX September 4",
                "FX has revealed its fall premieres, with Kurt Sutter's Mayans M.C. starting Tuesday, Sept. 4.\n\n"
                "Season 13 of It's Always Sunny in Philadelphia starts up Wednesday, Sept. 5 on FXX.\n\n"
                "Ryan Murphy's American Horror Story returns to FX for its eighth installment Wednesday, Sept. 12.",
            )
        ],
    )
    sunny = ask(store, "when does its always sunny in philadelphia season 13 start")
    assert sunny.kind == "answer" and "Sept. 5" in sunny.headline and "Sept. 4" not in sunny.headline
    horror = ask(store, "american horror story season 8 premiere")
    assert "Sept. 12" in horror.headline and "Sept. 4" not in horror.headline
