"""Failure classes of unseen outlets (issue 19, eleventh round): found on the blind sets own-holdout-74 to -83
(each batch scored before it was read); each case is written for its class, not copied from a labelled article,
and each failed on the round's starting code (33699c7), apart from the guards marked so."""

from __future__ import annotations

from bot.understand.analyze import analyze
from tests.test_understand_classes13 import decided, main  # (the same two readings of an analysis)


# ---------------------------------------------------------------- events
def test_a_revival_takes_the_season_its_sentence_states_of_the_described_show() -> None:
    text = (
        "Larchmont Lane is moving in again. Peacock has ordered a 10-episode fourth season of the suburban comedy, "
        "which ABC cancelled in 2015 after three seasons, the streamer said on Tuesday."
    )
    assert main("Peacock revives Larchmont Lane nine years after ABC cancellation", text) == (
        "renewed",
        "Larchmont Lane",
        4,
    )


def test_a_commissioned_drama_series_is_an_order_and_a_new_series_of_a_show_a_renewal() -> None:
    text = "Danish broadcaster DR has commissioned an eight-part drama series, Tidevand, about the 1872 storm flood."
    assert main("DR commissions drama series 'Tidevand' about 1872 storm flood", text)[:2] == ("ordered", "Tidevand")
    # (a guard, passing before and after: the British "new series of X" is X's next season)
    text = "CBBC has commissioned a new series of Dinosaur Dentists, the channel announced."
    assert main("CBBC commissions new series of Dinosaur Dentists", text)[0] == "renewed"


def test_returns_to_come_and_a_broadcaster_that_will_not_continue() -> None:
    text = "KBS drama “Moon Harbour” will come back for a second season, its production company said on Monday."
    assert main("‘Moon Harbour’ to return with second season", text)[:2] == ("renewed", "Moon Harbour")
    text = "Finnish broadcaster Yle will not commission a fourth season of its Arctic crime series Revontuli."
    assert main("Yle will not continue detective drama Revontuli after three seasons", text)[:2] == (
        "cancelled",
        "Revontuli",
    )


def test_a_confirmed_month_and_a_numbered_sequel() -> None:
    text = (
        "ITV has confirmed that its dating show Island Hearts returns to ITV2 in January for a fifth series, with "
        "this year's villa in Tenerife."
    )
    assert main("ISLAND HEARTS CONFIRMS JANUARY RETURN", text)[:2] == ("premiere", "Island Hearts")
    text = "Streaming service Wavve will release a second season of its crime series “Busan Nights” next year."
    assert main("Wavve confirms ‘Busan Nights 2,’ unveils new originals", text)[:2] == ("renewed", "Busan Nights")


def test_shoots_halted_and_a_curtain_brought_down() -> None:
    text = "Production on the second season of Starz drama The Copper Psalm stopped after an accident on set."
    assert main("Starz drama 'The Copper Psalm' halts season two shoot after on-set accident", text)[0] == "production"
    text = "Canal+ has announced that Les Quais de Nantes will end with its fifth season, to air next spring."
    assert main("Canal+ to bring curtain down on Les Quais de Nantes with fifth season", text)[0] == "ending"


def test_a_dated_return_with_a_weekday_is_a_premiere() -> None:
    text = "Food Network's baking contest Frozen Pantry returns for its third season on Sunday, March 8."
    assert main("Frozen Pantry Returns for Season 3 on Sunday, March 8 at 9|8c", text)[0] == "premiere"


# ---------------------------------------------------------------- no news
def test_a_video_game_season_told_in_game_words_is_no_tv_news() -> None:
    text = (
        "Emberfall Season 4 has been delayed by two weeks, the studio said, after testers found matchmaking "
        "problems. The new season, with a new map and battle pass, launches on PC, PlayStation 5 and Xbox."
    )
    assert main("Emberfall Season 4 delayed as studio cancels launch livestream", text)[0] is None


def test_council_and_company_news_is_no_tv_news() -> None:
    text = (
        "The county council voted on Tuesday to renew the late-night bus pilot program for another year and "
        "cancelled a series of public hearings on the stadium budget, the mayor said."
    )
    assert main("council renews late-night bus pilot program, cancels series of hearings", text)[0] is None


def test_listicles_of_anime_and_plot_twists_are_no_news() -> None:
    text = "From Steel Tide to Fox Courier, these anime were cancelled long before their stories were told."
    assert main("10 Anime That Got Cancelled Way Too Soon", text)[0] is None
    text = "Viewers were stunned when Maureen learned that her cookery show on the fictional channel was axed."
    assert main("ELM ROW'S MAUREEN DEVASTATED AS HER TV COOKERY SHOW IS AXED IN SHOCK TWIST", text)[0] is None
    text = "Next week on Harbour Lane, Dana calls off her wedding to Vic after the shocking revelation."
    assert main("Harbour Lane Spoilers Week of June 9: Dana Pulls the Plug on Her Wedding", text)[0] is None


def test_a_soap_stars_exit_storyline_is_still_casting() -> None:
    # (a guard, passing before and after: "storyline" alone is no plot preview)
    text = (
        "Kingsmere Road star Janet Marsh is leaving the ITV soap after 18 years as Peggy Cole, and her exit "
        "storyline has been confirmed by producers."
    )
    assert main("Soap legend quits after 18 years as exit storyline is confirmed", text)[0] == "casting"


# ---------------------------------------------------------------- titles
def test_a_press_releases_title_in_capitals_is_quoted_as_the_text_spells_it() -> None:
    text = (
        "LOS ANGELES - The Ashcrofts are back. FOX today announced that Season Two of the hit family drama THE "
        "ASHCROFTS will premiere Sunday, Sept. 28 on FOX."
    )
    assert main("FOX Sets Season Two Premiere of THE ASHCROFTS for Sunday, Sept. 28", text) == (
        "premiere",
        "The Ashcrofts",
        2,
    )


def test_a_word_shouted_for_emphasis_is_lowered() -> None:
    # (passes on 33699c7 too: the blind article it comes from failed there, this shorter text does not)
    text = (
        "Filming on the second season of Netflix's Irish family saga The Kinsella Estate has been halted after "
        "star Niall Costello was injured in a fall on set."
    )
    got = main("Filming on Netflix drama The Kinsella Estate HALTED after star Niall Costello is injured", text)
    assert got[:2] == ("production", "The Kinsella Estate")


def test_a_spanish_title_joined_by_de_los_stays_whole() -> None:
    text = "TelevisaUnivision confirmed a third season of ViX thriller La Casa de los Nogales on Tuesday."
    assert main("TelevisaUnivision renews ‘La Casa de los Nogales’", text)[1] == "La Casa de los Nogales"


def test_a_title_the_headline_quotes_stands_against_another_the_text_quotes() -> None:
    # (passes on 33699c7 too: the blind article it comes from failed there, this shorter text does not)
    text = (
        "Netflix has decided against continuing La Torre de Cristal (The Glass Tower), meaning the Spanish mystery "
        "will end on the cliffhanger of its second season. Its creator's earlier series, “Gracias por venir”, ran "
        "for three seasons on the same platform."
    )
    assert main("'La Torre de Cristal' Won't Return for Season 3 at Netflix", text)[:2] == (
        "cancelled",
        "La Torre de Cristal",
    )


# ---------------------------------------------------------------- roundups
def test_a_new_slate_paragraph_orders_the_shows_it_introduces() -> None:
    text = (
        "Streaming service Coupang Play will release a second season of its hit crime series “Incheon Undercover” "
        "next year. Coupang Play also unveiled new originals for next year. “Ward 1004,” a horror series set in a "
        "hospital, and “The Last Bus,” a disaster thriller, were both confirmed."
    )
    got = decided("Coupang Play confirms ‘Incheon Undercover 2,’ unveils new originals", text)
    assert {("ordered", "Ward 1004"), ("ordered", "The Last Bus")} <= got
    text = (
        "CBC today announced its new season. Northline, the family drama, has been renewed for a fourth season. "
        "New to the schedule are Seven Mile Road (8x60), a crime drama from Halifax, and Wren (6x60), a "
        "coming-of-age series set in Cape Breton."
    )
    got = decided("CBC unveils lineup: Northline returns for Season 4, new dramas Seven Mile Road and Wren", text)
    assert {("ordered", "Seven Mile Road"), ("ordered", "Wren")} <= got


def test_labelled_headlines_and_full_stops_split_a_roundup() -> None:
    text = "Network 10 has renewed Kitchen Wars for a fourth season, but cancelled Hot Property after two."
    got = analyze("Renewed: Kitchen Wars. Cancelled: Hot Property.", text)
    assert (got.event, got.show) == ("renewed", "Kitchen Wars")
    assert ("cancelled", "Hot Property") in {(d.event, d.show) for d in got.decisions}
    text = (
        "ABC has renewed Saltbush Creek and The Quarry Club for 2026. Mercy Flats, however, won't return after "
        "two seasons."
    )
    got_set = decided("ABC renews Saltbush Creek, The Quarry Club. Mercy Flats won't return", text)
    assert {("renewed", "The Quarry Club"), ("cancelled", "Mercy Flats")} <= got_set


def test_a_job_holder_named_after_head_of_comedy_is_no_title() -> None:
    text = (
        'Apple TV+ has handed a third season to "Ledger," the office comedy created by and starring Nina Castell. '
        "The series follows an accountant who becomes her company's CFO by accident. \"Nina has built one of the "
        "sharpest ensembles on television,\" said Apple's head of comedy, Carla Wendt."
    )
    assert main("Apple TV+ Renews Nina Castell's Workplace Comedy for Season 3", text)[:2] == ("renewed", "Ledger")


def test_the_show_a_star_leaves_is_the_news() -> None:
    text = (
        "After 12 years in the role of lifeguard Kira Walsh, Tess Marlow has confirmed she is leaving Palm Cove.\n\n"
        "The 31-year-old, who joined Seven's beloved soap as a teenager in 2013, filmed her final scenes last week."
        '\n\n"It\'s time to say goodbye," Tess tells TV WEEK. "I grew up on this show."'
    )
    assert main("Palm Cove star Tess Marlow quits after 12 years: 'It's time to say goodbye'", text)[:2] == (
        "casting",
        "Palm Cove",
    )


def test_a_shouted_title_the_text_also_capitalises_is_not_lowered() -> None:
    # (a guard for the emphasis rule: "LOST" stays a title where the text writes "Lost" as well as "lost")
    from bot.understand.casing import quote_shouted_titles

    text = "ABC has renewed Lost for a sixth and final season. The drama has lost viewers this year."
    assert "LOST" in quote_shouted_titles("ABC renews LOST for a sixth season", text)
    assert "halted" in quote_shouted_titles("Drama The Kinsella Estate HALTED after fall", "Filming was halted.")


def test_a_described_headline_takes_the_title_that_opens_the_text() -> None:
    text = (
        "Copper & Crumb is officially reopening its doors.\n\nFX announced Thursday that the third season of its "
        "Emmy-winning bakery comedy will premiere Wednesday, June 11, with all 10 episodes on Hulu."
    )
    assert main("Season 3 of the Emmy winner sets June premiere date", text) == ("premiere", "Copper & Crumb", 3)
