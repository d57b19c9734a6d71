"""The one way tests build vaults: a real SQLCipher vault in tmp_path, with the fast test KDF.

``make_group(tmp_path)``: coordinator ``coord`` (who created the vault), advisors ``asha``
and ``bala``, supervisor ``sunil``, each with a login; advisee ``a1`` assigned to asha and
``b1`` to bala (also reachable as ``A1`` / ``B1``). ``group.login(name)`` locks the current
workspace and unlocks as ``name`` (a vault has one connection at a time).

The test KDF profile is switched on for every test by ``tests/conftest.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from peerdesk.services.workspace import Workspace, create_vault, open_vault

PASSPHRASES = {
    "coord": "long passphrase 1",
    "asha": "long passphrase 2",
    "bala": "long passphrase 3",
    "sunil": "long passphrase 4",
}
GROUP_NAME = "Tuesday circle"


@dataclass
class Group:
    folder: Path
    ws: Workspace
    ids: dict[str, str] = field(default_factory=dict)
    recovery_key: str = ""
    #: username -> passphrase of this group's logins
    passphrases: ClassVar[dict[str, str]] = PASSPHRASES

    def login(self, username: str) -> Workspace:
        if self.ws.is_open:
            self.ws.lock()
        self.ws = open_vault(self.folder, username, self.passphrases[username])
        return self.ws

    def open_as(self, username: str) -> Workspace:
        """The same as :meth:`login` (a vault has one connection at a time)."""
        return self.login(username)

    def id(self, name: str) -> str:
        return self.ids[name]

    def session(self, advisee: str, advisor: str, start: datetime, *, minutes: int = 45,
                channel: str = "phone") -> str:
        """Log a session as the current user (a coordinator); returns its id."""
        return self.ws.sessions.create({
            "advisee_id": self.ids[advisee], "advisor_id": self.ids[advisor], "start": start,
            "duration_minutes": minutes, "channel": channel, "summary": "Talked it through.",
        }).id


def make_group(tmp_path: Path, *, group_name: str = GROUP_NAME,
               names: dict[str, str] | None = None, timezone: str = "UTC",
               folder_name: str = "v") -> Group:
    """The small group described above; ``names`` overrides display names."""
    names = names or {}
    folder = tmp_path / folder_name
    ws, recovery = create_vault(folder, group_name=group_name, username="coord",
                                display_name=names.get("coord", "Coord"),
                                passphrase=PASSPHRASES["coord"], timezone=timezone)
    g = Group(folder, ws, {"coord": ws.actor.member_id}, recovery_key=recovery)
    for name, roles in (("asha", ["advisor"]), ("bala", ["advisor"]),
                        ("sunil", ["supervisor"])):
        member = ws.members.create({"display_name": names.get(name, name.title()),
                                    "roles": roles})
        g.ids[name] = member.id
        ws.members.add_account(member.id, name, PASSPHRASES[name])
    g.ids["a1"] = g.ids["A1"] = ws.advisees.create({"advisor_ids": [g.ids["asha"]]}).id
    g.ids["b1"] = g.ids["B1"] = ws.advisees.create({"advisor_ids": [g.ids["bala"]]}).id
    return g
