"""The app style sheet, rendered: arrows on drop-downs and spin boxes, a focus ring on tick
boxes, read-only fields that look read-only, in the light and the dark sheet."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.resources import resource_path
from ui.theme import style_sheet


def _image(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def _ink(image: QImage, x0: int, x1: int) -> int:
    """Pixels between columns x0 and x1 (middle rows) that differ clearly from the corner."""
    ground = image.pixelColor(image.width() // 2, 3)
    count = 0
    for x in range(max(x0, 0), min(x1, image.width())):
        for y in range(4, image.height() - 4):
            c = image.pixelColor(x, y)
            if abs(c.lightness() - ground.lightness()) > 60:
                count += 1
    return count


@pytest.fixture(params=["light", "dark"])
def sheet(request: Any, qapp: Any) -> Any:
    dark = request.param == "dark"
    palette = QPalette(QColor("#2b2b2b") if dark else QColor("#f0f0f0"))
    if dark:
        palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    old_palette, old_sheet = qapp.palette(), qapp.styleSheet()
    qapp.setPalette(palette)
    from ui.theme import _apply

    _apply(qapp)
    assert qapp.styleSheet() == style_sheet(dark)
    yield dark
    qapp.setStyleSheet(old_sheet)
    qapp.setPalette(old_palette)


def test_every_image_the_sheets_name_exists_and_loads(qapp: Any) -> None:
    from PySide6.QtGui import QPixmap

    names = set()
    for dark in (False, True):
        names |= set(re.findall(r"url\(styles:([\w.-]+)\)", style_sheet(dark)))
    assert {"arrow-down.svg", "arrow-up-on-dark.svg"} <= names
    for name in names:
        assert resource_path("styles", name).is_file(), name
        assert not QPixmap(str(resource_path("styles", name))).isNull(), name


def test_drop_downs_and_spin_boxes_show_arrows(qtbot: Any, sheet: bool) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    combo = QComboBox()
    combo.addItems(["Phone", "Video"])
    spin = QSpinBox()
    spin.setRange(0, 999)
    spin.setValue(45)
    layout.addWidget(combo)
    layout.addWidget(spin)
    holder.resize(260, 120)
    holder.show()
    qtbot.waitExposed(holder)
    for box in (combo, spin):
        image = _image(box)
        # the arrow column (right 18 px) carries a chevron, not an empty or solid block
        ink = _ink(image, image.width() - 16, image.width() - 4)
        assert 8 <= ink <= 90, (type(box).__name__, sheet, ink)


def test_tick_boxes_show_a_focus_ring(qtbot: Any, sheet: bool) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    first, second = QCheckBox("Exams"), QCheckBox("Sleep")
    layout.addWidget(first)
    layout.addWidget(second)
    holder.show()
    holder.activateWindow()
    qtbot.waitExposed(holder)
    second.setFocus()
    qtbot.waitUntil(second.hasFocus, timeout=2000)
    plain = _image(first)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus, timeout=2000)
    focused = _image(first)
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
    edge = [focused.pixelColor(x, 0) for x in range(4, focused.width() - 4)]
    assert sum(1 for c in edge if c == highlight) > len(edge) // 2
    assert plain != focused


def test_read_only_fields_look_read_only(qtbot: Any, sheet: bool) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    editable, read_only = QLineEdit(), QLineEdit()
    read_only.setReadOnly(True)
    layout.addWidget(editable)
    layout.addWidget(read_only)
    holder.show()
    holder.activateWindow()
    qtbot.waitExposed(holder)
    inside = (editable.width() // 2, editable.height() // 2)
    assert _image(editable).pixelColor(*inside) != _image(read_only).pixelColor(*inside)
    read_only.setFocus()
    qtbot.waitUntil(read_only.hasFocus, timeout=2000)
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
    image = _image(read_only)
    assert all(image.pixelColor(x, 0) != highlight for x in range(4, image.width() - 4))
