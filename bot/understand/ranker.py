"""Choosing the show among an article's candidates with learned weights.

A linear score over `candidates.FEATURES`, the weights trained by `tools/train_ranker.py` on labelled real and
real-style articles (a listwise softmax: the right candidate's score against the article's others) and shipped
as `bot/data/show_ranker.json`. A score of features, not a cascade of special cases: each weight says how much
one kind of evidence counts, wherever it appears.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources

from bot.understand.candidates import FEATURES, Candidate

WEIGHTS_FILE = "show_ranker.json"


@lru_cache(maxsize=2)
def _weights_of(model: str) -> tuple[float, ...]:
    """One model's weights ("weights": the ranker, "title_weights": is it a title), in FEATURES order."""
    data = _model_file()
    by_name = dict(zip(data["features"], data[model], strict=True))
    return tuple(float(by_name.get(f, 0.0)) for f in FEATURES)


@lru_cache(maxsize=1)
def _model_file() -> dict:
    return json.loads(resources.files("bot").joinpath("data", WEIGHTS_FILE).read_text(encoding="utf-8"))


def weights() -> tuple[float, ...]:
    return _weights_of("weights")


@lru_cache(maxsize=1)
def evidence_weights() -> tuple[float, ...]:
    """The weights without the rules' own pick: what the evidence alone says, to judge a doubtful pick."""
    return tuple(0.0 if f.startswith("rule_") else w for f, w in zip(FEATURES, weights(), strict=True))


def title_weights() -> tuple[float, ...]:
    """Weights of the pointwise model "is this name a show's title at all" (people, headline words, networks,
    descriptors are not), for the shows a roundup's sentences decide."""
    return _weights_of("title_weights")


def title_probability(cand: Candidate) -> float:
    z = score(cand, title_weights())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def score(cand: Candidate, w: tuple[float, ...] | None = None) -> float:
    w = w or weights()
    return sum(a * b for a, b in zip(w, cand.vector(), strict=True))


def ranked(cands: list[Candidate], w: tuple[float, ...] | None = None) -> list[tuple[float, Candidate]]:
    """Candidates with their probability among the article's candidates, best first (ties: the earlier one)."""
    if not cands:
        return []
    scores = [score(c, w) for c in cands]
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    order = sorted(range(len(cands)), key=lambda i: (-scores[i], i))
    return [(exp[i] / total, cands[i]) for i in order]
