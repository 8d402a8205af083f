"""The greenlight command line: argument parsing, what each command does, terminal output.

May import every core package; never discord.
"""
