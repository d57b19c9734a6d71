"""The group's referral directory (helplines, clinics, emergency numbers).

It ships empty: peerdesk never ships a phone number that nobody in the group verified.
Coordinators and supervisors manage and verify entries; every member reads them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from peerdesk.domain import validate
from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.records_risk import ReferralResource
from peerdesk.errors import NotFound
from peerdesk.services.change import Change
from peerdesk.services.context import ServiceContext
from peerdesk.storage import codec, records, register_queries

R = Resource.REFERRAL_RESOURCES


class ReferralService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def create(self, values: Mapping[str, Any]) -> Change:
        ctx = self.ctx
        ctx.check(Action.CREATE, R)
        values = {**dict(values), "verified_at": None, "verified_by": None}
        res = validate.build_referral_resource(values, meta=ctx.new_meta(), now=ctx.now())
        with ctx.write("referral.created", "referral_resource", res.id,
                       {"kind": res.kind.value}) as db:
            records.insert(db, res)
        return Change("referral_resource", "created", (res.id,), ctx.last_seq(), res)

    def update(self, resource_id: str, values: Mapping[str, Any]) -> Change:
        """Edit an entry. Changing the phone number clears its verification."""
        ctx = self.ctx
        ctx.check(Action.UPDATE, R)
        old = self._get(resource_id)
        merged = {**validate.form_values(old), **dict(values)}
        merged["verified_at"], merged["verified_by"] = old.verified_at, old.verified_by
        if str(merged.get("phone") or "").strip() != old.phone:
            merged["verified_at"] = merged["verified_by"] = None
        new = validate.build_referral_resource(merged, meta=ctx.touched(old.meta),
                                               now=ctx.now())
        with ctx.write("referral.updated", "referral_resource", resource_id, {}) as db:
            changed = records.update(db, old, new)
        return Change("referral_resource", "updated" if changed else "unchanged",
                      (resource_id,), ctx.last_seq(), new)

    def verify(self, resource_id: str) -> Change:
        """Record that the actor checked the entry (called the number) just now."""
        ctx = self.ctx
        ctx.check(Action.VERIFY, R)
        old = self._get(resource_id)
        new = replace(old, meta=ctx.touched(old.meta), verified_at=ctx.now(),
                      verified_by=ctx.actor.member_id or "recovery")
        with ctx.write("referral.verified", "referral_resource", resource_id, {}) as db:
            records.update(db, old, new)
        return Change("referral_resource", "verified", (resource_id,), ctx.last_seq(), new)

    def delete(self, resource_id: str) -> Change:
        ctx = self.ctx
        ctx.check(Action.DELETE, R)
        self._get(resource_id)
        with ctx.write("referral.deleted", "referral_resource", resource_id, {}) as db:
            records.tombstone(db, ReferralResource, resource_id, ctx.actor.member_id,
                              codec.iso_dt(ctx.now()))
        return Change("referral_resource", "deleted", (resource_id,), ctx.last_seq())

    def _get(self, resource_id: str) -> ReferralResource:
        res = records.get(self.ctx.db, ReferralResource, resource_id)
        if res is None:
            raise NotFound("That referral resource no longer exists.")
        return res

    def get(self, resource_id: str) -> ReferralResource:
        self.ctx.check(Action.READ, R)
        return self._get(resource_id)

    def list(self, *, kind: str | None = None) -> list[ReferralResource]:
        """Every entry (with its notes: the directory is small), by kind and name."""
        self.ctx.check(Action.READ, R)
        ids = register_queries.referral_ids(self.ctx.db, kind=kind)
        return records.get_many(self.ctx.db, ReferralResource, ids, with_text=True)
