"""The new laptop's join screen: its safety number in large digits and its join code as a
QR code, with the two ways to hand the request over (a file, or the code as text).

The widget shows; the dialog around it saves the file and copies the code. The QR code
carries the whole request as text (``peerdesk.exchange.join_code``) so a phone can carry it
to the coordinator, who pastes it into "Add a laptop"; peerdesk itself scans nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.widgets.exchange_qr import QrCodeView
from ui.widgets.exchange_safety import SafetyNumberLabel
from ui.widgets.plain_text import plain_label

translate = QCoreApplication.translate


class JoinCodeView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinCode")
        self.qr = QrCodeView(self)
        self.qr.setAccessibleName(translate("JoinCodeView", "Join code as a QR code"))
        self.qr.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.number = SafetyNumberLabel("", self)
        number_title = QLabel(translate("JoinCodeView", "Safety number"), self)
        number_title.setObjectName("sectionHeader")
        self.number_hint = plain_label(translate("JoinCodeView",
            "The coordinator's laptop shows a number when it reads this request. Compare "
            "the two, digit by digit, on the phone or side by side. If they differ, do not "
            "go on: the request was changed on the way."), self)
        self.number_hint.setObjectName("fieldHint")
        self.qr_hint = plain_label(translate("JoinCodeView",
            "No file to hand over? Scan this code with a phone, send the text to the "
            "coordinator, and they paste it into Add a laptop."), self)
        self.qr_hint.setObjectName("fieldHint")

        left = QVBoxLayout()
        left.addWidget(number_title)
        left.addWidget(self.number)
        left.addWidget(self.number_hint)
        left.addSpacing(self.fontMetrics().height())
        left.addWidget(self.qr_hint)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.qr, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    def show_request(self, safety_number: str, code: str) -> None:
        self.number.set_number(safety_number)
        self.qr.set_text(code)
        self.code = code

    def clear(self) -> None:
        self.number.set_number("")
        self.qr.set_text("")
        self.code = ""
