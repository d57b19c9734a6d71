from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ui.widgets.form_field import FormField, show_errors
from ui.widgets.passphrase import PassphraseEdit, PassphraseStrength, assess_passphrase
from ui.widgets.picker import AdviseePicker
from ui.widgets.plain_text import NoteView, plain_label, set_plain

HOSTILE = "<b>x</b><img src=file:///etc/hostname>"


def test_user_text_is_plain_text_in_labels(qtbot):
    label = plain_label(HOSTILE)
    qtbot.addWidget(label)
    assert label.text() == HOSTILE
    assert label.textFormat() == Qt.TextFormat.PlainText
    label.setTextFormat(Qt.TextFormat.AutoText)
    set_plain(label, HOSTILE)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == HOSTILE


def test_notes_show_in_read_only_plain_view(qtbot):
    view = NoteView(HOSTILE)
    qtbot.addWidget(view)
    assert view.isReadOnly()
    assert view.toPlainText() == HOSTILE
    assert "<img" in view.document().toPlainText()  # shown literally, never rendered


def test_form_field_shows_error_beside_input(qtbot):
    edit = QLineEdit()
    field = FormField("&Group name", edit, hint="The name members know")
    qtbot.addWidget(field)
    assert edit.accessibleName() == "Group name"
    assert field.message.text() == "The name members know"
    field.set_error("Enter the name of your group.")
    assert field.message.text() == "Enter the name of your group."
    assert edit.property("invalid") is True
    assert edit.accessibleDescription() == "Enter the name of your group."
    field.clear_error()
    assert field.message.text() == "The name members know"
    assert edit.property("invalid") is False


def test_show_errors_returns_unplaced_errors(qtbot):
    a, b = FormField("A", QLineEdit()), FormField("B", QLineEdit())
    qtbot.addWidget(a)
    qtbot.addWidget(b)
    rest = show_errors({"a": a, "b": b}, {"a": "bad a", "other": "general"})
    assert a.error == "bad a" and b.error == "" and rest == {"other": "general"}


def test_passphrase_rules():
    assert not assess_passphrase("").acceptable
    assert not assess_passphrase("Sh0rt!pw").acceptable
    assert not assess_passphrase("password1234").acceptable
    assert not assess_passphrase("aaaaaaaaaaaaaaaa").acceptable
    assert not assess_passphrase("abcdefghijklmnop").acceptable
    assert not assess_passphrase("1234567890123").acceptable
    assert assess_passphrase("blue kettle river").acceptable  # 17 characters
    assert not assess_passphrase("tea kite").acceptable


def test_passphrase_rules_accept_long_or_wordy():
    assert assess_passphrase("tea garden monsoon kite").acceptable  # 4 words
    strong = assess_passphrase("Quiet tea garden after monsoon, 7 kites")
    assert strong.acceptable and strong.score == 4
    assert "Too short" in assess_passphrase("kite moon").feedback
    assert "easy to guess" in assess_passphrase("1234567890123").feedback


def test_strength_meter_follows_typing(qtbot):
    edit = PassphraseEdit()
    meter = PassphraseStrength(edit)
    qtbot.addWidget(edit)
    qtbot.addWidget(meter)
    qtbot.keyClicks(edit, "short")
    assert not meter.strength.acceptable
    assert "Too short" in meter.feedback.text()
    edit.setText("tea garden monsoon kite flying")
    assert meter.strength.acceptable
    assert meter.meter.value() == meter.strength.score + 1
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    edit.toggle_visible()
    assert edit.echoMode() == QLineEdit.EchoMode.Normal


def test_advisee_picker_type_ahead(qtbot):
    picker = AdviseePicker([("id-1", "PS-0142"), ("id-2", "PS-0007"), ("id-3", "PS-1420")])
    qtbot.addWidget(picker)
    picker.show()
    with qtbot.waitSignal(picker.picked) as blocker:
        qtbot.keyClicks(picker, "ps-0142")
    assert blocker.args == ["id-1"]
    assert picker.selected_id == "id-1"
    picker.completer().setCompletionPrefix("142")
    assert picker.completer().completionCount() == 2  # contains-match: PS-0142 and PS-1420
    picker.setText("PS-99")
    assert picker.selected_id is None
    picker.select_id("id-2")
    assert picker.text() == "PS-0007" and picker.selected_id == "id-2"


def test_a_label_without_latin_letters_gets_a_mnemonic_in_brackets(qtbot):
    """A Hindi field label still gets its own Alt+letter, after the text in brackets."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

    from ui.widgets.mnemonics import assign_mnemonics

    form = QWidget()
    qtbot.addWidget(form)
    taken = QLabel("&Name", form)
    taken.setBuddy(QLineEdit(form))
    hindi = QLabel("सलाह लेने वाले", form)
    hindi.setBuddy(QLineEdit(form))
    assign_mnemonics(form)
    assert hindi.text() == "सलाह लेने वाले (&A)"
