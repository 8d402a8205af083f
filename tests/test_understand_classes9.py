"""Failure classes of unseen outlets (issue 19, sixth round): found on real-articles-dev2 and on the blind sets
own-holdout-23 and -24; each case is written for its class, not copied from a labelled article, and each failed on
the code before its fix."""

from __future__ import annotations

from bot.understand.analyze import analyze


def decided(title: str, text: str) -> list[tuple[str, str | None, int | None]]:
    return [(d.event, d.show, d.season) for d in analyze(title, text).decisions]


def test_a_plural_kind_before_a_pair_of_names_counts_two_shows() -> None:
    # "canceled rookies Kestrel and Always": two single-word titles, however rarely the text uses them apart
    got = decided(
        "CBS renews Harbor Watch",
        "CBS renewed Harbor Watch for a fourth season on Friday. Meanwhile, the network has canceled rookies "
        "Kestrel and Always, and second-year drama Copperline.",
    )
    assert ("cancelled", "Kestrel", None) in got and ("cancelled", "Always", None) in got
    assert ("cancelled", "Copperline", None) in got


def test_the_texts_pick_decided_otherwise_gives_way_to_the_headlines_news() -> None:
    # the headline orders pilots; the first title the text names was cancelled: the ordered one leads
    got = decided(
        "Fox takes three comedy pilots to series",
        "This is an exciting time of year for those of us who follow network television. The networks sift through "
        "the pilots they have ordered and choose which of them to take to series. In addition to canceling "
        "struggling comedies Lodestar, 1900 Main, and Dads With Dogs, Fox passed on several comedy pilots.\n\n"
        "Here now, straight from the network, are the comedy pilots that Fox has picked up:\n\n"
        "Quarry Road- Quarry Road. Based on the best-selling novel, written by Jane Doe and directed by Jon Smith "
        "(Iron Man) comes a different kind of coming-of-age story.",
    )
    assert got[0][:2] == ("ordered", "Quarry Road")
    assert ("cancelled", "1900 Main", None) in got


def test_a_renewals_season_told_after_it_by_the_possessive() -> None:
    # "Mr. D's seventh season will premiere": the season the renewal brings, named with a possessive
    got = decided(
        "two comedies coming back to global",
        "Global has renewed two of its comedies: the long-running Mrs. K and the rookie series Bread Money.\n"
        "Mrs. K's fifth season will premiere on the network this spring, with 10 new episodes.",
    )
    assert got and got[0] == ("renewed", "Mrs. K", 5)


def test_a_slug_naming_the_people_the_text_says_joined_is_a_casting() -> None:
    text = (
        "Nora Vance (Ellen Hart) will meet some new faces in Shadow Creek Season 3, but how will the town react?\n\n"
        "Marcus Doyle and Priya Kaur have both joined the NBC drama in recurring roles, the network said."
    )
    got = decided("shadow creek season 3 marcus doyle priya kaur", text)
    assert got and got[0] == ("casting", "Shadow Creek", 3)
    # a headline with its own words and no such names stays no news
    assert decided("A complete guide to the Shadow Creek season 3 cast", text) == []


def test_a_feed_footer_repeating_the_headline_confirms_nothing() -> None:
    # "The post <headline> appeared first on <site>.": the headline's words are no title the text uses
    got = decided(
        "Pine Ridge Renewed for Season 3 at Hallmark — Here's What We Know",
        "Good news, fans: Hallmark Channel has officially renewed Pine Ridge for a third season! The cozy drama "
        "returns next year with 10 episodes.\n\nThe post Pine Ridge Renewed for Season 3 at Hallmark — Here's What "
        "We Know appeared first on Hallmark Daily.",
    )
    assert got and got[0] == ("renewed", "Pine Ridge", 3)


def test_an_organisation_word_alone_is_a_title() -> None:
    got = decided(
        "'Studios' Renewed For Season 2 By HBO",
        "HBO is keeping Studios open. The premium cable network has renewed the workplace comedy for a second "
        "season.\n\nStudios, which premiered in January, follows a failing film lot.",
    )
    assert got == [("renewed", "Studios", 2)]


def test_reviews_and_plot_previews_are_no_news_whatever_their_words() -> None:
    text = "The second season is sharper than the first, if overstuffed. The cast is uniformly strong."
    assert decided("Review: The Lantern Men returns to Crave with renewed nerve – and too many subplots", text) == []
    plot = (
        "Next week, Sipho and Lerato finally renew their vows in front of the whole township.\n\n"
        "Elsewhere on the soap, Naledi is forced to cancel her trip to Durban after her purse goes missing."
    )
    assert decided("Umoya teasers: Sipho and Lerato renew their vows – but who invited Vusi?", plot) == []
    assert decided("Harbour Street spoilers: Sipho and Lerato renew vows as a rival plots", plot) == []
    # the part after the colon about the series is news
    got = decided(
        "'Harbour Street' spoilers: ITV renews series for one final season",
        "ITV has renewed Harbour Street for a sixth and final season, the broadcaster said.",
    )
    assert got and got[0][1] == "Harbour Street" and got[0][0] in ("ending", "renewed")


def test_getting_a_season_is_a_renewal() -> None:
    got = decided(
        "Netflix's chart-topping true-crime docuseries is getting a third season",
        "Good news for armchair detectives: Netflix has officially renewed The Lost Girls of Pike Lake for a third "
        "season.\n\nThe renewal was confirmed on Thursday.",
    )
    assert got and got[0] == ("renewed", "The Lost Girls of Pike Lake", 3)


def test_a_networks_kind_of_show_opens_a_description_whose_names_are_not_decided() -> None:
    # (passed before "getting a season" was a renewal, failed with it and without this fix)
    got = decided(
        "Hulu's 'The Fold' and 'Marigold' have been renewed",
        "The Fold, Hulu's drama about a fictional commune called Brightism, won't be going away just yet — it's "
        "getting a second season. Marigold is also coming back for another season.",
    )
    assert all(d[1] != "Brightism" for d in got)


def test_a_person_speaking_at_the_headlines_start_is_no_show() -> None:
    got = decided(
        "Anil Mehra confirms Rampur Crossing season 3 will be the last: 'We wanted to end on our terms'",
        "Actor Anil Mehra has confirmed that the upcoming third season of Prime Video's rural comedy Rampur Crossing "
        "will be its final one.\n\nSpeaking at an event in Mumbai on Monday, Anil said the team had always planned "
        "three seasons.",
    )
    assert got and got[0][:2] == ("ending", "Rampur Crossing")


def test_a_pair_of_names_the_text_casts_is_no_show() -> None:
    got = decided(
        "Park Min Ha And Lee Jun Seo Confirmed To Lead New tvN Fantasy Romance",
        "Park Min Ha and Lee Jun Seo are teaming up for a new drama!\n\nOn May 12, tvN confirmed that Park Min Ha and "
        'Lee Jun Seo have been cast as the leads of its upcoming drama "Moonlit Laundry".\n\n"Moonlit Laundry" is a '
        "fantasy romance about a laundromat owner (Lee Jun Seo) whose machines wash away one bad memory.",
    )
    assert got and got[0][:2] == ("casting", "Moonlit Laundry")


def test_a_season_pushed_to_a_later_date_is_production_news() -> None:
    got = decided(
        "Showmax pushes Kwela season 2 to 2026 after studio flood",
        "Fans of Showmax's musical drama Kwela will have to wait a little longer for its second season.\n\n"
        "The streamer confirmed on Tuesday that season 2 has been pushed back to early 2026.",
    )
    assert got and got[0] == ("production", "Kwela", 2)


def test_a_companys_service_and_a_describing_compound_are_no_titles() -> None:
    # "Amazon's Prime Video", "its Halifax-shot sci-fi drama": the title comes from the text
    got = decided(
        "Amazon's Prime Video cancels its Halifax-shot sci-fi drama after one season",
        'HALIFAX, Nov 8 (Reuters) - Amazon.com Inc\'s Prime Video has cancelled "Dry Dock," a science-fiction drama '
        "about salvage workers, after a single season, a spokesperson said on Wednesday.\n\nThe eight-episode "
        "series, which was filmed in Halifax and starred Ana Kowal, premiered in July.",
    )
    assert got and got[0][:2] == ("cancelled", "Dry Dock")


def test_section_headings_give_their_lines_a_decision_until_the_next_heading() -> None:
    got = decided(
        "nbc upfront 2026 renewals cancellations full list",
        "NBC renewed hospital drama Saint Olave for a fourth season on Monday as it set its 2026-27 schedule.\n\n"
        "Here is where every NBC series stands:\n\nRENEWED\nSaint Olave (season 4)\nNight Desk (season 2)\n\n"
        "CANCELLED\nPaper Towns (after one season)\n\nNEW SERIES\nBackcourt — legal drama from Ana Ruiz, starring "
        "Tom Hale as a public defender in a failing Ohio county court\n\nPREVIOUSLY ANNOUNCED\nCopper Mile\n",
    )
    assert ("renewed", "Night Desk", 2) in got
    assert any(d[:2] == ("cancelled", "Paper Towns") for d in got)
    assert any(d[:2] == ("ordered", "Backcourt") for d in got)
    assert all(d[1] != "Copper Mile" for d in got)


def test_a_counted_headline_over_decision_lines_is_news() -> None:
    got = decided(
        "Four Baltic dramas get new seasons – and one bows out",
        "Baltic broadcasters used this week's festival in Riga to confirm a string of returning series. Here is the "
        "full list:\n\nKrasts (LTV) — renewed for season 2. The coastal thriller was LTV's most-streamed drama.\n\n"
        "Meža Māja (ERR) — renewed for season 3.\n\nVējš (LRT) — renewed for season 2.\n\n"
        "Tilts (TV3) — final season. The family saga will end with its fourth season.",
    )
    assert got and got[0][:2] == ("renewed", "Krasts")
    assert ("renewed", "Vējš", 2) in got


def test_a_counted_headline_with_a_prefixed_kind_is_read_as_counted_news() -> None:
    got = decided(
        "Three K-dramas confirmed for second seasons as sequel boom continues",
        'MBC said Monday its weekend family drama "Jip" will return for a second season next year.\n\n'
        'Wavve also confirmed that its legal comedy "Line Four" will be back for a second season.\n\n'
        'Meanwhile, Netflix said that fantasy romance "Moon Bus" will return for a second season.',
    )
    assert got and got[0][:2] == ("renewed", "Jip")
    assert ("renewed", "Moon Bus", 2) in got


def test_a_renewal_scorecard_is_no_news_unless_its_headline_reports_one() -> None:
    text = (
        "With the season ending soon, the networks are finishing their lineups. To help keep track of what's been "
        "renewed or ending, we've put together a list.\n\nRenewed\n\n• Still Here (CBC)\n• Lakeview (Crave)\n"
        "• Harbour Nights (CBC)"
    )
    assert decided("2026-27 Canadian TV season renewal scorecard", text) == []


def test_a_revival_and_a_titles_own_back_for_a_season_are_news() -> None:
    got = decided(
        "The Den is back: CTV revives cult 2000s sitcom with original cast",
        "Nearly 16 years after its last episode aired, The Den is reopening.\n\nCTV is reviving the Hamilton-set "
        "sitcom, which ran for four seasons, with a 10-episode new season.",
    )
    assert got and got[0][:2] == ("renewed", "The Den")
    got = decided(
        "CTV unveils fall primetime grid: Harbour General back for Season 5",
        "CTV today revealed its fall primetime schedule, anchored by the return of medical drama Harbour General.",
    )
    assert got and got[0][:2] == ("renewed", "Harbour General")
    # "there are no plans to revive" and "come roaring back for a fourth season" decide nothing
    got = decided(
        "ABC renews 'Ward 9' for season 4 — and 'Tin Star' stays cancelled",
        "ABC has renewed Ward 9 for a fourth season. There are no plans to revive Tin Star.",
    )
    assert got == [("renewed", "Ward 9", 4)]


def test_interviews_about_an_old_cancellation_and_opinions_on_a_habit_are_no_news() -> None:
    text = (
        "Years on, the actor still remembers the phone call. Kettle Row was cancelled by Fox after two seasons, "
        "and she says the cast had season 3 all mapped out."
    )
    assert decided("'I thought my career was over': Dana Cole on life after Kettle Row was axed", text) == []
    assert decided("Dana Cole Still Thinks About 'Kettle Row' Getting Canceled: 'We Had Plans'", text) == []
    assert decided("TG4 keeps cancelling the wrong shows. It's time to stop", text) == []


def test_an_airdate_label_is_a_premiere_and_a_rescue_after_but_leaves_the_first_clause() -> None:
    got = decided(
        "Airdate: Three Sheep & A Van",
        "ABC's outback comedy Three Sheep & A Van returns for a second season next month.",
    )
    assert got and got[0][:2] == ("premiere", "Three Sheep & A Van")
    got = decided(
        "ITV axes two dramas in brutal cull - but fan favourite is saved",
        "ITV has axed period drama The Lamps after three series and cancelled thriller Harlow after one. But there "
        "is good news for fans of Wickham: the comedy has been renewed for a fourth series.",
    )
    assert got and got[0][0] == "cancelled"


def test_old_cancellations_still_felt_one_nights_schedule_and_review_columns_are_no_news() -> None:
    text = "The show was cancelled by Fox in 2014 after two seasons. The cast had planned a third."
    assert decided("'SUMMER LANE' STAR SAYS SHE'S 'STILL GRIEVING' SHOW'S CANCELLATION 11 YEARS LATER", text) == []
    assert decided("Summer Lane Star Ava Price Still Doesn't Know Why Fox Cancelled The Show", text) == []
    assert (
        decided(
            "DOCK LANE CANCELLED TONIGHT AS ITV SHAKES UP SCHEDULE FOR CUP FINAL",
            "Dock Lane fans will have to wait for their fix, as ITV has pulled tonight's episode of the soap to make "
            "room for live coverage of the cup final. The episode will now air on Friday.",
        )
        == []
    )
    assert (
        decided(
            "Stream It Or Skip It: 'The Lamps' Final Season on FX, Where the Family Finally Burns It All Down",
            "The final season of The Lamps arrives on FX with its family in ruins. Our call: stream it.",
        )
        == []
    )


def test_a_revival_happening_years_after_a_cancellation_is_news() -> None:
    got = decided(
        "'The Lark Inn' Revival Officially Happening at Peacock, 14 Years After NBC Cancellation",
        "Peacock has ordered a revival of The Lark Inn, the NBC comedy cancelled in 2012 after three seasons.",
    )
    assert got and got[0][:2] == ("renewed", "The Lark Inn")


def test_where_a_show_was_made_and_what_kind_it_is_are_no_part_of_its_title() -> None:
    got = decided(
        "BBC drama filmed across Sheffield axed after just one series",
        "The BBC has cancelled Steel Road, the six-part drama filmed across Sheffield, after one series.",
    )
    assert got and got[0][:2] == ("cancelled", "Steel Road")
    got = decided(
        "Vidio Original Series 'Rumah Batu' Sets April Premiere, Releases First Poster",
        "JAKARTA — Streaming platform Vidio has confirmed that its new Original Series Rumah Batu will premiere on "
        "April 17, 2026, with new episodes every Friday.",
    )
    assert got and got[0][:2] == ("premiere", "Rumah Batu")


def test_a_slate_headlines_return_and_back_for_a_season_renew_their_own_subjects() -> None:
    got = decided(
        "France Télévisions 2027 slate: 'Les Gardiens' returns, 'Baie Noire' axed",
        "France Télévisions presented its line-up on Tuesday, confirming the return of Les Gardiens for a third "
        "season and the end of Baie Noire.",
    )
    assert got and got[0][:2] == ("renewed", "Les Gardiens") and ("cancelled", "Baie Noire") in [d[:2] for d in got]
    got = decided(
        "NBC Upfront 2027: 'Tow Truck' and 'Aunt Edna' Join Lineup, 'Metro Desk' Returns",
        "NBC has ordered comedies Tow Truck and Aunt Edna and renewed Metro Desk for a third season.",
    )
    assert all(d[1] != "Tow Truck" or d[0] == "ordered" for d in got)


def test_a_counted_first_clause_leads_with_the_first_show_the_text_names() -> None:
    got = decided(
        "PRIME VIDEO RENEWS THREE MEXICAN ORIGINALS, AXES 'LOS VECINOS'",
        "MEXICO CITY — Prime Video used its showcase on Tuesday to update its local series. Here's where things "
        "stand:\n\nSelva Negra (Prime Video) — renewed, season 3\nHijas de la Luna (Prime Video) — renewed, season 2\n"
        "Cancún 5 (Prime Video) — renewed, season 4\nLos Vecinos (Prime Video) — cancelled after two seasons",
    )
    assert got and got[0][:2] == ("renewed", "Selva Negra")
    assert ("renewed", "Hijas de la Luna") in [d[:2] for d in got]
    assert ("cancelled", "Los Vecinos") in [d[:2] for d in got]


def test_a_season_of_the_year_a_decision_noun_and_a_datelines_state_are_no_titles() -> None:
    got = decided(
        "The CW announces fall 2027 premiere dates",
        "BURBANK, Calif. — The CW today announced premiere dates for its fall 2027 primetime schedule.\n\n"
        "The network said Quarry Bay will return for a second season on October 5, and Hush Point will "
        "premiere on October 6.",
    )
    assert got and got[0][1] not in ("2027", "Calif") and all(d[1] not in ("2027", "Calif") for d in got)
    got = decided(
        "RENEWED AND CANCELLED: EVERY TV DECISION THIS WEEK",
        "Renewal season is heating up. Here is every decision the networks handed down this week:\n\n"
        "Wethersfield (Apple TV+) — renewed for Season 2\nNight Patrol (ABC) — cancelled after three seasons",
    )
    assert got and got[0][:2] == ("renewed", "Wethersfield")


def test_a_capital_heading_in_words_gives_its_lines_their_decision() -> None:
    got = decided(
        "Showmax 2027 slate: Ilanga is back and three new originals are on the way",
        "Showmax unveiled its 2027 local slate at an event in Sandton on Wednesday night.\n\nTHE BIG RETURNS\n"
        "Ilanga, the Durban fire-brigade drama, has been renewed for a third season.\n\nTHE NEW ONES\n"
        "Amandla – a six-part drama about three royal sisters fighting over a chieftaincy.\n"
        "Die Lang Somer – an Afrikaans coming-of-age series set in a Karoo dorp.",
    )
    assert got and got[0][:2] == ("renewed", "Ilanga")
    assert ("ordered", "Amandla") in [d[:2] for d in got] and ("ordered", "Die Lang Somer") in [d[:2] for d in got]


def test_fans_calls_games_and_galas_are_no_series_decisions() -> None:
    text = "Viewers have flooded social media since Sunday's finale, and a petition has passed 20,000 signatures."
    assert decided("Fans call on Showmax to renew 'Lagos Nights' after explosive season finale", text) == []
    assert (
        decided(
            "Iron Orchard Gacha Game Cancelled Months Before Launch",
            "The mobile game based on the hit anime Iron Orchard has been cancelled, its publisher said.",
        )
        == []
    )
    assert (
        decided(
            "Bayerischer Fernsehpreis scraps 2027 gala, winners to be revealed online",
            "The organisers have cancelled this year's gala; the winners will be announced online instead.",
        )
        == []
    )


def test_html_entities_are_read_as_their_characters() -> None:
    got = decided(
        "Nickelodeon renews Dot &amp; Pip, greenlights new preschool series Mossfoot",
        "Nickelodeon has renewed preschool series Dot &amp; Pip for a second season and greenlit Mossfoot, a new 2D "
        "series.\n\nDot &#38; Pip, which follows two snail siblings, will return in 2026.",
    )
    assert got and got[0][:2] == ("renewed", "Dot & Pip")
    assert ("ordered", "Mossfoot") in [d[:2] for d in got]


def test_a_revival_years_after_and_a_denial_inside_a_title() -> None:
    got = decided(
        "tvnz revives the crib ten years after finale",
        "TVNZ is reviving The Crib, the comedy that ended in 2016 after three seasons, with a new season next year.",
    )
    assert got and got[0][:2] == ("renewed", "The Crib")
    got = decided(
        "Dana Hart Sets 'Tin Valley' Revival at Hulu, 12 Years After ABC Cancellation",
        "Hulu has ordered a revival of Tin Valley, the ABC drama cancelled in 2013, with creator Dana Hart returning.",
    )
    assert got and got[0][1] == "Tin Valley" and got[0][0] in ("renewed", "ordered")
    got = decided(
        "kofi mensah is not ok renewed season 2 disney plus",
        "Disney+ has renewed the comedy Kofi Mensah Is Not OK for a second season.",
    )
    assert got and got[0][:2] == ("renewed", "Kofi Mensah Is Not OK")


def test_sport_called_off_is_no_series_news() -> None:
    assert (
        decided(
            "Auckland T20 cancelled without a ball bowled, Sky Sport viewers left with repeats",
            "Rain washed out the T20 international at Eden Park on Friday; Sky Sport filled the slot with repeats.",
        )
        == []
    )


def test_seasons_in_words_and_the_season_of_the_title_named_before_it() -> None:
    got = decided("'Dora Lane' Renewed For Sophomore Run At Peacock", "Peacock has renewed Dora Lane.")
    assert got and got[0] == ("renewed", "Dora Lane", 2)
    got = decided(
        "The CW Renews Harrow, Bright Lane and The Quarry Boys",
        "The CW is locking in much of its lineup early.\n\nThe network on Thursday handed renewals to three dramas: "
        "soap Harrow (which will be entering Season 4), "
        "music drama Bright Lane (Season 3) and freshman breakout The Quarry Boys, which will return for a "
        "sophomore run.",
    )
    assert got and got[0] == ("renewed", "Harrow", 4)


def test_a_name_the_headline_says_will_star_is_no_show() -> None:
    got = decided(
        "Prime Video Orders Drowned-City Sci-Fi Drama From Lena Haddad, Rizwan Taner to Star",
        "Prime Video has handed a series order to High Water, a sci-fi drama from writer Lena Haddad set in a "
        "half-submerged Miami.\n\nRizwan Taner will star as a salvage diver.",
    )
    assert got and got[0][:2] == ("ordered", "High Water")
