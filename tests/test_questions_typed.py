"""Questions as people type them (issue 23): no leading "The", numbers in words or digits, greetings; and the one
confirmation rule, the same in the answer footer, the README and the code. Invented shows, a real store."""

from __future__ import annotations

from pathlib import Path

from bot.answers.wording import CONFIRMATION_RULE
from bot.render.answers import answer_text, answer_view
from bot.store import Store
from bot.understand.matching import KnownShow, ShowMatcher, loose_key
from tests.test_answers_wrong import Newsroom, ask, day

ROOT = Path(__file__).resolve().parents[1]


def test_loose_keys_drop_a_leading_article_and_write_numbers_as_digits() -> None:
    assert loose_key("The Last of Us") == loose_key("last of us") == "last of us"
    assert loose_key("Thirteen Doors") == loose_key("13 doors") == "13 doors"
    assert loose_key("A Quiet Place") == "quiet place" and loose_key("The") == "the"
    shows = ShowMatcher([KnownShow(1, "The Bear", (), None), KnownShow(2, "Bear", (), None)])
    assert shows.match("bear", loose=True).id == 2  # an exact title always wins
    assert shows.match("bear").id == 2 and ShowMatcher([KnownShow(1, "The Bear", (), None)]).match("bear") is None


def test_questions_without_the_or_with_numbers_in_words_find_the_show(store: Store) -> None:
    news = Newsroom(store)
    news.publish("Wire", "HBO renews ‘The Lantern Coast’ for season 3", "HBO has renewed The Lantern Coast.", day(0))
    news.publish("Wire", "Netflix renews ‘Thirteen Doors’ for season 2", "Netflix has renewed Thirteen Doors.", day(1))
    a = ask(store, "lantern coast season 3 when is it filming")
    assert a.kind in ("answer", "nothing_for_season") and a.show == "The Lantern Coast", answer_text(a)
    b = ask(store, "is 13 doors renewed")
    assert b.kind == "answer" and b.show == "Thirteen Doors", answer_text(b)
    c = ask(store, "is thirteen doors renewed")
    assert c.kind == "answer" and c.show == "Thirteen Doors"


def test_a_greeting_or_a_question_without_a_show_gets_a_short_how_to(store: Store) -> None:
    news = Newsroom(store)
    news.publish("Wire", "Netflix renews ‘Industry Lane’ for season 2", "Netflix has renewed Industry Lane.", day(0))
    for greeting in ("hi", "Hello!", "hey there", "thanks", "help"):
        a = ask(store, greeting)
        assert a.kind == "need_show" and a.suggestions == () and a.headline.startswith("Hi! Ask me about a TV show")
        assert "no news about" not in answer_text(a) and "Did you mean" not in answer_text(a)
    b = ask(store, "is it renewed?", channel_follows=[])
    assert b.kind == "need_show" and "is Severance renewed?" in b.headline and len(b.headline) < 300


def test_the_confirmation_rule_is_stated_the_same_in_footer_and_readme(store: Store) -> None:
    news = Newsroom(store)
    news.publish("Wire", "‘Glass Quarry’ renewed for season 2", "Glass Quarry will return, sources say.", day(0))
    one = ask(store, "is glass quarry renewed")
    assert "not yet confirmed" in one.headline  # one outlet: reported
    news.publish("Beat", "‘Glass Quarry’ picked up for season 2", "Glass Quarry returns for a second season.", day(0))
    two = ask(store, "is glass quarry renewed")
    assert "announced" in two.headline  # several outlets and none doubts it: announced, as the rule says
    footer = answer_view(two).embeds[0].footer or ""
    assert CONFIRMATION_RULE in footer and "confirmed = announced by the network or several" not in footer
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert f'"{CONFIRMATION_RULE}"' in readme


def test_the_same_fact_from_two_outlets_is_shown_once_but_different_facts_stay(store: Store) -> None:
    news = Newsroom(store)
    news.publish(
        "Wire",
        "Netflix renews ‘Night Ledger’ for a second season",
        "Netflix has renewed Night Ledger for a second season, the streamer announced. "
        "Kilgore will not be back: Rosenberg said the villain was only ever meant for one season. "
        "Filming began in Toronto in May.",
        day(0),
    )
    news.publish(
        "Beat",
        "‘Night Ledger’ picked up for season 2 at Netflix",
        "Netflix picked up Night Ledger for a second season. "
        "Kilgore will not return: Rosenberg said the villain was only ever meant to last one season. "
        "Filming wrapped in Toronto in May.",
        day(0),
    )
    text = answer_text(ask(store, "what do we know about season 2 of night ledger"))
    assert text.count("Kilgore will not") == 1, text
    assert "Filming began in Toronto" in text and "Filming wrapped in Toronto" in text, text
