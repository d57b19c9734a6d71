"""Find a core service on the open workspace, whether or not the lead attached it yet.

The workspace grows attributes as services land (``ws.escalations``, ``ws.queues`` …).
Until one is attached, :func:`service` builds it from ``peerdesk.services.<module>`` with
``ws.ctx`` and keeps it on the workspace, so pages, tests and screenshots behave the same.
Returns None when the service does not exist in this version (pages then say so plainly).
"""

from __future__ import annotations

import importlib
from typing import Any

#: attribute on Workspace -> (module under peerdesk.services, class name)
_KNOWN: dict[str, tuple[str, str]] = {
    "escalations": ("escalations", "EscalationService"),
    "queues": ("queues", "QueueService"),
    "settings": ("settings", "SettingsService"),
    "search": ("search", "SearchService"),
    "register": ("register", "ReportRegister"),
    "referrals": ("referrals", "ReferralService"),
    "reflections": ("reflections", "ReflectionService"),
    "agreements": ("agreements", "AgreementService"),
    "supervision": ("supervision", "SupervisionService"),
    "audit": ("audit", "AuditService"),
    "reports": ("reports", "ReportService"),
}


def service(ws: Any, name: str) -> Any | None:
    """``ws.<name>``, built on demand from the known service class; None if unavailable."""
    if ws is None:
        return None
    try:
        found = getattr(ws, name)
    except AttributeError:
        found = None
    if found is not None:
        return found
    spec = _KNOWN.get(name)
    ctx = getattr(ws, "ctx", None) if spec else None
    if spec is None or ctx is None:
        return None
    try:
        module = importlib.import_module(f"peerdesk.services.{spec[0]}")
    except ImportError:
        return None
    cls = getattr(module, spec[1], None)
    if cls is None:
        return None
    built = cls(ctx)
    try:
        setattr(ws, name, built)
    except AttributeError:
        pass
    return built
