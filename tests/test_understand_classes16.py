"""Failure classes of unseen outlets (issue 19, thirteenth round): found on the blind sets own-holdout-96 to -103
(scored before they were read) and on earlier sets' roundups; each case is written for its class, not copied from a
labelled article, and each failed on the round's starting code (5c0c823), apart from the guards marked so."""

from __future__ import annotations

from bot.understand.analyze import analyze
from tests.test_understand_classes13 import decided, main  # (the same two readings of an analysis)


# ---------------------------------------------------------------- a headline that describes its show
def test_a_title_opening_its_sentence_with_what_only_a_show_does_is_the_described_show() -> None:
    text = (
        "The Pilbara-set mining drama is back for a second run next month.\n\nRedbank returns Sunday 4 May at 8.30pm "
        "on ABC TV and ABC iview, with Kate Munro again leading the cast as Dr Ann Vale, the Perth surgeon who swapped "
        "her city career for a mine-site clinic.\n\nReturning cast include Tom Dale and Rae Simms, joined by "
        "newcomers Meg Fane.\n\nThe series is produced by Red Dirt Pictures for the ABC. The first season averaged "
        "900,000 viewers across linear and BVOD, the ABC's strongest drama result of 2024."
    )
    assert main("Outback mining drama returns to ABC in May", text)[:2] == ("premiere", "Redbank")


def test_a_title_introduced_with_based_on_keeps_its_colon() -> None:
    text = (
        "Another one bites the dust.\n\nPrime Video has decided against a second season of its fantasy series. "
        "Ember: The Ash Road, based on Lena Cole's novels, will not be returning. The showrunner wrote that "
        '"we won\'t be going back to Greywater".'
    )
    got = main("prime video cancels its teen fantasy show after one season", text)
    assert got[:2] == ("cancelled", "Ember: The Ash Road")


def test_a_networks_possessive_before_the_title_names_the_show_a_winner_joins() -> None:
    text = (
        "Corin Vale has been cast in a recurring role in the second season of Starz's The Iron Tide, Deadline "
        "has learned. Vale will play a smuggler. Season two is filming in Croatia."
    )
    assert main("Emmy Winner Corin Vale Joins Starz Pirate Epic for Season 2", text)[:2] == (
        "casting",
        "The Iron Tide",
    )


def test_a_candidate_cut_short_takes_the_words_its_introduction_shows() -> None:
    text = (
        "Filming has started in Cornwall on a new BBC drama set during the 1986 tin-mine closures.\n\nCamborne '86, "
        "a four-part series written by playwright Jory Tregear, is shooting in Camborne and Redruth."
    )
    assert main("Cameras roll in Cornwall on BBC drama about the tin-mine closures", text)[:2] == (
        "production",
        "Camborne '86",
    )
    text = (
        "Channel 4 has revealed first-look images for its new comedy.\n\nTerri Is Totally Fine, Actually follows a "
        "nurse who fakes a breakdown. The cast also includes Sam Ode."
    )
    assert main("First-look images revealed for new Channel 4 comedy starring Poppy Ames", text)[:2] == (
        "trailer",
        "Terri Is Totally Fine, Actually",
    )


def test_the_show_a_star_says_goodbye_to_and_a_title_called_so() -> None:
    text = "Dana Royle is saying goodbye to Pine Harbor. The Daytime Emmy winner, who plays Vera, exits in May."
    assert main("Daytime Emmy Winner Exits ABC Soap After 20 Years", text)[:2] == ("casting", "Pine Harbor")
    text = (
        "Hulu is going ahead with a caper comedy from writers Ana Ruiz and Ben Oko. The eight-episode series, titled "
        '"Nine Nights in Reno," has been handed a straight-to-series order.'
    )
    assert main("Hulu Orders Caper Comedy From Ana Ruiz and Ben Oko", text)[:2] == ("ordered", "Nine Nights in Reno")


def test_guards_a_renewal_handed_to_the_title_and_a_kicker_title() -> None:
    text = (
        "The network has handed a two-season renewal to The Hendersons, keeping the suburban family comedy on air "
        "through Season 9. Also sticking around: Cold Creek, the small-town mystery, picked up for a third season."
    )
    # (a guard, passing before and after: "Toon" and "mystery" became kinds of show this round, and the renewal
    # handed to a title keeps the earlier introduction from winning)
    got = main("Fox Gives Its Longest-Running Toon Two More Seasons, Axes Sophomore Cop Drama", text)
    assert got[:2] == ("renewed", "The Hendersons")
    # (a guard, passing before and after: a kicker title before the colon is the show the kind describes)
    text = "Paramount+ confirmed that Long Haul will end with its fifth season. Trucker Mo Reyes leads the cast."
    assert main("End of the road for Long Haul: Paramount+ drama will wrap with season 5", text)[:2] == (
        "ending",
        "Long Haul",
    )


def test_a_person_named_in_the_headline_as_a_show_is_the_show() -> None:
    text = (
        "Ciara Walsh\n\nRTÉ has commissioned a six-part drama about a doctor working in rural Co Mayo in the 1960s, "
        "the broadcaster’s biggest scripted commission this year.\n\nMaura Devlin, written by Castlebar-born "
        "playwright Aoife Ryan, follows the title character as she drives between farmhouses. The series is loosely "
        "based on the diaries of Ryan’s grandaunt.\n\nIt will be produced by Nephin Pictures and is due to begin "
        "filming in the spring. Casting has not yet been announced.\n\n“This is a story about a small place,” said "
        "Ryan, whose play The Bonesetter won an award in 2019."
    )
    assert main("RTÉ commissions Maura Devlin, a drama about a 1960s Mayo doctor", text)[:2] == (
        "ordered",
        "Maura Devlin",
    )


# ---------------------------------------------------------------- casing
def test_a_text_written_in_lower_case_leaves_the_headline_to_name_the_show() -> None:
    text = (
        "posted by jkline · 9 comments\n\nok so peacock has officially renewed tangle for a second season, the "
        "showrunner confirmed last night. if you missed it, tangle is the one about the rope-access crew. no word "
        "yet on when s2 starts shooting. honestly relieved."
    )
    assert main("tangle renewed for season 2 at peacock!!", text)[:2] == ("renewed", "Tangle")


def test_a_cheer_before_the_news_is_no_title() -> None:
    text = (
        "It's official, Larkfielders: cameras have stopped rolling on season two! Star Ivy Dane posted a photo from "
        "the final day of shooting on Friday."
    )
    assert main("it's a wrap! larkfield 1912 season 2 has officially finished filming", text)[:2] == (
        "production",
        "Larkfield 1912",
    )


# ---------------------------------------------------------------- events
def test_phrasings_of_production_revival_and_a_star_leaving() -> None:
    assert main("HBO’s ‘Halyard’ Halts Season 2 Production After Crew Injury")[:2] == ("production", "Halyard")
    assert main("Pike's Diner is officially getting a revival at NBC")[0] == "renewed"
    text = "Soap favourite Ron Bale has quit Millford after 25 years on the show."
    assert main("SOAP LEGEND QUITS: BBC SOAP'S LONGEST-SERVING STAR TO BOW OUT AFTER 25 YEARS", text)[:2] == (
        "casting",
        "Millford",
    )


def test_casting_phrasings_and_dated_returns() -> None:
    assert main("'Lodestar' Taps Rina Cole for Major Season 2 Role")[:2] == ("casting", "Lodestar")
    text = "Former Emmerdale star Jo Lane has joined the cast of BBC One drama Ferryman as DI Kate Moss."
    assert main("Ferryman casts former Emmerdale star as new detective", text)[:2] == ("casting", "Ferryman")
    assert main("Kim Ha-na to play title role in KBS drama 'Lee Soon-ja'")[:2] == ("casting", "Lee Soon-ja")
    assert main("Crave sets Oct. 3 return for Halifax-shot comedy 'Dockside 5'")[:2] == ("premiere", "Dockside 5")
    assert main("three dollar shop returns to tvnz for season two on march 3")[0] == "premiere"


def test_a_pub_sitcom_calls_time_and_a_confirmed_sequel_of_a_series() -> None:
    text = "ITV has confirmed that The Local, its pub sitcom starring Ken Dale, will end after its fifth series."
    got = main("LAST ORDERS FOR THE LOCAL! ITV PUB SITCOM TO CALL TIME AFTER FIFTH SERIES", text)
    assert got[:2] == ("ending", "The Local")
    text = 'Tencent Video on Monday confirmed a second season of its hit mystery drama "Bronze Lantern".'
    assert main("Tencent Video confirms 'Bronze Lantern' sequel at annual conference", text)[0] == "renewed"
    assert main("Gakuen Kaito Returns With Brand-New TV Anime 12 Years After Season 2")[0] == "renewed"


def test_a_renewal_before_a_semicolon_leads_when_a_title_of_its_own_ends() -> None:
    text = (
        "The TV anime Kumo Lantern will return for a second season on TV Tokyo in 2026, its official site announced at "
        "Jump Festa on Saturday. Kumo Lantern season 1 aired in spring. Iron Lily also gets a second season. Blue Hour "
        "Cafe will end with its current third season."
    )
    got = main("Jump Festa '26: Kumo Lantern, Iron Lily Anime Get 2nd Seasons; Blue Hour Cafe to End", text)
    assert got[:2] == ("renewed", "Kumo Lantern")


def test_a_quoted_title_that_holds_a_word_of_speculation_is_no_pitch() -> None:
    text = "Channel 4 has ordered “The Tide Men,” a six-part drama, and renewed “Pitch Dark Kitchen.”"
    got = main("Channel 4 Orders ‘The Tide Men,’ Renews ‘Pitch Dark Kitchen’ at Annual Launch", text)
    assert got[:2] == ("ordered", "The Tide Men")


# ---------------------------------------------------------------- not TV news
def test_podcasts_films_and_games_told_past_a_byline() -> None:
    text = (
        "by the pod desk\n\nAudible has renewed true-crime comedy podcast Cold Case Club for a second season, the "
        "audio company confirmed. The first season's episodes topped the Apple Podcasts chart."
    )
    assert main("‘cold case club’ renewed for a second season at audible", text)[0] is None
    text = (
        "Lionsgate has cancelled Night Heron 2, pulling the horror sequel from its release calendar after the "
        "original film disappointed at the box office. It had been dated for the crowded summer movie season."
    )
    assert main("Lionsgate Scraps 'Night Heron 2' After First Film Underperforms", text)[0] is None
    text = (
        "Stonepath Studios has cancelled Emberfall 2, the sequel to its 2021 action RPG, after talks with "
        "publisher Northgate Interactive. Around 90 staff were laid off."
    )
    assert main("emberfall 2 cancelled as stonepath studios lays off 90 staff", text)[0] is None


# ---------------------------------------------------------------- roundups
def test_a_slate_introduces_its_new_shows_by_what_they_are() -> None:
    text = (
        'On March 3, JTBC held its showcase and confirmed that "Night Baker" will return for a second season.\n\n'
        'The channel also introduced two brand-new dramas. "The Ninth Son" is a revenge thriller starring Kim Jae. '
        'Meanwhile, "Spring Harbor" is a healing romance with Lee Ha-na and Park Min in the leading roles.'
    )
    got = decided('JTBC Confirms "Night Baker" Season 2 And 2 New Dramas In 2026 Lineup', text)
    assert {("ordered", "The Ninth Son"), ("ordered", "Spring Harbor")} <= got
    text = (
        'Netflix on Thursday unveiled its Kenyan slate and renewed "Nairobi Nights" for a second season.\n\nTwo new '
        'originals were also announced: "Wanjiru & Otieno", a romcom about rival caterers, and "Rift Kings", '
        "a crime drama set in the Rift Valley."
    )
    got = decided('Netflix renews "Nairobi Nights" and orders two new Kenyan series', text)
    assert {("ordered", "Wanjiru & Otieno"), ("ordered", "Rift Kings")} <= got


def test_a_new_series_lead_in_gives_its_lines_and_a_dateline_is_no_line() -> None:
    text = (
        "KNOXVILLE, Tenn. (Nov. 2, 2016) – HGTV has renewed Attic Flip for a fourth season and greenlit three new "
        "series.\n\nNew series include:\nSilo Homes (working title) (10 x 60) – A couple turns grain silos into "
        "homes.\nTwo Brothers, Two Hammers (8 x 30) – Brothers take on small renovations.\nDock Flip (6 x 60) – "
        "Investors flip lake houses."
    )
    got = decided("HGTV RENEWS 'ATTIC FLIP'; ORDERS THREE NEW SERIES", text)
    assert {("ordered", "Silo Homes"), ("ordered", "Two Brothers, Two Hammers"), ("ordered", "Dock Flip")} <= got
    assert not any(show == "Tenn" for _e, show in got)
    text = (
        "LOS ANGELES (AP) — NBC is bringing back its legal drama “Docket” for a fifth season, the network said "
        "Monday, while the family saga “The Harlans” will not return."
    )
    got = decided("NBC renews ‘Docket,’ drops freshman drama ‘The Harlans’", text)
    assert ("cancelled", "The Harlans") in got and not any(show == "LOS ANGELES" for _e, show in got)


def test_a_year_kicker_a_clause_ending_dropped_and_a_list_after_its_verb() -> None:
    text = (
        "Seven has unveiled its 2026 slate. Firewatch, which follows a volunteer brigade, will be back for season 3. "
        "Not returning is Beach Kitchen, which has run for four seasons."
    )
    assert decided("Seven 2026: Firewatch returns, Beach Kitchen dropped", text) >= {
        ("renewed", "Firewatch"),
        ("cancelled", "Beach Kitchen"),
    }
    text = (
        'The public broadcaster said Tuesday that family drama "Doyle\'s" has been renewed for a fourth season.\n\n'
        'Also coming back are northern mystery "Ice Lake" for a third season and comedy "The Islanders" for a '
        "sixth."
    )
    got = decided("CBC renews three series in 2025-26 slate", text)
    assert {("renewed", "Doyle's"), ("renewed", "Ice Lake"), ("renewed", "The Islanders")} <= got
    assert analyze("CBC renews three series in 2025-26 slate", text).show == "Doyle's"


def test_titles_before_one_plural_verb_and_a_kept_show() -> None:
    got = decided("Hoshi Shokudo, Tsuki no Yaiba TV Anime Get New Seasons", "")
    assert {("renewed", "Hoshi Shokudo"), ("renewed", "Tsuki no Yaiba")} <= got
    got = main("the cw keeps moon falls, axes three others in season-end shakeup")
    assert got[:2] == ("renewed", "Moon Falls")
    assert not any("Others" in (show or "") for _e, show in decided("the cw keeps moon falls, axes three others", ""))


# -------------------------------------------------------- found on own-holdout-104 to -107 after their first try
def test_a_kept_show_before_a_contrast_and_an_end_told_as_a_wrap() -> None:
    got = main("Yle keeps 'Talvisaari' going, but 'Kylmä Vesi' will end with season 3")
    assert got[:2] == ("renewed", "Talvisaari")
    text = "Mzansi Magic has confirmed that Inkwenkwezi will end after its seventh season, airing from March."
    assert main("it's a wrap for inkwenkwezi: mzansi magic drama to end after season 7", text)[0] == "ending"
    assert main("Flood forces halt to filming of ARD crime drama 'Der Deich'")[:2] == ("production", "Der Deich")


def test_a_cancellation_despite_a_campaign_and_what_is_no_tv_decision() -> None:
    text = "CBC has cancelled Kluane, its Yukon-set drama, after two seasons, despite a fan campaign to save it."
    assert main("CBC cancels Yukon-set drama after 2 seasons despite fan campaign", text)[:2] == ("cancelled", "Kluane")
    text = (
        "Producers of The Gaslighter have cancelled this week's performances at the Apollo Theatre after its lead "
        "actor was injured during Tuesday's show."
    )
    assert main("The Gaslighter cancels West End performances after lead actor's injury", text)[0] is None
    text = "The Department of Education has cancelled its pilot program for a four-day school week in Quezon City."
    assert main("DepEd cancels pilot program for 4-day school week after consultations", text)[0] is None


def test_the_soap_whose_star_quits_and_a_title_whose_halves_are_the_same() -> None:
    text = (
        "Lena Hart has played Mel Price since 2016. (Image: Network 10)\n\nAfter nine years and two on-screen "
        "weddings, Lena Hart is leaving Harbour Row. The actress has filmed her final scenes on the soap."
    )
    assert main("Harbour Row's Lena Hart quits soap after nine years: 'It's time'", text)[:2] == (
        "casting",
        "Harbour Row",
    )
    text = (
        "ITV has axed quiz show Neck and Neck and period drama Blackpool Belles after disappointing ratings. "
        "The Saturday night game show, fronted by comic Len Brace, has been dropped after four series."
    )
    got = main("ITV AXES TWO PRIMETIME SHOWS IN BRUTAL SCHEDULE SHAKE-UP", text)
    assert got[:2] == ("cancelled", "Neck and Neck")


def test_a_translation_between_a_title_and_its_description_and_an_outlets_web_name() -> None:
    text = (
        "A hit Welsh-language detective drama set on the Pembrokeshire coast is to return for a fourth series.\n\n"
        "Yr Harbwr (The Harbour), which stars Siân Rees as DI Nia Morgan, drew record audiences for S4C."
    )
    assert main("Popular Welsh-language detective drama to return for fourth series", text)[:2] == (
        "renewed",
        "Yr Harbwr",
    )
    text = (
        "Maria Cruz and Leo Santos topbill Tala ng Bayan.\n\nABS-CBN has confirmed that primetime teleserye Tala ng "
        "Bayan will end in March. In a statement sent to PEP.ph, the network said the finale airs on March 7."
    )
    assert main("Tala ng Bayan to end earlier than planned, ABS-CBN confirms", text)[:2] == ("ending", "Tala ng Bayan")


# -------------------------------------------------------- found on own-holdout-108 to -111 after their first try
def test_a_place_or_person_run_into_the_title_and_a_number_that_opens_it() -> None:
    text = (
        "Aidan Roe on set in Derry this week\n\nFilming has started in Derry on The Lighthouse Keeper's Son, a new "
        "six-part BBC One thriller starring Aidan Roe."
    )
    assert main("Cameras roll in Derry on BBC thriller starring Aidan Roe", text)[:2] == (
        "production",
        "The Lighthouse Keeper's Son",
    )
    text = (
        "The clock is running out on 9 Nights in Tangier.\n\nFX's espionage drama will end with its upcoming fifth "
        "season, the showrunner told Variety. 9 Nights in Tangier stars Omar Haddad as a CIA handler in Morocco."
    )
    assert main("FX Spy Drama to Conclude With Fifth Season, Showrunner Confirms", text)[:2] == (
        "ending",
        "9 Nights in Tangier",
    )
    text = "The cast and crew of Riptide have officially wrapped filming on season 2! Star Jo Penn shared a photo."
    assert main("that's a wrap: devon surf drama finishes filming its second season", text)[:2] == (
        "production",
        "Riptide",
    )


def test_each_clause_of_a_slate_headline_keeps_its_own_decision() -> None:
    got = main("Renewals & Cancellations: Harbor Lives On, Glen Street Axed, Quiet Acre to End")
    assert got[:2] == ("renewed", "Harbor")
    got = main("CBS Fall Schedule: ‘Fire County’ and ‘Sawyer & Hale’ Picked Up, ‘St. Jude’ to End")
    assert got[:2] == ("ordered", "Fire County")
    text = "ITV has axed Saturday quiz Clean Sweep and sitcom Leftovers, but Love Lodge will return for a fifth series."
    assert main("ITV gives Saturday quiz and sitcom the chop, but dating show lives on", text)[0] == "cancelled"


def test_an_order_to_series_is_no_listicle_and_a_readers_poll_is() -> None:
    text = "NBC has ordered three dramas to series: The Keeper, Rae & Cole and Fifth Alarm."
    got = main("NBC Orders 3 Dramas to Series Including 'The Keeper' and 'Rae & Cole'", text)
    assert got[:2] == ("ordered", "The Keeper")
    text = "We asked readers which cancelled shows they still miss. NBC's Night Desk topped the list."
    assert main("We Asked Readers Which Cancelled Shows They Still Miss — Here Are 8 Answers", text)[0] is None


# -------------------------------------------------------- found on own-holdout-112 to -115 after their first try
def test_a_season_that_wraps_a_part_to_play_in_a_show_and_a_date_confirmed() -> None:
    text = "Filming on the second season of BBC drama The Linen Girls has wrapped in Derry, star Niamh Kerr said."
    assert main("niamh kerr bids farewell to derry as season two wraps", text)[0] == "production"
    text = "Ravi Sen has joined the Prime Video series Campus Diaries as the new hostel warden in season 3."
    assert main("ravi sen to play new hostel warden in campus diaries season 3", text)[0] == "casting"
    text = "CBS has confirmed that its legal drama Vane & Cole returns for a fourth season on Sunday, March 9."
    assert main("CBS confirms date for legal drama 'Vane & Cole' return", text)[:2] == ("premiere", "Vane & Cole")
