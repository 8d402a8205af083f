"""Plain message views within Discord's limits (alerts, answers, configuration replies) and untrusted-text safety; cogs turn them into embeds. May import models only."""
