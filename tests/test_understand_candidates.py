"""Show candidates scored by evidence: text capitals, word frequency, first names, the learned ranker's weights."""

import json
from importlib import resources

from bot.understand import analyze
from bot.understand.analyze import show_candidates
from bot.understand.candidates import FEATURES, full_span
from bot.understand.evidence import is_first_name, zipf
from bot.understand.ranker import evidence_weights, weights


def test_word_frequency_and_first_names_come_from_packages():
    assert zipf("another") > zipf("yellowjackets")
    assert zipf("jumps") >= 3.0 > zipf("bloodline")
    assert is_first_name("James") and is_first_name("nicole")
    assert not is_first_name("Yellowjackets") and not is_first_name("Renewed")


def test_the_shipped_weights_cover_every_feature_and_the_evidence_view_drops_the_rules():
    data = json.loads(resources.files("bot").joinpath("data", "show_ranker.json").read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES)
    assert data["trained_on"], "the weights say which labelled sets they were trained on"
    w, ev = weights(), evidence_weights()
    assert w[FEATURES.index("rule_pick")] > 0 and ev[FEATURES.index("rule_pick")] == 0
    assert ev[FEATURES.index("text_weight")] == w[FEATURES.index("text_weight")]


def test_a_title_extends_to_the_span_the_text_always_uses():
    text = "Netflix renewed The Killing for a fourth season. The Killing stars Mireille Enos."
    assert full_span("Killing", text) == "The Killing"
    anime = "The anime Seraph of the End returns in October. Seraph of the End was a hit."
    assert full_span("Seraph", anime) == "Seraph of the End"
    # a name the text also uses alone stays; a season or a date is never part of a title
    assert full_span("Vera", "Vera returns. Brenda Blethyn plays Vera Stanhope.") == "Vera"
    assert full_span("The Traitors", "The Traitors Season 3 arrives. The Traitors Season 3 is long.") == "The Traitors"


def test_a_headline_word_the_text_writes_in_lowercase_is_not_the_show():
    title = "Streamer Jumps On The Cancellation Train With Another Axe"
    text = (
        "Hulu has cancelled the comedy Woke after two seasons. The streamer jumps on a trend of early "
        "cancellations. Woke starred Lamorne Morris and was created by Keith Knight."
    )
    a = analyze(title, text)
    assert a.show == "Woke"
    ranked = show_candidates(title, text)
    names = [c.name for _p, c in ranked]
    # the text writes "jumps" in lowercase: a headline word, not even a candidate
    assert "jumps" not in {c.key for _p, c in ranked} and "Woke" in names


def test_a_person_or_a_possessive_is_not_the_show():
    title = "Nina Kumar and Josh Widdle's show Hold the Front Page axed by Sky"
    text = (
        "Sky has axed Hold the Front Page after two series. The show saw comedians Nina Kumar and Josh Widdle "
        "work at local newspapers. Hold the Front Page will not return."
    )
    a = analyze(title, text)
    assert a.show == "Hold the Front Page"
    assert a.event == "cancelled"


def test_phrasings_seen_on_unseen_outlets():
    text = "The BBC has confirmed the news. Fans reacted on social media."
    assert analyze("Cabbie Tales closed down by BBC One", "BBC One has closed down Cabbie Tales. " + text).event == (
        "cancelled"
    )
    assert analyze("Orchard Lane cast celebrate last day of filming", "Orchard Lane wrapped. " + text).event == (
        "production"
    )
    # a "might" and a listicle after a label are not news
    assert analyze("Orchard Lane might get resurrected on Max", "Orchard Lane could return. " + text).event is None
    assert (
        analyze("Canceled by Hulu: All the shows ditched by Hulu in 2022", "Hulu cancelled many. " + text).event is None
    )


def test_questions_and_maybes_in_lowercase_slugs_are_not_news():
    text = "The network has not said anything yet. Fans are waiting for news about the comedy."
    assert analyze("orchard lane season 6 is it renewed or canceled at max", text).event is None
    assert analyze("max boss admits orchard lane season 5 could still be final season", text).event is None


def test_a_news_roundup_label_is_not_a_listicle_and_headline_casting_verbs():
    text = "Netflix announced that Orchard Lane season 2 premieres on May 3. The drama was a hit."
    a = analyze("TV News Roundup: 'Orchard Lane' Sets Season 2 Premiere Date at Netflix", text)
    assert (a.event, a.show, a.season) == ("premiere", "Orchard Lane", 2)
    cast = analyze(
        "Mara Quill to headline Netflix drama series Orchard Lane",
        "Mara Quill will star in Orchard Lane, a new Netflix drama series from the creator of Lost Roads.",
    )
    assert cast.event == "casting"


def test_a_misspelt_headline_title_takes_the_texts_spelling():
    text = "ITV has renewed Downton Abbey for a fifth season. Downton Abbey returns in September."
    assert analyze("Downtown Abbey renewed for season five", text).show == "Downton Abbey"


def test_a_headline_phrase_the_text_never_names_is_not_the_show():
    text = (
        "Hulu has cancelled Woke after two seasons, the streamer confirmed on Friday. The comedy starred Lamorne "
        "Morris as a cartoonist. Woke was created by Keith Knight and Marshall Todd, and the second season "
        "premiered in April. The streamer has ended several of its comedies this year, and more may follow "
        "before the summer."
    )
    a = analyze("Hulu Jumps On The Streaming Cancellation Train, Though It's Giving Shows More", text)
    assert a.show in (None, "Woke")
    # a title in the slot next to the decision verb or before "season N" stands even when the text never names it
    plain = "The streamer said the show will be back next year, and that fans can expect more of the same." * 4
    assert analyze("Netflix Has Renewed Forever For A Second Season", plain).show == "Forever"
    assert analyze("The Traitors season 3 teaser", plain).show == "The Traitors"


def test_titles_lose_the_headline_words_around_them():
    from bot.understand.candidates import is_year_phrase, tidy_title

    assert tidy_title("The Society Season 2") == "The Society"
    assert tidy_title("Lena Dunham series Girls") == "Girls"
    assert tidy_title("Parenthood: Renewed") == "Parenthood"
    assert tidy_title("Law & Order: SVU") == "Law & Order: SVU"
    assert is_year_phrase("2024", "anime 2nd season delayed to 2024")
    assert not is_year_phrase("1923", "Yellowstone prequel 1923 renewed for season 2")


def test_people_and_networks_in_lowercase_headlines_are_not_shows():
    text = (
        "Keri Russell will star in The Diplomat, a new Netflix drama series from Debora Cahn. Russell plays a "
        "career diplomat posted to London. The Diplomat has an eight-episode order and begins filming in spring."
    )
    a = analyze("keri russell to headline netflix drama series the diplomat", text)
    assert (a.event, a.show) == ("casting", "The Diplomat")
    # a network's name without its "+" is the network, and a list of people is not a title
    lead = (
        "Paramount has renewed the spy drama for a third season, the streamer said. Zoe Saldana and Nicole "
        "Kidman star. Paramount did not give a date for the new episodes, which begin filming in the autumn."
    )
    b = analyze("paramount renews taylor sheridans spy drama for season 3", lead)
    assert b.show not in ("Paramount", "Zoe Saldana and Nicole Kidman")


def test_roundup_shows_named_by_what_follows_a_counted_decision():
    text = (
        "On Wednesday the network gave orders to four new series, all from its own studio. "
        "“Harbour Nights” is the drama with Dana Reyes that the network chief brought with him. "
        "“Copper Creek” is a redo of a British detective series. The other two are comedies."
    )
    a = analyze("NBC sets four pilot orders", text)
    shows = {d.show for d in a.decisions if d.event == "ordered"}
    assert {"Harbour Nights", "Copper Creek"} <= shows


def test_two_kinds_joined_in_a_headline_make_a_roundup_and_companies_leave_titles():
    text = (
        "The broadcaster has commissioned two new original series, drama Tin Harbour from Moving Floor "
        "Entertainment and a comedy from Princess Pictures called Parted at Birth. Filming begins in May."
    )
    a = analyze("ABC orders Princess Pictures comedy and Moving Floor crime thriller", text)
    shows = {d.show for d in a.decisions}
    assert {"Tin Harbour", "Parted at Birth"} <= shows


def test_a_lowercase_headline_list_without_commas_splits_into_the_texts_titles():
    text = (
        "Streamer Stan has renewed Scrubland for a second season and Bumpy for a fifth, alongside Black Snowfall, "
        "as part of its biggest slate yet. Production begins in 2024."
    )
    a = analyze("stan reveals bumper slate renews scrubland bumpy black snowfall", text)
    shows = {d.show for d in a.decisions}
    assert {"Scrubland", "Bumpy"} <= shows and "2024" not in shows


def test_an_ampersand_title_the_article_writes_so_stays_one_show():
    text = (
        "Channel 4 has axed sketch show Pip & Dory after two series. Pip & Dory starred comedians Pip Crane and "
        "Dory Wix. The broadcaster confirmed the decision on Friday after months of speculation."
    )
    a = analyze("Sketch show Pip & Dory axed by Channel 4", text)
    assert [d.show for d in a.decisions] == ["Pip & Dory"]
