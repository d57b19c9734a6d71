"""Dates as reports print them, with month names in the current language.

Never ``strftime("%b")``: that follows the operating system's locale, not the member's
language. Digits stay Latin in every language.
"""

from __future__ import annotations

from datetime import date, datetime

from peerdesk.i18n.catalog import N_, _

#: Short month names (January = index 0), marked for the catalog; the desktop app reads
#: them too (ui/language.py).
MONTHS = (N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"), N_("Jul"),
           N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"))
_MONTHS_FULL = (N_("January"), N_("February"), N_("March"), N_("April"), N_("May"),
                N_("June"), N_("July"), N_("August"), N_("September"), N_("October"),
                N_("November"), N_("December"))
#: Short weekday names (Monday = index 0), for the desktop app's dates.
WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


def month_name(month: int, *, full: bool = False) -> str:
    """The month (1-12) in the current language ("Dec", or "December" with ``full``)."""
    return _((_MONTHS_FULL if full else MONTHS)[month - 1])


def day_month(d: date) -> str:
    """"6 Dec"."""
    return f"{d.day} {month_name(d.month)}"


def day_label(d: date, *, full: bool = False) -> str:
    """"6 Dec 2026" (day without a leading zero)."""
    return f"{d.day} {month_name(d.month, full=full)} {d.year}"


def padded_day_label(d: date) -> str:
    """"06 Dec 2026": the form of table cells, where dates line up in a column."""
    return f"{d:%d} {month_name(d.month)} {d.year}"


def moment_label(moment: datetime) -> str:
    """"06 Dec 2026, 14:05" (``moment`` already in the time zone to show)."""
    return f"{padded_day_label(moment)}, {moment:%H:%M}"
