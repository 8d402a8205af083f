"""Understanding benchmark: analyze() (event, show, season, network, summary, facts) over generated articles,
against a trivial baseline (sentence splitting only) over the same texts, in one run, on one core.

usage: python benchmarks/understand.py [--articles 5000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.understand import analyze, split_sentences  # noqa: E402

SHOWS = ["The Quiet Hours", "Harbor Lights", "Signal 9", "Law & Order: Harbor Unit", "1983", "Ghosts", "You",
         "Copper Kettle", "Thirteen Doors", "The Lantern Keepers", "Paper Moons", "Night Court", "Velvet Static",
         "Schitt's Creek", "3 Body Problem", "What We Do in the Shadows", "Dark Matter", "The Gilded Age"]
NETWORKS = ["Netflix", "HBO", "Max", "Prime Video", "Apple TV+", "Disney+", "Hulu", "FX", "NBC", "CBS", "ABC",
            "The CW", "Peacock", "Paramount+", "BBC", "ITV", "Starz", "AMC"]
TITLES = [
    "{net} renews ‘{show}’ for season {n}", "‘{show}’ cancelled at {net} after {m} seasons",
    "‘{show}’ to end with season {n}", "{net} orders ‘{show}’ drama series", "‘{show}’ season {n} premieres in March",
    "‘{show}’ season {n} begins filming", "‘{show}’ season {n} trailer is here", "{person} joins ‘{show}’ season {n}",
    "Review: ‘{show}’ season {n} is a delight", "Will ‘{show}’ get season {n}? Everything we know",
    "{show} renewed for season {n} at {net}", "‘{show}’ ratings climb in week two",
]
SENTENCES = [
    "{net} announced the news on {day}, confirming that the cast will return.",
    "Showrunner {person} said the writers room opens next month.",
    "“We have so much more story to tell,” {person} told reporters.",
    "Production is expected to begin in the spring in {city}.",
    "The previous season drew strong reviews and a loyal audience.",
    "READ MORE: The best new gadgets of the year",
    "{person} stars alongside {person2}, who plays the lead detective.",
    "The new episodes are expected to arrive next year.",
    "Sign up for our newsletter to get the latest TV news.",
]
PEOPLE = ["Dana Whitlock", "Ines Moreau", "Ridley Hart", "Priya Raman", "Joe Port", "Sam Ortiz", "Lena Park"]
CITIES = ["Toronto", "Atlanta", "Belfast", "Budapest", "Vancouver"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def generate(n: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        fill = dict(show=rng.choice(SHOWS), net=rng.choice(NETWORKS), n=rng.randint(2, 9), m=rng.randint(1, 6),
                    person=rng.choice(PEOPLE), person2=rng.choice(PEOPLE), city=rng.choice(CITIES), day=rng.choice(DAYS))
        title = rng.choice(TITLES).format(**fill)
        text = "\n\n".join(rng.choice(SENTENCES).format(**fill) for _ in range(rng.randint(3, 8)))
        out.append((title, text))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=5000)
    args = ap.parse_args()
    articles = generate(args.articles)
    for title, text in articles[:200]:  # warm up regex caches
        analyze(title, text)
    start = time.perf_counter()
    sentences = sum(len(split_sentences(text)) for _title, text in articles)
    base_s = time.perf_counter() - start
    start = time.perf_counter()
    events = sum(analyze(title, text).event is not None for title, text in articles)
    ana_s = time.perf_counter() - start
    n = len(articles)
    print(f"{n} generated articles, {sentences} sentences; {events} analysed as events")
    print(f"baseline (split sentences only): {n / base_s:9.0f} articles/s")
    print(f"analyze + summary + facts:       {n / ana_s:9.0f} articles/s  (target >= 2000)")
    print(f"articles={n} analyze_aps={n / ana_s:.0f} baseline_aps={n / base_s:.0f} ratio={(n / ana_s) / (n / base_s):.3f}")


if __name__ == "__main__":
    main()
