"""Every version of one record: who changed it (by name), when, and which fields.

Generic over record kinds: give it a callable that returns ``service.history(id)`` (a list
of ``{"version", "changed_at", "changed_by", "changed_fields", "snapshot"}``) and one that
returns member names by id. Both run on the worker. Values are shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import validate_people, validate_practice
from peerdesk.domain.counting import count as counted
from peerdesk.domain.fields import as_values
from ui.labels import (
    CHALLENGE_LABELS,
    CHANNEL_LABELS,
    CONSENT_LABELS,
    REQUEST_LABELS,
    ROLE_LABELS,
    STATUS_LABELS,
    fmt_datetime,
    fmt_value,
    label,
)
from ui.page_context import PageContext
from ui.widgets.plain_text import NoteView, plain_label, set_plain

#: Field names → the labels forms use, taken from the validators' field specs.
FIELD_LABELS: dict[str, str] = {}
for _specs in (
    validate_practice.SESSION_FIELDS, validate_practice.REFLECTION_FIELDS,
    validate_people.MEMBER_FIELDS, validate_people.ADVISEE_FIELDS,
):
    for _spec in _specs:
        FIELD_LABELS.setdefault(_spec.name, _spec.label)
FIELD_LABELS.update({"deleted_at": "Deleted", "deleted_by": "Deleted by",
                     "advisor_ids": "Assigned advisors"})
#: Bookkeeping fields that are shown in the "who/when" columns instead.
_HIDDEN = frozenset({"id", "meta", "version", "created_at", "created_by", "updated_at",
                     "updated_by"})
#: Fields whose values are member ids: shown as names.
_MEMBER_FIELDS = frozenset({"advisor_id", "author_id", "reviewed_by", "created_by",
                            "updated_by", "supervisor_id", "deleted_by"})
_MEMBER_LIST_FIELDS = frozenset({"advisor_ids"})
#: Fields holding stored vocabulary values: shown with their plain-language labels.
_VOCAB: dict[str, Mapping[Any, str]] = {
    "channel": CHANNEL_LABELS, "status": STATUS_LABELS, "roles": ROLE_LABELS,
    "consent_scopes": CONSENT_LABELS, "challenge_tags": CHALLENGE_LABELS,
    "supervision_request": REQUEST_LABELS,
}


def versions_of(history: list[dict[str, Any]], current: Any) -> list[dict[str, Any]]:
    """One entry per version, newest first: who made it, when, what it changed, its values.

    ``service.history`` stores each *replaced* version with the time, person and fields of
    the edit that replaced it; ``current`` (the record now) supplies the newest version and
    the creation time.
    """
    by_version = {int(h.get("version", 0)): h for h in history}
    entries: dict[int, dict[str, Any]] = {}
    for v, h in by_version.items():
        entries[v] = {"version": v, "snapshot": h.get("snapshot") or {}}
    meta = getattr(current, "meta", None)
    if meta is not None:
        values = as_values(current)
        values.update({"updated_at": meta.updated_at})
        entries[meta.version] = {"version": meta.version, "snapshot": values}
    for v, entry in entries.items():
        before = by_version.get(v - 1)
        if before is not None:
            entry["at"] = before.get("changed_at")
            entry["by"] = before.get("changed_by")
            entry["changed"] = list(before.get("changed_fields") or [])
        elif v == 1 or not entry.get("at"):
            snap = entry["snapshot"]
            created_at = getattr(meta, "created_at", None) or snap.get("created_at")
            created_by = getattr(meta, "created_by", None) or snap.get("created_by")
            entry["at"], entry["by"] = (created_at, created_by) if v == 1 else (
                snap.get("updated_at"), snap.get("updated_by"))
            entry["changed"] = None if v == 1 else []
    return [entries[v] for v in sorted(entries, reverse=True)]


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


def describe_value(name: str, value: Any, names: dict[str, str], tz: tzinfo) -> str:
    if name in _VOCAB and value not in (None, "", [], ()):
        mapping = _VOCAB[name]
        if isinstance(value, (list, tuple, set, frozenset)):
            return ", ".join(sorted(label(mapping, v) for v in value))
        return label(mapping, value)
    if name in _MEMBER_FIELDS and isinstance(value, str):
        return names.get(value, "a former member" if value else "—")
    if name in _MEMBER_LIST_FIELDS and isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(sorted(names.get(str(v), "a former member") for v in value)) or "—"
    return fmt_value(value, tz)


class HistoryDialog(QDialog):
    """Versions on the left (newest first), the chosen version's fields below."""

    def __init__(
        self,
        ctx: PageContext,
        title: str,
        fetch_history: Callable[[], list[dict[str, Any]]],
        fetch_names: Callable[[], dict[str, str]],
        tz: tzinfo,
        parent: QWidget | None = None,
        *,
        fetch_current: Callable[[], Any] | None = None,
        describe_claim: Callable[[Any, dict[str, str]], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tz = tz
        self.names: dict[str, str] = {}
        self.versions: list[dict[str, Any]] = []
        self.setWindowTitle(f"History — {title}")
        self.setObjectName("historyDialog")
        heading = plain_label(f"History of {title}", self, wrap=False)
        heading.setObjectName("pageTitle")
        self.status = plain_label("Loading history…", self)
        self.status.setObjectName("mutedText")
        #: For a record that came by import: who imported it, and what the file claimed.
        self.claim = plain_label("", self)
        self.claim.setObjectName("claimText")
        self.claim.setAccessibleName("Import claim")
        self.claim.hide()

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(["Version", "When", "By", "What changed"])
        self.table.setAccessibleName("Versions")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_version(row))

        self.detail = NoteView("", self)
        self.detail.setAccessibleName("Fields of the chosen version")
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.status)
        layout.addWidget(self.claim)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 110, self.fontMetrics().height() * 32)

        def load() -> tuple[list[dict[str, Any]], dict[str, str], str]:
            current = fetch_current() if fetch_current is not None else None
            names = fetch_names()
            claim = describe_claim(current, names) if describe_claim is not None else ""
            return versions_of(fetch_history(), current), names, claim

        self.task = ctx.run(load, label="Loading history…").then(self._loaded, self._failed)

    @classmethod
    def for_record(cls, ctx: PageContext, title: str, service: Any, record_id: str,
                   fetch_names: Callable[[], dict[str, str]], tz: tzinfo,
                   parent: QWidget | None = None) -> HistoryDialog:
        """History of ``record_id`` from a service with ``history(id)`` and ``get(id)``."""
        from peerdesk.services.import_claims import ImportClaims

        dialog = cls(ctx, title, lambda: service.history(record_id), fetch_names, tz, parent,
                     fetch_current=lambda: service.get(record_id),
                     describe_claim=ImportClaims(service.ctx).describe
                     if hasattr(service, "ctx") else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _failed(self, message: str) -> None:
        self.status.setObjectName("fieldError")
        self.status.setText(message)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _loaded(self, result: tuple[list[dict[str, Any]], dict[str, str], str]) -> None:
        self.versions, self.names, claim = result
        set_plain(self.claim, claim)
        self.claim.setVisible(bool(claim))
        count = len(self.versions)
        self.status.setText(
            "No versions were found." if not count
            else f"{counted(count, 'version')}, newest first. "
                 "Choose one to see what it held."
        )
        self.table.setRowCount(count)
        newest = self.versions[0]["version"] if self.versions else 0
        for row, version in enumerate(self.versions):
            changed = version.get("changed")
            if changed is None:
                what = "Created"
            else:
                shown = [field_label(f) for f in changed if f not in _HIDDEN]
                what = ", ".join(shown) if shown else "No visible change"
            number = str(version.get("version", ""))
            if version.get("version") == newest:
                number += " (current)"
            by = str(version.get("by") or "")
            cells = [
                number,
                fmt_datetime(version.get("at"), self.tz),
                self.names.get(by, "a former member") if by else "—",
                what,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        if count:
            self.table.setCurrentCell(0, 0)
            self.table.setFocus()

    def _show_version(self, row: int) -> None:
        if not 0 <= row < len(self.versions):
            self.detail.set_note("")
            return
        version = self.versions[row]
        snapshot = version.get("snapshot") or {}
        changed = set(version.get("changed") or [])
        lines = []
        for name, value in snapshot.items():
            if name in _HIDDEN:
                continue
            mark = "  (changed)" if name in changed else ""
            text = describe_value(name, value, self.names, self.tz)
            if "\n" in text:
                indented = "\n    ".join(text.splitlines())
                lines.append(f"{field_label(name)}{mark}:\n    {indented}")
            else:
                lines.append(f"{field_label(name)}{mark}: {text}")
        self.detail.set_note("\n".join(lines))
