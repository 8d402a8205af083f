"""Issue 10, by failure class: relevance, invented names, shows only in the text, headline styles, roundups,
news after the first sentence, rule order, explainers and confidence. Our own sentences, not any outlet's."""

import pytest

from bot.models import Analysis, Decision
from bot.understand import ALERT_CONFIDENCE, analyze, should_alert
from bot.understand.batch import analysis_record
from bot.understand.matching import KnownShow, ShowMatcher
from bot.understand.relevance import is_tv_news
from bot.understand.titles import is_mixed_case, recase, text_titles


def alert(title: str, text: str = "") -> tuple[str | None, str | None, int | None, str | None]:
    a = analyze(title, text)
    return (a.event if should_alert(a) else None), a.show, a.season, a.network


# ---------------------------------------------------------------- 1. not about a TV series
@pytest.mark.parametrize(
    "title,text",
    [
        ("Building Software That Is Good for Humans", "We ordered our priorities differently this year."),
        ("German government pushes refugees to return to their homeland", "Ministers met on Monday."),
        ("FIFA boss wants Russia to return to football", "The ban has lasted three years."),
        ("Judge orders museum exhibit restored", "The court ruled on Friday."),
        ("Lakers cancel practice after flu outbreak", "Four players were unwell, the coach said."),
        ("Government renews sanctions for another year", "The package targets banks."),
        ("Apple cancels its car project", "Engineers will move to the AI team."),
        ("'Dune: Part Three' sets December release date", "The film opens in cinemas worldwide."),
    ],
)
def test_general_news_never_becomes_an_event_or_a_show(title: str, text: str):
    a = analyze(title, text)
    assert a.event is None and a.decisions == ()


def test_the_relevance_gate_is_cheap_and_reads_tv_words():
    assert is_tv_news("Netflix renews ‘Ozark’ for season 5", "")
    assert is_tv_news("Big news for fans", "Netflix has renewed the drama for a fifth season, the streamer said.")
    assert not is_tv_news("Tmux exit current session, not Tmux itself", "Use the detach key binding instead.")
    assert not is_tv_news("Chloe Kim battles through injury to add to medal count", "The Olympic final is on Friday.")


# ---------------------------------------------------------------- 2. invented show names
@pytest.mark.parametrize(
    "title,text,show",
    [
        (
            "‘We're gutted’: Peacock cancels Harbor Lights after two seasons",
            "Peacock has cancelled Harbor Lights, its coastal mystery, after two seasons.",
            "Harbor Lights",
        ),
        (
            "Dana Whitlock joins Velvet Static for season 3",
            "The Hulu drama Velvet Static has added Dana Whitlock to its cast for the third season.",
            "Velvet Static",
        ),
        (
            "Netflix Has Renewed Paper Moons For A Second Season",
            "Netflix has renewed Paper Moons, the fantasy comedy, for a second season.",
            "Paper Moons",
        ),
        (
            "Signal 9 Season 3 Begins Filming In Belfast",
            "Cameras are rolling on the third season of the BBC thriller Signal 9.",
            "Signal 9",
        ),
    ],
)
def test_the_title_is_the_shows_not_a_phrase_a_quote_or_a_person(title: str, text: str, show: str):
    assert alert(title, text)[1] == show


@pytest.mark.parametrize(
    "title",
    [
        "BBC renews 4 top-rated dramas for 2nd series",
        "Netflix Unveils New Book Adaptations",
        "The BBC has unveiled three new drama commissions",
    ],
)
def test_descriptors_are_not_titles(title: str):
    a = analyze(title, "")
    assert a.show is None or not any(w in a.show.lower() for w in ("dramas", "adaptations", "commissions", "the bbc"))


def test_quoted_shorthand_takes_the_title_the_text_spells_out():
    a = analyze(
        "FX sets premiere dates for 'Copper', 'Lanterns' and more",
        "FX has dated its autumn shows. Copper Kettle returns on September 4 and The Lantern Keepers on "
        "September 12, the network said.",
    )
    assert a.show == "Copper Kettle"


def test_a_sequel_number_is_the_season():
    assert alert("Paper Moons 4 begins filming", "Netflix's Paper Moons is back in production.")[1:3] == (
        "Paper Moons",
        4,
    )


# ---------------------------------------------------------------- 3. the show is only in the text
def test_a_descriptive_headline_takes_its_title_from_the_text():
    event, show, _season, network = alert(
        "Hit sci-fi drama axed after one season",
        "Fans are upset.\n\nParamount+ has cancelled Thirteen Doors, the time-travel drama, after a single season.",
    )
    assert (event, show, network) == ("cancelled", "Thirteen Doors", "Paramount+")


# ---------------------------------------------------------------- 4. headline styles
@pytest.mark.parametrize(
    "title",
    [
        "velvet static renewed for season 3 at hulu",
        "VELVET STATIC RENEWED FOR SEASON 3 AT HULU",
        "Velvet Static renewed for season 3 at Hulu",
    ],
)
def test_lowercase_and_all_caps_headlines_recover_the_title_from_the_text(title: str):
    text = "Hulu has renewed Velvet Static, the music drama, for a third season."
    assert alert(title, text) == ("renewed", "Velvet Static", 3, "Hulu")


def test_casing_helpers():
    assert not is_mixed_case("velvet static renewed") and not is_mixed_case("VELVET STATIC RENEWED")
    assert is_mixed_case("Netflix just renewed a whole bunch of shows")
    assert recase("hbo cancels the idol") == "HBO Cancels the Idol"
    assert [t.name for t in text_titles("The streamer has renewed Copper Kettle for a second season.")][:1] == [
        "Copper Kettle"
    ]


@pytest.mark.parametrize(
    "title,event",
    [
        ("Signal 9 recommissioned for series 4 by the BBC", "renewed"),
        ("Thirteen Doors axed by ITV after two series", "cancelled"),
        ("The BBC has commissioned a second series of Copper Kettle", "renewed"),
        ("Channel 4 pulls the plug on Copper Kettle", "cancelled"),
        ("Netflix passes on Paper Moons season 2", "cancelled"),
        ("Paper Moons won't see a second season at Netflix", "cancelled"),
        ("No third season for Paper Moons", "cancelled"),
        ("Drama pilot 'Copper Kettle' dead at CBS, not going forward", "cancelled"),
    ],
)
def test_british_usage_and_other_ways_to_say_it(title: str, event: str):
    assert alert(title)[0] == event


@pytest.mark.parametrize(
    "title,event",
    [
        ("'Harbor Lights' isn't dead after all: Hulu saves it for season 3", "renewed"),
        ("Paper Moons un-cancelled by Netflix", "renewed"),
        ("Harbor Lights not axed despite reports, Peacock insists", None),
        ("Peacock denies reports Harbor Lights is cancelled", None),
        ("Harbor Lights is NOT cancelled, network says", None),
    ],
)
def test_reversals_and_denials(title: str, event: str | None):
    assert alert(title)[0] == event


# ---------------------------------------------------------------- 5. roundups
def test_a_roundup_lists_every_decision_main_first():
    a = analyze(
        "NBC renews Signal 9, cancels Copper Kettle and Paper Moons",
        "NBC has renewed Signal 9 for a third season.\n\nThe network has cancelled Copper Kettle after one "
        "season and Paper Moons after two seasons.",
    )
    assert (a.event, a.show, a.season, a.network) == ("renewed", "Signal 9", 3, "NBC")
    assert a.decisions[0] == Decision("renewed", "Signal 9", 3, "NBC")
    found = {(d.event, d.show) for d in a.decisions}
    assert {("cancelled", "Copper Kettle"), ("cancelled", "Paper Moons")} <= found
    record = analysis_record(
        1, "NBC renews Signal 9, cancels Copper Kettle and Paper Moons", "NBC has renewed Signal 9 for a third season."
    )
    assert record["decisions"][0] == {"event": "renewed", "show": "Signal 9", "season": 3, "network": "NBC"}


def test_a_counted_roundup_takes_its_shows_from_the_text():
    a = analyze(
        "BBC renews three comedies for new series",
        "The BBC has recommissioned Copper Kettle, Paper Moons and Velvet Static for new series.",
    )
    assert a.event == "renewed" and a.show == "Copper Kettle"
    assert {d.show for d in a.decisions} == {"Copper Kettle", "Paper Moons", "Velvet Static"}


@pytest.mark.parametrize(
    "title",
    [
        "8 best shows cancelled too soon",
        "Shows cancelled in 2020",
        "The TV shows that were cancelled or ended in 2020",
        "Every show Netflix cancelled this year",
    ],
)
def test_listicles_are_not_decisions(title: str):
    a = analyze(title, "Some series are gone before they find their audience. Netflix cancelled Paper Moons.")
    assert a.event is None and a.decisions == ()


# ---------------------------------------------------------------- 6. the news after a chatty opener; the show's network
def test_news_after_the_first_sentence():
    event, show, season, network = alert(
        "Big news for Paper Moons fans",
        "It has been a long wait for fans of the fantasy comedy.\n\nNetflix has renewed Paper Moons for a third "
        "season, the streamer announced on Monday.",
    )
    assert (event, show, season, network) == ("renewed", "Paper Moons", 3, "Netflix")


def test_the_network_is_the_one_of_the_show():
    a = analyze(
        "Netflix orders 'Copper Kettle' from the creator of Signal 9",
        "Netflix has given a series order to Copper Kettle, a thriller from the creator of the HBO series Signal 9.",
    )
    assert (a.event, a.show, a.network) == ("ordered", "Copper Kettle", "Netflix")


@pytest.mark.parametrize(
    "name",
    [
        "Lifetime",
        "BET",
        "MTV",
        "Crave",
        "Stan",
        "Crunchyroll",
        "ITV",
        "Channel 4",
        "BritBox",
        "Peacock",
        "AMC",
        "Starz",
        "Showtime",
        "Freeform",
        "Adult Swim",
        "CBBC",
    ],
)
def test_networks_real_articles_name(name: str):
    assert alert(f"{name} renews ‘Copper Kettle’ for season 3")[3] == name


# ---------------------------------------------------------------- 7. rule order and missing phrasing
@pytest.mark.parametrize(
    "title,event",
    [
        ("Signal 9 season 2 returns to production after the strike", "production"),
        ("‘Copper Kettle’ season 2 premiere date – watch the promo", "premiere"),
        ("‘Copper Kettle’ season 2 trailer reveals the premiere date", "trailer"),
        ("Meet the cast of Netflix's Paper Moons", None),
        ("Filming resumed on Signal 9 season 4", "production"),
        ("Cameras rolling again on Paper Moons season 5", "production"),
        ("‘Copper Kettle’ starts on FX September 4", "premiere"),
        ("Netflix picks up ‘Copper Kettle’ for series order", "ordered"),
        ("In order to save money, Paramount trims its slate of shows", None),
        ("Paper Moons season 2 set to wrap filming next month", "production"),
        ("Netflix shares first teaser for ‘Signal 9’ season 2", "trailer"),
    ],
)
def test_rule_order_and_phrasing(title: str, event: str | None):
    assert alert(title)[0] == event


# ---------------------------------------------------------------- 8. explainers
def test_an_explainer_that_reports_an_announcement_is_news():
    a = analyze(
        "‘Velvet Static’ season 2: everything we know so far",
        "Hulu announced on Monday that Velvet Static has been renewed for a second season. Here is what we "
        "know about the cast.",
    )
    assert (a.event, a.show, a.season) == ("renewed", "Velvet Static", 2)


def test_an_explainer_that_only_speculates_is_not():
    a = analyze(
        "‘Velvet Static’ season 2: everything we know so far",
        "Fans are eager to learn what happens next, but Hulu has not said anything yet.",
    )
    assert a.event is None


# ---------------------------------------------------------------- 9. confidence
def test_confidence_means_something():
    assert ALERT_CONFIDENCE == pytest.approx(0.6)
    strong = analyze("Netflix renews ‘Paper Moons’ for season 3", "Netflix has renewed Paper Moons for a third season.")
    weak = analyze(
        "Fans react to the news",
        "It was a long week. The show's fans are happy. Later, someone said "
        "the drama had been renewed for another season.",
    )
    assert should_alert(strong) and strong.confidence >= 0.85
    assert not should_alert(weak)
    assert (
        analysis_record(
            1,
            "Fans react to the news",
            "It was a long week. The show's fans are happy. Later, "
            "someone said the drama had been renewed for another season.",
        )["event"]
        is None
    )


def test_known_shows_confirm_a_title():
    matcher = ShowMatcher([KnownShow(1, "Copper Kettle", (), "ITV")])
    a = analyze("copper kettle renewed", "", known=matcher)
    assert a.show and a.show.lower() == "copper kettle" and should_alert(a)
    b = analyze("Big day: copper kettle renewed by ITV", "", known=["Copper Kettle"])
    assert b.show == "copper kettle" or b.show == "Copper Kettle"


def test_analysis_defaults_keep_old_callers_working():
    a = Analysis(None, None, (), None, (), None, 0.0, "", "")
    assert a.decisions == () and a.facts == ()


@pytest.mark.parametrize(
    "title,event,show",
    [
        ("Copper Kettle will be back for season 3", "renewed", "Copper Kettle"),
        ("Netflix orders more Copper Kettle", "renewed", "Copper Kettle"),
        ("Netflix confirms Copper Kettle season 2", "renewed", "Copper Kettle"),
        ("Netflix confirms Copper Kettle season 2 release date", "premiere", "Copper Kettle"),
        ("Copper Kettle canned after one season", "cancelled", "Copper Kettle"),
        ("Copper Kettle not returning at ABC", "cancelled", "Copper Kettle"),
        ("Copper Kettle gets the axe at ABC", "cancelled", "Copper Kettle"),
        ("Copper Kettle's upcoming season will be its last", "ending", "Copper Kettle"),
        ("Copper Kettle wrapping up with season 3", "ending", "Copper Kettle"),
        ("Cameras roll on Copper Kettle season 2", "production", "Copper Kettle"),
        ("Watch the Copper Kettle season 2 trailer", "trailer", "Copper Kettle"),
        ("Copper Kettle recasts lead role for season 2", "casting", "Copper Kettle"),
        ("Netflix drops trailer for Copper Kettle season 2", "trailer", "Copper Kettle"),
    ],
)
def test_more_ways_to_say_it(title: str, event: str, show: str):
    assert alert(title)[:2] == (event, show)


@pytest.mark.parametrize(
    "title,expected",
    [
        ("Signal 9: HBO confirms season 2", ("renewed", "Signal 9", 2, "HBO")),
        ("Paper Moons: Netflix renews fantasy comedy for seasons 3 and 4", ("renewed", "Paper Moons", 3, "Netflix")),
        ("Velvet Static fans rejoice: Hulu renews drama for third season", ("renewed", "Velvet Static", 3, "Hulu")),
        (
            "Copper Kettle finally returns: Apple sets January premiere",
            ("premiere", "Copper Kettle", None, "Apple TV+"),
        ),
        ("Is Signal 9 season 4 happening? Netflix confirms renewal", ("renewed", "Signal 9", 4, "Netflix")),
        ("Signal 9 2? Yes it's true, the BBC confirms", ("renewed", "Signal 9", 2, "BBC")),
        ("Will Copper Kettle return for season 2?", (None, None, 2, None)),
    ],
)
def test_title_colon_network_and_answered_questions(title: str, expected: tuple):
    event, show, season, network = alert(title)
    assert (event, show if event else None, season, network) == expected
