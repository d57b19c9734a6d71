"""The member form offers only the role changes the acting member may make (with the
reason beside the roles), and shows the service's refusal plainly if one comes anyway."""

from __future__ import annotations

from ui_support import show_page


def _form(qtbot, ctx, ws, member_id, **kw):
    from ui.dialogs.member_form import MemberFormDialog

    form = MemberFormDialog(ws, ctx, member_id, **kw)
    qtbot.addWidget(form)
    form.show()
    ctx.worker.wait_idle()
    ctx.worker.wait_idle()
    qtbot.waitUntil(lambda: form.loaded, timeout=5000)
    return form


def _enabled(form):
    return {role: box.isEnabled() for role, box in form.roles.items()}


def test_coordinator_cannot_touch_own_roles_or_the_supervisor_role(qtbot, ctx, group):
    ws = group.ws
    own = _form(qtbot, ctx, ws, ws.actor.member_id)
    assert _enabled(own) == {"advisor": False, "coordinator": False, "supervisor": False}
    assert "their own roles" in own.role_reason.text() and own.role_reason.isVisibleTo(own)
    other = _form(qtbot, ctx, ws, group.ids["asha"])
    assert _enabled(other) == {"advisor": True, "coordinator": True, "supervisor": False}
    assert other.roles["supervisor"].toolTip().startswith("Only a supervisor")
    assert "Only a supervisor" in other.role_reason.text()


def test_refusal_from_the_service_is_shown_and_nothing_changes(qtbot, ctx, group):
    ws = group.ws
    form = _form(qtbot, ctx, ws, group.ids["asha"])
    form.roles["supervisor"].setEnabled(True)  # as if the form had offered it
    form.roles["supervisor"].setChecked(True)
    form.save()
    ctx.worker.wait_idle()
    qtbot.waitUntil(lambda: form.banner.isVisible(), timeout=5000)
    assert "Only a supervisor" in form.banner.text()
    assert form.isVisible()
    assert {r.value for r in ws.members.get(group.ids["asha"]).roles} == {"advisor"}


def test_supervisor_grants_the_supervisor_role_from_the_members_page(qtbot, ctx, group):
    from ui.pages.members import MembersPage


    ws = group.login("sunil")
    page = show_page(qtbot, ctx, MembersPage(ctx), ws, size=(1100, 600), settle=1)
    assert page.add_login_button.isVisible() and not page.new_button.isVisible()
    form = page.open_form(group.ids["asha"])
    ctx.worker.wait_idle()
    ctx.worker.wait_idle()
    qtbot.waitUntil(lambda: form.loaded, timeout=5000)
    assert _enabled(form) == {"advisor": False, "coordinator": False, "supervisor": True}
    assert form.name.isReadOnly() and not form.active.isEnabled()
    form.roles["supervisor"].setChecked(True)
    form.save()
    qtbot.waitUntil(lambda: page.form is None, timeout=5000)
    ctx.worker.wait_idle()
    assert {r.value for r in ws.members.get(group.ids["asha"]).roles} == {
        "advisor", "supervisor"}
