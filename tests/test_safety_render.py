from datetime import UTC, datetime

from bot.models import Story, StorySource
from bot.render.alerts import render_alert
from bot.render.safety import ZWSP, break_links, escape_markdown, neutralize_mentions, safe_text, trim
from bot.render.views import (
    CONTENT_MAX,
    DESCRIPTION_MAX,
    EMBED_TOTAL_MAX,
    FIELD_VALUE_MAX,
    FIELDS_MAX,
    TITLE_MAX,
    EmbedView,
    FieldView,
    MessageView,
    fit_message,
)

T = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def story(**kw) -> Story:
    base = dict(
        id=1,
        show_id=1,
        show="Jessica Jones",
        season=2,
        event="renewed",
        network="Netflix",
        headline="Netflix renews Jessica Jones",
        summary="Netflix renewed Jessica Jones for a second season.",
        first_seen=T,
        updated_at=T,
        announce=True,
        sources=(StorySource(1, "TV Wire", "Netflix renews Jessica Jones", "https://tvwire.example/jj", T),),
    )
    base.update(kw)
    return Story(**base)


def test_mentions_are_neutralised():
    text = neutralize_mentions("hi @everyone and @here <@123> <@!45> <@&67> <#89>")
    assert "@everyone" not in text and "@here" not in text
    for raw in ("<@123>", "<@!45>", "<@&67>", "<#89>"):
        assert raw not in text
    assert text.count(ZWSP) == 6


def test_markdown_links_and_bare_urls_cannot_be_smuggled():
    text = safe_text("[free nitro](https://evil.example) **bold** https://evil.example/x")
    assert "](" not in text and "[free nitro]" not in text
    assert "https://evil" not in text
    assert escape_markdown("a*b_c") == r"a\*b\_c"
    assert break_links("see http://x.example") == "see http:" + ZWSP + "//x.example"


def test_trim_prefers_sentence_ends_and_never_exceeds():
    text = "First sentence here. Second sentence is longer than that. Third."
    assert trim(text, 40) == "First sentence here."
    out = trim("word " * 100, 50)
    assert len(out) <= 50 and out.endswith("…")
    assert trim("short", 10) == "short"


def test_alert_embed_has_event_show_season_network_summary_sources():
    view = render_alert(story(), mention_role_id=None)
    (embed,) = view.embeds
    assert embed.title == "Renewed: Jessica Jones — Season 2"
    assert embed.colour == 0x2ECC71
    names = {f.name: f.value for f in embed.fields}
    assert names["Show"] == "Jessica Jones" and names["Season"] == "Season 2" and names["Network"] == "Netflix"
    assert "[TV Wire](https://tvwire.example/jj)" in names["Source"]
    assert embed.description.startswith("Netflix renewed Jessica Jones")
    assert embed.url == "https://tvwire.example/jj"
    assert view.content == "" and view.mention_role_id is None


def test_alert_from_hostile_title_mentions_no_one():
    s = story(
        show="@everyone Show",
        summary="@everyone click [here](https://evil.example) <@&1>",
        sources=(StorySource(1, "@here Outlet", "t", "https://ok.example/a", T),),
    )
    view = render_alert(s, mention_role_id=None)
    flat = view.content + "".join(e.title + e.description + "".join(f.value for f in e.fields) for e in view.embeds)
    assert "@everyone" not in flat and "@here" not in flat and "<@&1>" not in flat
    assert "](https://evil" not in flat


def test_only_the_configured_role_is_mentioned():
    view = render_alert(story(), mention_role_id=555)
    assert view.content == "<@&555>" and view.mention_role_id == 555


def test_every_limit_holds_for_huge_input():
    many = tuple(StorySource(i, "Outlet " * 20, "t", f"https://o{i}.example/" + "x" * 200, T) for i in range(300))
    view = render_alert(story(show="S" * 1000, summary="Long sentence. " * 2000, network="N" * 2000, sources=many))
    for e in view.embeds:
        assert len(e.title) <= TITLE_MAX and len(e.description) <= DESCRIPTION_MAX
        assert len(e.fields) <= FIELDS_MAX and all(len(f.value) <= FIELD_VALUE_MAX for f in e.fields)
        assert e.size() <= EMBED_TOTAL_MAX
    big = fit_message(
        MessageView(
            "x" * 5000,
            tuple(
                EmbedView("t" * 300, "d" * 5000, fields=tuple(FieldView("n" * 300, "v" * 2000) for _ in range(30)))
                for _ in range(12)
            ),
        )
    )
    assert len(big.content) <= CONTENT_MAX and len(big.embeds) <= 10
    assert sum(e.size() for e in big.embeds) <= EMBED_TOTAL_MAX
