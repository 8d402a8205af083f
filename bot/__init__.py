"""Greenlight: a Discord bot for TV-show news (core package; no Discord imports outside bot/app.py)."""

__version__ = "0.1.0"
