"""The addresses the phone server can listen on: one per network of this laptop."""

from __future__ import annotations

import ipaddress

LOOPBACK = "127.0.0.1"


def addresses() -> list[tuple[str, str]]:
    """(label, address) of every IPv4 address that is up; the likely hotspot first,
    "this laptop only" (loopback) last. Never the wildcard address."""
    from PySide6.QtNetwork import QNetworkInterface  # loaded only when phones are set up

    found: list[tuple[int, str, str]] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            text = ip.toString()
            try:
                parsed = ipaddress.ip_address(text)
            except ValueError:
                continue
            if parsed.version != 4 or parsed.is_loopback:
                continue
            rank = 0 if parsed.is_private else 1
            name = interface.humanReadableName() or interface.name()
            found.append((rank, f"{name} — {text}", text))
    found.sort()
    return [(label, ip) for _rank, label, ip in found] + [
        (f"This laptop only — {LOOPBACK}", LOOPBACK)
    ]
