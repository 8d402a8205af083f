"""Unit tests of the understanding parts: seasons, networks, shows, events, clutter, facts, matching, stories."""

import json
from datetime import UTC, datetime, timedelta
from io import StringIO
from pathlib import Path

import pytest

from bot.understand import (
    KnownShow,
    ShowMatcher,
    StoryCandidate,
    analyze,
    clean_page_text,
    find_story,
    needs_full_text,
    show_key,
    summarize,
)
from bot.understand.batch import analyze_jsonl
from bot.understand.networks import canonical_network, find_networks
from bot.understand.seasons import find_seasons, pick_season
from bot.understand.shows import extract_shows

SEED = Path(__file__).resolve().parents[2] / "shared" / "data" / "seed-article-jessica-jones.txt"
CLUTTER_PAGE = Path(__file__).parent / "data" / "understand" / "clutter-page.txt"


@pytest.mark.parametrize(
    "text,season",
    [
        ("renewed for season 3 ahead of the season 2 premiere", 3),
        ("second season", 2),
        ("season two", 2),
        ("S2 trailer", 2),
        ("series 3", 3),
        ("part 3 arrives", 3),
        ("seasons 3 and 4", 3),
        ("fifth and final season", 5),
        ("a 12th season", 12),
        ("cancelled after four seasons", 5),
        ("no numbers here", None),
    ],
)
def test_seasons(text: str, season: int | None):
    assert pick_season(find_seasons(text), [])[0] == season


def test_all_seasons_are_listed():
    assert pick_season(find_seasons("seasons 3 and 4 ordered"), [])[1] == (3, 4)


@pytest.mark.parametrize(
    "text,network",
    [
        ("renewed at HBO Max", "Max"),
        ("Hacks renewed for season 4 at Max", "Max"),
        ("Max Greenfield joins cast", None),
        ("Amazon orders series", "Prime Video"),
        ("on Apple TV+", "Apple TV+"),
        ("FX on Hulu comedy", "FX"),
        ("The CW cancels it", "The CW"),
        ("BBC One drama", "BBC"),
        ("Foxes in the garden", None),
        ("FABC", None),
        ("Paramount Network drama", "Paramount Network"),
        ("Paramount+ orders", "Paramount+"),
    ],
)
def test_networks(text: str, network: str | None):
    found = find_networks(text)
    assert (found[0][2] if found else None) == network


def test_canonical_network_aliases():
    assert canonical_network("hbo max") == "Max" and canonical_network("Amazon") == "Prime Video"
    assert canonical_network("nope") is None


@pytest.mark.parametrize(
    "title,shows",
    [
        ("‘Schitt’s Creek’ final season", ["Schitt’s Creek"]),
        ("'Schitt's Creek' ends", ["Schitt's Creek"]),
        ("“Ghosts” renewed", ["Ghosts"]),
        ("Netflix renews You for season 5", ["You"]),
        ("Law & Order: SVU renewed for season 28", ["Law & Order: SVU"]),
        ("1899 cancelled", ["1899"]),
        ("Netflix cancels ‘Mindhunter’ spinoff plans, ‘Glow’ also axed", ["Glow", "Mindhunter"]),
        ("Abbott Elementary and Ghosts renewed", ["Abbott Elementary", "Ghosts"]),
        ("HBO's The Last of Us season 2 begins production", ["The Last of Us"]),
    ],
)
def test_show_extraction(title: str, shows: list[str]):
    assert extract_shows(title)[: len(shows)] == shows


def test_trailing_number_in_an_unquoted_title_is_the_season():
    a = analyze("Stranger Things 4 trailer drops", "")
    assert (a.show, a.season, a.event) == ("Stranger Things", 4, "trailer")
    b = analyze("‘1899’ cancelled at Netflix", "")
    assert (b.show, b.season) == ("1899", None)


@pytest.mark.parametrize(
    "title,event",
    [
        ("HBO renews ‘Barry’ for fourth and final season", "ending"),
        ("‘Mr. Robot’ season 4 trailer reveals final season premiere date", "trailer"),
        ("‘The Expanse’ saved by Amazon after Syfy cancellation", "renewed"),
        ("‘Ted Lasso’ has not been renewed yet", None),
        ("Will ‘X’ return? What we know", None),
        ("Review: ‘Hacks’ season 3", None),
        ("‘Law & Order’ sets premiere date", "premiere"),
        ("‘The Order’ cancelled", "cancelled"),
    ],
)
def test_events(title: str, event: str | None):
    assert analyze(title, "").event == event


def test_clutter_is_removed_from_my_own_page():
    text = CLUTTER_PAGE.read_text()
    cleaned = clean_page_text(text)
    for junk in (
        "Advertisement",
        "Skip Ad",
        "READ MORE",
        "headphones",
        "Sign up",
        "Share on",
        "Tweet",
        "Photo:",
        "Staff Writer",
    ):
        assert junk not in cleaned, junk
    a = analyze("‘Harbor Lights’ cancelled at Peacock", text)
    assert a.event == "cancelled" and a.network == "Peacock"
    assert a.summary.startswith("Peacock has cancelled Harbor Lights after two seasons")
    assert any(f.speaker == "Whitlock" and "lighthouse" in f.text for f in a.facts)


@pytest.mark.skipif(not SEED.exists(), reason="the seed page is not present")
def test_seed_page_summary_and_facts():
    text = SEED.read_text()
    a = analyze("Netflix renews ‘Jessica Jones’ for a second season", text)
    assert (a.event, a.show, a.season, a.network) == ("renewed", "Jessica Jones", 2, "Netflix")
    assert "Netflix announced that Jessica Jones would return for a second season" in a.summary
    for junk in (
        "Click to Skip Ad",
        "Closing in",
        "DON’T MISS",
        "DON'T MISS",
        "Google Maps",
        "Associate Editor",
        "Siegal",
    ):
        assert junk not in a.summary
    texts = " ".join(f.text for f in a.facts)
    assert "continue with her character" in texts and "Kilgrave" in texts
    assert all("Google Maps" not in f.text and "Siegal" not in f.text for f in a.facts)
    assert any(f.speaker == "Rosenberg" for f in a.facts)
    assert all(f.season == 2 for f in a.facts if "second season" in f.text)


def test_summary_falls_back_to_the_headline():
    assert summarize("‘Ghosts’ renewed", "") == "‘Ghosts’ renewed"


def test_needs_full_text_only_for_thin_relevant_articles():
    thin = analyze("Netflix renews ‘Ozark’ for season 5", "Big news.")
    assert needs_full_text(thin, "Big news.")
    long_text = (
        "Netflix renewed the crime drama for a fifth season on Monday, the streamer said in a statement. "
        "Jason Bateman will return to direct the first two episodes of the new season. "
        "The cast returns to Georgia in the spring when filming begins, and the season premieres next year."
    )
    assert not needs_full_text(analyze("Netflix renews ‘Ozark’ for season 5", long_text), long_text)
    assert not needs_full_text(analyze("Samsung phones get cheaper", ""), "")


def test_show_matching_typos_aliases_and_networks():
    shows = [
        KnownShow(1, "Jessica Jones", ("Marvel's Jessica Jones",), "Netflix"),
        KnownShow(2, "Ghosts", (), "CBS"),
        KnownShow(3, "Ghosts", (), "BBC"),
        KnownShow(4, "The Bear", (), "FX"),
    ]
    m = ShowMatcher(shows)
    assert m.match("Jessica Jones").id == 1
    assert m.match("Marvel’s Jessica Jones").id == 1
    assert m.match("Jesica Jones").id == 1
    assert m.match("Ghosts", "BBC").id == 3 and m.match("Ghosts", "CBS").id == 2
    assert m.match("Ghosts", "Netflix") is None  # a third Ghosts: a different show
    assert m.match("Bear") is None and m.match("the bear").id == 4
    assert m.match("Jesica Jones", exact_only=True) is None
    assert [s.title for s, _ in m.suggest("jessika")][:1] == ["Jessica Jones"]
    assert show_key("Law & Order: SVU") == "law and order svu"


def test_story_clustering():
    t0 = datetime(2026, 11, 20, tzinfo=UTC)
    open_stories = [
        StoryCandidate(10, 1, 2, "renewed", t0),
        StoryCandidate(11, 1, None, "cancelled", t0),
        StoryCandidate(12, 2, 2, "renewed", t0),
    ]
    assert find_story(1, 2, "renewed", t0 + timedelta(hours=5), open_stories) == 10
    assert find_story(1, 2, "ending", t0 + timedelta(hours=5), open_stories) == 10  # same decision, other words
    assert find_story(1, None, "renewed", t0, open_stories) == 10
    assert find_story(1, 3, "renewed", t0, open_stories) is None
    assert find_story(1, 2, "renewed", t0 + timedelta(days=9), open_stories) is None
    assert find_story(1, 4, "cancelled", t0, open_stories) == 11
    assert find_story(1, 2, "trailer", t0, open_stories) is None


def test_batch_keeps_order_and_reports_bad_lines():
    lines = [
        json.dumps({"id": 1, "title": "‘Ghosts’ renewed for season 5"}),
        "[]",
        json.dumps({"id": 3, "title": ""}),
    ]
    out = StringIO()
    assert analyze_jsonl(lines, out) == 2
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert rows[0]["season"] == 5 and rows[1]["line"] == 2 and rows[2]["id"] == 3 and "title" in rows[2]["error"]
