"""Source → stored articles: addresses, the guarded HTTP session, fetching, feed parsing, OPML, scheduling, full text, the poll cycle. May import config, models, errors, timeutil, store."""
