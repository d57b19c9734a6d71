"""A record that came by import shows, in its history, who imported it from which file and
what the file claimed about its author, in words that say it is a claim."""

from __future__ import annotations

import json
import uuid


def test_history_of_an_imported_session_shows_the_claim(qtbot, ctx, small_group):
    from datetime import timedelta

    from peerdesk.services.bulk_import import BulkImporter
    from peerdesk.services.exporter import Exporter
    from ui.dialogs.history import HistoryDialog

    group = small_group
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
