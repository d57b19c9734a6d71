"""Reading the claims an import left (see :mod:`peerdesk.services.import_provenance`):
the sentence the app shows beside a record's history, and the mark reports put after an
author's name when that author is only what an import file said."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo

from peerdesk.domain.message import Message, Term
from peerdesk.domain.records_base import Record
from peerdesk.i18n import N_
from peerdesk.i18n.dates import MONTHS
from peerdesk.services.context import ServiceContext
from peerdesk.storage import codec, import_claim_queries
from peerdesk.storage.import_claim_queries import ClaimRow
from peerdesk.storage.tables import spec_for


def claimed(name: str) -> Message:
    """A name shown as the author of a record that came by import: "Asha (claimed by an
    import)". A :class:`~peerdesk.domain.message.Message`: the app shows it in the
    member's language (``ui.language.message``), a report in the report's
    (``.render(_)``); the name itself is never translated."""
    return Message(N_("{name} (claimed by an import)"), name=name)


#: What English shows after such a name.
CLAIM_MARK = str(claimed(""))


def _when(iso: object, tz: tzinfo) -> str:
    """"07 Dec 2026, 14:30" (the month through the catalog in another language)."""
    if not isinstance(iso, str) or not iso:
        return Term(N_("an unknown time"))
    try:
        moment = codec.parse_dt(iso).astimezone(tz)
    except (ValueError, OverflowError):
        return Term(N_("an unknown time"))
    return Message(N_("{day} {month} {year}, {time}"), day=f"{moment:%d}",
                   month=Term(MONTHS[moment.month - 1]), year=moment.year,
                   time=f"{moment:%H:%M}")


def claim_sentence(claim: ClaimRow, name: Callable[[str], str], tz: tzinfo) -> str:
    """Plain words: who imported the record from which file, and what the file claimed.

    A :class:`~peerdesk.domain.message.Message` (the History dialog shows it in the
    member's language); ``name`` gives a member's name, or a :class:`Term` for someone
    who is not one ("the recovery key")."""
    text = Message(N_("Imported from the file {file} by {who} on {when}."),
                   file=claim.source or Term(N_("(no name)")), who=name(claim.imported_by),
                   when=_when(claim.imported_at, tz))
    said = claim.claimed
    parts: list[Message] = []
    if said.get("author"):
        parts.append(Message(N_("written by {who}"), who=name(str(said["author"]))))
    if said.get("created_by"):
        parts.append(Message(N_("created by {who} on {when}"),
                             who=name(str(said["created_by"])),
                             when=_when(said.get("created_at"), tz)))
    if said.get("updated_by") and said.get("updated_at") != said.get("created_at"):
        parts.append(Message(N_("last changed by {who} on {when}"),
                             who=name(str(said["updated_by"])),
                             when=_when(said.get("updated_at"), tz)))
    if said.get("deleted_by"):
        parts.append(Message(N_("deleted by {who}"), who=name(str(said["deleted_by"]))))
    if not parts:
        return text
    joined: str = parts[0]
    for part in parts[1:]:
        joined = Message(N_("{first}; {then}"), first=joined, then=part)
    return Message(N_("{imported} The file says it was {claims}. That is the file's claim, "
                      "not checked by peerdesk."), imported=text, claims=joined)


class ImportClaims:
    """The claims of records the caller has already been allowed to read."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def of(self, kind: str, record_ids: Sequence[str]) -> dict[str, ClaimRow]:
        return import_claim_queries.claims_for(self.ctx.db, kind, record_ids)

    def describe(self, record: Record | None, names: dict[str, str]) -> str:
        """The sentence for ``record``, or "" when it did not come by import."""
        if record is None:
            return ""
        claim = self.of(spec_for(type(record)).kind, [record.id]).get(record.id)
        if claim is None:
            return ""

        def name(member_id: str) -> str:
            if member_id == "recovery":
                return Term(N_("the recovery key"))
            return names[member_id] if member_id in names else Term(N_("a former member"))

        return claim_sentence(claim, name, self.ctx.tz)
