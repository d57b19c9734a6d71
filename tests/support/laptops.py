"""A group with private text on every side, for tests of what travels between laptops.

``busy_group(tmp_path)`` is ``make_group`` plus, with distinct marker words in every text:
a session for asha's advisee and one for bala's, each advisor's reflection on it, and a
supervision note about asha (its discussion is for supervisors only, its shared summary
for asha). ``SECRETS`` maps each marker to the logins whose laptops may hold it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from tests.support.vaults import Group, make_group

#: marker word -> logins whose laptop may hold the text that carries it
SECRETS: dict[str, frozenset[str]] = {
    "ashasessionmarker": frozenset({"coord", "asha", "sunil"}),
    "balasessionmarker": frozenset({"coord", "bala", "sunil"}),
    "asharefmarker": frozenset({"asha", "sunil"}),
    "balarefmarker": frozenset({"bala", "sunil"}),
    "discussionmarker": frozenset({"sunil"}),
    "sharedmarker": frozenset({"asha", "sunil"}),
}


def busy_group(tmp_path: Path, folder_name: str = "coord") -> Group:
    g = make_group(tmp_path, folder_name=folder_name)
    ws = g.ws
    start = datetime.now(UTC) - timedelta(days=2)
    sessions = {}
    for advisee, advisor in (("a1", "asha"), ("b1", "bala")):
        sessions[advisor] = ws.sessions.create({
            "advisee_id": g.ids[advisee], "advisor_id": g.ids[advisor], "start": start,
            "duration_minutes": 40, "channel": "phone",
            "summary": f"Talked about sleep {advisor}sessionmarker."}).id
    for advisor in ("asha", "bala"):
        g.login(advisor).reflections.create({
            "session_id": sessions[advisor], "was_hard": f"Hard {advisor}refmarker",
            "supervision_request": "routine"})
    g.login("sunil").supervision.create({
        "advisor_ids": [g.ids["asha"]], "on": date.today() - timedelta(days=1),
        "format": "one_to_one", "discussion": "Private discussionmarker",
        "shared_summary": "Keep going sharedmarker"})
    g.ids.update({f"session_{k}": v for k, v in sessions.items()})
    g.login("coord")
    return g


JOIN_SECRET = "a join passphrase"


def pair_laptop(g: Group, folder: Path, logins: list[str], label: str = "New laptop") -> str:
    """Pair a new laptop in ``folder`` for these logins (through the services, as the command
    line does); returns its device id. ``g`` is left logged in as coord."""
    from peerdesk.services import exchange

    _request, data = exchange.start_join(folder, label, JOIN_SECRET)
    ws = g.login("coord")
    added = exchange.ExchangeService(ws.ctx).add_laptop(
        exchange.read_join_request(data), logins, None,
        {login: Group.passphrases[login] for login in logins})
    exchange.apply_first_snapshot(folder, added.snapshot.data, JOIN_SECRET)
    return added.device_id


def service(ws: object) -> object:
    from peerdesk.services.exchange import ExchangeService

    return ExchangeService(ws.ctx)  # type: ignore[attr-defined]


def add_device_unconfirmed(ws: object, keys: object, label: str, members: list[str]) -> None:
    """What a tampered program would write: device.added naming ``members`` without their
    confirmation (raw change log, as the coordinator)."""
    from peerdesk.storage import change_queries
    from peerdesk.vault import change_log
    from peerdesk.vault.layout import iso, utc_now

    vault = ws.vault  # type: ignore[attr-defined]
    public = keys.public.to_json()  # type: ignore[attr-defined]
    details = {"device": public, "label": label, "members": sorted(members)}
    with vault.write("device.added", "device", public["id"], {"device_id": public["id"]}) as db:
        change_log.log_event(db, group=vault.vault_id, author=vault._author(),
                             action="device.added", details=details)
        change_queries.add_device(db, change_queries.DeviceRow(
            id=public["id"], label=label, sign_public=public["sign"],
            kem_x25519=public["kem_x25519"], kem_mlkem768=public["kem_mlkem768"],
            members=tuple(sorted(members)),
            added_by=ws.actor.member_id,  # type: ignore[attr-defined]
            added_at=iso(utc_now()), revoked_at=None))
