"""TVmaze (https://www.tvmaze.com/api, data CC BY-SA): canonical show names, networks, status and season dates.

models.py is plain data (the store imports it); client.py calls the API through the guarded Fetcher with a
token-bucket limiter; parse.py turns TVmaze's JSON into the models; lookup.py picks the TVmaze show a Greenlight
show is, and runs the background work (look new shows up, refresh through the updates index at most daily).
Every failure of TVmaze is "no TVmaze data", never an error of a cycle or an answer.

May import: config, models, store, ingest (the Fetcher), understand (show_key only), timeutil.
"""
