"""The main window's pages: which exist, in which order, and who may see them.

To add a page: write ``ui/pages/<name>.py`` with a :class:`~ui.pages.base.Page` subclass
and a module-level ``PAGE = ThatClass``, and list it in :data:`PAGES` with the roles that
see it. Page modules are imported when the main window is built, not at start-up.
Visibility here is only about navigation; the services enforce the permissions
(docs/permissions.md).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ui.language import QT_TRANSLATE_NOOP
from ui.pages.base import Page

COORDINATOR, ADVISOR, SUPERVISOR = "coordinator", "advisor", "supervisor"
EVERYONE = frozenset({COORDINATOR, ADVISOR, SUPERVISOR})


@dataclass(frozen=True)
class PageSpec:
    name: str
    #: In English, marked for the catalog; shown through :func:`page_title`.
    title: str
    roles: frozenset[str]


#: In navigation order. Roles follow docs/permissions.md: reflections and supervision notes are only
#: "existence" for coordinators, members/audit are not for advisors. Settings is for
#: everyone because it also holds personal settings (own passphrase, idle-lock minutes).
PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", QT_TRANSLATE_NOOP("PageTitle", "Home"), EVERYONE),
    PageSpec("sessions", QT_TRANSLATE_NOOP("PageTitle", "Sessions"), EVERYONE),
    PageSpec("advisees", QT_TRANSLATE_NOOP("PageTitle", "Advisees"), EVERYONE),
    PageSpec("agreements", QT_TRANSLATE_NOOP("PageTitle", "Agreements"), EVERYONE),
    PageSpec("reflections", QT_TRANSLATE_NOOP("PageTitle", "Reflections"),
             frozenset({ADVISOR, SUPERVISOR})),
    PageSpec("supervision", QT_TRANSLATE_NOOP("PageTitle", "Supervision"),
             frozenset({ADVISOR, SUPERVISOR})),
    PageSpec("escalations", QT_TRANSLATE_NOOP("PageTitle", "Escalations"), EVERYONE),
    PageSpec("reports", QT_TRANSLATE_NOOP("PageTitle", "Reports"), EVERYONE),
    PageSpec("exchange", QT_TRANSLATE_NOOP("PageTitle", "Exchange"), EVERYONE),
    PageSpec("members", QT_TRANSLATE_NOOP("PageTitle", "Members"),
             frozenset({COORDINATOR, SUPERVISOR})),
    PageSpec("audit", QT_TRANSLATE_NOOP("PageTitle", "Audit log"),
             frozenset({COORDINATOR, SUPERVISOR})),
    PageSpec("settings", QT_TRANSLATE_NOOP("PageTitle", "Settings"), EVERYONE),
)
PAGE_NAMES: tuple[str, ...] = tuple(spec.name for spec in PAGES)


def spec_for(name: str) -> PageSpec:
    for spec in PAGES:
        if spec.name == name:
            return spec
    raise KeyError(name)


def page_title(name: str) -> str:
    """The page's title in the interface's language (navigation, headings, messages)."""
    return QCoreApplication.translate("PageTitle", spec_for(name).title)


def page_class(name: str) -> type[Page]:
    """The page class of ``ui/pages/<name>.py`` (imported on first use)."""
    spec_for(name)  # unknown names are a programming error
    cls = importlib.import_module(f"ui.pages.{name}").PAGE
    assert isinstance(cls, type) and issubclass(cls, Page), name
    return cls


def visible_pages(roles: Iterable[str]) -> list[PageSpec]:
    """Pages this set of roles may see, in navigation order. Nothing is imported: a page's
    module loads when the page is first shown (ui/page_set.py)."""
    have = frozenset(roles)
    return [spec for spec in PAGES if spec.roles & have]
