"""Every role grant and revocation of the period is listed on the accountability report:
who changed it, whose, which role, and the audit entry (the PDF parsed back)."""

from __future__ import annotations

from datetime import timedelta

from rpdf import Group, all_text, squashed


def test_role_changes_are_on_the_accountability_report(group: Group) -> None:
    ws = group.login("sunil")
    ws.members.update(group.id("asha"), {"roles": ["advisor", "supervisor"]})
    ws.members.update(group.id("asha"), {"roles": ["advisor"]})
    today = ws.ctx.now().date()
    pdf = ws.reports.accountability(today - timedelta(days=1), today).pdf
    text = all_text(pdf)
    assert "Role changes (5)" in text  # 3 granted when the group was made, then 2
    flat = squashed(text)
    assert squashed("Sunil Asha supervisor granted") in flat
    assert squashed("Sunil Asha supervisor removed") in flat
    assert squashed("Coord Sunil supervisor granted") in flat


def test_redacted_report_lists_role_changes_by_alias(group: Group) -> None:
    ws = group.login("sunil")
    ws.members.update(group.id("bala"), {"roles": ["advisor", "supervisor"]})
    today = ws.ctx.now().date()
    text = all_text(ws.reports.accountability(today, today, redacted=True).pdf)
    assert "Role changes" in text and "Bala" not in text
