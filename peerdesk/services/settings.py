"""Group settings: time zone, acknowledgement deadlines, retention, locks, themes.

Stored in the ``meta`` table (time zone under its vault key ``timezone``, the rest as
``setting.<name>``) and the ``themes`` table. A coordinator manages them, a supervisor
reads them; every change is one audited write. The few values every member's app needs
(idle lock, clipboard, time zone) are in :meth:`SettingsService.app_settings`, open to all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from peerdesk.domain.escalation import GroupPolicy
from peerdesk.domain.message import Message, Term
from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.retention import DEFAULT_KEEP_CLOSED_MONTHS, RetentionPolicy
from peerdesk.domain.text import TextKind, text_problem
from peerdesk.domain.vocab import RiskLevel
from peerdesk.errors import ValidationError
from peerdesk.i18n import DEFAULT_LANGUAGE, LANGUAGES, N_
from peerdesk.services.change import Change
from peerdesk.services.context import ServiceContext, zone
from peerdesk.storage import settings_queries, vault_tables

R = Resource.SETTINGS

_DEFAULT_ACK_MINUTES = {
    RiskLevel.IMMINENT: 60, RiskLevel.HIGH: 24 * 60, RiskLevel.MODERATE: 72 * 60,
    RiskLevel.CONCERN: 7 * 24 * 60,
}
#: (low, high) of every integer setting.
_BOUNDS: Mapping[str, tuple[int, int]] = {
    "retention_months": (0, 1200),
    "idle_lock_minutes": (1, 240),
    "clipboard_clear_seconds": (5, 600),
    "no_contact_days": (1, 365),
    "exchange_reminder_days": (1, 90),
    **{f"ack_minutes_{lvl.value}": (5, 60 * 24 * 90) for lvl in RiskLevel},
}


@dataclass(frozen=True)
class GroupSettings:
    timezone: str = "UTC"
    ack_minutes_concern: int = _DEFAULT_ACK_MINUTES[RiskLevel.CONCERN]
    ack_minutes_moderate: int = _DEFAULT_ACK_MINUTES[RiskLevel.MODERATE]
    ack_minutes_high: int = _DEFAULT_ACK_MINUTES[RiskLevel.HIGH]
    ack_minutes_imminent: int = _DEFAULT_ACK_MINUTES[RiskLevel.IMMINENT]
    retention_enabled: bool = True
    retention_months: int = DEFAULT_KEEP_CLOSED_MONTHS
    idle_lock_minutes: int = 5
    clipboard_clear_seconds: int = 30
    no_contact_days: int = 30
    #: Remind a laptop that has not exchanged with the group for longer than this.
    exchange_reminder_days: int = 3

    def policy(self) -> GroupPolicy:
        return GroupPolicy({lvl: timedelta(minutes=getattr(self, f"ack_minutes_{lvl.value}"))
                            for lvl in RiskLevel})

    def retention(self) -> RetentionPolicy:
        return RetentionPolicy(keep_closed_months=self.retention_months,
                               enabled=self.retention_enabled)


@dataclass(frozen=True)
class AppSettings:
    """What every member's app needs, whatever their role."""

    timezone: str
    idle_lock_minutes: int
    clipboard_clear_seconds: int


@dataclass(frozen=True)
class Theme:
    name: str
    active: bool


_NAMES = tuple(f.name for f in fields(GroupSettings))


def _whole_number(low: int, high: int) -> Message:
    return Message(N_("Enter a whole number from {low} to {high}."), low=low, high=high)


def _clean(name: str, raw: Any) -> Any:
    if name == "timezone":
        try:
            ZoneInfo(str(raw).strip())
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(N_("Choose a time zone such as Asia/Kolkata."), name) from None
        return str(raw).strip()
    if name == "retention_enabled":
        if not isinstance(raw, bool):
            raise ValidationError(N_("Answer yes or no."), name)
        return raw
    low, high = _BOUNDS[name]
    if isinstance(raw, bool) or not isinstance(raw, int | str):
        raise ValidationError(_whole_number(low, high), name)
    try:
        value = int(raw)
    except ValueError:
        raise ValidationError(_whole_number(low, high), name) from None
    if not low <= value <= high:
        raise ValidationError(_whole_number(low, high), name)
    return value


def _encode(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


class SettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reads -------------------------------------------------------------------------
    def _load(self) -> GroupSettings:
        db = self.ctx.db
        stored = settings_queries.all_settings(db)
        values: dict[str, Any] = {"timezone": vault_tables.get_meta(db, "timezone") or "UTC"}
        for name in _NAMES:
            if name in stored:
                try:
                    values[name] = (stored[name] == "1" if name == "retention_enabled"
                                    else _clean(name, stored[name]))
                except ValidationError:
                    continue  # a bad stored value falls back to the default
        return GroupSettings(**values)

    def get(self) -> GroupSettings:
        self.ctx.check(Action.READ, R)
        return self._load()

    def app_settings(self) -> AppSettings:
        s = self._load()
        return AppSettings(s.timezone, s.idle_lock_minutes, s.clipboard_clear_seconds)

    def policy(self) -> GroupPolicy:
        """The escalation policy (services need it whoever is acting)."""
        return self._load().policy()

    def retention(self) -> RetentionPolicy:
        return self._load().retention()

    def no_contact_days(self) -> int:
        return self._load().no_contact_days

    def themes(self, *, active_only: bool = False) -> list[Theme]:
        """Session themes (every member picks from them)."""
        return [Theme(n, a) for n, a in settings_queries.themes(self.ctx.db)
                if a or not active_only]

    def language(self) -> str:
        """The acting member's language for reports ("en" or "hi"); English until they
        choose, and for the recovery key. A stored value that is not a known language is
        ignored."""
        member_id = self.ctx.actor.member_id
        if not member_id:
            return DEFAULT_LANGUAGE
        stored = settings_queries.member_language(self.ctx.db, member_id)
        return stored if stored in LANGUAGES else DEFAULT_LANGUAGE

    # -- writes ------------------------------------------------------------------------
    def set_language(self, language: str) -> Change:
        """The acting member chooses their own language (nobody chooses for another)."""
        ctx = self.ctx
        member_id = ctx.actor.member_id
        if not member_id:
            raise ValidationError(N_("The recovery key has no language setting."), "language")
        if language not in LANGUAGES:
            raise ValidationError(Message(N_("Choose a language: {choices}."),
                                          choices=", ".join(LANGUAGES)), "language")
        if self.language() == language:
            return Change("language", "unchanged", (), ctx.last_seq(), language)
        with ctx.write("settings.language_changed", "member", member_id,
                       {"language": language}) as db:
            settings_queries.set_member_language(db, member_id, language)
        return Change("language", "updated", (language,), ctx.last_seq(), language)

    def update(self, values: Mapping[str, Any]) -> Change:
        """Change some settings; unknown names are refused. One audit event."""
        ctx = self.ctx
        ctx.check(Action.UPDATE, R)
        unknown = sorted(set(values) - set(_NAMES))
        if unknown:
            raise ValidationError(Message(N_("Unknown setting: {name}."), name=unknown[0][:40]),
                                  unknown[0][:40])
        old = self._load()
        cleaned = {k: _clean(k, v) for k, v in values.items()}
        changed = {k: v for k, v in cleaned.items() if getattr(old, k) != v}
        if not changed:
            return Change("settings", "unchanged", (), ctx.last_seq(), old)
        with ctx.write("settings.updated", "settings", "group",
                       {"changed": {k: changed[k] for k in sorted(changed)}}) as db:
            for key, value in changed.items():
                if key == "timezone":
                    vault_tables.set_meta(db, "timezone", value)
                else:
                    settings_queries.set_setting(db, key, _encode(value))
        new = self._load()
        ctx.policy = new.policy()
        ctx.tz = zone(new.timezone)
        return Change("settings", "updated", tuple(sorted(changed)), ctx.last_seq(), new)

    def add_theme(self, name: str) -> Change:
        ctx = self.ctx
        ctx.check(Action.UPDATE, R)
        text, problem = text_problem(name if isinstance(name, str) else "", label=N_("Theme"),
                                     kind=TextKind.LINE, limit=60)
        if problem or not text:
            raise ValidationError(problem or Message(N_("{label} is required."),
                                                      label=Term(N_("Theme"))), "name")
        if settings_queries.theme_exists(ctx.db, text):
            raise ValidationError(N_("That theme is already on the list."), "name")
        with ctx.write("settings.theme_added", "settings", "themes", {}) as db:
            settings_queries.add_theme(db, text)
        return Change("theme", "created", (text,), ctx.last_seq())

    def set_theme_active(self, name: str, active: bool) -> Change:
        """Retire a theme (kept on past sessions) or bring it back."""
        ctx = self.ctx
        ctx.check(Action.UPDATE, R)
        with ctx.write("settings.theme_changed", "settings", "themes",
                       {"active": bool(active)}) as db:
            if settings_queries.set_theme_active(db, name, bool(active)) != 1:
                from peerdesk.errors import NotFound

                raise NotFound("That theme is not on the list.")
        return Change("theme", "updated", (name,), ctx.last_seq())
