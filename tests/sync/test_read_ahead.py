"""The bundle reader thread: records in order, its errors raised where they happened, and
nothing left running or changed once the caller is done."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator

import pytest

from mentor_desk.sync.read_ahead import ReadAhead


def test_items_arrive_in_order_across_batches() -> None:
    with ReadAhead(lambda: iter(range(10_007)), batch=100) as reader:
        assert list(reader.items()) == list(range(10_007))


def test_an_empty_source_gives_no_items() -> None:
    with ReadAhead(lambda: iter(())) as reader:
        assert list(reader.items()) == []


def test_an_error_of_the_reader_is_raised_after_the_items_before_it() -> None:
    def records() -> Iterator[int]:
        yield from range(250)
        raise ValueError("record 251 is bad")

    got: list[int] = []
    with ReadAhead(records, batch=100) as reader, pytest.raises(ValueError, match="251"):
        got.extend(reader.items())
    assert got == list(range(200))  # whole batches only: the bad one never arrives


def test_leaving_early_stops_the_reader_and_restores_the_switch_interval() -> None:
    produced: list[int] = []
    interval = sys.getswitchinterval()

    def endless() -> Iterator[int]:
        n = 0
        while True:
            produced.append(n)
            yield n
            n += 1

    with pytest.raises(RuntimeError), ReadAhead(endless, batch=10) as reader:
        for item in reader.items():
            if item == 25:
                raise RuntimeError("the write failed")
    count = len(produced)
    time.sleep(0.05)
    assert len(produced) == count  # stopped: reads nothing more
    assert not any(t.name == "bundle-reader" for t in threading.enumerate())
    assert sys.getswitchinterval() == interval


def test_the_reader_works_only_while_the_caller_lets_it() -> None:
    produced: list[int] = []

    def counting() -> Iterator[int]:
        for n in range(1000):
            produced.append(n)
            yield n

    with ReadAhead(counting, batch=10) as reader:
        items = reader.items()
        assert next(items) == 0
        before = len(produced)
        time.sleep(0.1)  # the caller's own (Python) work: the reader waits
        assert len(produced) <= before + 1  # at most the record it had started
        with reader.overlap():
            time.sleep(0.1)  # SQLite's work: the reader reads ahead meanwhile
        assert len(produced) > before + 1
        assert list(items) == list(range(1, 1000))
