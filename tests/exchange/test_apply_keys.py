"""Author keys on receipt: a login's key travels as a signed ``key.added`` change, and a
change signed with a key that is not bound to its author is refused as damaged."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from peerdesk.crypto.encoding import b64e, canonical_json
from peerdesk.errors import BundleRefused
from peerdesk.exchange.changes import make_link
from peerdesk.storage import apply_queries
from peerdesk.vault.audit_chain import key_id
from tests.support.replicas import Laptop, apply, changes_lacking, make_replica, sync
from tests.support.vaults import Group, make_group

START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Group, Laptop]:
    group = make_group(tmp_path)
    return group, make_replica(group, tmp_path)


def test_a_new_logins_key_travels_and_its_changes_apply(pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    dina = group.ws.members.create({"display_name": "Dina", "roles": ["coordinator"]}).id
    group.ws.members.add_account(dina, "dina", "long passphrase 5")
    group.passphrases["dina"] = "long passphrase 5"
    try:
        ws = group.login("dina")
        sid = ws.sessions.create({"advisee_id": group.id("a1"), "advisor_id": group.id("asha"),
                                  "start": START, "duration_minutes": 30, "channel": "phone",
                                  "summary": "Dina's first session."}).id
        result = sync(ws, second.ws)
    finally:
        del group.passphrases["dina"]
    assert result.quarantined == 0
    assert second.ws.sessions.get(sid).summary == "Dina's first session."
    bound = apply_queries.key(second.ws.vault.db,
                              key_id(ws.vault.slot_file.account_slots("dina")[0].sign_public))
    assert bound is not None and bound[0] == dina


def test_a_key_bound_to_another_member_is_refused(pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    ws = second.login("asha")
    ws.sessions.create({"advisee_id": group.id("a1"), "advisor_id": group.id("asha"),
                        "start": START, "duration_minutes": 30, "channel": "phone",
                        "summary": "Asha's words."})
    (item,) = changes_lacking(ws, group.ws)
    envelope = json.loads(item.row.envelope or "")
    envelope["author"] = group.id("bala")  # signed with asha's own key, claiming to be bala
    link = make_link(item.row.device, item.row.seq, item.row.prev, envelope)
    signature = b64e(ws.vault.keys.signing_key.sign(bytes.fromhex(link.hash)))
    forged = dataclasses.replace(item, row=dataclasses.replace(
        item.row, digest=link.digest, hash=link.hash,
        envelope=canonical_json(envelope).decode("utf-8"), signature=signature))
    with pytest.raises(BundleRefused) as refused:
        apply(group.ws, [forged])
    assert "names an author whose key did not sign it" in str(refused.value)
    assert apply(group.ws, [item]).applied == 1  # the genuine change applies
