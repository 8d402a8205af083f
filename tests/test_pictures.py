"""Pictures drawn from a known database: decoded and checked (size, dimensions, not blank, the bars' colours),
and their text found in the figure's own label objects; alt text; the palette's contrast."""

import io
from datetime import UTC, date, datetime

import pytest
from matplotlib.text import Text
from PIL import Image

from bot.pictures.data import NothingToDraw, Picture, scorecard, timeline
from bot.pictures.draw import figure_for, render
from bot.pictures.palette import CARD, EVENT_COLOURS, MUTED, SEASON_COLOUR, STATUS_COLOURS, TEXT, contrast, ink_on
from bot.pictures.render import PNG_MAX
from tests.digestkit import known_week

TODAY = date(2026, 12, 6)


def texts(picture: Picture) -> list[str]:
    fig = figure_for(picture)
    found = [t.get_text() for t in fig.findobj(Text) if t.get_visible() and t.get_text()]
    for ax in fig.axes:  # tick labels are Text objects the axes make when drawn
        found += [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    return found


def decoded(png: bytes) -> Image.Image:
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) <= PNG_MAX
    image = Image.open(io.BytesIO(png))
    image.load()
    return image.convert("RGB")


def has_colour(image: Image.Image, hex_colour: str, at_least: int = 200) -> bool:
    rgb = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    counts = {c: n for n, c in image.getcolors(maxcolors=1 << 20) or []}
    return counts.get(rgb, 0) >= at_least


def test_scorecard_of_every_network(store):
    known_week(store)
    picture = scorecard(store, network=None, year=2026)
    labels = texts(picture)
    assert "Renewals and cancellations in 2026" in labels
    assert {"Renewed", "Cancelled", "Ending", "Ordered"} <= set(labels)
    assert {"Apple TV+", "Hulu", "CBS", "Max", "Disney+"} <= set(labels)
    # Apple TV+: Severance, Dark Matter, Shrinking renewed (Loot's cancellation was background news, left out).
    assert " 3" in labels and " 1" in labels
    image = decoded(render(picture))
    assert image.width == 1200 and 300 <= image.height <= 1000
    assert len(image.getcolors(maxcolors=1 << 20) or []) > 50  # not blank
    assert all(has_colour(image, colour) for colour in STATUS_COLOURS.values())  # every status has a bar
    assert has_colour(image, CARD, at_least=image.width * image.height // 2)  # the opaque card
    assert picture.alt.startswith("Bar charts, Renewals and cancellations in 2026, shows per network: Apple TV+: ")
    assert "Apple TV+: 3 renewed." in picture.alt and "Hulu: 1 cancelled." in picture.alt


def test_scorecard_of_one_network_names_its_shows(store):
    known_week(store)
    picture = scorecard(store, network="apple tv+", year=2026)
    labels = texts(picture)
    assert "Apple TV+: renewals and cancellations in 2026" in labels
    assert "Renewed · 3" in labels
    assert "Dark Matter, Severance, Shrinking" in labels  # the show names, readable
    assert not any("Hulu" in t for t in labels)
    image = decoded(render(picture))
    assert image.width == 1200 and has_colour(image, STATUS_COLOURS["renewed"])
    assert picture.alt == (
        "Bar chart, Apple TV+: renewals and cancellations in 2026. Renewed (3): Dark Matter, Severance, Shrinking."
    )


def test_scorecard_refusals_say_what_there_is(store):
    known_week(store)
    with pytest.raises(NothingToDraw, match="no renewals, cancellations or orders in 2019"):
        scorecard(store, network=None, year=2019)
    with pytest.raises(NothingToDraw, match="Networks with some: Apple TV\\+, CBS, Disney\\+, Hulu, Max"):
        scorecard(store, network="Peacock", year=2026)


def test_timeline_has_seasons_and_news(store):
    known_week(store)
    picture = timeline(store, "severance", today=TODAY)
    labels = texts(picture)
    assert "Severance (Apple TV+): seasons and news" in labels
    assert {"Season 1", "Season 2", "Season 3", "News"} <= set(labels)
    assert "  S1 · Feb 2022 – Apr 2022" in labels and "  S3 · Dec 2026 (airing)" in labels
    assert "Renewed S3\n24 Nov 2026" in labels
    image = decoded(render(picture))
    assert image.width == 1200 and has_colour(image, SEASON_COLOUR) and has_colour(image, EVENT_COLOURS["renewed"], 50)
    assert picture.alt == (
        "Timeline of Severance. Seasons — season 1: 18 Feb 2022 to 08 Apr 2022; season 2: 17 Jan 2025 to "
        "21 Mar 2025; season 3: 05 Dec 2026 (airing). Greenlight's news — Renewed S3 on 24 Nov 2026."
    )


def test_timeline_of_an_unknown_show_is_refused(store):
    known_week(store)
    with pytest.raises(NothingToDraw, match="knows no show called “Westworld”"):
        timeline(store, "Westworld", today=TODAY)


def test_palette_reads_on_the_card_and_labels_read_on_the_bars():
    assert contrast(TEXT, CARD) >= 7 and contrast(MUTED, CARD) >= 4.5
    for colour in [*EVENT_COLOURS.values(), SEASON_COLOUR]:
        assert contrast(colour, CARD) >= 3, colour  # graphics and bold labels (WCAG 1.4.11)
        assert contrast(colour, ink_on(colour)) >= 4.5, colour
    assert len(set(STATUS_COLOURS.values())) == 4


def test_untrusted_names_are_drawn_as_written(store):
    """A "$" in a show's name is a dollar sign (not matplotlib's math mode, which a stray one would crash), and very
    long names and very many shows are cut to fit."""
    n = known_week(store)
    odd = ["$100 Ke$ha's $$ Show \\frac{", "A" * 300, *(f"Extra Show {i}" for i in range(80))]
    for i, title in enumerate(odd):
        n.story(title, "renewed", season=2, network="Apple TV+", outlet="Deadline",
                link=f"https://deadline.example/odd-{i}", when=datetime(2026, 11, 24, tzinfo=UTC))  # fmt: skip
    picture = scorecard(store, network="Apple TV+", year=2026)
    labels = texts(picture)
    (names,) = [t for t in labels if t.startswith("$100 Ke$ha")]
    assert (
        "$100 Ke$ha's $$ Show \\frac{" in names
        and "A" * 40 not in names
        and "A" * 31 + "…" in names
        and names.endswith("and 25 more")
    )
    image = decoded(render(picture))
    assert image.width == 1200 and image.height < 2000
    assert "$100 Ke$ha's $$ Show \\frac{" in picture.alt  # the alt text names them
    timeline_picture = timeline(store, "$100 Ke$ha's $$ Show \\frac{", today=TODAY)
    assert "$100 Ke$ha's $$ Show \\frac{: seasons and news" in texts(timeline_picture)
    decoded(render(timeline_picture))
