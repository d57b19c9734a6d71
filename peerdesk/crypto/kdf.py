"""Argon2id parameters: production defaults, the floor no slot may go below, calibration.

The cost is a parameter so that tests can run fast; ``KdfParams.fast_for_tests`` makes the
weak profile explicit, and ``meets_floor`` is what production code checks.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

MIB = 1024  # memory_cost is in KiB

#: docs/security.md: m=256 MiB, p=4, iterations calibrated to about one second, never
#: below the floor.
DEFAULT_MEMORY_KIB = 256 * MIB
DEFAULT_LANES = 4
FLOOR_MEMORY_KIB = 64 * MIB
FLOOR_ITERATIONS = 3
FLOOR_LANES = 4
TARGET_SECONDS = 1.0
MAX_ITERATIONS = 12
#: Bounds on parameters read from a slot file (docs/format.md, "Key derivation"): a slot
#: asking for more is refused before any derivation runs, so an edited slot cannot make an
#: unlock exhaust the machine's memory or time.
BOUND_MEMORY_KIB = 1024 * MIB
BOUND_ITERATIONS = 20
BOUND_LANES = 8

#: Set to "test" only by the test suite and the benchmarks; vaults made this way say so.
PROFILE_ENV = "PEERDESK_KDF_PROFILE"


class KdfBoundsError(ValueError):
    """Key derivation parameters beyond what any slot may ask for."""


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = DEFAULT_MEMORY_KIB
    iterations: int = FLOOR_ITERATIONS
    lanes: int = DEFAULT_LANES

    @classmethod
    def fast_for_tests(cls) -> KdfParams:
        """Deliberately weak parameters so a test suite can make hundreds of slots."""
        return cls(memory_kib=8 * 4, iterations=1, lanes=4)

    @classmethod
    def floor(cls) -> KdfParams:
        return cls(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, FLOOR_LANES)

    def meets_floor(self) -> bool:
        return (
            self.memory_kib >= FLOOR_MEMORY_KIB
            and self.iterations >= FLOOR_ITERATIONS
            and self.lanes >= FLOOR_LANES
        )

    def as_dict(self) -> dict[str, int | str]:
        return {"alg": "argon2id", "m": self.memory_kib, "t": self.iterations, "p": self.lanes}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise ValueError("unsupported key derivation")
        m, t, p = data.get("m"), data.get("t"), data.get("p")
        if not all(isinstance(v, int) and v > 0 for v in (m, t, p)):
            raise ValueError("bad key derivation parameters")
        assert isinstance(m, int) and isinstance(t, int) and isinstance(p, int)
        if m > BOUND_MEMORY_KIB or t > BOUND_ITERATIONS or p > BOUND_LANES:
            raise KdfBoundsError(
                "asks for key derivation beyond the limits "
                f"(at most {BOUND_MEMORY_KIB // MIB} MiB, {BOUND_ITERATIONS} passes, "
                f"{BOUND_LANES} lanes)"
            )
        return cls(memory_kib=m, iterations=t, lanes=p)


def derive_key(secret: bytes | bytearray, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 32-byte key-encryption key from a passphrase."""
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(bytes(secret))


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Production parameters for this machine: 256 MiB, 4 lanes, iterations for ~1 s."""
    if os.environ.get(PROFILE_ENV) == "test":
        return KdfParams.fast_for_tests()
    probe = KdfParams(DEFAULT_MEMORY_KIB, FLOOR_ITERATIONS, DEFAULT_LANES)
    start = time.perf_counter()
    derive_key(b"calibration", os.urandom(16), probe)
    elapsed = max(time.perf_counter() - start, 1e-3)
    per_iteration = elapsed / FLOOR_ITERATIONS
    iterations = round(target_seconds / per_iteration)
    iterations = max(FLOOR_ITERATIONS, min(MAX_ITERATIONS, iterations))
    return KdfParams(DEFAULT_MEMORY_KIB, iterations, DEFAULT_LANES)


def default_params() -> KdfParams:
    """Parameters for a new slot: calibrated, or the weak test profile when asked for."""
    return calibrate()
