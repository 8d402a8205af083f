import pytest

from bot.errors import FeedError
from bot.ingest.opml import build_opml, default_opml_path, parse_opml


def test_round_trip_with_characters_that_need_escaping():
    items = [("https://a.example/feed?x=1&y=2", 'Crime & "Courts" <TV>'), ("https://b.example/rss", None)]
    out = parse_opml(build_opml(items))
    assert [(o.url, o.title) for o in out] == [items[0], ("https://b.example/rss", "https://b.example/rss")]


def test_nested_outlines_are_flattened_and_deduplicated():
    data = b"""<?xml version="1.0"?><opml version="1.0"><head/><body>
      <outline text="TV"><outline text="A" xmlUrl="https://a.example/f"/>
        <outline text="Deeper"><outline title="B" xmlUrl="https://b.example/f"/></outline></outline>
      <outline text="A again" xmlUrl="https://a.example/f"/><outline text="no url"/></body></opml>"""
    assert [(o.url, o.title) for o in parse_opml(data)] == [("https://a.example/f", "A"), ("https://b.example/f", "B")]


@pytest.mark.parametrize(
    "data,kind",
    [
        (b"<opml><body><outline", "malformed_feed"),
        (b"<rss version='2.0'/>", "malformed_feed"),
        (b'<?xml version="1.0"?><!DOCTYPE o [<!ENTITY e "x">]><opml><body/></opml>', "unsafe_feed"),
    ],
)
def test_bad_opml_is_refused(data: bytes, kind: str):
    with pytest.raises(FeedError) as err:
        parse_opml(data)
    assert err.value.kind == kind


def test_bundled_default_list():
    outlines = parse_opml(default_opml_path().read_bytes())
    urls = [o.url for o in outlines]
    assert len(set(urls)) >= 10
    assert all(u.startswith("https://") for u in urls)
    assert all(o.title for o in outlines)
