"""Source → stored articles: addresses, guarded session, fetch, feed parsing, OPML, schedule, full text, poll.

May import config, models, errors, timeutil and store; never stories, answers, alerts or discord.
"""
