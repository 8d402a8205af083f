"""Understanding the news: pure functions, no network, no database, no Discord."""

from bot.understand.analyze import analyze, needs_full_text
from bot.understand.matching import KnownShow, ShowMatcher, show_key
from bot.understand.sentences import clean_page_text, split_sentences
from bot.understand.stories import StoryCandidate, find_story, same_event
from bot.understand.summary import summarize

__all__ = ["KnownShow", "ShowMatcher", "StoryCandidate", "analyze", "clean_page_text", "find_story",
           "needs_full_text", "same_event", "show_key", "split_sentences", "summarize"]
