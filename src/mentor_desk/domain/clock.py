"""Hybrid logical clock: timestamps that follow causality across devices with skewed clocks.

A stamp is one integer: milliseconds since the epoch in the high bits and a 16-bit counter in
the low bits, so stamps sort as integers and fit in an SQLite INTEGER. Paired with a device id,
a stamp totally orders every edit ever made.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(millis: int, counter: int) -> int:
    """Pack wall milliseconds and a logical counter into one stamp."""
    return (millis << COUNTER_BITS) | counter


def millis_of(stamp: int) -> int:
    """The wall-clock milliseconds a stamp carries."""
    return stamp >> COUNTER_BITS


def wall_millis() -> int:
    """The machine's wall clock in milliseconds."""
    return time.time_ns() // 1_000_000


@dataclass
class HybridLogicalClock:
    """Issues strictly increasing stamps; `observe` folds in stamps seen from other devices."""

    last: int = 0
    wall: Callable[[], int] = wall_millis

    def now(self) -> int:
        """A new stamp, greater than every stamp issued or observed before."""
        physical = pack(self.wall(), 0)
        self.last = physical if physical > self.last else self.last + 1
        return self.last

    def observe(self, remote: int) -> None:
        """Remember a stamp from elsewhere, so later local stamps sort after it."""
        if remote > self.last:
            self.last = remote
