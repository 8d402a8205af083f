"""Pictures people would rather look at than read: the season's scorecard, a show's timeline, the weekly digest's.

`data` turns the store into plain data and alt text (no plotting library); `draw` turns that data into a PNG with
matplotlib, imported only there, and is meant to run in a worker process (`render_picture`). A bot that never
draws never imports matplotlib.
"""
