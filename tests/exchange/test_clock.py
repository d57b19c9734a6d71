"""Hybrid logical clocks: monotonic on one laptop, causal across laptops."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.exchange.clock import MAX_DRIFT_MS, ClockError, Stamp, receive, tick

T0 = 1_765_000_000_000


def test_a_clock_that_runs_backwards_still_moves_forward() -> None:
    first = tick(None, T0, "aa")
    second = tick(first, T0 - 60_000, "aa")  # the laptop's clock was set back a minute
    assert second > first


def test_a_received_change_sorts_before_what_follows_it() -> None:
    remote = tick(None, T0 + 5_000, "bb")  # the other laptop's clock is 5 s ahead
    local = receive(tick(None, T0, "aa"), remote, T0, "aa")
    assert local > remote
    assert tick(local, T0 + 1, "aa") > remote


def test_a_clock_far_in_the_future_is_not_believed() -> None:
    with pytest.raises(ClockError):
        receive(None, Stamp(T0 + MAX_DRIFT_MS + 1, 0, "bb"), T0, "aa")


def test_text_round_trip_sorts_like_stamps() -> None:
    a, b = Stamp(T0, 2, "aa"), Stamp(T0, 10, "aa")
    assert Stamp.parse(str(a)) == a
    assert (str(a) < str(b)) == (a < b)
    for bad in ("", "123.4.aa", f"{T0}.000001.XYZ"):
        with pytest.raises(ClockError):
            Stamp.parse(bad)


@given(st.lists(st.tuples(st.booleans(), st.integers(-10_000, 10_000)), max_size=60))
def test_stamps_never_repeat_or_go_back(steps: list[tuple[bool, int]]) -> None:
    last: Stamp | None = None
    other: Stamp | None = None
    seen: list[Stamp] = []
    for is_receive, offset in steps:
        now = T0 + offset
        if is_receive and other is not None:
            last = receive(last, other, now, "aa")
        else:
            last = tick(last, now, "aa")
        other = tick(other, now + 250, "bb")
        assert not seen or last > seen[-1]
        seen.append(last)
