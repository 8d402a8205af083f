"""Recording analyses: what bot.understand found, filed as shows, stories and facts in the store.

May import understand, store, models and ingest (full text only); never discord.
"""
