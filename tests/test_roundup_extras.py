"""A roundup's extra decisions are extra alerts, so a name that is not itself decided must not become one. Each
class with invented shows and our own sentences: what a new show is about or adapted from, a credit, a count,
a year, a list of earlier renewals, a network's possessive, a short form of a decided show, and a show only
"likely to be renewed"."""

import pytest

from bot.understand import analyze, should_alert


def decided(title: str, text: str) -> set[tuple[str, str]]:
    a = analyze(title, text)
    assert should_alert(a)
    return {(d.event, d.show or "") for d in a.decisions}


@pytest.mark.parametrize(
    "title,text,expected",
    [
        (  # the subject of a new drama and the play it adapts are not commissions
            "BBC announces nine new dramas and a renewal for Harbour Row",
            "The BBC has announced nine new drama commissions and a third series of Harbour Row.\n\n"
            "The BBC has commissioned Kestrel Road, a new drama about Marcus Hale and the Lowland rowing team, "
            "based on Priya Lane's award-winning Old Vic play of the same name.",
            {("renewed", "Harbour Row"), ("ordered", "Kestrel Road")},
        ),
        (  # a credit ("'Quayside' co-creator") names an old show, not a new order
            "Channel 4 orders three new dramas",
            "Channel 4 has ordered three new dramas, including Saltmarsh, a six-part thriller from Quayside "
            "co-creator Dana Whitlow.",
            {("ordered", "Saltmarsh")},
        ),
        (  # a sentence that opens with a count
            "ITV unveils new drama slate, recommissions Copper Lane",
            "ITV has recommissioned Copper Lane for a fourth series.\n\n"
            "Eleven new dramas were also ordered for next year, ITV said.",
            {("renewed", "Copper Lane")},
        ),
        (  # "taking the drama to 2031": a year, not a show
            "NBC renews two dramas",
            "NBC has renewed Tidewater and Hollow Pines for two more seasons each, taking Tidewater to 2031.",
            {("renewed", "Tidewater"), ("renewed", "Hollow Pines")},
        ),
        (  # a list of shows renewed earlier is background
            "NBC renews Glass Harbor, cancels two freshman comedies",
            "NBC has renewed Glass Harbor for a third season. Glass Harbor joins a list of renewed dramas "
            "at the network that includes Iron Coast, Fable Street and Dune Road.",
            {("renewed", "Glass Harbor")},
        ),
        (  # "Northline's Glass Harbor" and "Glass Harbor" are one show, as are a title and its short form
            "NBC renews Glass Harbor, Law & Order: Night Desk",
            "NBC has renewed NBC's Glass Harbor and Law & Order: Night Desk. Night Desk was also "
            "renewed by the network's sister channel last year.",
            {("renewed", "Glass Harbor"), ("renewed", "Law & Order: Night Desk")},
        ),
    ],
)
def test_names_that_are_not_decided_are_not_decisions(title: str, text: str, expected: set) -> None:
    assert decided(title, text) == expected


def test_a_show_only_likely_to_be_renewed_is_no_decision() -> None:
    a = analyze(
        "Tollgate will end with its fourth season",
        "Tollgate will end with its fourth season, the network said. I have had Marlow Street as Likely to be "
        "Renewed since its premiere.",
    )
    assert {(d.event, d.show) for d in a.decisions} == {("ending", "Tollgate")}
    speculative = analyze("Is Marlow Street likely to be renewed for season 2?", "Fans are waiting for news.")
    assert not should_alert(speculative)
