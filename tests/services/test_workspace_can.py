"""``Workspace.can`` answers from the domain's permission matrix, as the services enforce it."""

from __future__ import annotations

import pytest

from peerdesk.domain.permissions import MATRIX, Action, Resource, allowed
from peerdesk.domain.vocab import Role
from peerdesk.errors import PermissionDenied

USER = {Role.COORDINATOR: "coord", Role.ADVISOR: "asha", Role.SUPERVISOR: "sunil"}


@pytest.mark.parametrize("role", list(Role))
def test_can_is_the_matrix_for_each_role(role, group):
    ws = group.login(USER[role])
    for resource in Resource:
        for action in Action:
            for owns in (False, True):
                expected = allowed(ws.ctx.actor, action, resource, owns=owns)
                assert ws.can(action, resource, owns=owns) is expected
    assert MATRIX[role]


def test_can_agrees_with_the_service_refusal(group):
    advisor = group.login("asha")
    assert not advisor.can(Action.READ, Resource.AUDIT)
    with pytest.raises(PermissionDenied):
        advisor.audit.recent(10, 0)
    supervisor = group.login("sunil")
    assert supervisor.can(Action.READ, Resource.AUDIT)
    supervisor.audit.recent(10, 0)
