"""Applying analyses: records what bot.understand found as shows, stories and facts. May import understand, store, ingest (full text), models."""
