"""Every role x resource x action x scope flag against the table of docs/permissions.md.

The expected table is transcribed here independently of permissions.MATRIX:
"X" any record, "own" own records, "asg" advisees assigned to the actor (own also
counts), "op" operational reports only.
"""

import itertools

import pytest

from peerdesk.domain.permissions import Action, Actor, Resource, Role, allowed, check
from peerdesk.errors import PermissionDenied

CRUD = {"read": "X", "create": "X", "update": "X", "delete": "X", "manage": "X"}

# docs/permissions.md (plus the documented decisions: own account, referral resources).
EXPECTED = {
    "coordinator": {
        "members": CRUD, "accounts": CRUD, "settings": CRUD, "backup": CRUD,
        "advisees": CRUD,                                   # manage
        "sessions": CRUD,                                   # manage
        "reflections": {"read_existence": "X"},             # existence only
        "agreements": CRUD,                                 # manage
        "supervision_notes": {"read_existence": "X"},       # existence only
        "escalations": {"raise": "X", "read": "X", "update": "X", "acknowledge": "X",
                        "add_event": "X"},                  # raise, update
        "reports": {"read": "op", "create": "op"},          # operational
        "audit": {"read": "X"},
        "referral_resources": {**CRUD, "verify": "X"},
    },
    "advisor": {
        "accounts": {"read": "own", "update": "own"},
        "advisees": {"read": "asg"},                        # own (assigned)
        "sessions": {"read": "asg", "create": "asg"},       # own advisees: create, read
        "reflections": {"read": "own", "create": "own", "update": "own",
                        "read_existence": "own"},           # own: write, read
        "agreements": {"read": "own", "acknowledge": "own"},
        "supervision_notes": {"read_shared": "own",         # about self: shared part,
                              "mark_done": "own"},          # tick own actions done
        "escalations": {"raise": "asg", "add_event": "asg", "read": "asg"},
        "reports": {"read": "own", "create": "own"},        # about self
        "referral_resources": {"read": "X"},
    },
    "supervisor": {
        "members": {"read": "X"}, "settings": {"read": "X"}, "backup": {"read": "X"},
        "accounts": {"read": "X", "update": "own"},
        "advisees": {"read": "X"},
        "sessions": {"read": "X"},
        "reflections": {"read": "X", "read_existence": "X", "review": "X"},
        "agreements": {"read": "X", "review": "X"},
        "supervision_notes": {**CRUD, "read_existence": "X", "read_shared": "X",
                              "mark_done": "X"},
        "escalations": {"raise": "X", "read": "X", "update": "X", "acknowledge": "X",
                        "add_event": "X", "close": "X"},   # everything, close
        "reports": {"read": "X", "create": "X"},
        "audit": {"read": "X", "verify": "X"},
        "referral_resources": {**CRUD, "verify": "X"},
    },
}

FLAGS = [dict(zip(("owns", "assigned", "operational"), bits, strict=True))
         for bits in itertools.product((False, True), repeat=3)]


def _expected(role, resource, action, flags):
    scope = EXPECTED[role].get(resource, {}).get(action)
    return {None: False, "X": True, "own": flags["owns"],
            "asg": flags["owns"] or flags["assigned"], "op": flags["operational"]}[scope]


def _actor(*roles):
    return Actor(member_id="m1", account_id="acc1", roles=frozenset(roles))


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("resource", list(Resource))
@pytest.mark.parametrize("action", list(Action))
def test_matrix(role, resource, action):
    actor = _actor(role)
    for flags in FLAGS:
        want = _expected(role.value, resource.value, action.value, flags)
        assert allowed(actor, action, resource, **flags) is want, (role, resource, action,
                                                                   flags)
        if want:
            check(actor, action, resource, **flags)
        else:
            with pytest.raises(PermissionDenied) as err:
                check(actor, action, resource, **flags)
            assert str(err.value).endswith(".") and len(str(err.value)) < 120


@pytest.mark.parametrize("roles", [frozenset(c) for n in range(4)
                                   for c in itertools.combinations(Role, n)])
def test_several_roles_are_a_union(roles):
    actor = _actor(*roles)
    for resource, action, flags in itertools.product(Resource, Action, FLAGS):
        want = any(_expected(r.value, resource.value, action.value, flags) for r in roles)
        assert allowed(actor, action, resource, **flags) is want


@pytest.mark.parametrize("roles,action,resource,kw,message", [
    ({Role.COORDINATOR, Role.ADVISOR}, Action.CLOSE, Resource.ESCALATIONS, {},
     "Only a supervisor can close an escalation."),
    ({Role.ADVISOR}, Action.READ, Resource.REFLECTIONS, {},
     "You can only read your own reflections."),
    ({Role.ADVISOR}, Action.CREATE, Resource.SESSIONS, {},
     "You can only create sessions of advisees assigned to you."),
    ({Role.ADVISOR}, Action.READ, Resource.ADVISEES, {},
     "You can only read advisees assigned to you."),
    ({Role.COORDINATOR}, Action.READ, Resource.REFLECTIONS, {},
     "Only an advisor or supervisor can read a reflection."),
    ({Role.COORDINATOR}, Action.CREATE, Resource.REPORTS, {},
     "You can only produce and read operational reports (without note text)."),
    ({Role.SUPERVISOR}, Action.DELETE, Resource.ESCALATIONS, {},
     "Nobody can delete an escalation."),
    ({Role.ADVISOR}, Action.READ_SHARED, Resource.SUPERVISION_NOTES, {},
     "You can only read the shared part of supervision notes about you."),
    ({Role.ADVISOR}, Action.VERIFY, Resource.AUDIT, {},
     "Only a supervisor can verify the audit log."),
])
def test_messages(roles, action, resource, kw, message):
    with pytest.raises(PermissionDenied) as err:
        check(_actor(*roles), action, resource, **kw)
    assert str(err.value) == message
