"""Write (or edit) a reflection on one of my sessions; read one as a supervisor.

The form is for the session's advisor only (the service refuses anyone else). A reviewed
reflection opens read-only. A supervisor opens reflections read-only with "Mark reviewed".
Unsaved text goes to the draft store under ``reflection:<session id>``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.validate import validate_reflection
from peerdesk.domain.vocab import ChallengeTag, SupervisionRequest
from ui.dialogs.history import HistoryDialog
from ui.dialogs.record_form import RecordForm
from ui.labels import (
    CHALLENGE_LABELS,
    CONFIDENCE_LABELS,
    REQUEST_LABELS,
    WELLBEING_LABELS,
    fmt_datetime,
    label,
    zone,
)
from ui.page_context import PageContext
from ui.widgets.choices import note_edit
from ui.widgets.plain_text import NoteView, plain_label, set_plain


def draft_key_for(session_id: str) -> str:
    return f"reflection:{session_id}"


def load_reflection_context(ws: Any, session_id: str, reflection_id: str | None
                            ) -> dict[str, Any]:
    rows = ws.sessions.rows([session_id])
    reflection = None
    if reflection_id:
        reflection = ws.reflections.get(reflection_id)
    else:
        reflection = ws.reflections.for_session(session_id)
    return {"row": rows[0] if rows else None, "reflection": reflection}


class _RequestChoice(QWidget):
    """None / routine / urgent as radio buttons (arrow keys move between them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        hints = {
            SupervisionRequest.NONE: "No",
            SupervisionRequest.ROUTINE: "Yes, at the next supervision",
            SupervisionRequest.URGENT: "Yes, urgently",
        }
        self.buttons: dict[str, QRadioButton] = {}
        for request in SupervisionRequest:
            button = QRadioButton(hints[request], self)
            button.setAccessibleName(f"Supervision request: {REQUEST_LABELS[request]}")
            self.group.addButton(button)
            self.buttons[request.value] = button
            row.addWidget(button)
        row.addStretch(1)
        self.buttons[SupervisionRequest.NONE.value].setChecked(True)
        self.setFocusProxy(self.buttons[SupervisionRequest.NONE.value])

    def value(self) -> str:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return SupervisionRequest.NONE.value

    def set_value(self, value: Any) -> None:
        key = getattr(value, "value", value) or SupervisionRequest.NONE.value
        button = self.buttons.get(str(key), self.buttons[SupervisionRequest.NONE.value])
        button.setChecked(True)
        self.setFocusProxy(button)


def _scale_combo(labels: Mapping[int, str], empty: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(empty, None)
    for value, text in labels.items():
        combo.addItem(text, value)
    return combo


class ReflectionFormDialog(RecordForm):
    """Write a new reflection on ``session_id`` or edit mine (``reflection_id``)."""

    saving_label = "Saving reflection…"

    def __init__(self, ws: Any, ctx: PageContext, session_id: str, *,
                 reflection_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ws = ws
        self.session_id = session_id
        self.reflection_id = reflection_id
        self.reflection: Any = None
        self.tz = zone(getattr(ws, "timezone", "UTC"))
        self.draft_key = draft_key_for(session_id)
        self.loaded = False
        self.setWindowTitle("Reflection")
        self.setObjectName("reflectionForm")

        self.heading = plain_label("Reflection", self, wrap=False)
        self.heading.setObjectName("pageTitle")
        self.about = plain_label("Loading the session…", self)
        self.about.setObjectName("pageSubtitle")
        privacy = plain_label(
            "Only you and the supervisors can read this. Others see only that it exists.",
            self)
        privacy.setObjectName("mutedText")

        self.went_well = note_edit(accessible="What went well", lines=5, parent=self)
        self.was_hard = note_edit(accessible="What was hard", lines=5, parent=self)
        self.suggestions = note_edit(accessible="Suggestions I made", lines=5, parent=self)
        self.confidence = _scale_combo(CONFIDENCE_LABELS, "Not rated")
        self.tags: dict[str, QCheckBox] = {}
        tags_box = QWidget()
        grid = QGridLayout(tags_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, tag in enumerate(ChallengeTag):
            box = QCheckBox(CHALLENGE_LABELS[tag], tags_box)
            box.setAccessibleName(CHALLENGE_LABELS[tag])
            self.tags[tag.value] = box
            grid.addWidget(box, i, 0)
        tags_box.setFocusProxy(self.tags[ChallengeTag.UNSURE_WHAT_TO_SAY.value])
        self.wellbeing = _scale_combo(WELLBEING_LABELS, "Rather not say")
        self.request = _RequestChoice()

        self.add_field("went_well", "What went &well", self.went_well)
        self.add_field("was_hard", "What was &hard", self.was_hard)
        self.add_field("suggestions_made", "&Suggestions I made", self.suggestions)
        self.add_field("confidence", "How &confident I am in those suggestions",
                       self.confidence, hint="Optional")
        self.add_field("challenge_tags", "Ch&allenges (tick any that fit)", tags_box)
        self.add_field("wellbeing", "How I am &feeling after this session", self.wellbeing,
                       hint="Optional. Supervisors use this to look after you.")
        self.add_field("supervision_request", "Do you want to talk to a su&pervisor?",
                       self.request)

        for name in ("went_well", "was_hard", "suggestions_made"):
            self.widen(self.fields[name])
        columns = self.field_columns(  # the notes grow with the window
            (("went_well", 1), ("was_hard", 1), ("suggestions_made", 1), "confidence"),
            ("challenge_tags", "wellbeing", "supervision_request"), stretch=(3, 2))
        self.history_button = QPushButton("History…", self)
        self.history_button.setAutoDefault(False)
        self.history_button.clicked.connect(self.show_history)
        self.history_button.hide()
        buttons = self.make_buttons("Save reflection")
        buttons.insertWidget(1, self.history_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        layout.addWidget(privacy)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.enter_moves_on([self.confidence, self.wellbeing, *self.tags.values(),
                             *self.request.buttons.values()])
        chain: list[QWidget] = [self.went_well, self.was_hard, self.suggestions,
                                self.confidence, *self.tags.values(), self.wellbeing,
                                *self.request.buttons.values(), self.save_button,
                                self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.fit_to_screen(175, 46)
        self.save_button.setEnabled(False)
        self.task = ctx.run(load_reflection_context, ws, session_id, reflection_id,
                            label="Opening reflection…").then(self._loaded, self._load_failed)
        self.went_well.setFocus()


    # -- loading -------------------------------------------------------------------------
    def _loaded(self, result: dict[str, Any]) -> None:
        self.loaded = True
        self.save_button.setEnabled(True)
        row, reflection = result["row"], result["reflection"]
        if row is not None:
            set_plain(self.about, f"Session with {row.advisee_code} on "
                                  f"{fmt_datetime(row.start, self.tz)}")
        self.reflection = reflection
        if reflection is not None:
            self.reflection_id = reflection.id
            set_plain(self.heading, "My reflection")
            self.history_button.show()
            self._fill(reflection)
            if reflection.reviewed_at is not None:
                self._read_only("A supervisor has reviewed this reflection, so it can no "
                                "longer be changed.")
                return
        else:
            set_plain(self.heading, "Write a reflection")
        self.load_draft_if_any()

    def _load_failed(self, message: str) -> None:
        self.loaded = True
        self.show_problem(message)
        self.save_button.setEnabled(False)

    def _read_only(self, why: str) -> None:
        for edit in (self.went_well, self.was_hard, self.suggestions):
            edit.setReadOnly(True)
        for widget in (self.confidence, self.wellbeing, *self.tags.values(),
                       *self.request.buttons.values()):
            widget.setEnabled(False)
        self.save_button.hide()
        self.cancel_button.setText("Close")
        self.show_notice(why)

    def _fill(self, values: Any) -> None:
        get = (values.get if isinstance(values, Mapping)
               else lambda k, d=None: getattr(values, k, d))
        self.went_well.setPlainText(str(get("went_well", "") or ""))
        self.was_hard.setPlainText(str(get("was_hard", "") or ""))
        self.suggestions.setPlainText(str(get("suggestions_made", "") or ""))
        self.confidence.setCurrentIndex(max(self.confidence.findData(get("confidence")), 0))
        self.wellbeing.setCurrentIndex(max(self.wellbeing.findData(get("wellbeing")), 0))
        chosen = {getattr(t, "value", t) for t in (get("challenge_tags") or ())}
        for key, box in self.tags.items():
            box.setChecked(key in chosen)
        self.request.set_value(get("supervision_request"))

    # -- values --------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "session_id": self.session_id,
            "author_id": self.ws.actor.member_id,
            "went_well": self.went_well.toPlainText(),
            "was_hard": self.was_hard.toPlainText(),
            "suggestions_made": self.suggestions.toPlainText(),
            "confidence": self.confidence.currentData(),
            "challenge_tags": [k for k, box in self.tags.items() if box.isChecked()],
            "wellbeing": self.wellbeing.currentData(),
            "supervision_request": self.request.value(),
        }

    def validate(self, values: dict[str, Any]) -> dict[str, str]:
        from datetime import UTC, datetime

        return validate_reflection(values, now=datetime.now(UTC))

    def save(self) -> None:
        if self.loaded:
            super().save()

    def write(self, values: dict[str, Any]) -> Callable[[], Any]:
        reflections, reflection_id = self.ws.reflections, self.reflection_id
        if reflection_id:
            values = {k: v for k, v in values.items() if k not in ("session_id", "author_id")}
            return lambda: reflections.update(reflection_id, values)
        return lambda: reflections.create(values)

    # -- drafts --------------------------------------------------------------------------
    def has_typed_text(self) -> bool:
        if self.went_well.isReadOnly():
            return False
        current = self.values()
        if self.reflection is not None:
            saved = {
                "went_well": self.reflection.went_well, "was_hard": self.reflection.was_hard,
                "suggestions_made": self.reflection.suggestions_made,
            }
            return any(current[k] != v for k, v in saved.items())
        return any(current[k].strip() for k in ("went_well", "was_hard", "suggestions_made"))

    def draft_values(self) -> dict[str, Any]:
        values = self.values()
        values.pop("author_id", None)
        return values

    def restore_draft(self, draft: Mapping[str, Any]) -> None:
        self._fill(draft)

    def show_history(self) -> HistoryDialog | None:
        if not self.reflection_id:
            return None
        rid = self.reflection_id
        return HistoryDialog.for_record(self.ctx, "this reflection", self.ws.reflections, rid,
                                        self.ws.members.names, self.tz, self)


# -- read-only view for supervisors ------------------------------------------------------
class ReflectionViewDialog(QDialog):
    """A reflection as read-only plain text; supervisors can mark it reviewed."""

    reviewed = Signal(str)

    def __init__(self, ws: Any, ctx: PageContext, reflection_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.ctx = ctx
        self.reflection_id = reflection_id
        self.tz = zone(getattr(ws, "timezone", "UTC"))
        self.setWindowTitle("Reflection")
        self.setObjectName("reflectionView")
        self.heading = plain_label("Loading reflection…", self, wrap=False)
        self.heading.setObjectName("pageTitle")
        self.about = plain_label("", self)
        self.about.setObjectName("pageSubtitle")
        self.error = plain_label("", self)
        self.error.setObjectName("errorBanner")
        self.error.hide()
        self.body = NoteView("", self)
        self.body.setAccessibleName("Reflection")
        self.review_button = QPushButton("&Mark reviewed", self)
        self.review_button.setObjectName("primaryButton")
        self.review_button.setEnabled(False)
        self.review_button.setVisible(ws.can(Action.REVIEW, Resource.REFLECTIONS))
        self.review_button.clicked.connect(self.mark_reviewed)
        history = QPushButton("&History…", self)
        history.clicked.connect(self.show_history)
        close = QPushButton("Close", self)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(history)
        row.addWidget(self.review_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        layout.addWidget(self.error)
        layout.addWidget(self.body, 1)
        layout.addLayout(row)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 100, self.fontMetrics().height() * 34)
        self.task = ctx.run(self._load, label="Opening reflection…").then(
            self._loaded, self._failed)

    def _load(self) -> dict[str, Any]:
        reflection = self.ws.reflections.get(self.reflection_id)
        rows = self.ws.reflections.rows([self.reflection_id])
        claims = getattr(self.ws, "claims", None)
        by_import = bool(claims is not None and claims.of("reflection", [self.reflection_id]))
        return {"reflection": reflection, "row": rows[0] if rows else None,
                "names": self.ws.members.names(), "by_import": by_import}

    def _failed(self, message: str) -> None:
        set_plain(self.heading, "Reflection")
        self.error.setText(message)
        self.error.show()

    def _loaded(self, result: dict[str, Any]) -> None:
        r, row, names = result["reflection"], result["row"], result["names"]
        author = names.get(r.author_id, "a former member")
        if result.get("by_import"):
            from peerdesk.services.import_claims import claimed

            author = claimed(author)
        set_plain(self.heading, f"Reflection by {author}")
        if row is not None:
            set_plain(self.about, f"Session with {row.advisee_code} on "
                                  f"{fmt_datetime(row.session_start, self.tz)}")
        tags = [label(CHALLENGE_LABELS, t) for t in sorted(r.challenge_tags)]
        parts = [
            f"Supervision request: {label(REQUEST_LABELS, r.supervision_request)}",
            f"Wellbeing: {WELLBEING_LABELS.get(r.wellbeing, 'not given')}",
            "",
            "What went well:", r.went_well or "—", "",
            "What was hard:", r.was_hard or "—", "",
            "Suggestions made:", r.suggestions_made or "—",
            f"Confidence: {CONFIDENCE_LABELS.get(r.confidence, 'not rated')}", "",
            "Challenges:", *(f"• {t}" for t in tags), *([] if tags else ["—"]),
        ]
        if r.reviewed_at is not None:
            parts += ["", f"Reviewed by {names.get(r.reviewed_by or '', 'a supervisor')} on "
                          f"{fmt_datetime(r.reviewed_at, self.tz)}"]
        self.body.set_note("\n".join(parts))
        self.review_button.setEnabled(r.reviewed_at is None)
        if r.reviewed_at is not None:
            self.review_button.setText("Reviewed")

    def mark_reviewed(self) -> None:
        self.review_button.setEnabled(False)
        self.ctx.run_write(self.ws.reflections.mark_reviewed, [self.reflection_id],
                           label="Marking reviewed…").then(self._marked, self._failed_review)

    def _marked(self, _change: Any) -> None:
        self.review_button.setText("Reviewed")
        self.reviewed.emit(self.reflection_id)
        self.task = self.ctx.run(self._load).then(self._loaded, self._failed)

    def _failed_review(self, message: str) -> None:
        self.review_button.setEnabled(True)
        self.error.setText(message)
        self.error.show()

    def show_history(self) -> HistoryDialog:
        return HistoryDialog.for_record(self.ctx, "this reflection", self.ws.reflections,
                                        self.reflection_id, self.ws.members.names, self.tz,
                                        self)
