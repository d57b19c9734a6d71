"""Unlock: ``open_vault`` (key derivation, unwrap, raw-key open, schema and audit checks,
the "unlocked" audit event, the workspace) against the Argon2id derivation alone with the
same parameters and salt. Goal: unlock ≤ KDF + 50 ms (median of paired differences).
``lock()`` runs after each unlock but is not counted.
"""

from __future__ import annotations

import base64
import json
import statistics
import time

from tests.perf._bench import Bench
from tests.perf._harness import Goal, Result, paired

NAME = "unlock"
NEEDS_WS = False


def run(b: Bench) -> list[Result]:
    from peerdesk.crypto.kdf import KdfParams, derive_key
    from peerdesk.services.workspace import open_vault

    slots = json.loads((b.vault_dir / "keyslots.json").read_text("utf-8"))["slots"]
    slot = next(s for s in slots if s.get("username") == "coordinator")
    params = KdfParams.from_dict(slot["kdf"])
    salt = base64.b64decode(slot["salt"])
    secret = b.passphrase.encode("utf-8")
    lock_ms: list[float] = []

    def ours() -> None:
        ws = open_vault(b.vault_dir, "coordinator", b.passphrase)
        t = time.perf_counter()
        ws.lock()
        lock_ms.append((time.perf_counter() - t) * 1000)

    def base() -> None:
        derive_key(secret, salt, params)

    r = paired(f"unlock (Argon2id m={params.memory_kib // 1024} MiB t={params.iterations} "
               f"p={params.lanes})", ours, base, Goal(plus_ms=50.0), reps=max(b.reps, 7))
    timed_locks = lock_ms[1:]  # the first lock() belongs to the warm-up
    r.peerdesk_all = [x - y for x, y in zip(r.peerdesk_all, timed_locks, strict=True)]
    r.peerdesk_ms = statistics.median(r.peerdesk_all)
    r.ratios = [x / y for x, y in zip(r.peerdesk_all, r.baseline_all, strict=True)]
    r.ratio = statistics.median(r.ratios)
    extra = statistics.median(x - y for x, y in zip(r.peerdesk_all, r.baseline_all,
                                                     strict=True))
    r.note = f"unlock − KDF = {extra:+.1f} ms"
    r.judge()
    b.log(f"  {r.name}: {r.peerdesk_ms:.1f} ms vs KDF {r.baseline_ms:.1f} ms ({r.note})")
    return [r]
