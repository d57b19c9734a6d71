"""``peerdesk demo``: a new vault holding a realistic synthetic group (not real people).

The vault is made for "Saathi Peer Support, Delhi" (time zone Asia/Kolkata) with the
accounts ``coordinator``, ``supervisor``, ``advisor01``, ``advisor02``... all sharing one
passphrase. Demo key slots use the KDF floor (m=64 MiB, t=3, p=4) instead of calibrated
parameters, since the content is synthetic and 60 logins would otherwise take a minute to
create; the test profile (``PEERDESK_KDF_PROFILE=test``) uses its cheap parameters.

Records go in through :mod:`peerdesk.storage.bulk`, one transaction and one audit event
(``demo.generated``, with the counts) per kind of record.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peerdesk.crypto.kdf import PROFILE_ENV, KdfParams
from peerdesk.demo.generator import SCALES, DemoData, coordinator_name, generate
from peerdesk.services.context import zone
from peerdesk.services.workspace import Workspace, create_vault
from peerdesk.storage import bulk

GROUP_NAME = "Saathi Peer Support, Delhi"
TIMEZONE = "Asia/Kolkata"
_WORDS = (
    "mango", "river", "lantern", "monsoon", "kite", "jasmine", "bicycle", "chai", "marigold",
    "peacock", "rickshaw", "banyan", "cricket", "sitar", "pebble", "saffron", "courtyard",
    "harbour", "meadow", "compass", "origami", "thunder", "velvet", "walnut",
)

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class DemoResult:
    vault_dir: Path
    passphrase: str
    passphrase_chosen: bool
    usernames: tuple[str, ...]
    counts: dict[str, int]
    seconds: float
    recovery_key: str


def demo_kdf() -> KdfParams:
    if os.environ.get(PROFILE_ENV) == "test":
        return KdfParams.fast_for_tests()
    return KdfParams.floor()


def choose_passphrase() -> str:
    return "-".join(secrets.choice(_WORDS) for _ in range(5))


def insert_demo(ws: Workspace, data: DemoData, *, progress: Progress | None = None,
                scale: str = "", seed: int = 0) -> dict[str, int]:
    """Insert generated records: one transaction and one audit event per kind."""
    ctx = ws.ctx
    counts: dict[str, int] = {}
    for kind, items in data.by_kind().items():
        if not items:
            continue
        storage = data.escalation_storage if kind == "escalation" else None

        def tick(done: int, kind: str = kind, total: int = len(items)) -> None:
            if progress is not None:
                progress(kind, done, total)

        with ctx.write("demo.generated", "vault", ws.vault_id,
                       {"kind": kind, "count": len(items), "scale": scale, "seed": seed,
                        "synthetic": True}) as db:
            bulk.insert_records(db, items, storage=storage, progress=tick)
            if kind == "session":
                bulk.add_themes(db, [(t, True) for t in data.themes])
        counts[kind] = len(items)
    return counts


def make_demo(vault_dir: Path, *, scale: str = "small", seed: int = 1,
              passphrase: str | None = None, progress: Progress | None = None,
              now: datetime | None = None) -> DemoResult:
    if scale not in SCALES:
        from peerdesk.errors import UsageError

        raise UsageError("The demo scale is small or large.")
    started = time.perf_counter()
    chosen = not passphrase
    secret = passphrase or choose_passphrase()
    kdf = demo_kdf()
    tz = zone(TIMEZONE)
    # The coordinator's member record is made by the vault itself, named from the seed.
    ws, recovery_key = create_vault(
        Path(vault_dir), group_name=GROUP_NAME, username="coordinator",
        display_name=coordinator_name(scale, seed), passphrase=secret, kdf=kdf, timezone=TIMEZONE)
    try:
        data = generate(scale, seed, now=now or ws.ctx.now(), tz=tz,
                        coordinator_id=ws.actor.member_id, policy=ws.ctx.policy)
        counts = insert_demo(ws, data, progress=progress, scale=scale, seed=seed)
        users = ["coordinator"]
        for member in data.members:
            username = data.usernames[member.id]
            ws.vault.add_account(member.id, username, secret, kdf=kdf)
            users.append(username)
            if progress is not None:
                progress("account", len(users), len(data.members) + 1)
    finally:
        ws.lock()
    return DemoResult(Path(vault_dir), secret, chosen, tuple(users), counts,
                      time.perf_counter() - started, recovery_key)
