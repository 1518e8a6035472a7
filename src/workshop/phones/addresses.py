"""The addresses the phone server can listen on: one per network of this machine.

Pure Python (the bundle leaves QtNetwork out): on Linux each interface's IPv4 address
by ``ioctl(SIOCGIFADDR)``; elsewhere the addresses the host name resolves to. Never the
wildcard address: the facilitator picks one network (the hotspot's or the router's).
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import struct
import sys

LOOPBACK = "127.0.0.1"
_SIOCGIFADDR = 0x8915


def _linux() -> list[tuple[str, str]]:
    import fcntl

    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for _index, name in socket.if_nameindex():
            packed = struct.pack("256s", name.encode()[:15])
            try:
                answer = fcntl.ioctl(probe.fileno(), _SIOCGIFADDR, packed)
            except OSError:  # no IPv4 address, or down
                continue
            found.append((name, socket.inet_ntoa(answer[20:24])))
    return found


def _elsewhere() -> list[tuple[str, str]]:
    found = []
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(("network", str(info[4][0])))
    return found


def addresses() -> list[tuple[str, str]]:
    """(label, address): private networks first (a hotspot, a pocket router), then the
    others, and "this laptop only" (loopback) last."""
    try:
        raw = _linux() if sys.platform.startswith("linux") else _elsewhere()
    except (OSError, ImportError):
        raw = _elsewhere()
    ranked = []
    seen = set()
    for name, text in raw:
        parsed = ipaddress.ip_address(text)
        if parsed.is_loopback or text in seen:
            continue
        seen.add(text)
        ranked.append((0 if parsed.is_private else 1, f"{name} — {text}", text))
    ranked.sort()
    return [(label, ip) for _rank, label, ip in ranked] + [
        (f"This laptop only — {LOOPBACK}", LOOPBACK)
    ]
