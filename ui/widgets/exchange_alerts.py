"""The exchange's warnings where a person looks first: on Home (a red banner for
escalations the supervisor's laptop does not have yet, a reminder to exchange, the
decisions waiting) and in the status bar (the same in a few words).

Both read :func:`ui.exchange_actions.load_alerts` off the GUI thread, after every write
and every exchange (the change bus), and ask the window to show a page when clicked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.exchange_actions import Alerts, load_alerts
from ui.models.rows_model import overdue_colour
from ui.page_context import PageContext
from ui.widgets.exchange_banners import reminder_banner, unsent_banner, unsent_status
from ui.widgets.plain_text import plain_label

translate = QCoreApplication.translate


def decisions_text(count: int) -> str:
    if count == 1:
        return translate("ExchangeAlerts", "1 decision")
    return translate("ExchangeAlerts", "%1 decisions").replace("%1", str(count))


class _Loader:
    """Loads the alerts for ``ws`` on the worker; newest answer wins."""

    def __init__(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.ws: Any = None
        self.generation = 0

    def load(self, ws: Any, show: Any) -> None:
        self.ws = ws
        self.generation += 1
        generation = self.generation
        if ws is None:
            return

        def shown(alerts: Alerts) -> None:
            if generation == self.generation and self.ws is not None:
                show(alerts)

        label = translate("ExchangeAlerts", "Checking the exchange…")
        self.ctx.run(load_alerts, ws, label=label).then(
            shown, lambda _m: None)


class _Follows:
    """What both alert widgets do: load the alerts for a workspace, again after a change,
    and show nothing once it is locked. ``show_alerts`` is the widget's own."""

    _loader: _Loader

    def show_alerts(self, alerts: Alerts) -> None:
        raise NotImplementedError

    def load(self, ws: Any) -> None:
        self._loader.load(ws, self.show_alerts)

    def reload(self) -> None:
        self._loader.load(self._loader.ws, self.show_alerts)

    def clear(self) -> None:
        self._loader.load(None, self.show_alerts)
        self.show_alerts(Alerts([], None, 0))


class HomeExchangeAlerts(_Follows, QWidget):
    """On Home: red banner, reminder, decisions; hidden when there is nothing to say."""

    #: ``open_page(name)``: the person wants the Exchange page (or "decisions").
    open_page = Signal(str)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeAlerts")
        self._loader = _Loader(ctx)
        self.unsent = plain_label("", self)
        self.unsent.setObjectName("errorBanner")
        self.reminder = plain_label("", self)
        self.reminder.setObjectName("emptyBanner")
        self.decisions = plain_label("", self)
        self.decisions.setObjectName("sectionHeader")
        self.exchange_button = QPushButton(translate("ExchangeAlerts", "Go to E&xchange"), self)
        self.exchange_button.clicked.connect(lambda: self.open_page.emit("exchange"))
        self.decide_button = QPushButton(translate("ExchangeAlerts", "&Decide…"), self)
        self.decide_button.clicked.connect(lambda: self.open_page.emit("decisions"))
        row = QHBoxLayout()
        row.addWidget(self.decisions)
        row.addWidget(self.decide_button)
        row.addWidget(self.exchange_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.unsent)
        layout.addWidget(self.reminder)
        layout.addLayout(row)
        self.show_alerts(Alerts([], None, 0))

    def show_alerts(self, alerts: Alerts) -> None:
        self.alerts = alerts
        self.unsent.setText(unsent_banner(alerts.unsent))
        self.unsent.setVisible(bool(alerts.unsent))
        self.reminder.setText(reminder_banner(alerts.reminder))
        self.reminder.setVisible(alerts.reminder is not None)
        waiting = translate("ExchangeAlerts", "Decisions waiting for you: %1")
        self.decisions.setText(waiting.replace("%1", decisions_text(alerts.decisions))
                               if alerts.decisions else "")
        self.decisions.setVisible(bool(alerts.decisions))
        self.decide_button.setVisible(bool(alerts.decisions))
        self.exchange_button.setVisible(bool(alerts.unsent or alerts.reminder))
        self.setVisible(bool(alerts.unsent or alerts.reminder or alerts.decisions))


class StatusExchangeLabel(_Follows, QLabel):
    """In the status bar: ``2 decisions · 1 escalation not yet sent — phone the
    supervisor``, in red when an escalation is unsent; click to open the Exchange page."""

    open_page = Signal(str)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeStatus")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(translate("ExchangeAlerts", "Exchange"))
        self._loader = _Loader(ctx)
        self.alerts = Alerts([], None, 0)
        self.hide()

    def show_alerts(self, alerts: Alerts) -> None:
        self.alerts = alerts
        parts = []
        if alerts.decisions:
            parts.append(decisions_text(alerts.decisions))
        if alerts.unsent:
            parts.append(unsent_status(alerts.unsent))
        if alerts.reminder is not None:
            parts.append(translate("ExchangeAlerts", "Time to exchange"))
        self.setText(" · ".join(parts))
        self.setStyleSheet(f"color: {overdue_colour().name()}; font-weight: 600;"
                           if alerts.unsent else "")
        self.setToolTip(translate("ExchangeAlerts", "Open the Exchange page") if parts else "")
        self.setVisible(bool(parts))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        target = "exchange" if self.alerts.unsent or not self.alerts.decisions \
            else "decisions"
        self.open_page.emit(target)
        super().mousePressEvent(event)
