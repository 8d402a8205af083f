"""Plain message views within Discord's limits for alerts, answers and replies, and untrusted-text safety.

May import models only (and answers for its Answer type); cogs turn these views into discord embeds.
"""
