"""Regex backtracking fuzz: every call finishes in bounded time on hostile text (quotes, colons, "Mr. ", "S1 ",
"season ", "picks up ", periods, initials, words up to 50,000 characters), with a fixed seed.

Each input runs in a forked child that reports the CPU time of each call; a call that runs away is stopped after
a few seconds instead of hanging the suite (the known cases took 15–35 s). The bound is generous (0.5 s a call) so a
slow CI machine does not flake: the point is catching quadratic blow-ups, not measuring speed.
"""

from __future__ import annotations

import multiprocessing
import random
import sys
import time
from collections.abc import Callable

import pytest

from bot.understand import analyze, clean_page_text, split_sentences
from bot.understand.facts import facts_from_sentences
from bot.understand.summary import article_sentences, summarize

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs fork")

BOUND_S = 0.5  # CPU seconds a call may take
STOP_AFTER_S = 6.0  # wall seconds before a call is stopped as runaway (generous: the machine may be busy)
SEED = 20261126
TITLE = "Netflix renews ‘Harbor Lights’ for season 2"
TOKENS = [
    "'",
    '"',
    "‘",
    "’",
    "“",
    "”",
    ":",
    ": ",
    "Mr. ",
    "Dr. ",
    "S1 ",
    "season ",
    "picks up ",
    ".",
    ". ",
    "A. ",
    "J.J. ",
    "U.S. ",
    "Show of for ",
    " ",
    "\n",
    "\n\n",
    "a ",
    "'a ",
    "“a. ",
    "renewed ",
    "2 ",
    "(",
    ")",
    "—",
]


def _mixes(count: int) -> list[str]:
    """Random mixes of one to three tokens, now and then a long word, 2,000 to 50,000 characters."""
    rng = random.Random(SEED)
    out = []
    for _ in range(count):
        kinds = rng.sample(TOKENS, rng.randint(1, 3))
        target = rng.choice([2_000, 10_000, 50_000])
        parts, size = [], 0
        while size < target:
            piece = "W" * rng.randint(50, 5_000) if rng.random() < 0.01 else rng.choice(kinds)
            parts.append(piece)
            size += len(piece)
        out.append("".join(parts)[:target])
    return out


def _repeated(token: str, chars: int = 50_000) -> str:
    return (token * (chars // len(token) + 1))[:chars]


MIXES = _mixes(24)
REPEATS = [_repeated(t) for t in TOKENS] + ["x" * 50_000, "Supercalifragilistic" * 2_500]
TEXTS = MIXES + REPEATS


def _child(conn, fn: Callable[[str], object], inputs: list[str]) -> None:
    for i, text in enumerate(inputs):
        start = time.process_time()
        fn(text)
        conn.send((i, time.process_time() - start))
    conn.close()


def cpu_times(fn: Callable[[str], object], inputs: list[str], stop_after: float = STOP_AFTER_S) -> list[float | None]:
    """CPU seconds of fn on each input, None where a call was stopped after `stop_after` wall seconds."""
    ctx = multiprocessing.get_context("fork")
    out: list[float | None] = []
    while len(out) < len(inputs):
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(child, fn, inputs[len(out) :]), daemon=True)
        proc.start()
        child.close()
        while len(out) < len(inputs):
            if not parent.poll(stop_after):
                out.append(None)
                proc.kill()
                break
            try:
                out.append(parent.recv()[1])
            except EOFError:  # the child died: count the input it was on as a failure
                out.append(None)
                break
        proc.join()
        parent.close()
    return out


def _too_slow(inputs: list[str], times: list[float | None]) -> list[str]:
    return [
        f"{text[:30]!r}… ({len(text)} chars): {'stopped' if t is None else f'{t:.2f} s'}"
        for text, t in zip(inputs, times, strict=True)
        if t is None or t > BOUND_S
    ]


def _summary_steps(text: str) -> None:
    sentences = article_sentences(text)
    summarize(TITLE, text, show="Harbor Lights", network="Netflix", event="renewed", shows=("Harbor Lights",), season=2)
    summarize(text, "Netflix has renewed Harbor Lights for a second season, the streamer said on Monday.")
    facts_from_sentences(sentences, "Harbor Lights", 2)


def test_the_inputs_are_hostile_and_long():
    assert len(TEXTS) == 56 and max(map(len, TEXTS)) == 50_000
    assert sum(len(t) == 50_000 for t in MIXES) >= 5


@pytest.mark.parametrize(
    "name,fn",
    [("split_sentences", split_sentences), ("clean_page_text", clean_page_text), ("summary and facts", _summary_steps)],
)
def test_sentences_summary_and_facts_are_bounded(name: str, fn: Callable[[str], object]):
    assert _too_slow(TEXTS, cpu_times(fn, TEXTS)) == [], name


def test_analyze_is_bounded_on_hostile_article_text():
    assert _too_slow(TEXTS, cpu_times(lambda text: analyze(TITLE, text), TEXTS)) == []


# analyze() bounds the headline it reads (bot/understand/analyze.py); these shapes were quadratic in shows.py,
# seasons.py and events.py before that (15-35 s on 50,000-character headlines) and must stay bounded.
TITLE_CASES = [
    pytest.param(_repeated(t), id=repr(t))
    for t in ("Mr. ", "season ", "S1 ", "picks up ", ": ", "'a ", "‘", "“a. ", "Show of for ", "A. ", '"', ".")
]


@pytest.mark.parametrize("title", TITLE_CASES)
def test_analyze_is_bounded_on_hostile_headlines(title: str):
    times = cpu_times(lambda t: analyze(t, ""), [title], STOP_AFTER_S)
    assert _too_slow([title], times) == []
