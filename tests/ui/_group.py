"""A real vault with a small group for the UI tests of escalations, supervision, etc.

coord (coordinator, created the vault), asha and bala (advisors), sunil (supervisor);
advisee A1 assigned to asha, B1 to bala. ``g.login(name)`` locks and unlocks as ``name``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

PASSPHRASES = {
    "coord": "river lantern copper seven",
    "asha": "mango window quiet harbour",
    "bala": "paper kite silver morning",
    "sunil": "green tunnel violin eleven",
}


@dataclass
class Group:
    folder: Path
    ws: Any
    ids: dict[str, str] = field(default_factory=dict)
    recovery_key: str = ""

    def login(self, username: str) -> Any:
        from peerdesk.services.workspace import open_vault

        if self.ws is not None and self.ws.is_open:
            self.ws.lock()
        self.ws = open_vault(self.folder, username, PASSPHRASES[username])
        return self.ws

    def open_as(self, username: str) -> Any:
        """Open a second handle? No: a vault has one connection; same as login."""
        return self.login(username)

    def session(self, advisee: str, advisor: str, start: datetime, *, minutes: int = 45,
                channel: str = "phone") -> str:
        return self.ws.sessions.create({
            "advisee_id": self.ids[advisee], "advisor_id": self.ids[advisor], "start": start,
            "duration_minutes": minutes, "channel": channel, "summary": "Talked it through.",
        }).id


def make_group(tmp_path: Path) -> Group:
    from peerdesk.services.workspace import create_vault

    folder = tmp_path / "vault"
    ws, key = create_vault(folder, group_name="Tuesday circle", username="coord",
                            display_name="Coordinator Kavya", passphrase=PASSPHRASES["coord"])
    g = Group(folder, ws, {"coord": ws.actor.member_id}, recovery_key=key)
    for name, display, roles in (("asha", "Asha", ["advisor"]), ("bala", "Bala", ["advisor"]),
                                 ("sunil", "Sunil", ["supervisor"])):
        member = ws.members.create({"display_name": display, "roles": roles})
        g.ids[name] = member.id
        ws.members.add_account(member.id, name, PASSPHRASES[name])
    g.ids["A1"] = ws.advisees.create({"advisor_ids": [g.ids["asha"]]}).id
    g.ids["B1"] = ws.advisees.create({"advisor_ids": [g.ids["bala"]]}).id
    return g
