"""Type-ahead picker over (id, label) pairs, e.g. advisees by their code ``PS-0142``.

Typing any part of a label offers matches (case-insensitive); choosing one, or typing a
label exactly, selects its id. Enter on a part that only one label contains ("142" for
``PS-0142``) completes it. Only labels are shown, as plain text.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class RecordPicker(QLineEdit):
    """A line edit with a completer; ``selected_id`` is the chosen record or None."""

    #: Emitted with the id when a record is chosen, and with None when the text no longer
    #: names one.
    picked = Signal(object)
    #: A record was chosen from the offered matches (Enter or a click): forms move on.
    entered = Signal()

    def __init__(
        self,
        items: Sequence[tuple[Hashable, str]] = (),
        *,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder or self.tr("Type to search…"))
        self.setClearButtonEnabled(True)
        self._labels = QStringListModel(self)
        self._by_label: dict[str, Hashable] = {}
        self._label_of: dict[Hashable, str] = {}
        self._selected: Hashable | None = None
        completer = QCompleter(self._labels, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._on_activated)
        self._completer = completer
        self.setCompleter(completer)
        self.textChanged.connect(self._on_text)
        self.set_items(items)

    def set_items(self, items: Sequence[tuple[Hashable, str]]) -> None:
        """Replace the choices. Labels should be unique (codes are)."""
        self._by_label = {label.casefold(): id_ for id_, label in items}
        self._label_of = {id_: label for id_, label in items}
        self._labels.setStringList([label for _, label in items])
        self._on_text(self.text())

    @property
    def selected_id(self) -> Hashable | None:
        return self._selected

    def select_id(self, id_: Hashable | None) -> None:
        """Show the record with this id (or clear the field for None)."""
        self.setText(self._label_of.get(id_, "") if id_ is not None else "")

    def complete_unique(self) -> bool:
        """Choose the one label that contains the typed text; True when a record is chosen."""
        if self._selected is not None:
            return True
        typed = self.text().strip().casefold()
        if not typed:
            return False
        found = [label for label in self._labels.stringList() if typed in label.casefold()]
        if len(found) == 1:
            self.setText(found[0])
        return self._selected is not None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # With the matches showing, the completer hands Enter to the line edit first.
        popup = self._completer.popup()
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and popup is not None
                and popup.isVisible()
                and not popup.currentIndex().isValid() and self.complete_unique()):
            event.accept()
            popup.hide()
            self.entered.emit()
            return
        super().keyPressEvent(event)

    def _on_activated(self, label: str) -> None:
        self.setText(label)
        self.entered.emit()

    def _on_text(self, text: str) -> None:
        found = self._by_label.get(text.strip().casefold())
        if found != self._selected:
            self._selected = found
            self.picked.emit(found)


#: The advisee picker is a record picker over (advisee id, code) pairs.
AdviseePicker = RecordPicker
