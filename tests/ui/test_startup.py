"""The app's start: the unlock window paints before anything it does not need is loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from ui.app import DEFAULT_IDLE_MINUTES
from ui.idle_lock import DEFAULT_MINUTES
from ui.startup_probe import INFO, MARK
from ui.widgets import passphrase, plain_text

ROOT = Path(__file__).resolve().parents[2]


def test_unlock_window_paints_without_the_qt_namespace_crypto_or_services(real_vault):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PEERDESK_EXIT_AFTER_FIRST_PAINT="1")
    proc = subprocess.run([sys.executable, "-m", "ui", "--vault", str(real_vault)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.splitlines()
    assert any(line.startswith(MARK) for line in lines)
    info = next(line for line in lines if line.startswith(INFO))
    assert info.split()[1:] == ["qt_namespace=0", "crypto=0", "services=0"]


def test_int_flags_set_through_properties_are_the_qt_enums():
    assert Qt.TextFormat.PlainText.value == plain_text.PLAIN_TEXT
    assert Qt.TextInteractionFlag.TextSelectableByMouse.value == plain_text.SELECTABLE_BY_MOUSE
    assert Qt.TextInteractionFlag.TextSelectableByKeyboard.value \
        == plain_text.SELECTABLE_BY_KEYBOARD
    hints = (Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
             | Qt.InputMethodHint.ImhNoPredictiveText)
    assert hints.value == passphrase.PASSPHRASE_INPUT_HINTS


def test_widgets_end_up_with_those_flags(qtbot):
    label = plain_text.plain_label("<b>x</b>")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    view = plain_text.NoteView("note")
    qtbot.addWidget(view)
    assert view.textInteractionFlags() == (Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    edit = passphrase.PassphraseEdit()
    qtbot.addWidget(edit)
    hints = edit.inputMethodHints()
    for hint in (Qt.InputMethodHint.ImhHiddenText, Qt.InputMethodHint.ImhSensitiveData,
                 Qt.InputMethodHint.ImhNoPredictiveText):
        assert hints & hint


def test_idle_lock_default_is_the_apps():
    assert DEFAULT_IDLE_MINUTES == DEFAULT_MINUTES


def test_while_the_passphrase_is_typed_the_unlock_path_loads(tmp_path):
    """After the unlock window has painted, the services and the main window load in the
    background, so that pressing Unlock does not wait for them, and the UI font gets its
    fallback family."""
    script = (
        "import sys, time\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from ui.app import AppController, create_application\n"
        "from ui import preload\n"
        "app = create_application(['peerdesk'], first_window=True)\n"
        "first_font = app.font().families()\n"
        f"c = AppController(__import__('pathlib').Path({str(tmp_path / 'v')!r}))\n"
        "c.show_unlock()\n"
        "before = {m for m in ('peerdesk.services.workspace', 'ui.main_window') "
        "if m in sys.modules}\n"
        "end = time.perf_counter() + preload.DELAY_MS / 1000 + 20\n"
        "while time.perf_counter() < end and not all(m in sys.modules for m in "
        "preload.CORE_MODULES + preload.UI_MODULES):\n"
        "    QCoreApplication.processEvents(); time.sleep(0.01)\n"
        "print(sorted(before), all(m in sys.modules for m in "
        "preload.CORE_MODULES + preload.UI_MODULES))\n"
        "print(first_font, app.font().families())\n"
        "c.quit()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.split("\n")
    assert lines[0] == "[] True"
    # The UI font gets its Devanagari fallback once the first window has painted.
    assert lines[1] == "['Noto Sans'] ['Noto Sans', 'Noto Sans Devanagari']"


def test_preloading_stops_once_an_unlock_has_begun(qtbot):
    """No module is preloaded while the worker runs a task: the unlock imports what it
    needs itself, and two threads never import at once."""
    from ui import preload

    for name in ("colorsys", "wave"):
        sys.modules.pop(name, None)
    answers = iter([False, True])
    pending = ["colorsys", "wave"]
    preload._step(pending, lambda: next(answers, True))
    qtbot.wait(50)
    assert "colorsys" in sys.modules
    assert "wave" not in sys.modules and pending == ["wave"]
