"""Answer latency: 100,000 generated articles over 2,000+ shows, then 1,000 varied questions.

The articles go through the real understanding and recording steps into a real SQLite file (this takes a minute or two);
only the answering is timed. Prints p50/p95 and, last, key=value pairs.
usage: python benchmarks/ask.py [--articles 100000] [--shows 2000] [--questions 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.answers.compose import answer_question  # noqa: E402
from bot.models import Entry  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.stories.recorder import StoryRecorder  # noqa: E402
from bot.tvmaze.models import TvSeason, TvShow  # noqa: E402
from bot.understand.matching import show_key  # noqa: E402

ADJ = [
    "Silent",
    "Golden",
    "Broken",
    "Hidden",
    "Last",
    "Crimson",
    "Northern",
    "Paper",
    "Velvet",
    "Iron",
    "Glass",
    "Wild",
    "Lucky",
    "Hollow",
    "Bright",
    "Quiet",
    "Burning",
    "Frozen",
    "Secret",
    "Little",
    "Copper",
    "Electric",
]
NOUN = [
    "Harbor",
    "Doors",
    "Kingdom",
    "Signal",
    "Lanterns",
    "Orchard",
    "Frontier",
    "Station",
    "Tides",
    "Empire",
    "Sisters",
    "Detectives",
    "Garden",
    "Nights",
    "Academy",
    "Republic",
    "Canyon",
    "Island",
    "Witness",
    "Crown",
]
NETS = ["Netflix", "HBO", "Max", "Prime Video", "Apple TV+", "Disney+", "Hulu", "FX", "NBC", "CBS", "ABC", "Peacock"]
HEADLINES = [
    (
        "{net} renews ‘{show}’ for season {n}",
        "{net} has renewed {show} for season {n}. Showrunner {p} said the writers return in spring. "
        "“We have more to tell,” {p} said.",
    ),
    (
        "‘{show}’ cancelled at {net} after {m} seasons",
        "{net} will not bring {show} back. Creator {p} thanked the fans.",
    ),
    (
        "‘{show}’ season {n} premieres March {d}",
        "The new season of {show} arrives on {net} on March {d}. {p} returns to direct.",
    ),
    ("‘{show}’ season {n} begins production", "Filming began in Toronto on season {n} of {show}. {p} joins the cast."),
    ("Review: ‘{show}’ season {n} is a triumph", "The new season of {show} is the best yet."),
]
PEOPLE = ["Dana Whitlock", "Ines Moreau", "Ridley Hart", "Priya Raman", "Joe Port", "Sam Ortiz", "Lena Park"]


def show_names(n: int, rng: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < n:
        names.add(
            f"The {rng.choice(ADJ)} {rng.choice(NOUN)}"
            if rng.random() < 0.3
            else f"{rng.choice(ADJ)} {rng.choice(NOUN)}" + (f" {rng.choice(NOUN)}" if rng.random() < 0.5 else "")
        )
    return sorted(names)


async def populate(store: Store, articles: int, shows: list[str], rng: random.Random) -> None:
    recorder = StoryRecorder(store)
    src = store.add_source("https://bench.example/feed", title="Bench Wire", added_by="bench", now=datetime.now(UTC))
    base = datetime(2026, 1, 1, tzinfo=UTC)
    batch: list[Entry] = []
    network_of = {s: NETS[i % len(NETS)] for i, s in enumerate(shows)}  # a show stays on one network
    for i in range(articles):
        show = rng.choice(shows)
        title, text = rng.choice(HEADLINES)
        fill = dict(
            show=show,
            net=network_of[show],
            n=rng.randint(2, 6),
            m=rng.randint(1, 5),
            d=rng.randint(1, 28),
            p=rng.choice(PEOPLE),
        )
        batch.append(
            Entry(
                f"a{i}",
                title.format(**fill),
                f"https://bench.example/{i}",
                base + timedelta(minutes=i),
                text.format(**fill),
                "",
            )
        )
        if len(batch) == 1000:
            stored = store.store_entries(src.id, batch, now=base, baseline=False)
            recorder.analyse_and_record(stored.inserted, base)
            batch = []
    if batch:
        stored = store.store_entries(src.id, batch, now=base, baseline=False)
        recorder.analyse_and_record(stored.inserted, base)


def questions(shows: list[str], n: int, rng: random.Random) -> list[str]:
    templates = [
        "what do we know about season {s} of {show}?",
        "{show} s{s}?",
        "is {show} renewed?",
        "has {show} been cancelled",
        "when does {show} season {s} come out",
        "any news on {show} season {s}",
        "{show} season two",
        "{typo} season {s}",
        "what about season {s} of {unknown}?",
        'season {s}: "{show}',
    ]
    out = []
    for _ in range(n):
        show = rng.choice(shows)
        typo = show[:-2] + show[-1] if len(show) > 6 else show
        unknown = f"{rng.choice(NOUN)} {rng.choice(ADJ)} Chronicles"
        out.append(rng.choice(templates).format(show=show, s=rng.randint(1, 6), typo=typo, unknown=unknown))
    return out


def cache_tvmaze(store: Store) -> None:
    """What the background look-ups leave in the database: a TVmaze show with seasons for every show."""
    now = datetime.now(UTC)
    for i, show in enumerate(store.list_shows()):
        seasons = tuple(TvSeason(n, date(2020 + n, 1, 10), date(2020 + n, 3, 1), 10) for n in range(1, 4))
        tv = TvShow(
            100_000 + i, show.title, f"https://www.tvmaze.com/shows/{100_000 + i}", network=show.network,
            status="Running", premiered=date(2021, 1, 10), seasons=seasons,
        )  # fmt: skip
        store.save_tvmaze_show(tv, show_key(show.title), {}, now)
        store.link_tvmaze(show.id, tv.tvmaze_id, now)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--shows", type=int, default=2_300)  # a few near-identical names merge into one show
    ap.add_argument("--questions", type=int, default=1_000)
    ap.add_argument("--no-tvmaze", action="store_true", help="leave the TVmaze cache empty")
    args = ap.parse_args()
    rng = random.Random(11)
    shows = show_names(args.shows, rng)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "ask.db") as store:
        start = time.perf_counter()
        asyncio.run(populate(store, args.articles, shows, rng))
        built = time.perf_counter() - start
        n_shows = len(store.list_shows())
        print(f"built {store.count_articles()} articles over {n_shows} shows in {built:.0f} s")
        if not args.no_tvmaze:
            cache_tvmaze(store)
            print("every show has cached TVmaze data (3 seasons): answers read it, as they do in the bot")
        recorder = StoryRecorder(store)
        qs = questions(shows, args.questions, rng)
        for q in qs[:20]:  # warm the matcher and SQLite's page cache
            answer_question(store, recorder, q)
        times, kinds = [], {}
        for q in qs:
            t = time.perf_counter()
            a = answer_question(store, recorder, q)
            times.append((time.perf_counter() - t) * 1000)
            kinds[a.kind] = kinds.get(a.kind, 0) + 1
    times.sort()
    p50, p95 = statistics.median(times), times[int(len(times) * 0.95) - 1]
    print(f"{len(qs)} questions: {kinds}")
    print(f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms (target p95 < 10 ms on 100,000 articles)")
    print(
        f"articles={args.articles} shows={n_shows} questions={len(qs)} "
        f"p50_ms={p50:.2f} p95_ms={p95:.2f} max_ms={times[-1]:.2f}"
    )


if __name__ == "__main__":
    main()
