"""Failure classes of unseen outlets (issue 19, eighth round): found on the blind sets own-holdout-40 to -43 and
on real titles' shapes (numbers, a season word, an ampersand a URL drops), each scored before any fix aimed at it;
each case is written for its class, not copied from a labelled article, and each failed on the round's starting
code (70e4afc)."""

from __future__ import annotations

from bot.understand.analyze import analyze


def main(title: str, text: str = "") -> tuple[str | None, str | None, int | None]:
    a = analyze(title, text)
    return a.event, a.show, a.season


def network(title: str, text: str = "") -> str | None:
    return analyze(title, text).network


# ---------------------------------------------------------------- titles
def test_a_number_title_never_takes_the_next_small_word() -> None:
    text = "Fox has renewed 9-1-1 for an eighth season. The procedural from Ryan Murphy stars Angela Bassett."
    assert main("Fox renews 9-1-1 for season 8", text) == ("renewed", "9-1-1", 8)
    text = "Channel 4 has renewed 8 Out of 10 Cats for two more series."
    assert analyze("8 Out of 10 Cats renewed by Channel 4", text).show == "8 Out of 10 Cats"


def test_a_capitalised_season_word_without_a_number_is_part_of_the_title() -> None:
    text = "Netflix has renewed Open Season for a second season."
    assert main("Netflix renews 'Open Season' for season 2", text) == ("renewed", "Open Season", 2)
    text = "The streamer has greenlit Dry Season, an eight-part horror series set in a drought-stricken town."
    assert main("BINGE GREENLIGHTS OUTBACK HORROR SERIES 'DRY SEASON'", text)[:2] == ("ordered", "Dry Season")
    # a numbered season still ends the title
    text = "Lifetime's Tidewater Season 2 finally has a premiere date: June 6."
    assert analyze("Tidewater Season 2 gets a premiere date", text).show == "Tidewater"


def test_a_holiday_special_is_an_episode_of_the_show() -> None:
    text = "Not only is there footage from the Harbour Lights Christmas special with Ana Cole, there's Tom Hale too."
    assert analyze("BBC winter drama trailer", text).show == "Harbour Lights"


def test_a_slug_without_its_ampersand_takes_the_texts_spelling() -> None:
    text = "Max has canceled Pell & Daughter, the Boston-set legal dramedy, after one season, TheWrap has learned."
    assert analyze("max cancels pell daughter after one season", text).show == "Pell & Daughter"


# ---------------------------------------------------------------- events
def test_bringing_a_show_back_for_a_numbered_series_is_a_renewal() -> None:
    text = "ITV has recommissioned detective drama Copper & Lane for a third series."
    assert main("ITV brings back Copper & Lane for third series after ratings boost", text) == (
        "renewed",
        "Copper & Lane",
        3,
    )
    assert main("BBC brings back The Vaults for series 4")[0] == "renewed"
    # a character brought back is no season
    assert main("Harbour Street brings back villain Dex for Christmas")[0] is None


# ---------------------------------------------------------------- networks
def test_networks_of_more_countries_are_known() -> None:
    assert network("Muskeg renewed at APTN", "APTN has renewed Muskeg for season 2.") == "APTN"
    text = "Rosalind returns Sunday, Jan. 12, at 9 p.m. ET on PBS, Masterpiece announced."
    assert network("'Rosalind' season 2 gets a premiere date", text) == "PBS"
    text = "Danish public broadcaster DR is bringing back the comedy Klinikken for a fourth season on DR1."
    assert network("Klinikken returns for a fourth season", text) == "DR"
    text = "Fans of the Show TV drama Gece will have to wait: the channel has pushed season 3 to January."
    assert network("Gece season 3 delayed", text) == "Show TV"


def test_a_company_named_after_a_streamer_is_no_decided_show() -> None:
    text = (
        "The streamer has canceled three of its scripted series in a single day, as the newly merged Paramount "
        "Skydance reshapes its strategy.\n\nThe biggest casualty is Lamplighter, the supernatural thriller, which "
        "has been canceled after just one season."
    )
    a = analyze("PARAMOUNT+ CANCELS THREE ORIGINAL SERIES IN ONE DAY", text)
    assert a.show == "Lamplighter"
    assert "Paramount Skydance" not in [d.show for d in a.decisions]


def test_a_title_before_the_colon_is_the_show_a_kind_word_after_it_stands_for() -> None:
    assert main("Ashby Park: CBS Cancels Drama; No Season Three")[:2] == ("cancelled", "Ashby Park")
    assert main("Lockwood: NBC Renews Comedy for Season Two") == ("renewed", "Lockwood", 2)
    # a revival cancelled is a cancellation, not a rescue
    assert main("Quantum Drift: NBC Cancels Revival; No Season Three")[:2] == ("cancelled", "Quantum Drift")


def test_a_slate_kicker_with_its_year_is_no_title() -> None:
    text = "Seven has renewed Dolphin Bay for a second season. Home Turf will not return."
    a = analyze("Seven Upfronts 2026: Dolphin Bay renewed, Red Dirt leads new dramas, Home Turf dropped", text)
    assert (a.event, a.show) == ("renewed", "Dolphin Bay")
    assert ("cancelled", "Home Turf") in [(d.event, d.show) for d in a.decisions]


def test_people_the_headline_credits_are_no_show() -> None:
    text = (
        "Peacock has given a series order to Foxglove Lane, a murder mystery from Tinsel Town co-creators Carys "
        "Whitlow and Ben Adeyemi."
    )
    a = analyze("Peacock Orders Murder-Mystery Series From 'Tinsel Town' Duo Carys Whitlow & Ben Adeyemi", text)
    assert (a.event, a.show) == ("ordered", "Foxglove Lane")
    text = "Han Ji Ahn and Park Do Yoon have been confirmed as the leads of ENA's new thriller Room 1204."
    assert analyze("Han Ji Ahn And Park Do Yoon Confirmed To Lead New ENA Thriller", text).show == "Room 1204"


# ---------------------------------------------------------------- no news
def test_looking_back_and_judging_an_old_decision_is_no_news() -> None:
    assert main("'We heard from a cab driver' – Ballymore star on life after the RTÉ drama")[0] is None
    assert main("'Robo Pals' voice actor on the show's 2009 cancellation: 'We found out online'")[0] is None
    assert main("'It still stings': Saltflat cast on the axing that ended Ten's drama 15 years ago")[0] is None
    assert main("Muffin & Crumb at 25: how the sitcom the BBC nearly axed became an institution")[0] is None
    assert main("Channel 4 was wrong to axe Scrapyard Kings – and its afterlife proves it")[0] is None
    text = "Opinion\nBy A. Critic\n\nWhen Stan cancelled Dust Season after one run, I thought it a fluke."
    assert main("Streamers have forgotten how to let a show grow", text)[0] is None


def test_speculation_without_a_question_mark_is_no_news() -> None:
    assert main("Cancellation Bubble 2025: Which Freshman Dramas Could Be Renewed")[0] is None
    assert main("Renew/Cancel Index: 'Sentry Point' Heading For Cancellation")[0] is None
    assert main("is candy cane lane renewed for season 3 at hallmark")[0] is None
    # a network's bubble shows decided are news
    text = "NBC has finalized the fate of its bubble shows. Jubilee Row has been renewed for a fourth season."
    assert main("NBC renews Jubilee Row for season 4", text)[:2] == ("renewed", "Jubilee Row")


def test_a_disc_release_is_no_news() -> None:
    text = "Mill Creek will release Twice Over: The Complete Series, all 44 episodes, on October 4."
    assert main("Twice Over - 'The Complete Series' Coming to DVD in October", text)[0] is None
    assert main("Twice Over: The Complete Series arrives on Blu-ray October 4", text)[0] is None


# ---------------------------------------------------------------- events and seasons
def test_more_ways_to_say_ending_premiere_and_production() -> None:
    assert main("Hit series 'Kırmızı Deniz' to bid farewell after 2 seasons") == ("ending", "Kırmızı Deniz", 2)
    assert main("Marigold Row series 3 to begin on BBC One this month") == ("premiere", "Marigold Row", 3)
    text = "The second season of Mohalla Cricket Club has gone on floors in Lucknow."
    assert main("Mohalla Cricket Club season 2 goes on floors in Lucknow", text) == (
        "production",
        "Mohalla Cricket Club",
        2,
    )


def test_years_since_are_no_season_and_no_part_of_the_title() -> None:
    assert main("BBC revives Pudding Row 12 years on") == ("renewed", "Pudding Row", None)


# ---------------------------------------------------------------- roundups
_UK_TEXT = "ITV has renewed The Misdeeds for a third series. Channel 4 will not bring back Pillow Fort."


def test_each_clause_of_a_roundup_headline_keeps_its_own_decision() -> None:
    decided = [
        (d.event, d.show)
        for d in analyze("UK TV Roundup: ITV Renews 'The Misdeeds', Channel 4 Drops 'Pillow Fort'", _UK_TEXT).decisions
    ]
    assert ("cancelled", "Pillow Fort") in decided and ("renewed", "The Misdeeds") in decided
    decided = [
        (d.event, d.show)
        for d in analyze("Stan renews Wattle Creek, Saltpan but Night Heron won't return", "").decisions
    ]
    assert ("cancelled", "Night Heron") in decided
    # a dash closes the first verb's list: its last title is not the next clause's subject
    decided = [
        (d.event, d.show)
        for d in analyze("CW Renews Halcyon, Starway and The Pit Kids — Delphi Gets the Axe", "").decisions
    ]
    assert ("renewed", "The Pit Kids") in decided and ("cancelled", "Delphi") in decided
    # a teaser that drops is a release
    assert [
        d.event
        for d in analyze("First Look: 'Halcyon Row' Season 2 Teaser Drops Ahead of Apple TV+ Return", "").decisions
    ] != ["cancelled"]


def test_more_listicles_and_opinions_are_no_news() -> None:
    assert main("Gone too soon: 8 telenovelas that were cancelled before their time")[0] is None
    assert main("The 12 Best One-Season Wonders That Deserved a Renewal")[0] is None
    assert main("Streamers cancel shows before we've even finished them – no wonder nobody commits")[0] is None
    assert main("'Starfield Academy' creator on Fox's 2013 cancellation: 'We had season two broken'")[0] is None
    assert main("'We heard it on Twitter first' — Lindi Maseko on the day e.tv cancelled Jozi Towers")[0] is None
    assert main("Is 'Overcloud' Cancelled? Yes — Peacock Won't Make Season 3")[:2] == ("cancelled", "Overcloud")
