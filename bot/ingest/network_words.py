"""A failed connection said in words a server admin can act on, short enough for the sources table.

aiohttp's own text ("ClientConnectorDNSError: Cannot connect to host deadline.com:443 ssl:default [Name or
service not known]") is long, technical and gets cut off in `sources list`; the full exception goes to the DEBUG log.
"""

from __future__ import annotations

import errno
import ssl
from urllib.parse import urlsplit

import aiohttp

MAX_HOST = 40  # characters of a host name kept in a message (the table cuts problems at 60)


def _host(url: str) -> str:
    host = urlsplit(url).hostname or "the server"
    return host if len(host) <= MAX_HOST else host[: MAX_HOST - 1] + "…"


def network_problem(exc: BaseException, url: str) -> str:
    """One sentence for a fetch of `url` that failed with `exc` (a connection-level failure)."""
    host = _host(url)
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        return f"No address for {host}: is this machine online?"
    if isinstance(exc, (aiohttp.ClientConnectorCertificateError, aiohttp.ClientSSLError, ssl.SSLError)):
        return f"{host}'s secure connection (TLS certificate) failed."
    if isinstance(exc, aiohttp.ClientConnectorError):
        cause = exc.os_error
        if isinstance(cause, ConnectionRefusedError) or getattr(cause, "errno", None) == errno.ECONNREFUSED:
            return f"{host} refused the connection (is the site down?)"
        if getattr(cause, "errno", None) in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return f"No route to {host}: is this machine online?"
        return f"Could not connect to {host}."
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return f"{host} closed the connection without answering."
    if isinstance(exc, (aiohttp.ClientConnectionResetError, ConnectionResetError)):
        return f"{host} reset the connection."
    if isinstance(exc, aiohttp.ClientPayloadError):
        return f"{host}'s answer was cut off before its end."
    return f"Could not reach {host}."
