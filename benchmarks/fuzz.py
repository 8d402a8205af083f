"""Feed-parser fuzzing: tens of thousands of mutated real feeds and hostile synthetic bodies through parse_feed.

Every body must end as a ParsedFeed (whose strings, links, dates and entry count obey the parser's promises)
or a FeedError; anything else is counted as `uncaught`. Prints counts by outcome, the slowest inputs, and a
last line of key=value pairs (`uncaught=0 invalid=0` is a pass).

    python benchmarks/fuzz.py                      # 20,000 cases, seed 12
    python benchmarks/fuzz.py --cases 50000 --seed 7 --workers 2

Real feeds are read from ../shared/data/real-feeds (or GREENLIGHT_REAL_FEEDS); without them only synthetic
bodies are used. tests/test_fuzz_feeds.py runs a few hundred of the same cases in CI.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.errors import FeedError  # noqa: E402
from bot.ingest.addresses import MAX_URL_LENGTH  # noqa: E402
from bot.ingest.feeds import OLDEST_DATE, parse_feed  # noqa: E402
from bot.models import ParsedFeed  # noqa: E402

REAL_FEEDS = Path(
    os.environ.get("GREENLIGHT_REAL_FEEDS", Path(__file__).resolve().parents[2] / "shared" / "data" / "real-feeds")
)
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
MAX_ENTRIES = 50
_BAD_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")

Mutator = Callable[[bytes, random.Random], bytes]


def real_feeds(limit_bytes: int) -> list[bytes]:
    """Each real feed, cut to `limit_bytes` (a cut feed is one more kind of damage; it keeps the run fast)."""
    if not REAL_FEEDS.is_dir():
        return []
    return [p.read_bytes()[:limit_bytes] for p in sorted(REAL_FEEDS.glob("*")) if p.is_file()]


# ---------------------------------------------------------------- mutations of a real body


def _pos(body: bytes, rng: random.Random) -> int:
    return rng.randrange(len(body) + 1)


def _text_pos(body: bytes, rng: random.Random) -> int:
    """Just after a '>' (inside element text, where references are expanded), or anywhere."""
    for _ in range(8):
        i = body.find(b">", _pos(body, rng))
        if i >= 0:
            return i + 1
    return _pos(body, rng)


def flip_bytes(body: bytes, rng: random.Random) -> bytes:
    data = bytearray(body)
    for _ in range(rng.randint(1, 16)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def truncate(body: bytes, rng: random.Random) -> bytes:
    return body[: _pos(body, rng)]


def duplicate(body: bytes, rng: random.Random) -> bytes:
    a = _pos(body, rng)
    b = min(len(body), a + rng.randint(1, 4096))
    at = _pos(body, rng)
    return body[:at] + body[a:b] * rng.randint(1, 8) + body[at:]


def bad_char_refs(body: bytes, rng: random.Random) -> bytes:
    refs = [b"&#1114112;", b"&#x110000;", b"&#xD800;", b"&#55296;", b"&#0;", b"&#x1;", b"&#99999999999;", b"&#27;"]
    for _ in range(rng.randint(1, 5)):
        at = _text_pos(body, rng)
        body = body[:at] + rng.choice(refs) + body[at:]
    return body


def nuls(body: bytes, rng: random.Random) -> bytes:
    for _ in range(rng.randint(1, 5)):
        at = _text_pos(body, rng)
        body = body[:at] + b"\x00" * rng.randint(1, 3) + body[at:]
    return body


def control_chars(body: bytes, rng: random.Random) -> bytes:
    for _ in range(rng.randint(1, 5)):
        at = _text_pos(body, rng)
        body = body[:at] + bytes([rng.choice([1, 7, 8, 11, 12, 27, 127])]) + body[at:]
    return body


def deep_xml(body: bytes, rng: random.Random) -> bytes:
    n = rng.choice([300, 3_000, 30_000])
    at = _text_pos(body, rng)
    return body[:at] + b"<a>" * n + b"x" + b"</a>" * rng.choice([0, n]) + body[at:]


def huge_attribute(body: bytes, rng: random.Random) -> bytes:
    i = body.find(b"<item", _pos(body, rng))
    if i < 0:
        i = body.find(b"<entry")
    if i < 0:
        return body + b'<x a="' + b"A" * 1_000_000 + b'"/>'
    i += 5
    return body[:i] + b' junk="' + bytes([rng.choice(b"abc<&%")]) * rng.choice([10_000, 1_000_000]) + b'"' + body[i:]


def odd_dates(body: bytes, rng: random.Random) -> bytes:
    dates = [
        b"Mon, 01 Jan 0001 00:00:00 +0100",
        b"Fri, 31 Dec 9999 23:59:59 -1200",
        b"0001-01-01T00:00:00+01:00",
        b"9999-12-31T23:59:59-12:00",
        b"Thu, 01 Jan 1970 00:00:00 GMT",
        b"not a date",
        b"",
    ]
    return re.sub(
        rb"(<(pubDate|published|updated|dc:date)>)[^<]*", lambda m: m.group(1) + rng.choice(dates), body, count=50
    )


def hostile_links(body: bytes, rng: random.Random) -> bytes:
    links = [
        b"javascript:alert(1)",
        b"https://beat.example/x) [Click for free nitro](https://phish.example",
        b"https://a.example/" + b"x" * 100_000,
        b"data:text/html,hi",
        b"https://a.example/\x01\x7fctl",
        b"//no-scheme.example/path",
        b"https://user:pw@a.example/",
        b"https://[::1",
        b"http://a.example:0/",
        b"https://a.example/%zz%",
    ]
    return re.sub(rb"(<link>)[^<]*", lambda m: m.group(1) + rng.choice(links), body, count=20)


def re_encode(body: bytes, rng: random.Random) -> bytes:
    text = body.decode("utf-8", "replace")
    text = re.sub(r"^(\s*<\?xml[^>]*encoding=[\"'])[A-Za-z0-9._-]+", r"\1utf-16", text, count=1)
    return text.encode(rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"]))


REAL_MUTATORS: dict[str, Mutator] = {
    "flip": flip_bytes,
    "truncate": truncate,
    "duplicate": duplicate,
    "charref": bad_char_refs,
    "nul": nuls,
    "control": control_chars,
    "deep_xml": deep_xml,
    "huge_attr": huge_attribute,
    "dates": odd_dates,
    "links": hostile_links,
    "re_encode": re_encode,
}


# ---------------------------------------------------------------- synthetic bodies

_WRONG = [None, 5, 1.5, True, [], ["a"], {}, {"a": 1}, "", "x" * 10_000, [[[["deep"]]]]]


def _json_item(rng: random.Random, i: int) -> dict:
    item: dict[str, object] = {
        "id": f"id-{i}",
        "url": f"https://json.example/{i}",
        "title": f"Story {i} renewed",
        "content_html": f"<p>Body {i}</p>",
        "date_published": (NOW - timedelta(hours=i)).isoformat(),
    }
    for key in rng.sample(["id", "url", "title", "content_html", "content_text", "date_published", "summary"], 2):
        item[key] = rng.choice(_WRONG)
    return item


def json_wrong_types(rng: random.Random) -> bytes:
    doc: dict[str, object] = {
        "version": rng.choice(["https://jsonfeed.org/version/1.1", ["x"], 5, None]),
        "title": rng.choice(["JSON TV", ["a"], 5, None, {"x": 1}]),
        "home_page_url": rng.choice(["https://json.example/", 5, ["u"], "javascript:x"]),
        "items": rng.choice(
            [[_json_item(rng, i) for i in range(rng.randint(0, 20))], 5, "items", None, {"a": 1}, [1, "x", None]]
        ),
    }
    return json.dumps(doc).encode()


def json_surrogates(rng: random.Random) -> bytes:
    items = [
        {"id": f"s{i}", "url": f"https://json.example/s{i}", "title": rng.choice(["ok", "bad \ud800", "\udfff x"])}
        for i in range(rng.randint(1, 10))
    ]
    doc = {"version": "https://jsonfeed.org/version/1", "title": "S\udc00urrogates", "items": items}
    return json.dumps(doc).encode()  # ensure_ascii writes "\ud800" escapes, which json.loads turns back into lone ones


def deep_json(rng: random.Random) -> bytes:
    n = rng.choice([1_000, 100_000])
    return rng.choice([b"[" * n, b'{"a":' * n, b"[" * n + b"]" * n])


def entity_bomb(rng: random.Random) -> bytes:
    levels = ['<!ENTITY a0 "' + "x" * 100 + '">'] + [
        f'<!ENTITY a{i} "' + f"&a{i - 1};" * 10 + '">' for i in range(1, 10)
    ]
    text = (
        '<?xml version="1.0" encoding="{enc}"?><!DOCTYPE rss [' + "".join(levels) + "]><rss><channel><title>&a9;"
        "</title><item><title>&a9;</title><link>https://x.example/</link></item></channel></rss>"
    )
    enc = rng.choice(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
    return text.replace("{enc}", enc.removesuffix("-sig")).encode(enc)


def many_entries(rng: random.Random) -> bytes:
    n = rng.choice([600, 5_000])
    items = "".join(
        f"<item><guid>g{i}</guid><title>T{i}</title><link>https://m.example/{i}</link>"
        f"<pubDate>{(NOW - timedelta(minutes=i)).strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate></item>"
        for i in range(n)
    )
    return f"<rss version='2.0'><channel><title>Many</title>{items}</channel></rss>".encode()


def garbage(rng: random.Random) -> bytes:
    return bytes(rng.randrange(256) for _ in range(rng.randint(0, 2000)))


SYNTHETIC: dict[str, Callable[[random.Random], bytes]] = {
    "json_types": json_wrong_types,
    "json_surrogates": json_surrogates,
    "deep_json": deep_json,
    "entity_bomb": entity_bomb,
    "many_entries": many_entries,
    "garbage": garbage,
}


def cases(seed: int, count: int, bases: list[bytes]) -> Iterator[tuple[str, bytes]]:
    """(label, body) pairs, the same for the same seed and bases. A quarter synthetic, the rest mutated real feeds."""
    rng = random.Random(seed)
    for i in range(count):
        if not bases or i % 4 == 3:
            name = rng.choice(sorted(SYNTHETIC))
            yield f"{i}:{name}", SYNTHETIC[name](rng)
            continue
        base_index = rng.randrange(len(bases))
        names = rng.sample(sorted(REAL_MUTATORS), rng.choice([1, 1, 2]))
        body = bases[base_index]
        for name in names:
            body = REAL_MUTATORS[name](body, rng)
        yield f"{i}:{'+'.join(names)}@{base_index}", body


# ---------------------------------------------------------------- judging one body


def problems(feed: ParsedFeed, now: datetime = NOW, max_entries: int = MAX_ENTRIES) -> list[str]:
    """What a ParsedFeed breaks of the parser's promises (empty when it keeps all of them)."""
    out: list[str] = []
    if len(feed.entries) > max_entries:
        out.append(f"{len(feed.entries)} entries > {max_entries}")
    strings = [("feed title", feed.title), ("feed link", feed.link)]
    for e in feed.entries:
        strings += [("guid", e.guid), ("title", e.title), ("link", e.link), ("text", e.text), ("raw", e.summary_raw)]
        if e.link and (not e.link.startswith(("http://", "https://")) or len(e.link) > MAX_URL_LENGTH):
            out.append(f"bad link {e.link[:80]!r}")
        if e.link and re.search(r"[\s()\[\]<>\"]", e.link):
            out.append(f"unencoded link {e.link[:80]!r}")
        if e.published is not None and not (OLDEST_DATE <= e.published <= now + timedelta(hours=1)):
            out.append(f"date out of range {e.published}")
        if not e.guid:
            out.append("empty guid")
    for name, value in strings:
        if not isinstance(value, str):
            out.append(f"{name} is {type(value).__name__}")
        elif _BAD_CHARS.search(value):
            out.append(f"{name} has a control character or lone surrogate")
    return out


def judge(body: bytes) -> tuple[str, float, str]:
    """(outcome, seconds, detail): outcome is ok, feed_error:<kind>, invalid or uncaught:<type>."""
    start = time.perf_counter()
    try:
        feed = parse_feed(body, now=NOW, max_entries=MAX_ENTRIES)
    except FeedError as exc:
        return f"feed_error:{exc.kind}", time.perf_counter() - start, ""
    except BaseException as exc:  # noqa: B036 - counting exactly what escapes is the point
        return f"uncaught:{type(exc).__name__}", time.perf_counter() - start, f"{exc!s:.200}"
    elapsed = time.perf_counter() - start
    found = problems(feed)
    return ("invalid", elapsed, "; ".join(found[:3])) if found else ("ok", elapsed, "")


def _work(item: tuple[str, bytes]) -> tuple[str, str, float, str, int]:
    label, body = item
    outcome, seconds, detail = judge(body)
    return label, outcome, seconds, detail, len(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--base-bytes", type=int, default=48_000, help="cut each real feed to this many bytes")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--slowest", type=int, default=10)
    args = parser.parse_args()

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    bases = real_feeds(args.base_bytes)
    print(f"{len(bases)} real feeds from {REAL_FEEDS}" if bases else f"no real feeds at {REAL_FEEDS}: synthetic only")
    counts: Counter[str] = Counter()
    slowest: list[tuple[float, str, str, int]] = []
    failures: list[tuple[str, str, str]] = []
    start = time.perf_counter()
    with mp.Pool(args.workers) as pool:
        for label, outcome, seconds, detail, size in pool.imap_unordered(
            _work, cases(args.seed, args.cases, bases), chunksize=16
        ):
            counts[outcome] += 1
            slowest = sorted([*slowest, (seconds, label, outcome, size)], reverse=True)[: args.slowest]
            if outcome == "invalid" or outcome.startswith("uncaught"):
                failures.append((label, outcome, detail))
    wall = time.perf_counter() - start
    print("\noutcomes:")
    for outcome, n in counts.most_common():
        print(f"  {outcome:32} {n:7,}")
    print("\nslowest inputs:")
    for seconds, label, outcome, size in slowest:
        print(f"  {seconds * 1000:8.1f} ms  {size:>10,} B  {outcome:28} {label}")
    if failures:
        print("\nfailures (first 20):")
        for label, outcome, detail in failures[:20]:
            print(f"  {label}: {outcome}: {detail}")
    uncaught = sum(n for k, n in counts.items() if k.startswith("uncaught"))
    errors = sum(n for k, n in counts.items() if k.startswith("feed_error"))
    print(
        f"cases={args.cases} seed={args.seed} real_feeds={len(bases)} ok={counts['ok']} feed_error={errors} "
        f"invalid={counts['invalid']} uncaught={uncaught} slowest_ms={slowest[0][0] * 1000 if slowest else 0:.0f} "
        f"wall_s={wall:.1f}"
    )


if __name__ == "__main__":
    main()
