"""A failed connection said in words a server admin can act on, short enough for the sources table.

aiohttp's own text ("ClientConnectorDNSError: Cannot connect to host deadline.com:443 ssl:default [Name or
service not known]") is long, technical and gets cut off in `sources list`; the full exception goes to the DEBUG log.
"""

from __future__ import annotations

import errno
import ssl
from urllib.parse import urlsplit

import aiohttp

MAX_MESSAGE = 72  # the widest message, for the longest host kept: `sources list` shows problems up to this width
MAX_HOST = 32  # characters of a host name kept in a message


def _host(url: str) -> str:
    host = urlsplit(url).hostname or "the server"
    return host if len(host) <= MAX_HOST else host[: MAX_HOST - 1] + "…"


def network_problem(exc: BaseException, url: str) -> str:
    """One sentence for a fetch of `url` that failed with `exc` (a connection-level failure)."""
    host = _host(url)
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        return f"No address for {host}: is this machine online?"
    if isinstance(exc, (aiohttp.ClientConnectorCertificateError, aiohttp.ClientSSLError, ssl.SSLError)):
        return f"TLS (certificate) check failed for {host}."
    if isinstance(exc, aiohttp.ClientConnectorError):
        cause = exc.os_error
        if isinstance(cause, ConnectionRefusedError) or getattr(cause, "errno", None) == errno.ECONNREFUSED:
            return f"{host} refused to connect: is the site down?"
        if getattr(cause, "errno", None) in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return f"No route to {host}: is this machine online?"
        return f"Could not connect to {host}."
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return f"{host} hung up without answering."
    if isinstance(exc, (aiohttp.ClientConnectionResetError, ConnectionResetError)):
        return f"{host} reset the connection."
    if isinstance(exc, aiohttp.ClientPayloadError):
        return f"{host}'s answer was cut off."
    return f"Could not reach {host}."
