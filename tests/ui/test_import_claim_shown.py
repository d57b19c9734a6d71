"""A record that came by import shows, in its history, who imported it from which file and
what the file claimed about its author, in words that say it is a claim."""

from __future__ import annotations

import json
import uuid


def test_history_of_an_imported_session_shows_the_claim(qtbot, ctx, group):
    from datetime import timedelta

    from peerdesk.services.bulk_import import BulkImporter
    from peerdesk.services.exporter import Exporter
    from ui.dialogs.history import HistoryDialog


    ws = group.ws
    start = ws.ctx.now() - timedelta(days=1)
    group.session("A1", "asha", start)
    doc = json.loads(Exporter(ws.ctx).json_bytes())
    session = doc["records"]["session"][0] | {"id": str(uuid.uuid4()),
                                              "created_by": group.ids["asha"],
                                              "updated_by": group.ids["asha"]}
    doc["records"] = {"session": [session]}
    doc["history"] = []
    BulkImporter(ws.ctx).import_export(json.dumps(doc).encode(), source="asha-notes.json")

    dialog = HistoryDialog.for_record(ctx, "this session", ws.sessions, session["id"],
                                      ws.members.names, ws.ctx.tz)
    qtbot.addWidget(dialog)
    ctx.worker.wait_idle()
    qtbot.waitUntil(lambda: dialog.claim.isVisible(), timeout=5000)
    text = dialog.claim.text()
    assert "asha-notes.json" in text and "Coordinator Kavya" in text
    assert "created by Asha" in text and "claim" in text
    by = dialog.table.item(0, 2).text()
    assert by == "Coordinator Kavya"  # the record itself is the importer's


def test_imported_authors_are_marked_in_escalation_and_reflection_views(
        qtbot, ctx, group, tmp_path):
    """A whole group moved to a new vault by import: the escalation's raiser and the
    reflection's author are shown as claimed, not as authors."""
    from datetime import timedelta

    from peerdesk.services.bulk_import import BulkImporter
    from peerdesk.services.exporter import Exporter
    from peerdesk.services.import_claims import CLAIM_MARK
    from peerdesk.services.workspace import create_vault
    from ui.dialogs.escalation_detail import EscalationDetailDialog
    from ui.dialogs.reflection_form import ReflectionViewDialog


    session = group.session("A1", "asha", group.ws.ctx.now() - timedelta(hours=3))
    ws = group.login("asha")
    reflection = ws.reflections.create({"session_id": session, "went_well": "ok",
                                        "was_hard": "hard", "suggestions_made": "",
                                        "supervision_request": "none"}).id
    escalation = ws.escalations.raise_({"advisee_id": group.ids["A1"], "level": "concern",
                                        "categories": ["other"],
                                        "description": "worried"}).id
    ws = group.login("sunil")
    data = Exporter(ws.ctx).json_bytes()
    ws.lock()

    new, _ = create_vault(tmp_path / "moved", group_name="Moved", username="c2",
                          display_name="New coordinator", passphrase="long passphrase 9")
    try:
        BulkImporter(new.ctx).import_export(data, source="old.json")
        new.members.add_account(group.ids["sunil"], "sunil2", "long passphrase 8")
    finally:
        new.lock()
    from peerdesk.services.workspace import open_vault

    sup = open_vault(tmp_path / "moved", "sunil2", "long passphrase 8")
    try:
        detail = EscalationDetailDialog(ctx, sup, escalation)
        qtbot.addWidget(detail)
        ctx.worker.wait_idle()
        qtbot.waitUntil(lambda: "Raised" in detail.facts.text(), timeout=5000)
        assert f"by Asha{CLAIM_MARK}." in detail.facts.text()
        view = ReflectionViewDialog(sup, ctx, reflection)
        qtbot.addWidget(view)
        ctx.worker.wait_idle()
        qtbot.waitUntil(lambda: "Reflection by" in view.heading.text(), timeout=5000)
        assert view.heading.text() == f"Reflection by Asha{CLAIM_MARK}"
    finally:
        sup.lock()
