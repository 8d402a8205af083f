"""Discord adapters: parse a command, call the core (bot/), render the result as an embed.

Cogs import bot/; bot/ never imports cogs/ (bot/app.py loads them by name).
"""
