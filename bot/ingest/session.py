"""The one aiohttp session factory and the SSRF guard.

A moderator can add any URL and the bot then fetches it, so every address is checked twice: each address
the resolver returns, and the address actually connected to (the socket factory), because aiohttp skips
the resolver for IP-literal hosts. Redirect hops are new connections, so they are checked the same way.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from typing import Any

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

from bot.config import Settings, split_host_port

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
AddressPolicy = Callable[[IPAddress], bool]


class BlockedAddress(OSError):
    """The guard refused an address. An OSError so aiohttp passes it through its connection errors."""

    def __init__(self, address: str) -> None:
        self.address = address
        super().__init__(f"{address} is a private, loopback or otherwise internal address")


def address_is_public(ip: IPAddress) -> bool:
    """Only globally routable unicast addresses; IPv4-mapped and 6to4/Teredo forms are judged by the IPv4 inside,
    and IPv6 site-local addresses (fec0::/10), which `ipaddress` counts as global, are refused."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if inner is not None:
            return address_is_public(inner)
        if ip.is_site_local:  # fec0::/10: deprecated site-local, still routed inside some networks
            return False
    return ip.is_global and not (
        ip.is_multicast or ip.is_unspecified or ip.is_reserved or ip.is_loopback or ip.is_link_local or ip.is_private
    )


def _parse(host: str) -> IPAddress:
    return ipaddress.ip_address(host.split("%", 1)[0])


def host_allowed(private_hosts: tuple[str, ...], host: str, port: int | None) -> bool:
    """Whether host (and port) is listed in GREENLIGHT_PRIVATE_HOSTS: 'feeds.lan' allows every port of that host,
    '127.0.0.1:8080' only that one."""
    host = host.lower().strip("[]").rstrip(".")
    for entry in private_hosts:
        listed, listed_port = split_host_port(entry)
        if listed.rstrip(".") == host and (listed_port is None or listed_port == port):
            return True
    return False


class PrivateHosts:
    """The allow-list and the addresses its host names resolved to: a connection to a private address is allowed
    only when a listed name led there (or the address itself is listed), never for any other host."""

    def __init__(self, hosts: tuple[str, ...]) -> None:
        self.hosts = hosts
        self.resolved: set[tuple[str, int]] = set()  # (address, port) a listed host name resolved to

    def allows_name(self, host: str, port: int) -> bool:
        return bool(self.hosts) and host_allowed(self.hosts, host, port)

    def allows_address(self, address: str, port: int) -> bool:
        return (address, port) in self.resolved or host_allowed(self.hosts, address, port)


class GuardedResolver(AbstractResolver):
    """Resolves with aiohttp's resolver, then refuses the whole answer if any address is not allowed."""

    def __init__(self, allowed: AddressPolicy, private: PrivateHosts | None = None) -> None:
        self._inner = DefaultResolver()
        self._allowed = allowed
        self._private = private

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        if self._private is not None and self._private.allows_name(host, port):
            self._private.resolved.update((str(_parse(r["host"])), port) for r in results)
            return results
        for r in results:
            if not self._allowed(_parse(r["host"])):
                raise BlockedAddress(f"{host} ({r['host']})")
        return results

    async def close(self) -> None:
        await self._inner.close()


def guarded_socket_factory(
    allowed: AddressPolicy, private: PrivateHosts | None = None
) -> Callable[[Any], socket.socket]:
    """Checks the address a connection is about to be made to; this also covers IP-literal hosts."""

    def factory(addr_info: Any) -> socket.socket:
        family, type_, proto, _canon, sockaddr = addr_info
        ip = _parse(sockaddr[0])
        if not allowed(ip) and not (private is not None and private.allows_address(str(ip), sockaddr[1])):
            raise BlockedAddress(str(sockaddr[0]))
        return socket.socket(family=family, type=type_, proto=proto)

    return factory


def make_session(settings: Settings, *, address_allowed: AddressPolicy | None = None) -> aiohttp.ClientSession:
    """The process's one HTTP session. With the guard on (the default), only public addresses are reached, and the
    private hosts GREENLIGHT_PRIVATE_HOSTS lists (feeds and article pages on them alike)."""
    kwargs: dict[str, Any] = dict(
        limit=settings.max_concurrency, limit_per_host=settings.per_host_concurrency, ttl_dns_cache=300
    )
    if not settings.allow_private_sources or address_allowed is not None:
        policy = address_allowed or address_is_public
        private = PrivateHosts(settings.private_hosts) if settings.private_hosts else None
        kwargs["resolver"] = GuardedResolver(policy, private)
        kwargs["socket_factory"] = guarded_socket_factory(policy, private)
    return aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(**kwargs),
        trust_env=False,  # proxies from the environment would route around the guard
        headers={"User-Agent": settings.user_agent},
        auto_decompress=True,
    )
