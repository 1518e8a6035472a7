"""Rate limits for the phone server: a token bucket per phone and per address.

A bucket holds ``burst`` tokens and gains ``rate`` per second; a request takes
one or is refused (429). Buckets are only touched on the server's own thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Bucket:
    burst: float
    rate: float
    tokens: float = -1.0
    stamp: float = 0.0

    def take(self, now: float) -> bool:
        if self.tokens < 0:
            self.tokens, self.stamp = self.burst, now
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


@dataclass
class Limiter:
    """Buckets by key (a participant, an address), forgotten when full and idle."""

    burst: float
    rate: float
    clock: Callable[[], float] = time.monotonic
    buckets: dict[str, Bucket] = field(default_factory=dict)

    def allow(self, key: str) -> bool:
        now = self.clock()
        if len(self.buckets) > 10_000:  # a flood of addresses cannot grow memory forever
            self.buckets = {k: b for k, b in self.buckets.items() if b.tokens < b.burst - 1}
        bucket = self.buckets.setdefault(key, Bucket(self.burst, self.rate))
        return bucket.take(now)


@dataclass(frozen=True)
class Limits:
    """What one server accepts. Defaults suit a room of 60 people on one Wi-Fi."""

    #: Largest request body (a note of 2,000 characters in any script fits with room to spare).
    max_body: int = 16 * 1024
    #: Posts per phone: a burst, then a steady rate per second.
    post_burst: float = 30
    post_rate: float = 3
    #: Every request from one address (a whole room may share one behind a router).
    address_burst: float = 2_000
    address_rate: float = 400
    #: Refused codes per address: guessing a join code is slowed to a crawl.
    refused_burst: float = 20
    refused_rate: float = 0.5
