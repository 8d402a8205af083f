"""The memos of bot.understand that are keyed by an article's own text, cleared together so a benchmark that
repeats its inputs measures each article from cold (the word lists, the model file and the word frequencies stay
loaded, as they do in a running worker)."""

from __future__ import annotations

from bot.understand.matching import loose_key, show_key
from bot.understand.prefilter import clear_folds
from bot.understand.seasons import find_seasons_cached
from bot.understand.sentences import words_of


def clear_text_caches() -> None:
    """Forget every result computed from a text: its words, names' keys, season mentions, folded copies."""
    for memo in (words_of, show_key, loose_key, find_seasons_cached):
        memo.cache_clear()
    clear_folds()
