"""Failure classes of unseen outlets (issue 19, third round): each case is written for its class in the shape
outlets use, not copied from a labelled article; each failed on the code before its fix."""

from __future__ import annotations

import pytest

from bot.understand.analyze import analyze
from bot.understand.events import _event_in, refusal


def decided(title: str, text: str) -> list[tuple[str, str | None]]:
    return [(d.event, d.show) for d in analyze(title, text).decisions]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fox will not be renewing the freshman comedy Show for a second season.",
        "The streamer has decided not to renew Show after two seasons.",
        "Sources say Show won't be renewed for a third season.",
        "Neither will receive a second season.",
        "ABC is not renewing Show, a spokesperson confirmed.",
    ],
)
def test_a_decision_not_to_renew_is_a_cancellation(sentence: str) -> None:
    assert _event_in(sentence, False) == "cancelled"
    assert refusal(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    ["Show has not been renewed yet.", "NBC has yet to renew Show for a fourth season.", "Show hasn't been renewed."],
)
def test_a_decision_not_yet_made_is_no_news(sentence: str) -> None:
    assert refusal(sentence) == "negation"


def test_the_shows_a_network_keeps_are_renewed_and_list_commas_inside_quotes_are_no_part_of_a_title() -> None:
    got = decided(
        "NBC Axes “Ironside,” Keeps “Grimm,” “Hannibal”",
        "NBC has cancelled the freshman drama “Ironside” after low ratings. Grimm and Hannibal will both return "
        "next season.",
    )
    assert got[0] == ("cancelled", "Ironside")
    assert ("renewed", "Grimm") in got and ("renewed", "Hannibal") in got


def test_a_network_that_will_not_be_renewing_two_shows_cancels_both() -> None:
    got = decided(
        "Fox cancels two freshman comedies",
        "Fox will not be renewing freshman comedies “Dads” and “Surviving Jack” for next season, the network said "
        "on Friday.",
    )
    assert ("cancelled", "Dads") in got and ("cancelled", "Surviving Jack") in got
    assert all(event == "cancelled" for event, _show in got)
