"""A small real vault for the sessions / advisees / members / reflections page tests.

coord (coordinator, made the vault), ravi and meena (advisors), sunita (supervisor);
advisees R1 and R2 assigned to ravi, M1 to meena. ``g.login(name)`` locks the open
workspace and opens the vault as ``name``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.support.vaults import Group

PASSPHRASES = {
    "coord": "river lantern copper seven",
    "ravi": "mango window quiet harbour",
    "meena": "paper kite silver morning",
    "sunita": "green tunnel violin eleven",
}


@dataclass
class CaseFile(Group):
    passphrases = PASSPHRASES

    def session(self, advisee: str, advisor: str, *, hours_ago: float = 2, minutes: int = 45,
                channel: str = "phone", summary: str = "Talked about exams and sleep.",
                risk: bool = False) -> str:
        return self.ws.sessions.create({
            "advisee_id": self.ids[advisee], "advisor_id": self.ids[advisor],
            "start": datetime.now(UTC) - timedelta(hours=hours_ago),
            "duration_minutes": minutes, "channel": channel, "summary": summary,
            "risk_noticed": risk,
        }).id


def make_casefile(tmp_path: Path) -> CaseFile:
    from peerdesk.services.workspace import create_vault

    folder = tmp_path / "vault"
    ws, _key = create_vault(folder, group_name="Saathi Peer Circle", username="coord",
                            display_name="Kavya (coordinator)",
                            passphrase=PASSPHRASES["coord"], timezone="Asia/Kolkata")
    g = CaseFile(folder, ws, {"coord": ws.actor.member_id})
    for name, display, roles in (("ravi", "Ravi Kumar", ["advisor"]),
                                 ("meena", "Meena Iyer", ["advisor"]),
                                 ("sunita", "Sunita Das", ["supervisor"])):
        member = ws.members.create({"display_name": display, "roles": roles})
        g.ids[name] = member.id
        ws.members.add_account(member.id, name, PASSPHRASES[name])
    g.ids["R1"] = ws.advisees.create({"advisor_ids": [g.ids["ravi"]]}).id
    g.ids["R2"] = ws.advisees.create({"advisor_ids": [g.ids["ravi"]]}).id
    g.ids["M1"] = ws.advisees.create({"advisor_ids": [g.ids["meena"]]}).id
    g.codes = {k: ws.advisees.get(g.ids[k]).code for k in ("R1", "R2", "M1")}  # type: ignore[attr-defined]
    return g
