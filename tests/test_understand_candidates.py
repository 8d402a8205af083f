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
    jumps = next(c for _p, c in ranked if c.key == "jumps")
    assert jumps.flags["head_only_caps"] == 1.0 and "Woke" in names


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
