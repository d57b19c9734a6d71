"""Reading the claims an import left (see :mod:`peerdesk.services.import_provenance`):
the sentence the app shows beside a record's history, and the mark reports put after an
author's name when that author is only what an import file said."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo

from peerdesk.domain.message import Message
from peerdesk.domain.records_base import Record
from peerdesk.i18n import N_
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
    if not isinstance(iso, str) or not iso:
        return "an unknown time"
    try:
        moment = codec.parse_dt(iso).astimezone(tz)
    except (ValueError, OverflowError):
        return "an unknown time"
    return f"{moment:%d %b %Y, %H:%M}"


def claim_sentence(claim: ClaimRow, name: Callable[[str], str], tz: tzinfo) -> str:
    """Plain words: who imported the record from which file, and what the file claimed."""
    text = (f"Imported from the file {claim.source or '(no name)'} by "
            f"{name(claim.imported_by)} on {_when(claim.imported_at, tz)}.")
    said = claim.claimed
    parts: list[str] = []
    if said.get("author"):
        parts.append(f"written by {name(str(said['author']))}")
    if said.get("created_by"):
        parts.append(f"created by {name(str(said['created_by']))} on "
                     f"{_when(said.get('created_at'), tz)}")
    if said.get("updated_by") and said.get("updated_at") != said.get("created_at"):
        parts.append(f"last changed by {name(str(said['updated_by']))} on "
                     f"{_when(said.get('updated_at'), tz)}")
    if said.get("deleted_by"):
        parts.append(f"deleted by {name(str(said['deleted_by']))}")
    if parts:
        text += (" The file says it was " + "; ".join(parts)
                 + ". That is the file's claim, not checked by peerdesk.")
    return text


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
                return "the recovery key"
            return names.get(member_id, "a former member")

        return claim_sentence(claim, name, self.ctx.tz)
