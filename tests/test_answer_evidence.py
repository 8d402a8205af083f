"""What answers may state from an article's own sentences: facts are whole sentences, each filed under the show its
sentence names; a premiere date only from a release clause of that season; a decision only when the sentence naming
the show bears it out."""

from datetime import UTC, datetime

import pytest

from bot.answers.evidence import contradicted, release_date, says_event
from bot.answers.wording import release_when, sentences_of
from bot.models import Fact, Story
from bot.understand.facts import fact_text, owners_of, season_named


@pytest.mark.parametrize(
    "junk",
    [
        "Plus: SODEC invests more than $3.7M in new projects.",
        "to writer and creator Jesse Armstrong.",
        "The cast pose for photos at the 2016 Canadian Screen Awards.",
        "Click here to read the full article.",
        "Photo: Liane Hentscher/Hulu",
    ],
)
def test_page_junk_and_fragments_are_not_facts(junk: str):
    assert fact_text(junk) is None


def test_a_byline_glued_to_a_sentence_is_cut_off():
    said = fact_text(
        "HomeNews Lauren Fisher August 30th, 2014 - 2:57 PM ITV has announced that season five will return on "
        "September 21, as told by Deadline."
    )
    assert said == "ITV has announced that season five will return on September 21, as told by Deadline."


def test_a_fact_goes_to_the_show_its_sentence_names():
    sentences = [
        "Coming as no surprise, Netflix announced yesterday that Daredevil will be returning for a third season.",
        "Also announced yesterday at Comic Con, MTV's Teen Wolf will be ending with its upcoming sixth season.",
        "Its sixth year will comprise twenty episodes, with the last acting as its series finale.",
    ]
    facts = [Fact(s, "Daredevil", None, "status") for s in sentences]
    daredevil, teen_wolf = owners_of(facts, ["Daredevil", "Teen Wolf"], sentences)
    assert [f.text for f in daredevil] == sentences[:1]
    assert [f.text for f in teen_wolf] == sentences[1:]  # "Its sixth year…" follows the sentence naming Teen Wolf
    assert season_named(sentences, "Teen Wolf", ["Daredevil"]) == 6


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("TVLine reports that the series will return for a third season on Thursday, Jan. 9.", "Thursday, Jan. 9"),
        ("Amazon announced that The Boys season 2 will premiere on September 4 with three episodes.", "September 4"),
        ("Seraph of the End Season Two is set to premiere on 10 October 2015.", "10 October 2015"),
        ("Season 2 of She's Gotta Have It will return to Netflix on May 24.", "May 24"),
    ],
)
def test_a_release_clause_gives_the_date(sentence: str, when: str):
    found = release_when(" ".join(sentences_of(sentence)))
    assert found is not None and found[1] == when


@pytest.mark.parametrize(
    "sentence",
    [
        "Season 3 has been a long time coming, as the streamer renewed the show for it back in February.",
        "The streaming giant announced these renewals during its upfront presentation on May 14.",
        "While the renewal announcement took a long time, the star hinted at a pickup back in May.",
        "International rollout includes JioHotstar streaming from September 22 in select regions.",
        "The show will have its US premiere on January 4 on PBS Masterpiece.",
    ],
)
def test_a_date_in_passing_is_no_premiere_date(sentence: str):
    assert release_when(sentence) is None


def test_a_date_of_another_season_is_not_this_seasons():
    texts = ["Season 3 begins September 21 on Paramount+ with 10 weekly episodes."]
    assert release_date(texts, 4) is None
    found = release_date(texts, 3)
    assert found is not None and found[0] == ("day", "September 21")


def test_abbreviated_months_do_not_end_a_sentence():
    assert sentences_of("It returns on Thursday, Jan. 9. Fans cheered.") == [
        "It returns on Thursday, Jan. 9.",
        "Fans cheered.",
    ]


def _story(event: str) -> Story:
    t = datetime(2024, 1, 1, tzinfo=UTC)
    return Story(
        1, 1, "The 100", None, event, "The CW", "The CW Cancels “Star-Crossed,” Keeps “The 100”", "", t, t, True
    )


def test_the_sentence_naming_the_show_decides_what_is_said_about_it():
    pickup = "Freshman drama “The 100,” the network's most-watched new series, earned a second season pickup."
    headline = "The CW Cancels “Star-Crossed,” Keeps “The 100”"
    assert says_event(pickup) == "renewed"
    assert says_event("The CW will not be renewing “The Tomorrow People” for next season.") == "cancelled"
    both = "Hulu announced a fifth season for The Mindy Project, which it picked up after Fox cancelled it."
    assert says_event(both) is None  # both decisions: neither is stated plainly
    assert contradicted(_story("cancelled"), [headline, pickup]) == pickup
    assert contradicted(_story("renewed"), [headline, pickup]) is None


def test_a_sentence_naming_no_season_is_about_the_season_named_before_it():
    from bot.understand.facts import facts_from_sentences

    facts = facts_from_sentences(
        [
            "Season 3 begins September 21 on Paramount+ with 10 weekly episodes.",
            "International rollout includes JioHotstar streaming from September 22 in select regions.",
            "Paramount+ confirmed the Season 4 pickup on September 16.",
        ],
        "Tulsa King",
        4,
    )
    assert {f.text.split()[0]: f.season for f in facts} == {"Season": 3, "International": 3, "Paramount+": 4}


def _decision(network: str, headline: str, summary: str) -> Story:
    t = datetime(2024, 1, 1, tzinfo=UTC)
    return Story(1, 1, "X", 2, "renewed", network, headline, summary, t, t, True)


@pytest.mark.parametrize(
    ("network", "summary", "confirmed"),
    [
        ("Comedy Central", 'A Comedy Central spokesperson told THR: "We have no plans to renew the series."', True),
        ("ITV", "The third series has been commissioned by ITV's Head of Drama, Polly Hill.", True),
        (
            "Netflix",
            "Netflix has reportedly renewed three shows. If true, X is primed to receive a third season.",
            False,
        ),
        ("Netflix", "X has been renewed, Netflix said. X is reportedly pacing as its most-watched season.", True),
        ("Netflix", "X has reportedly been renewed, according to sources. Netflix has not confirmed the news.", False),
    ],
)
def test_announced_or_reported_follows_what_the_text_says_of_its_source(network: str, summary: str, confirmed: bool):
    from bot.answers.wording import is_confirmed

    assert is_confirmed(_decision(network, "X news", summary)) is confirmed
