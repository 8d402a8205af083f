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
