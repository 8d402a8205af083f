"""A headline that only points at news ("A very important update about season 3 of X") alerts when the text
confirms it: the text may name the show with a typo, and "we know for sure" is a confirmation. Invented shows,
our own sentences."""

from bot.understand import analyze, should_alert

TITLE = "The streamer just gave a big update about season 2 of Copperline Heights"
TEXT = (
    "Photo: courtesy of the streamer.\n"
    "Copperline Heigths fans, rejoice! Finally, we know for sure that the show is returning to Netflix for a "
    "second season.\n"
    "The drama's first season was one of the streamer's most watched of the year."
)


def test_a_typo_in_the_text_still_confirms_the_show_and_we_know_for_sure_is_a_confirmation() -> None:
    a = analyze(TITLE, TEXT)
    assert should_alert(a) and (a.event, a.show, a.season) == ("renewed", "Copperline Heights", 2)


def test_a_different_show_in_the_text_does_not_confirm_the_headline() -> None:
    a = analyze(TITLE, TEXT.replace("Copperline Heigths", "Harbour Row"))
    assert not should_alert(a)  # the text never names the headline's show, even misspelt
