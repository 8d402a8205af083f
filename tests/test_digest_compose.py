"""The weekly digest built from a known set of stories: the exact lines, what stays out, the empty week."""

from datetime import UTC, datetime

from bot.digest.compose import build_digest, digest_message, digest_picture, digest_text, story_line
from bot.models import Story, StorySource
from bot.render.views import fit_message
from tests.digestkit import WEEK_END, WEEK_START, known_week

RENEWED = [
    "**Severance** for season 3 (Apple TV+) — [Deadline](https://deadline.example/severance-s3)",
    "**Dark Matter** for season 2 (Apple TV+) — [TVLine](https://tvline.example/dark-matter)",
]
CANCELLED = ["**Dollface** after season 2 (Hulu) — [TVLine](https://tvline.example/dollface)"]
ENDING = ["**Ghosts**: season 5 is the last (CBS) — [Variety](https://variety.example/ghosts-final)"]
ORDERED = ["**The Pitt**: new series (Max) — [Deadline](https://deadline.example/the-pitt)"]
PREMIERE_DATES = ["**Slow Horses** season 5 (Apple TV+) — [Deadline](https://deadline.example/slow-horses-date)"]
PREMIERES = [
    "Tue 1 Dec — **Shrinking** season 3 (Apple TV+) — [TVmaze](https://www.tvmaze.com/shows/4/shrinking)",
    "Sat 5 Dec — **Severance** season 3 (Apple TV+) — [TVmaze](https://www.tvmaze.com/shows/1/severance)",
    "Sun 13 Dec — **Ghosts** season 5 (CBS) — [TVmaze](https://www.tvmaze.com/shows/2/ghosts)",
]


def test_every_show_the_exact_lines(store):
    known_week(store)
    digest = build_digest(store, start=WEEK_START, end=WEEK_END, show_ids=None)
    assert digest.sections == (
        ("Renewed", tuple(RENEWED)),
        ("Cancelled", tuple(CANCELLED)),
        ("Ending", tuple(ENDING)),
        ("New series orders", tuple(ORDERED)),
        ("Premiere dates announced", tuple(PREMIERE_DATES)),
    )
    assert digest.premieres == tuple(PREMIERES)
    assert digest.period == "23 Nov – 30 Nov 2026"
    message = digest_message(digest)
    (embed,) = message.embeds
    assert embed.title == "This week in TV · 23 Nov – 30 Nov 2026"
    assert embed.description == "\n".join(
        ["**Renewed**", *RENEWED, "", "**Cancelled**", *CANCELLED, "", "**Ending**", *ENDING, "",
         "**New series orders**", *ORDERED, "", "**Premiere dates announced**", *PREMIERE_DATES, "",
         "**Premieres in the next 14 days**", *PREMIERES]
    )  # fmt: skip
    assert fit_message(message) == message  # within Discord's limits as it is


def test_a_channel_that_follows_some_shows_gets_only_theirs(store):
    n = known_week(store)
    followed = {n.shows["Severance"], n.shows["Ghosts"]}
    digest = build_digest(store, start=WEEK_START, end=WEEK_END, show_ids=followed, zone="Europe/London")
    assert digest.sections == (("Renewed", (RENEWED[0],)), ("Ending", tuple(ENDING)))
    assert digest.premieres == (PREMIERES[1], PREMIERES[2])
    assert digest.scope == "the shows this channel follows"
    assert {d.show for d in digest.decisions} == {"Severance", "Ghosts"}


def test_the_picture_is_the_weeks_scorecard(store):
    known_week(store)
    digest = build_digest(store, start=WEEK_START, end=WEEK_END, show_ids=None)
    picture = digest_picture(digest)
    assert picture is not None and picture.filename == "digest.png"
    assert sorted((d.show, d.network, d.status) for d in picture.data.decisions) == [  # type: ignore[union-attr]
        ("Dark Matter", "Apple TV+", "renewed"),
        ("Dollface", "Hulu", "cancelled"),
        ("Ghosts", "CBS", "ending"),
        ("Severance", "Apple TV+", "renewed"),
        ("The Pitt", "Max", "ordered"),
    ]
    assert "Apple TV+: 2 renewed." in picture.alt
    message = digest_message(digest, picture, b"\x89PNG fake")
    assert message.embeds[0].image == "attachment://digest.png"
    assert [(f.name, f.description) for f in message.files] == [("digest.png", picture.alt)]


def test_a_week_with_nothing_says_so_in_one_line_without_a_picture(store):
    known_week(store)
    start, end = datetime(2026, 10, 5, 17, tzinfo=UTC), datetime(2026, 10, 12, 17, tzinfo=UTC)
    digest = build_digest(store, start=start, end=end, show_ids=None)
    assert digest.empty and digest_picture(digest) is None
    message = digest_message(digest, None, None)
    assert message.embeds == () and message.files == ()
    assert message.content == (
        "This week in TV (5 Oct – 12 Oct 2026): nothing to report — no renewals, cancellations, series orders, "
        "premiere dates or premieres for every show."
    )
    assert "\n" not in message.content and digest_text(digest) == message.content


def test_a_channel_that_follows_nothing_gets_the_empty_week(store):
    known_week(store)
    digest = build_digest(store, start=WEEK_START, end=WEEK_END, show_ids=set())
    assert digest.empty and digest.scope == "the shows this channel follows"


def test_untrusted_text_is_escaped_and_a_bad_link_is_left_out():
    story = Story(
        1, 1, "**@everyone** [x](https://evil.example)", 2, "renewed", "Net*flix", "h", "s",
        datetime(2026, 11, 24, tzinfo=UTC), datetime(2026, 11, 24, tzinfo=UTC), True,
        (StorySource(1, "Out[let]", "t", "javascript:alert(1)", None),),
    )  # fmt: skip
    line = story_line(story)
    assert "@\u200beveryone" in line and "\\*\\*" in line and "\\[x\\]" in line and "Net\\*flix" in line
    assert line.endswith("— Out\\[let\\]") and "javascript" not in line and "](https://evil" not in line


def test_terminal_text_has_no_markdown(store):
    known_week(store)
    text = digest_text(build_digest(store, start=WEEK_START, end=WEEK_END, show_ids=None))
    assert "  Severance for season 3 (Apple TV+) — Deadline <https://deadline.example/severance-s3>" in text
    assert "**" not in text
