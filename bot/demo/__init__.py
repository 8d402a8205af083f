"""`greenlight demo`: a sample news site on 127.0.0.1 and the whole pipeline run over it.

May import every core package; never discord.
"""
