# Greenlight's container image. `docker compose up -d` uses it (README "Hosting"); `docker run --rm IMAGE greenlight
# demo` runs the offline demo in it. The database lives on the /data volume; the process runs as a non-root user.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    GREENLIGHT_DB=/data/greenlight.db

WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY cogs ./cogs
RUN pip install . \
    && useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin greenlight \
    && mkdir -p /data \
    && chown greenlight:greenlight /data

USER greenlight
WORKDIR /data
VOLUME ["/data"]

# Healthy: the gateway is connected (heartbeat under 3 minutes old) and a poll cycle ran in the last two poll
# intervals. The start period covers the first connection.
HEALTHCHECK --interval=60s --timeout=15s --start-period=120s --retries=3 CMD ["greenlight", "health"]

# SIGTERM (docker stop) ends the bot cleanly: the alert loop finishes its step, the database is closed.
STOPSIGNAL SIGTERM
CMD ["greenlight", "run"]
