"""Source URL validation and normalisation (the unique key of a source)."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from bot.errors import SourceError

DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_url(url: str) -> str:
    """Lowercase scheme and host, drop default ports and fragments; refuse anything but http(s) with a host."""
    text = (url or "").strip().strip("<>")
    if not text:
        raise SourceError("Give a feed address, such as https://example.com/feed.xml.")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise SourceError(f"'{text[:200]}' is not a valid web address.") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        shown = f"{scheme}://" if scheme else text[:100]
        raise SourceError(f"Only http:// and https:// addresses can be followed; '{shown}' is not one.")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise SourceError(f"'{text[:200]}' has no host name. A feed address looks like https://example.com/feed.xml.")
    if parts.username or parts.password:
        raise SourceError("Feed addresses with a user name or password in them are not accepted.")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host.lower()
    except UnicodeError:
        raise SourceError(f"'{host}' is not a valid host name.") from None
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != DEFAULT_PORTS[scheme]:
        netloc += f":{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
