"""The exchange's widgets on their own: the QR code as painted, the safety number, the
refusal sentences, the laptops list's texts."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from peerdesk.exchange.container import Refusal
from peerdesk.exchange.device import DeviceKeys
from peerdesk.exchange.join_code import encode_join_code
from peerdesk.exchange.join_request import encode_join_request, make_join_request
from ui.models.exchange_laptops_model import LaptopsModel
from ui.widgets.exchange_qr import QUIET_ZONE, QrCodeView, qr_matrix
from ui.widgets.exchange_refusal import refusal_text
from ui.widgets.exchange_safety import SafetyNumberLabel


@pytest.fixture(scope="module")
def join_code() -> str:
    keys = DeviceKeys.generate()
    return encode_join_code(encode_join_request(make_join_request(keys, "Asha's laptop"), keys))


def test_the_qr_code_painted_is_the_matrix_module_by_module(qtbot, join_code):
    view = QrCodeView()
    qtbot.addWidget(view)
    view.set_text(join_code)
    matrix = qr_matrix(join_code)
    side = len(matrix)
    assert side <= 137  # version 30 or smaller: what a phone reads off a screen
    view.resize(view.sizeHint())
    image = QImage(view.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    view.render(image)
    px = view.module_px()
    assert px >= 3
    left = (view.width() - px * view.modules) // 2
    top = (view.height() - px * view.modules) // 2
    for y in range(-QUIET_ZONE, side + QUIET_ZONE):
        for x in range(-QUIET_ZONE, side + QUIET_ZONE):
            dark = 0 <= x < side and 0 <= y < side and matrix[y][x]
            colour = image.pixelColor(left + (x + QUIET_ZONE) * px + px // 2,
                                      top + (y + QUIET_ZONE) * px + px // 2)
            assert colour == (QColor("black") if dark else QColor("white")), (x, y)


def test_the_safety_number_is_shown_whole_in_three_groups(qtbot):
    label = SafetyNumberLabel("45622 77033 09354")
    qtbot.addWidget(label)
    assert label.text().split() == ["45622", "77033", "09354"]
    assert label.font().pointSizeF() >= 2 * QApplication.font().pointSizeF()


def test_every_refusal_has_its_own_plain_sentence_and_says_nothing_changed():
    sentences = {refusal_text(r.value) for r in Refusal}
    assert len(sentences) == len(Refusal)
    assert all(s.endswith("Nothing was changed.") for s in sentences)
    assert refusal_text("not-for-this-laptop", made_for=["Asha's laptop"]).startswith(
        "This file was made for Asha's laptop, not this one.")
    assert "Sunil's laptop" in refusal_text("revoked-sender", sender="Sunil's laptop")
    joins = {refusal_text(r, join=True) for r in ("not-a-bundle", "too-large",
                                                   "newer-format", "damaged")}
    assert len(joins) == 4 and not joins & sentences


@dataclass
class _Lap:
    device_id: str
    label: str
    members: tuple[str, ...]
    this_laptop: bool
    revoked_at: str | None
    last_received: str | None
    last_sent: str | None
    waiting: int


def test_the_laptops_list_says_whose_laptop_when_and_what_waits(qapp):
    model = LaptopsModel()
    model.set_rows([
        _Lap("a" * 32, "Office laptop", ("Kavya",), True, None, None, None, 0),
        _Lap("b" * 32, "Asha's laptop", ("Asha",), False, None,
             "2026-03-03T09:30:00Z", None, 3),
        _Lap("c" * 32, "Old laptop", ("Bala",), False, "2026-01-01T00:00:00Z", None, None, 0),
        _Lap("d" * 32, "Sunil's laptop", ("Sunil",), False, None, None,
             "2026-03-03T09:30:00Z", 1),
    ])
    texts = [[model.index(r, c).data() for c in range(5)] for r in range(4)]
    assert texts[3][4] == "1 change not confirmed yet"
    assert texts[0][0] == "Office laptop (this laptop)" and texts[0][2:] == ["", "", ""]
    assert texts[1] == ["Asha's laptop", "Asha", "Tue 3 Mar 2026, 09:30", "Never",
                        "3 changes to send"]
    assert texts[2][0] == "Old laptop (removed)" and texts[2][4] == ""
    assert model.id_at(1) == "b" * 32
