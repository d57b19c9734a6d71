"""Home, audit, settings, supervision, agreements and backup/restore on a real vault."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ui_support import show_page

from tests.support.vaults import PASSPHRASES

FIXED = datetime(2025, 10, 20, 21, 0, tzinfo=UTC)


def _load(qtbot, ctx, cls, ws):
    return show_page(qtbot, ctx, cls(ctx), ws)


def test_home_shows_overdue_escalation_first(qtbot, ctx, group):
    from ui.pages.home import HomePage

    ws = group.login("asha")
    ws.ctx.clock = lambda: FIXED - timedelta(hours=30)
    esc = ws.escalations
    esc.raise_({"advisee_id": group.ids["A1"], "level": "high", "categories": ["medical"],
                "description": "Stopped medication"})
    ws.ctx.clock = lambda: FIXED
    esc.raise_({"advisee_id": group.ids["A1"], "level": "concern", "categories": ["other"],
                "description": "Lost job"})
    home = _load(qtbot, ctx, HomePage, group.login("sunil"))
    home.ws.ctx.clock = lambda: FIXED
    home.reload()
    ctx.worker.wait_idle()
    keys = [k for k, v in home.sections.items() if v.ids]
    assert keys[0] == "overdue"
    assert home.sections["overdue"].heading.text().endswith("(1)")
    assert "6 h overdue" in home.sections["overdue"].model.stringList()[0]
    assert len(home.sections["open_escalations"].ids) == 1
    assert not home.today_label.isVisible()


def test_audit_verify_shows_ok(qtbot, ctx, group):
    from ui.pages.audit import AuditPage

    page = _load(qtbot, ctx, AuditPage, group.login("sunil"))
    assert page.model.rowCount() > 0
    page.verify()
    ctx.worker.wait_idle()
    assert "ok" in page.result.note()
    page.each_sign_in.setChecked(True)  # sunil's opening of the vault is the newest event
    ctx.worker.wait_idle()
    assert page.model.data(page.model.index(0, 2)) in ("Sunil", "…")


def test_settings_passphrase_change_then_unlock(qtbot, ctx, group):
    from peerdesk.services.workspace import open_vault
    from ui.pages.settings import SettingsPage

    page = _load(qtbot, ctx, SettingsPage, group.login("coord"))
    assert page.numbers["idle_lock_minutes"].value() == 5
    dialog = page.change_passphrase()
    dialog.current.setText("wrong one entirely here")
    dialog.new.setText("orange bicycle thunder lake")
    dialog.again.setText("orange bicycle thunder lake")
    dialog.ok_button.click()
    ctx.worker.wait_idle()
    assert dialog.current_field.error == "That is not your current passphrase."
    dialog.current.setText(PASSPHRASES["coord"])
    dialog.ok_button.click()
    ctx.worker.wait_idle()
    assert dialog.result() == dialog.DialogCode.Accepted
    group.ws.lock()
    ws = open_vault(group.folder, "coord", "orange bicycle thunder lake")
    ws.lock()


def _backup_through_dialog(qtbot, ctx, ws, out):
    from ui.dialogs.backup_restore import BackupDialog

    backup = BackupDialog(ws, ctx.worker)
    qtbot.addWidget(backup)
    backup.start(str(out))
    ctx.worker.wait_idle()
    return backup


def test_backup_then_restore_through_dialogs(qtbot, ctx, group, tmp_path):
    from peerdesk.services.workspace import open_vault
    from ui.dialogs.backup_restore import RestoreDialog

    ws = group.login("coord")
    out = tmp_path / "b.peerdesk-backup"
    backup = _backup_through_dialog(qtbot, ctx, ws, out)
    assert out.exists() and "verified" in backup.status.text()
    ws.advisees.create({"advisor_ids": [group.ids["asha"]]})  # made after the backup
    ws.lock()
    before = sorted(p.name for p in group.folder.iterdir())
    restore = RestoreDialog(group.folder, ctx.worker, username="coord")
    qtbot.addWidget(restore)
    assert "coordinator" in restore.intro.text()
    restore.file_edit.setText(str(out))
    restore.secret.setText(PASSPHRASES["coord"])
    restore.restore_button.click()
    assert restore.banner.isVisibleTo(restore)  # must confirm first
    restore.confirm.setChecked(True)
    restore.restore_button.click()
    ctx.worker.wait_idle()
    # The backup is older than the advisee made since: the passphrase alone may not roll back.
    assert restore.result() != restore.DialogCode.Accepted
    assert "older" in restore.banner.text() and "recovery key" in restore.banner.text()
    assert sorted(p.name for p in group.folder.iterdir()) == before
    restore.use_recovery.setChecked(True)
    restore.secret.setText(group.recovery_key)
    restore.restore_button.click()
    ctx.worker.wait_idle()
    assert restore.result() == restore.DialogCode.Accepted
    ws = open_vault(group.folder, "coord", PASSPHRASES["coord"])
    assert len(ws.advisees.list_ids()) == 2
    ws.lock()
    assert any(p.name.startswith("replaced-") for p in group.folder.iterdir())


def test_an_advisor_cannot_restore_through_the_dialog(qtbot, ctx, group, tmp_path):
    from ui.dialogs.backup_restore import RestoreDialog

    out = tmp_path / "b.peerdesk-backup"
    _backup_through_dialog(qtbot, ctx, group.login("coord"), out)
    group.ws.lock()
    before = {p.name: p.read_bytes() for p in group.folder.iterdir()
              if p.is_file() and p.name != "peerdesk.lock"}
    restore = RestoreDialog(group.folder, ctx.worker, username="asha")
    qtbot.addWidget(restore)
    restore.file_edit.setText(str(out))
    restore.secret.setText(PASSPHRASES["asha"])
    restore.confirm.setChecked(True)
    restore.restore_button.click()
    ctx.worker.wait_idle()
    assert restore.result() != restore.DialogCode.Accepted
    assert "Only a coordinator" in restore.banner.text()
    after = {p.name: p.read_bytes() for p in group.folder.iterdir()
             if p.is_file() and p.name != "peerdesk.lock"}
    assert after == before
    # Nor make a backup.
    backup = _backup_through_dialog(qtbot, ctx, group.login("asha"),
                                    tmp_path / "asha.peerdesk-backup")
    assert not (tmp_path / "asha.peerdesk-backup").exists()
    assert "coordinator" in backup.banner.text()


def test_supervision_note_marks_linked_reflection_reviewed(qtbot, ctx, group):
    from ui.pages.supervision import SupervisionPage

    sid = group.session("A1", "asha", datetime.now(UTC) - timedelta(days=1))
    ws = group.login("asha")
    ref = ws.reflections.create({"session_id": sid, "was_hard": "Out of depth",
                                            "supervision_request": "urgent"}).id
    page = _load(qtbot, ctx, SupervisionPage, group.login("sunil"))
    form = page.open_form()
    ctx.worker.wait_idle()
    form.submit()
    assert form.fields["advisor_ids"].error
    form.advisor_boxes[group.ids["asha"]].setChecked(True)
    ctx.worker.wait_idle()
    assert "URGENT" in form.reflections.item(0).text()
    form.reflections.check(ref)
    form.shared.setPlainText("Good work staying calm. Read the crisis guide.")
    form.add_action("Read the crisis guide", group.ids["asha"], "2030-01-10")
    form.submit()
    ctx.worker.wait_idle()
    assert form.result() == form.DialogCode.Accepted
    assert page.ws.reflections.get(ref).reviewed_at is not None
    assert "Read the crisis guide" in page.reader.note()


def test_agreement_form_inline_validation(qtbot, ctx, group):
    from ui.pages.agreements import AgreementsPage

    page = _load(qtbot, ctx, AgreementsPage, group.login("coord"))
    form = page.open_form()
    ctx.worker.wait_idle()
    form.submit()
    assert form.fields["advisor_id"].error == "Choose the advisor."
    assert form.fields["channels"].error
    form.advisor.setCurrentIndex(1)
    form.advisee.setText("PS-0001")
    form.channel_boxes["phone"].setChecked(True)
    form.hours_set.setChecked(True)
    from PySide6.QtCore import QTime

    form.end.setTime(QTime(9, 0))
    form.submit()
    assert "end after" in form.fields["contact_start"].error
    form.end.setTime(QTime(19, 0))
    form.submit()
    ctx.worker.wait_idle()
    assert form.result() == form.DialogCode.Accepted
    assert page.model.rowCount() == 1
