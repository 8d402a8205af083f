"""URL validation and normalisation: source addresses (the unique key of a source) and article links from feeds.

Every URL that enters Greenlight passes here: a source a moderator adds or an OPML file lists, a redirect's
Location, and every link taken from a feed. None is longer than MAX_URL_LENGTH, and error messages only
ever echo a shortened URL (`shorten_url`).
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from bot.cleaning import clean_text, has_hidden
from bot.errors import SourceError

DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_URL_LENGTH = 2_048  # what browsers and Discord embeds reliably accept; longer ones are refused, never cut
SHOWN_URL_LENGTH = 100  # how much of a URL an error message echoes

# C0 and C1 control characters, DEL, and lone surrogates (never valid in a URL or in any text we keep).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# Characters left as they are in a link's path, query and fragment. Everything else is percent-encoded:
# spaces, quotes, (), [], <>, {}, |, \, ^, `, non-ASCII — so a link can never close a Markdown masked link
# (`[text](url)`) early, start a new one, or make an embed URL Discord refuses.
_LINK_SAFE = "/?#&=+$,;:@!*~%-._"
_HOST = re.compile(r"[a-z0-9_-]+(\.[a-z0-9_-]+)*")
# A link already in the form safe_link gives (most feed links): lowercase http(s) scheme and host, no user info,
# a port without a leading zero, a path, and only characters _encode keeps. Such a link is returned as it is
# once the few things urlunsplit would still change are ruled out (see _already_safe).
_PLAIN_LINK = re.compile(
    r"(https?)://[a-z0-9_-]+(?:\.[a-z0-9_-]+)*(?::([1-9][0-9]{0,4}))?/[A-Za-z0-9/?#&=+$,;:@!*~%._-]*"
)


def shorten_url(url: str, limit: int = SHOWN_URL_LENGTH) -> str:
    """A URL fit for an error message: control characters dropped, at most `limit` characters (… when cut)."""
    text = _CONTROL.sub("", clean_text(str(url)))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def normalize_url(url: str) -> str:
    """Lowercase scheme and host, drop default ports and fragments; refuse anything but http(s) with a host.

    Also refused: URLs longer than MAX_URL_LENGTH, port 0 (and other invalid ports), user names or passwords,
    and control characters, invisible characters (bidi overrides, zero-width spaces) or spaces inside the address."""
    text = (url or "").strip().strip("<>")
    if not text:
        raise SourceError("Give a feed address, such as https://example.com/feed.xml.")
    shown = shorten_url(text)
    if len(text) > MAX_URL_LENGTH:
        raise SourceError(f"'{shown}' is {len(text):,} characters long; addresses are limited to {MAX_URL_LENGTH:,}.")
    if _CONTROL.search(text) or has_hidden(text):
        raise SourceError(
            f"'{shown}' has control or invisible characters in it (such as a text-direction override); "
            "it is not a valid web address. Type or paste the address again."
        )
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise SourceError(f"'{shown}' is not a valid web address.") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        shown_scheme = f"{scheme}://" if scheme else shown
        raise SourceError(
            f"Only http:// and https:// addresses can be followed; '{shorten_url(shown_scheme)}' is not one."
        )
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise SourceError(f"'{shown}' has no host name. A feed address looks like https://example.com/feed.xml.")
    if parts.username or parts.password:
        raise SourceError("Feed addresses with a user name or password in them are not accepted.")
    if port == 0:
        raise SourceError(f"'{shown}' uses port 0, which is not a real port.")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host.lower()
    except UnicodeError:
        raise SourceError(f"'{shorten_url(host)}' is not a valid host name.") from None
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != DEFAULT_PORTS[scheme]:
        netloc += f":{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def _encode(part: str) -> str:
    return quote(_STRAY_PERCENT.sub("%25", part), safe=_LINK_SAFE)


def _already_safe(raw: str) -> bool:
    """True when safe_link(raw) is raw itself: it matches _PLAIN_LINK, and urlunsplit would neither drop an empty
    query or fragment ("x?", "x?#f", "x#") nor a default port, and every % starts an escape."""
    m = _PLAIN_LINK.fullmatch(raw)
    if m is None or len(raw) > MAX_URL_LENGTH or raw.endswith(("?", "#")) or "?#" in raw:
        return False
    port = m.group(2)
    if port is not None and (int(port) > 65_535 or int(port) == DEFAULT_PORTS[m.group(1)]):
        return False
    return "%" not in raw or not _STRAY_PERCENT.search(raw)


def safe_link(raw: object, base: str = "") -> str:
    """A link from a feed as a safe absolute http(s) URL, or "" when it cannot be one.

    Relative links are resolved against `base`; control characters and surrounding whitespace are dropped;
    spaces, brackets, parentheses, quotes and non-ASCII are percent-encoded; the host is lowercased (IDNA).
    Other schemes (javascript:, data:, mailto:, …), links with a user name or password, invalid ports and
    links longer than MAX_URL_LENGTH become ""."""
    if not isinstance(raw, str):
        return ""
    if _already_safe(raw):  # splitting and re-encoding would give it back unchanged, at ten times the cost
        return raw
    return _safe_link_full(raw, base)


def _safe_link_full(raw: str, base: str = "") -> str:
    """safe_link without the shortcut for links already in its form (tests compare the two)."""
    text = _CONTROL.sub("", raw).strip()
    if not text or len(text) > MAX_URL_LENGTH:
        return ""
    try:
        if base and not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", text):
            base = _CONTROL.sub("", base).strip()
            if len(base) <= MAX_URL_LENGTH:
                text = urljoin(base, text)
        parts = urlsplit(text)
        port = parts.port
        scheme = parts.scheme.lower()
        host = (parts.hostname or "").rstrip(".")
        if scheme not in DEFAULT_PORTS or not host or parts.username or parts.password or port == 0:
            return ""
        if not host.isascii():
            host = host.encode("idna").decode("ascii")
        host = host.lower()
    except (ValueError, UnicodeError):
        return ""
    if not _HOST.fullmatch(host):
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            return ""
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != DEFAULT_PORTS[scheme]:
        netloc += f":{port}"
    link = urlunsplit((scheme, netloc, _encode(parts.path) or "/", _encode(parts.query), _encode(parts.fragment)))
    return link if len(link) <= MAX_URL_LENGTH else ""
