from __future__ import annotations

import datetime as dt

from mentor_desk.domain.clock import HybridLogicalClock, millis_of
from mentor_desk.domain.dates import be_year, format_date, thai_digits


def test_clock_never_goes_backwards_even_when_the_wall_clock_does() -> None:
    wall = iter([1000, 1000, 900, 2000])
    clock = HybridLogicalClock(wall=lambda: next(wall))
    stamps = [clock.now() for _ in range(4)]
    assert stamps == sorted(set(stamps))
    assert millis_of(stamps[-1]) == 2000


def test_clock_sorts_after_observed_remote_stamps() -> None:
    clock = HybridLogicalClock(wall=lambda: 1000)
    remote = HybridLogicalClock(wall=lambda: 5000).now()
    clock.observe(remote)
    assert clock.now() > remote


def test_buddhist_era_formatting() -> None:
    day = dt.date(2026, 11, 22)
    assert be_year(2026) == 2569
    assert format_date(day) == "22 พ.ย. 2569"
    assert format_date(day, style="long") == "22 พฤศจิกายน 2569"
    assert format_date(day, language="en") == "22 Nov 2569 BE"
    assert thai_digits("หน้า 12") == "หน้า ๑๒"
