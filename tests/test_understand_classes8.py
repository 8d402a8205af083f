"""Failure classes of unseen outlets (issue 19, fifth round): found by blind sets (own-holdout-15, -16) and by
the same labelled articles with their shows renamed to common-word titles; each case is written for its class,
not copied from a labelled article, and each failed on the code before its fix."""

from __future__ import annotations

from bot.understand.analyze import analyze
from bot.understand.sentences import clean_page_text
from bot.understand.titles import spans


def decided(title: str, text: str) -> list[tuple[str, str | None, int | None]]:
    return [(d.event, d.show, d.season) for d in analyze(title, text).decisions]


def test_a_lowercase_kind_of_show_names_the_common_word_title_after_it() -> None:
    # "game show Pepper", "Mia Lund's sketch show Harbour": a sentence-case headline's kind word names the title,
    # however common the word, and whose show it is stays a credit
    got = decided(
        "ITV game show Pepper axed after one series",
        "AN ITV game show has been axed after just one series as the broadcaster trims its daytime slate.\n\n"
        "Pepper aired last spring and was hosted by comedian Dan Hollis, with contestants guessing spice blends.",
    )
    assert got and got[0][:2] == ("cancelled", "Pepper")
    got = decided(
        "Mia Lund and Tom Ash's sketch show Harbour axed by Channel 4",
        "Channel 4 has axed Mia Lund and Tom Ash's sketch show 'Harbour' after two series.\n\n"
        "The comedy followed the pair around a seaside town's lifeboat station.",
    )
    assert got and got[0][:2] == ("cancelled", "Harbour")
    got = decided(
        "Stan and Screen Queensland announce new series Copper",
        "Stan and Screen Queensland today announced a new Stan Original series, Copper, which will begin production "
        "in Brisbane next month.\n\nThe six-part drama follows a mining town's only police officer.",
    )
    assert got and got[0][:2] == ("ordered", "Copper")


def test_a_count_word_that_opens_a_confirmed_title_is_no_list() -> None:
    got = decided(
        "Seven Sisters is given fourth series",
        "Period drama Seven Sisters has been commissioned for a fourth series, ITV has announced.\n\n"
        "The new run moves the family saga into the 1960s.",
    )
    assert got == [("renewed", "Seven Sisters", 4)]


def test_a_guess_or_a_guide_in_a_later_clause_leaves_the_news_before_it() -> None:
    got = decided(
        "'Night Ferry' wraps filming as the Apple TV thriller eyes a 2027 launch",
        "Production has wrapped on Night Ferry, Apple TV's upcoming thriller, its star announced on Sunday.\n\n"
        "Apple has not set a premiere date, but a launch in early 2027 is expected.",
    )
    assert got and got[0][:2] == ("production", "Night Ferry")
    got = decided(
        "Kota Lines Season 2 Officially Confirmed By ZEE5; Here's What We Know About Cast And Release",
        "ZEE5 has officially renewed the railway drama Kota Lines for a second season, the streamer said on "
        "Monday.\n\nThe cast is expected to return for the new episodes, which begin shooting in March.",
    )
    assert got and got[0][:2] == ("renewed", "Kota Lines")


def test_a_dated_old_decision_opening_the_headline_is_no_news() -> None:
    got = decided(
        "Cancelled in 2018, 'Marrow Lane' Is Suddenly Netflix's Most-Watched Show",
        "Marrow Lane, which was cancelled after one season in 2018, has climbed to the top of Netflix's chart this "
        "week after arriving on the service.\n\nFans have started a petition for more episodes.",
    )
    assert got == []


def test_shows_joining_a_schedule_are_ordered_and_the_first_clause_leads() -> None:
    got = decided(
        "NBC's fall schedule: 'Ironside Bay' and 'Dr. Wells' join the lineup, 'Copper Hill' moves to Fridays",
        "NBC has ordered the crime drama Ironside Bay and the medical comedy Dr. Wells to series for the fall, "
        "and moved the returning Copper Hill to Friday nights.",
    )
    assert got and got[0][:2] == ("ordered", "Ironside Bay")
    got = decided(
        "'Moon Harbor' and 'Glass Tiger' confirm second seasons; 'Red River 3' starts filming",
        "tvN has confirmed that Moon Harbor and Glass Tiger will both return for second seasons.",
    )
    assert got and got[0][:2] == ("renewed", "Moon Harbor")


def test_links_under_a_related_heading_are_not_the_story() -> None:
    text = (
        "CBS has cancelled the drama Fallow Creek after two seasons.\n\nRelated Stories\n\n"
        "'Tracker' Star Talks Season 3 Finale\n\nCBS Sets Premiere Dates"
    )
    assert clean_page_text(text) == "CBS has cancelled the drama Fallow Creek after two seasons."


def test_names_inside_a_titles_description_are_not_decided() -> None:
    got = decided(
        "Peacock Cuts Three Originals",
        "Peacock has canceled three original series: Ironwood, the Montana ranch western starring Cal Ames, after "
        "two seasons; and Kitchen Sink, the domestic dramedy from playwright Moira Fenn, after one season.\n\n"
        "The network also confirmed that Moose Hollow, its Prairie crime procedural, will return for a fifth "
        "season.",
    )
    shows = [s for _e, s, _n in got]
    assert "Ironwood" in shows and "Kitchen Sink" in shows and "Moose Hollow" in shows
    assert not {"Montana", "Moira Fenn", "Prairie", "Cal Ames"} & set(shows)


def test_a_counted_headlines_main_show_is_the_first_decided_not_a_pending_one() -> None:
    got = decided(
        "nbc renews four dramas, cancels one",
        "NBC on Monday handed out renewals to four of its dramas and canceled another. Harbor Nine will return for "
        "a sixth season, and Blue Meridian, Dry Creek and Low Tide each for a third, while sophomore Night Rounds "
        "has been canceled, though a decision is still pending on the comedy Dad Math.",
    )
    assert got and got[0][:2] == ("renewed", "Harbor Nine")
    assert "Dad Math" not in [s for _e, s, _n in got]


def test_a_company_named_by_what_it_is_decides_and_is_no_show() -> None:
    got = decided(
        "Peacock Cuts Two Originals",
        "The NBCUniversal streamer has canceled two original series: Ironwood after two seasons and Too Many Forks "
        "after one.",
    )
    shows = [s for _e, s, _n in got]
    assert "Ironwood" in shows and not any("NBCUniversal" in (s or "") for s in shows)


def test_list_lines_opening_with_a_capitals_label_name_their_shows() -> None:
    got = decided(
        "Renewed & Canceled This Week: 'Iron Gate' Gets Season 2, 'Paper Moon' Is Out",
        "Here is every renewal and cancellation of the week.\n\nRENEWED: Iron Gate (HBO). The prison drama is "
        "headed into season 2.\n\nCANCELED: Paper Moon (Hulu). The sitcom will not return.\n\nRENEWED: Dry Dock "
        "(Netflix). The streamer picked up the workplace comedy for season 3.",
    )
    assert ("cancelled", "Paper Moon") in [(e, s) for e, s, _n in got]
    assert ("renewed", "Dry Dock") in [(e, s) for e, s, _n in got]


def test_a_fate_after_a_titles_description_and_a_guess_in_a_later_clause() -> None:
    got = decided(
        "Netflix Brings Back 'Salt Road' as Its Costly Fantasy Falls Short",
        "Netflix has renewed Salt Road for a second season, while Ember Crown, the $150 million fantasy that "
        "launched with a Super Bowl spot, was not so lucky and will not return.\n\nThe streamer also confirmed "
        "that Kite Runners, the air-race drama that had lingered on the bubble for months, will come back for a "
        "third and final season, though its budget has reportedly been cut.",
    )
    pairs = [(e, s) for e, s, _n in got]
    assert pairs[0] == ("renewed", "Salt Road")
    assert ("cancelled", "Ember Crown") in pairs and ("ending", "Kite Runners") in pairs


def test_another_mediums_show_and_a_rights_deal_are_no_tv_decisions() -> None:
    assert (
        decided(
            "spotify cancels true-crime podcast 'the long con' after two seasons",
            "Spotify has cancelled its true-crime podcast The Long Con after two seasons, its host said on Friday.",
        )
        == []
    )
    assert (
        decided(
            "Premier Rugby League renews TV deal with Fox Sports through 2030",
            "The league has renewed its broadcast agreement with Fox Sports for four more seasons, the network said.",
        )
        == []
    )
    got = decided(
        "HBO orders series based on podcast 'Night Caller'",
        "HBO has ordered a limited series based on the hit podcast Night Caller, the network said on Monday.",
    )
    assert got and got[0][0] == "ordered"


def test_a_film_sequel_told_in_film_words_is_no_tv_news() -> None:
    got = decided(
        "'NIGHT FREIGHT 2' GREENLIT AT PARAMOUNT WITH ORIGINAL CAST RETURNING",
        "Paramount has officially greenlit a sequel to last summer's action hit Night Freight, with its stars set "
        "to return.\n\nProduction begins in September, ahead of a summer 2027 theatrical release. Night Freight "
        "grossed $300 million worldwide.",
    )
    assert got == []


def test_a_passive_headline_subject_leads_and_a_modifier_is_no_title() -> None:
    got = decided(
        "Harbour Lights recommissioned for series 3 as ITV axes Copper Lane",
        "ITV has recommissioned Harbour Lights for a third series and axed Copper Lane after one series.",
    )
    assert got and got[0][:2] == ("renewed", "Harbour Lights")
    got = decided(
        "Binge renews its hit Melbourne crime drama for a third season",
        "Binge has renewed Dockside for a third season, the streamer announced on Tuesday.\n\nThe crime drama "
        "follows two detectives in Melbourne's port district.",
    )
    assert got and got[0][:2] == ("renewed", "Dockside")


def test_new_zealand_networks_are_networks_not_shows() -> None:
    a = analyze(
        "tvnz drops first teaser for harbour point season two",
        "TVNZ has released the first teaser for season two of its coastal drama Harbour Point, which returns to "
        "TVNZ+ in March.",
    )
    assert (a.event, a.show, a.network) == ("trailer", "Harbour Point", "TVNZ")


def test_a_headlines_season_belongs_to_the_clause_of_its_show() -> None:
    got = decided(
        "Hulu Cancels Dry Spell After One Season, Renews Long Haul — Plus, Cold Case Club Will End With Season 5",
        "Hulu has cancelled Dry Spell after one season and renewed Long Haul for a second. Cold Case Club will end "
        "with its fifth season.",
    )
    assert got and got[0] == ("cancelled", "Dry Spell", 2)
    got = decided(
        "HBO Orders 'Glass Harbor' and 'The Keep' to Series; 'Saint Mary' Will End With Season 3",
        "HBO has ordered two dramas to series, Glass Harbor and The Keep. Saint Mary will end with season 3.",
    )
    assert got and got[0] == ("ordered", "Glass Harbor", None)


def test_a_decision_label_before_the_title_and_a_title_named_by_her_series() -> None:
    got = decided(
        "Renewed: Copper Road", "ABC has renewed the family drama Copper Road for a third season, it said on Friday."
    )
    assert got == [("renewed", "Copper Road", 3)]
    got = decided(
        "Mira Lane's Next Series Adds Three to Its Ensemble",
        "Mira Lane is back with another big swing.\n\nThe Salvage, her eight-episode limited series for FX about a "
        "Gulf Coast salvage family, has added three series regulars: Devon Ash, Lucia Serra and Ike Moen.",
    )
    assert got and got[0][:2] == ("casting", "The Salvage")


def test_a_kind_word_before_a_season_number_names_no_title_and_a_feature_is_a_film() -> None:
    got = decided(
        "Still Harbour is ending – series 4 will be the last, BBC confirms",
        "The BBC has confirmed that Still Harbour will end with its fourth series, which airs this autumn.",
    )
    assert got and got[0][:2] == ("ending", "Still Harbour")
    assert (
        decided(
            "'Harbor Lane' Star Kit Dean Lands Lead In A24 Thriller 'Oyster Boys'",
            "EXCLUSIVE: Kit Dean, who plays the harbormaster on Harbor Lane, has been set to star in Oyster Boys, an "
            "A24 feature from director Aoife Renn about two brothers. Production starts in Galway in April.",
        )
        == []
    )


def test_a_digests_first_item_leads_and_its_own_name_is_no_show() -> None:
    got = decided(
        "TV News Roundup: 'Red Acre' Adds Three to Cast, 'Slow Drive' Sets Season 2 Date",
        "In today's TV News Roundup, Netflix's Red Acre rounds out its cast, HBO Max dates the return of Slow "
        "Drive, and Comedy Central renews Motel Nine.",
    )
    assert got and got[0][:2] == ("casting", "Red Acre") and got[0][2] != 2
    assert "Roundup" not in [s for _e, s, _n in got]


def test_coming_back_but_axed_and_host_changes_and_anime_sequels() -> None:
    got = decided(
        "'Pine Hill' and 'Sidecar' are coming back, but 'The Late Hour' got the axe at Peacock",
        "Peacock has renewed Pine Hill and Sidecar and cancelled The Late Hour after one season.",
    )
    assert got and got[0][:2] == ("renewed", "Pine Hill")
    got = decided(
        "Marc Bell out as host of 'Bid or Buy', Tasha Green takes over",
        "Discovery has replaced Marc Bell as host of Bid or Buy with Tasha Green for the show's fifth season.",
    )
    assert got and got[0][:2] == ("casting", "Bid or Buy")
    got = decided(
        "Studio Hana announces sequels for 'Lantern Brigade' and 'My Quiet Dragon'",
        "Studio Hana announced on Saturday that the TV anime Lantern Brigade and My Quiet Dragon will each get a "
        "second season.",
    )
    assert got and got[0][:2] == ("renewed", "Lantern Brigade")


def test_a_status_page_a_possessives_modifier_a_romance_title_and_a_date_after_a_title() -> None:
    assert (
        decided(
            "2025 TV renewal scorecard: where every broadcast show stands",
            "ABC has renewed Steel City Medical for a second season. NBC has cancelled Lowline.",
        )
        == []
    )
    got = decided(
        "Channel 4's Cornish fishing-village comedy renewed for a third run",
        "Channel 4 has renewed Pilchard Bay for a third series, the broadcaster said on Thursday.",
    )
    assert got and got[0][:2] == ("renewed", "Pilchard Bay")
    got = decided(
        "Canal+ renews French spy thriller 'La Brigade du Port' for a third season",
        "Canal+ has renewed La Brigade du Port for a third season.",
    )
    assert got and got[0][:2] == ("renewed", "La Brigade du Port")
    got = decided(
        "TVING sets March premiere for 'Night Pharmacy' season 2",
        "TVING will premiere the second season of its drama Night Pharmacy on March 14, the platform announced.",
    )
    assert got and got[0][:2] == ("premiere", "Night Pharmacy")


def test_a_lineups_year_gives_way_to_its_first_show_and_a_spin_offs_parent_is_not_decided() -> None:
    got = decided(
        "KBS Unveils 2025 Drama Lineup Including “Han River Court,” “The Tenth Floor,” And More",
        "KBS has revealed its drama lineup for the first half of 2025!\n\nFirst up is “Han River Court,” a legal "
        "drama. The drama will premiere on January 10 at 10 p.m. KST.\n\nIt will be followed by the office "
        "thriller “The Tenth Floor,” which is set to premiere on March 7.\n\nKBS also confirmed that its 2023 hit "
        "“Green Ward” has been confirmed for season 2.",
    )
    assert got and got[0][1] not in (None, "2023", "2025")
    got = decided(
        "ABC Renews Two More Dramas",
        "First up, Grey's Anatomy spin-off Private Practice has been renewed for a sixth season. ABC has also renewed "
        "Body of Proof for a third season.",
    )
    assert got and got[0][:2] == ("renewed", "Private Practice")
    assert "Grey's Anatomy" not in [s for _e, s, _n in got]


def test_ms_does_not_end_a_sentence_and_a_counted_headline_leads_with_its_first_show() -> None:
    got = decided(
        "Peacock cancels two comedies",
        "Peacock is pulling the plug on a pair of comedies. The streamer has cancelled Back Court, the tennis "
        "comedy, after two seasons, and will not move forward with a second season of Ms. Ambler, the teacher "
        "comedy created by Tanya Bell.",
    )
    assert [(e, s) for e, s, _n in got][:2] == [("cancelled", "Back Court"), ("cancelled", "Ms. Ambler")]


def test_a_date_given_before_a_guide_a_character_killed_off_and_clause_lists() -> None:
    got = decided(
        "Gully Kings Season 2 release date OUT: When and where to watch the cricket drama",
        "Prime Video has announced that Gully Kings season 2 will premiere on June 12.",
    )
    assert got and got[0][:2] == ("premiere", "Gully Kings")
    got = decided(
        "HARBOUR ROW AXED: ITV SOAP LEGEND MAUREEN KILLED OFF AFTER 14 YEARS",
        "ITV soap Harbour Row will say goodbye to Maureen Hollis this autumn, when the character dies in a fire.",
    )
    assert not got or got[0][0] == "casting"
    got = decided(
        "freeform renews ‘copper & sons’, sets final season for ‘the vetting’, cancels ‘halo point’",
        "Freeform has renewed Copper & Sons for a third season, set a fourth and final season for The Vetting and "
        "cancelled Halo Point.",
    )
    pairs = [(e, s) for e, s, _n in got]
    assert pairs[0] == ("renewed", "Copper & Sons") and ("ending", "The Vetting") in pairs
    got = decided(
        "Ironleaf Anime Announces Production of Sequel With New Teaser Visual",
        "The official website of the TV anime Ironleaf announced the production of a sequel on Sunday.",
    )
    assert got and got[0][:2] == ("renewed", "Ironleaf")
    assert (
        decided(
            "The Renewal Status of Every Apple TV+ Show (Updated August 2023)",
            "Apple TV+ has renewed Severed Ties for a second season. Here is every other show's status.",
        )
        == []
    )


def test_questions_after_a_colon_reunions_trailers_for_final_seasons_and_but_clauses() -> None:
    assert (
        decided(
            "Quarry Falls season 3: Will there be another series on Netflix?",
            "Netflix has not yet said whether Quarry Falls will return for a third season.",
        )
        == []
    )
    assert (
        decided(
            "Midland Park cast reunites 10 years after ABC's shock cancellation",
            "The cast of Midland Park gathered in Los Angeles on Saturday, a decade after ABC cancelled the drama.",
        )
        == []
    )
    got = decided(
        "Filming under way on fourth series of The Fenwick Files",
        "Cameras are rolling in Yorkshire on the fourth series of ITV's detective drama The Fenwick Files.",
    )
    assert got and got[0][:2] == ("production", "The Fenwick Files")
    got = decided(
        "Watch the first trailer for the final season of 'Hexline'",
        "Prime Video has released the first trailer for the third and final season of Hexline.",
    )
    assert got and got[0][:2] == ("trailer", "Hexline")
    got = decided(
        "Netflix confirms ‘Paper Crowns’ season 3 but cancels two series",
        "Netflix has renewed Paper Crowns for a third season and cancelled Low Tide and Dry Dock.",
    )
    assert got and got[0][:2] == ("renewed", "Paper Crowns")


def test_counted_kinds_a_description_after_a_colon_and_a_dateline() -> None:
    got = decided(
        "Hulu Makes Its Calls: Two Renewals, a Cancellation and a Final Season",
        "Hulu has renewed Orbit Lane for a third season and Firewall for a second. It cancelled The Mapmaker after "
        "one season, and Quiet Partner will end with its fourth season.",
    )
    assert got and got[0][:2] == ("renewed", "Orbit Lane")
    found = [name for name, *_rest in spans("Gull Rock: The Cornish lifeboat drama, which drew six million, returns.")]
    assert found[0] == "Gull Rock"  # a description after the colon, not a subtitle
    assert spans("Star Wars: The Clone Wars is back.")[0][0] == "Star Wars: The Clone Wars"
    got = decided(
        "The CW renews ‘Starlight Farm’, cancels two dramas",
        "LOS ANGELES (Reuters) - The CW on Thursday renewed its soap Starlight Farm for a fourth season and "
        "canceled two dramas, Coldwell and Kestrel Bay.",
    )
    assert "LOS ANGELES" not in [s for _e, s, _n in got]


def test_pitch_black_an_emmy_winner_off_air_years_since_and_thats_a_wrap() -> None:
    got = decided(
        "'Who Took Dotty?' Trailer Teases Hulu's Pitch-Black True-Crime Satire",
        "Hulu has released the first trailer for Who Took Dotty?, its true-crime satire.",
    )
    assert got and got[0][0] == "trailer"
    got = decided(
        "emmy winner dora lund joins prime video's 'ironvale' season 2 as the villain",
        "Emmy winner Dora Lund has joined the second season of Prime Video's fantasy drama Ironvale as its villain.",
    )
    assert got and got[0][:2] == ("casting", "Ironvale")
    got = decided(
        "Saanjh Ka Diya to go off air; lead actress gets emotional",
        "The long-running television drama series Saanjh Ka Diya will go off air next month after 900 episodes, "
        "its channel confirmed; the show's final episode airs on March 3.",
    )
    assert got and got[0][0] == "cancelled"
    assert (
        decided(
            "It's been 10 years since Cul-de-Sac Lane was axed – here's what the cast look like now",
            "A decade after the sitcom Cul-de-Sac Lane was axed, its stars have very different lives.",
        )
        == []
    )
    got = decided("That's a wrap on Kilbrook series two", "Filming has finished on the second series of Kilbrook.")
    assert got and got[0][:2] == ("production", "Kilbrook")
