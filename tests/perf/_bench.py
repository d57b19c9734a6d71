"""What every ``bench_*`` module gets: the run's vault copy, its plain twin, settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.perf._data import PASSPHRASE


@dataclass
class Bench:
    scale: str
    quick: bool
    reps: int
    cache: Path  # the pristine cached vault + plain.db
    run: Path  # this run's working copy (vault/ and plain.db)
    log: Callable[[str], None] = print
    ws: Any = None  # a Workspace on run/vault, opened as the coordinator
    plain: Any = None  # PlainDatabase on run/plain.db
    passphrase: str = PASSPHRASE
    notes: list[str] = field(default_factory=list)

    @property
    def vault_dir(self) -> Path:
        return self.run / "vault"
