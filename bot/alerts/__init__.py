"""Who gets which story: follows, moderator permissions, the delivery outbox. May import render, stories, store, models."""
