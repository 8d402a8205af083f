"""Understanding the news: pure functions, no network, no database, no Discord.

`analyze(title, text, known=None) -> Analysis` reads at most the headline's first 300 characters and the text's
first 6,000 (titles, events and networks from the first ~1,500). `Analysis.decisions` lists every decision the
article announces (roundups), the main one first and equal to the top-level event/show/season/network.
`Analysis.confidence` below `ALERT_CONFIDENCE` means: may join an existing story, must not start an alert
(`should_alert(analysis)`). `known` (show titles or a ShowMatcher) confirms candidate titles when given.
"""

from bot.understand.analyze import ALERT_CONFIDENCE, analyze, needs_full_text, should_alert
from bot.understand.matching import KnownShow, ShowMatcher, show_key
from bot.understand.relevance import is_tv_news
from bot.understand.sentences import clean_page_text, split_sentences
from bot.understand.stories import StoryCandidate, find_story, same_event
from bot.understand.summary import summarize

__all__ = [
    "ALERT_CONFIDENCE",
    "KnownShow",
    "ShowMatcher",
    "StoryCandidate",
    "analyze",
    "clean_page_text",
    "find_story",
    "is_tv_news",
    "needs_full_text",
    "same_event",
    "should_alert",
    "show_key",
    "split_sentences",
    "summarize",
]
