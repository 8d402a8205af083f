"""The weekly digest ("This week in TV"): when each channel gets it (schedule), what it says (compose), and planning
it into the outbox once per channel and week (plan). Sending is the outbox's (bot.alerts.outbox)."""
