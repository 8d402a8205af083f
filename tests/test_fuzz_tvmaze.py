"""TVmaze-answer fuzzing (issue 22): 10,000 answers of every shape, type, depth and size, with control, bidi and
zero-width characters in their text, through the client's decoder and parsers, the cache and the renderers.

Every answer must end as parsed data or "no data" (Unusable), never an exception; whatever is parsed must store
in SQLite and render (terminal text and Discord embed) with no control, bidi or zero-width character in it."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from bot.answers.model import Answer
from bot.answers.tvmaze_notes import with_tvmaze
from bot.render.answers import answer_text, answer_view
from bot.store import Store
from bot.tvmaze.client import Unusable, decode
from bot.tvmaze.models import TvShow
from bot.tvmaze.parse import parse_akas, parse_search, parse_show, parse_updates
from bot.understand import show_key
from tests.faketvmaze import make_show, public
from tests.test_cleaning import hidden_chars

CASES = 10_000
NEUTRALISED = re.compile("(?<=[:@#&!<])\u200b(?=//|everyone|here|[0-9])")
NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)
TODAY = date(2026, 11, 26)
NASTY = "\x00\x01\x07\x08\x0b\x0c\x0d\x1b\x7f\x85\x9b\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\u2069\ufeff"
ESCAPES = ["\x1b]0;title\x07", "\x1b]52;c;cm0gLXJmIH4K\x07", "\x1b[2J", "\x1b[31m", "\u202etxt.exe"]


def nasty_text(rng: random.Random) -> str:
    words = ["Severance", "Apple TV+", "Running", "Ended", "The Crown", "Señor", "👩\u200d🚀", "https://x.example/a"]
    parts: list[str] = []
    for _ in range(rng.randint(0, 8)):
        roll = rng.random()
        if roll < 0.4:
            parts.append(rng.choice(words))
        elif roll < 0.7:
            parts.append(rng.choice(NASTY) * rng.randint(1, 3))
        elif roll < 0.85:
            parts.append(rng.choice(ESCAPES))
        else:
            parts.append(chr(rng.randint(0, 0x2FFFF)) if rng.random() < 0.5 else " ")
    text = "".join(parts)
    if rng.random() < 0.02:
        text *= rng.randint(100, 3000)  # long: up to ~100 KB
    return text


def random_value(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if roll < 0.35:
        return nasty_text(rng)
    if roll < 0.55:
        return rng.choice([0, -1, 1, 7, 2**31, 2**63 - 1, 2**63, -(2**63), 2**70, 10**30, rng.randint(-(10**6), 10**6)])
    if roll < 0.62:
        return rng.choice([0.5, -1.0, 1e308, float("nan"), float("inf")])
    if roll < 0.7:
        return rng.choice([True, False, None])
    if roll < 0.85 and depth < 4:
        return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    if depth < 4:
        return {nasty_text(rng)[:20]: random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}
    return None


def mutated_show(rng: random.Random, i: int) -> dict:
    show = make_show(
        rng.choice([i + 1, rng.randint(1, 2**40)]),
        nasty_text(rng) or "Severance",
        network=nasty_text(rng) or None,
        web_channel=rng.choice([None, nasty_text(rng)]),
        status=rng.choice(["Running", "Ended", nasty_text(rng)]),
        seasons=[(n, rng.choice(["2024-01-01", "2027-02-04", nasty_text(rng), None]), None, n) for n in range(1, 4)],
        next_episode=rng.choice([None, (2, 1, "2027-02-04")]),
        akas=[nasty_text(rng) for _ in range(rng.randint(0, 2))],
    )
    body = public(show)
    body["_embedded"] = {"seasons": show["_seasons"], "nextepisode": show["_next"]}
    places = [body, body["network"] or body, *show["_seasons"]]  # the show, its channel, its seasons
    for _ in range(rng.randint(0, 4)):  # values of the wrong type, or keys left out
        target = rng.choice(places)
        key = rng.choice([*target.keys(), "id", "name", "url", "number"])
        if rng.random() < 0.2:
            target.pop(key, None)
        else:
            target[key] = random_value(rng)
    return body


def deep(rng: random.Random) -> bytes:
    n = rng.choice([50, 900, 5_000, 100_000])
    if rng.random() < 0.5:
        return b"[" * n + b"]" * n
    return b'{"a":' * n + b"1" + b"}" * n


def case(rng: random.Random, i: int) -> tuple[str, bytes, Callable[[Any], Any]]:
    roll = rng.random()
    if roll < 0.35:
        return "show", json.dumps(mutated_show(rng, i)).encode(), parse_show
    if roll < 0.5:
        results = [{"score": 0.9, "show": mutated_show(rng, i)} for _ in range(rng.randint(0, 3))]
        if results and rng.random() < 0.3:
            results[rng.randrange(len(results))] = random_value(rng)
        return "search", json.dumps(results).encode(), parse_search
    if roll < 0.6:
        akas = [{"name": random_value(rng), "country": None} for _ in range(rng.randint(0, 4))]
        return "akas", json.dumps(rng.choice([akas, random_value(rng)])).encode(), parse_akas
    if roll < 0.7:
        keys = [str(rng.randint(1, 10**6)), nasty_text(rng)[:10], "٣", "²", "1" * rng.choice([3, 25, 5000])]
        index = {rng.choice(keys): random_value(rng) if rng.random() < 0.3 else 1_700_000_000 for _ in range(4)}
        return "updates", json.dumps(index).encode(), parse_updates
    parse = rng.choice([parse_show, parse_search, parse_akas, parse_updates])
    if roll < 0.8:
        return "deep", deep(rng), parse
    if roll < 0.92:
        return "any", json.dumps(random_value(rng)).encode(), parse
    garbage = json.dumps(mutated_show(rng, i)).encode()
    cut = garbage[: rng.randrange(len(garbage) + 1)]
    return "broken", rng.choice([cut, bytes(rng.randrange(256) for _ in range(rng.randint(0, 200)))]), parse


def show_texts(show: TvShow) -> list[str]:
    texts = [show.name, show.url, show.network, show.web_channel, show.country, show.status, show.official_site]
    texts += list(show.aliases) + [s.network for s in show.seasons]
    return [t for t in texts if t]


def rendered(show: TvShow) -> str:
    answer = Answer("answer", "when does season 2 start?", show=show.name, season=2, intent="when", headline="-")
    answer = with_tvmaze(answer, show, twins=True, today=TODAY)
    view = answer_view(answer)
    parts = [answer_text(answer), view.content or ""]
    for e in view.embeds:
        parts += [e.title or "", e.description or "", e.footer or "", e.url or ""]
        parts += [f.name + f.value for f in e.fields]
    # The renderer's own zero-width spaces, which keep a link or a mention from working (bot/render/safety.py),
    # are the one invisible character allowed out: TVmaze's text brings none.
    return NEUTRALISED.sub("", "\n".join(parts))


def test_ten_thousand_tvmaze_answers(tmp_path: Path):
    rng = random.Random(22)
    outcomes: Counter[str] = Counter()
    uncaught: list[str] = []
    dirty: list[str] = []
    with Store.open(tmp_path / "fuzz.db") as store:
        for i in range(CASES):
            kind, body, parse = case(rng, i)
            try:
                out = decode(body, parse)
            except BaseException as exc:  # noqa: BLE001 - the count is the test
                uncaught.append(f"{kind}: {exc!r} on {body[:120]!r}")
                continue
            outcomes[f"{kind}:{'no data' if isinstance(out, Unusable) else 'parsed'}"] += 1
            shows = (
                [out]
                if isinstance(out, TvShow)
                else [s for s in out if isinstance(s, TvShow)]
                if isinstance(out, list)
                else []
            )
            texts = [t for t in out if isinstance(t, str)] if isinstance(out, list) else []
            for show in shows:
                try:
                    store.save_tvmaze_show(show, show_key(show.name), {a: show_key(a) for a in show.aliases}, NOW)
                    texts += show_texts(show) + [rendered(show)]
                except Exception as exc:
                    uncaught.append(f"{kind}: storing or rendering {show.tvmaze_id}: {exc!r}")
            dirty += [f"{kind}: {hidden_chars(t)!r} in {t[:80]!r}" for t in texts if hidden_chars(t)]
    assert uncaught == [], uncaught[:5]
    assert dirty == [], dirty[:5]
    # every kind of answer was tried, and both outcomes happened: the fuzzer is not all "no data"
    assert all(outcomes[f"{k}:no data"] for k in ("show", "search", "akas", "updates", "deep", "broken"))
    assert outcomes["show:parsed"] > 1000 and outcomes["search:parsed"] > 300, outcomes
