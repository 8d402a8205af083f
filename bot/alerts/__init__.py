"""Who gets which story: follows, moderator permissions and the delivery outbox.

May import render, stories, store and models; never discord.
"""
