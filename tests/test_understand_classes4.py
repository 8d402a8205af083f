"""The failure classes of the fourth held-out set, each with invented shows and our own sentences (none of the set's
items): other fields' "seasons" and "renewals", fans' fears and viewing guides, anime announcements, releases that
"dropped", titles with abbreviations, revivals, heroes named like their show, people who confirm, the season a show
ends after, and roundups whose lists hold a title with "and", a "but", or people."""

import pytest

from bot.understand import analyze, should_alert
from bot.understand.events import _event_in
from bot.understand.seasons import find_seasons
from bot.understand.titles import text_titles


def alert(title: str, text: str = "") -> tuple[str | None, str | None, int | None, str | None]:
    a = analyze(title, text)
    return (a.event if should_alert(a) else None), a.show, a.season, a.network


# ---------------------------------------------------------------- other fields: sport, travel, live events, games
@pytest.mark.parametrize(
    "title,text",
    [
        (
            "Veteran striker renews Rovers contract for two more seasons",
            "The club confirmed the new deal on Friday, keeping the captain at the stadium until 2028.",
        ),
        (
            "Fog forces airline to cancel dozens of flights",
            "Passengers were told to check with the airline before travelling to the airport.",
        ),
        (
            "Seaside festival axed as ticket sales fall short",
            "Organisers said the three-day event would not go ahead this summer and tickets would be refunded.",
        ),
        (
            "Skyfall Arena Chapter 3 Season 4 trailer shows new map",
            "The battle pass adds twenty skins, and the servers go down for maintenance before launch.",
        ),
        ("Opposition renewed calls for a public inquiry", "MPs said the minister should answer questions."),
    ],
)
def test_other_fields_seasons_and_renewals_are_not_tv_news(title: str, text: str):
    a = analyze(title, text)
    assert not should_alert(a) and a.decisions == ()


def test_a_contract_or_a_renewed_call_renews_no_show():
    assert _event_in("Copper Kettle star renews contract for two more seasons", False) is None
    assert _event_in("Critics renewed calls for a boycott", False) is None
    assert _event_in("Netflix renews Copper Kettle for season 3", True) == "renewed"


# ---------------------------------------------------------------- fears, guides
@pytest.mark.parametrize(
    "title",
    [
        "Paper Moons fans fear show has been AXED as ITV stays silent",
        "Velvet Static star sparks axe fears with cryptic post",
        "Where to Watch 'Copper Kettle' Season 3: Streaming Info and Premiere Time",
        "How to stream Signal 9 season 2 from anywhere",
        "'Paper Moons' Is Leaving Netflix Next Month",
    ],
)
def test_fears_and_viewing_guides_are_not_decisions(title: str):
    text = "The drama returned to screens last year and fans have plenty of questions about what comes next."
    assert alert(title, text)[0] is None


# ---------------------------------------------------------------- anime announcements; releases that "dropped"
def test_an_announced_season_is_a_renewal_but_an_announced_date_is_not():
    assert _event_in("'Blade of Dawn' Season 2 Announced, Studio Returns", True) == "renewed"
    assert _event_in("Studio announces Blade of Dawn season 3", True) == "renewed"
    assert _event_in("Blade of Dawn Season 2 announced for July", True) != "renewed"


def test_a_season_that_dropped_was_released_not_cancelled():
    assert _event_in("its third season dropped on Netflix last month", True) is None
    assert _event_in("the reboot was dropped despite solid ratings", False) == "cancelled"


# ---------------------------------------------------------------- titles
def test_a_title_may_hold_an_abbreviation_and_a_number():
    event, show, season, _net = alert(
        "Station No. 7 to end after sixth series, creators confirm",
        "Station No. 7 will come to an end with its sixth series on BBC Two, its creators said.",
    )
    assert (event, show, season) == ("ending", "Station No. 7", 6)
    assert "Mr. Lantern" in {t.name for t in text_titles("The BBC has renewed Mr. Lantern for a second series.")}


def test_a_revival_keeps_the_shows_name():
    event, show, _season, _net = alert(
        "'Copper Kettle' Revival Officially a Go at NBC",
        "NBC has ordered a revival of Copper Kettle, with most of the original cast set to return.",
    )
    assert (event, show) == ("ordered", "Copper Kettle")


def test_a_quoted_title_is_not_stretched_to_its_heros_full_name():
    event, show, _season, _net = alert(
        "‘Harlan’ Season 3 Casts Its New Villain",
        "Jack Harlan has a new enemy. Prime Video's Harlan has cast a series regular villain for its third season.",
    )
    assert (event, show) == ("casting", "Harlan")


def test_the_person_who_confirms_is_not_the_show():
    event, show, season, _net = alert(
        "Beloved BBC One comedy to end after 9th series, star confirms",
        "Not Quite Home is coming to an end after nine series, Dan Carver has confirmed.\n\nThe comedian said the "
        "ninth run would be the last.",
    )
    assert (event, show, season) == ("ending", "Not Quite Home", 9)


def test_the_season_a_show_ends_after_is_its_last():
    assert [m.season for m in find_seasons("Signal 9 to end after 12 seasons")] == [12]
    assert [m.season for m in find_seasons("Signal 9 cancelled after two seasons")] == [3]


# ---------------------------------------------------------------- roundups
def test_a_roundup_with_but_and_a_title_with_and():
    a = analyze(
        "ITV recommissions Paper Moons and Signal 9 but axes Smoke and Mirrors",
        "ITV has recommissioned Paper Moons for a fourth series and ordered another run of Signal 9.\n\n"
        "However, the broadcaster has axed the game show Smoke and Mirrors after one series.",
    )
    assert (a.event, a.show) == ("renewed", "Paper Moons")
    found = {(d.event, d.show) for d in a.decisions}
    assert found == {("renewed", "Paper Moons"), ("renewed", "Signal 9"), ("cancelled", "Smoke and Mirrors")}


def test_people_in_a_roundup_are_not_decisions():
    a = analyze(
        "NBC renews 'Paper Moons' and 'Signal 9', cancels 'Copper Kettle'",
        "NBC has renewed Paper Moons and Signal 9.\n\nThe network has also cancelled Copper Kettle, the Dana "
        "Whitlock legal drama, after one season. The network has cancelled the comedy (Ann Hale, Tom Bright) too, "
        "with Ann Hale and Tom Bright moving on.",
    )
    shows = {d.show for d in a.decisions}
    assert {"Paper Moons", "Signal 9", "Copper Kettle"} <= shows
    assert not shows & {"Dana Whitlock", "Ann Hale", "Tom Bright"}


def test_a_quoted_title_with_commas_is_not_a_list():
    a = analyze(
        "Netflix Renews ‘Love, Lies & Lanterns’ For Volume 3",
        "Netflix has renewed the anthology Love, Lies & Lanterns for a third volume, producers Ann Hale and Tom "
        "Bright confirmed.",
    )
    assert a.event == "renewed" and a.show == "Love, Lies & Lanterns"
    assert [d.show for d in a.decisions] == ["Love, Lies & Lanterns"]


# ---------------------------------------------------------------- lowercase and ALL-CAPS headlines
@pytest.mark.parametrize("style", [str.lower, str.upper], ids=["lowercase", "uppercase"])
def test_a_quoted_title_in_a_lowercase_headline_is_spelled_as_the_text_spells_it(style):
    text = "Fans of the workplace drama can relax: NBC has renewed The Copper Kettle for a third season."
    assert alert(style("NBC renews 'The Copper Kettle' for season 3"), text)[:2] == ("renewed", "The Copper Kettle")
    text = "Netflix has renewed Love, Lies & Lanterns, the animated anthology, for a third volume."
    assert alert(style("netflix renews ‘love, lies & lanterns’ for volume 3"), text)[1] == "Love, Lies & Lanterns"
    # a quoted phrase the text writes in lowercase is not a title
    text = "ITV is scrapping the quiz Copper Kettle to focus on high impact content, the broadcaster said."
    assert alert(style("itv cancels copper kettle to focus on 'high impact' content"), text)[1] != "high impact"


@pytest.mark.parametrize("style", [str.lower, str.upper], ids=["lowercase", "uppercase"])
def test_lowercase_idioms_and_descriptions_are_not_titles(style):
    assert alert(style("Renewed calls for inquiry after minister's resignation"), "MPs want answers.")[0] is None
    text = "The podcast's producers said it had been renewed after topping the charts for weeks."
    assert alert(style("Hit true-crime podcast renewed for a new season"), text)[0] is None
