"""Memos that last one analysis: several steps of one `analyze()` call ask the same pure question of the same
headline, sentence or name (the headline's refusals, a sentence's event rules, a text's sentences). Every memo is
emptied when an analysis starts and again when it ends, so nothing one article computed is reused for another
(a worker sees each article once; a benchmark that repeats its inputs measures each from cold)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar, cast

F = TypeVar("F", bound=Callable[..., object])

_CLEARS: list[Callable[[], None]] = []


def per_call(fn: F) -> F:
    """`fn` (pure, hashable arguments, an immutable result) remembered until the current analysis ends; bounded,
    for calls made outside an analysis."""
    memo = lru_cache(maxsize=1024)(fn)
    _CLEARS.append(memo.cache_clear)
    return cast(F, memo)


def forget_call() -> None:
    """Empty every per-call memo (at the start and the end of each analysis)."""
    for clear in _CLEARS:
        clear()
