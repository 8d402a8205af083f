"""Questions → sourced answers: parse a question, compose its answer from stories and facts, rate-limit askers.

May import understand (numbers), store and models; never discord.
"""
