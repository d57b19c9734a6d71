"""Hybrid logical clocks (Kulkarni et al., 2014) for ordering changes from several laptops.

A stamp is (wall milliseconds, counter, device id). It never runs backwards on a laptop, even
when the laptop's clock does, and a change stamped after receiving another always sorts
after it. Stamps order what is shown and break ties; the merge rules never let a stamp decide
a field (docs/exchange.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A clock more than this far ahead of the local wall clock is not believed (one day):
#: a laptop with a wrong date must not drag every other laptop's clock into the future.
MAX_DRIFT_MS = 24 * 3600 * 1000
_TEXT = re.compile(r"(\d{13})\.(\d{6})\.([0-9a-f]{1,64})")


class ClockError(ValueError):
    """A stamp that is malformed or too far ahead of this laptop's clock."""


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}.{self.counter:06d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        match = _TEXT.fullmatch(text)
        if match is None:
            raise ClockError("not a clock stamp")
        return cls(int(match[1]), int(match[2]), match[3])


def tick(last: Stamp | None, now_ms: int, device: str) -> Stamp:
    """The stamp of a new local change."""
    if last is None or now_ms > last.wall_ms:
        return Stamp(now_ms, 0, device)
    return Stamp(last.wall_ms, last.counter + 1, device)


def receive(last: Stamp | None, remote: Stamp, now_ms: int, device: str) -> Stamp:
    """This laptop's clock after applying a change stamped ``remote``."""
    if remote.wall_ms > now_ms + MAX_DRIFT_MS:
        raise ClockError("a change is stamped more than a day ahead of this laptop's clock")
    wall = max(now_ms, remote.wall_ms, last.wall_ms if last else 0)
    counters = [-1]
    if last is not None and last.wall_ms == wall:
        counters.append(last.counter)
    if remote.wall_ms == wall:
        counters.append(remote.counter)
    return Stamp(wall, max(counters) + 1 if len(counters) > 1 else 0, device)
