"""The season of a show's end: "cancelled after five seasons" is the sixth that will not happen, unless the text
says the fifth is the last one (then the news is the fifth's end); "final ever season" takes the number the text
gives the last season. Invented shows, our own sentences."""

from bot.understand import analyze
from bot.understand.seasons import find_seasons


def test_a_season_named_as_the_last_is_marked() -> None:
    (m,) = find_seasons("The network said the show's fourth season will be its last.")
    assert (m.season, m.last, m.focus) == (4, True, True)
    (m,) = find_seasons("The fourth season premieres in May.")
    assert (m.season, m.last) == (4, False)


def test_cancelled_after_n_seasons_is_n_when_the_text_says_n_is_the_last() -> None:
    a = analyze(
        "Streamer fans upset as Lantern Hollow is cancelled after four seasons",
        "The animated comedy Lantern Hollow is coming to an end after four seasons, Netflix has confirmed. "
        "Season 4 premieres on 3 March.",
    )
    assert (a.event, a.show, a.season) == ("ending", "Lantern Hollow", 4)  # the fourth's end, by the rule above
    plain = analyze("Lantern Hollow cancelled after four seasons", "Netflix has cancelled Lantern Hollow.")
    assert plain.season == 5  # the season that will not happen


def test_final_ever_season_takes_the_number_the_text_gives() -> None:
    a = analyze(
        "Glass Quarry cast say goodbye as filming wraps on final ever season",
        "The cast of Glass Quarry have been posting goodbyes as filming on the final season comes to an end. "
        "It was announced last year that the Netflix show's sixth season would be its last.",
    )
    assert (a.event, a.show, a.season) == ("production", "Glass Quarry", 6)


def test_ending_with_a_season_marks_it_as_the_last() -> None:
    (m,) = find_seasons("Maple Row will end with its seventh season, the network announced.")
    assert (m.season, m.last, m.focus) == (7, True, True)
    (m,) = find_seasons("The sitcom wraps with season 3 next spring.")
    assert (m.season, m.last) == (3, True)


def test_cancelled_after_n_seasons_and_ending_with_the_nth_is_the_nth() -> None:
    # The case: "will end with its seventh season" is the seventh's end, never an eighth that won't happen.
    a = analyze(
        "ABC cancels Maple Row after seven seasons",
        "Maple Row will end with its seventh season, ABC announced Tuesday.",
    )
    assert (a.event, a.show, a.season) == ("ending", "Maple Row", 7)


def test_a_roundup_sentence_gives_the_season_of_a_show_the_headline_decided() -> None:
    a = analyze(
        "NBC cancels Lost Harbor and The Quiet Hour",
        "NBC has cancelled Lost Harbor after two seasons and The Quiet Hour after one season, the network said.",
    )
    assert {(d.show, d.season) for d in a.decisions} == {("Lost Harbor", 3), ("The Quiet Hour", 2)}
