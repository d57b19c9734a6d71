"""The sentences that warn about the exchange, shared by the Exchange page, Home, the status
bar and the escalation view: escalations raised here that the supervisor's laptop does not
have yet, and a laptop that has not exchanged for too long."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def unsent_line(escalation: Any) -> str:
    """One escalation: ``Not yet on the supervisor's laptop — phone them``."""
    if escalation.supervisor_laptop:
        return translate("ExchangeBanners",
                         "Not yet on the supervisor's laptop — phone them.")
    return translate("ExchangeBanners",
                     "Not yet on any other laptop — phone the supervisor.")


def unsent_banner(unsent: Sequence[Any]) -> str:
    """The red banner for the escalations raised here that no bundle has carried yet."""
    if not unsent:
        return ""
    to_supervisor = any(e.supervisor_laptop for e in unsent)
    if len(unsent) == 1:
        if to_supervisor:
            head = translate("ExchangeBanners",
                             "The escalation for %1 is not yet on the supervisor's laptop.",
                             "%1 is an advisee's code")
        else:
            head = translate("ExchangeBanners",
                             "The escalation for %1 is not yet on any other laptop.",
                             "%1 is an advisee's code")
        head = head.replace("%1", unsent[0].advisee_code)
    else:
        if to_supervisor:
            head = translate("ExchangeBanners",
                             "%1 escalations are not yet on the supervisor's laptop (%2).",
                             "%1 is a number, %2 a list of advisee codes")
        else:
            head = translate("ExchangeBanners",
                             "%1 escalations are not yet on any other laptop (%2).",
                             "%1 is a number, %2 a list of advisee codes")
        codes = ", ".join(e.advisee_code for e in unsent)
        head = head.replace("%1", str(len(unsent))).replace("%2", codes)
    return head + " " + translate("ExchangeBanners",
                                  "Phone the supervisor now, then exchange.")


def unsent_status(unsent: Sequence[Any]) -> str:
    """The short form for the status bar."""
    if not unsent:
        return ""
    if len(unsent) == 1:
        return translate("ExchangeBanners",
                         "1 escalation not yet sent — phone the supervisor")
    text = translate("ExchangeBanners", "%1 escalations not yet sent — phone the supervisor")
    return text.replace("%1", str(len(unsent)))


def reminder_banner(reminder: Any) -> str:
    if reminder is None:
        return ""
    if reminder.never:
        return translate(
            "ExchangeBanners", "This laptop has not exchanged with the group since it "
            "joined. Exchange now so the others have what was written here.")
    if reminder.days == 1:
        return translate("ExchangeBanners",
                         "This laptop last exchanged with the group 1 day ago. Exchange now.")
    text = translate("ExchangeBanners",
                     "This laptop last exchanged with the group %1 days ago. Exchange now.")
    return text.replace("%1", str(reminder.days))
