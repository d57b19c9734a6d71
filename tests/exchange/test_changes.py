"""Per-device chains: placeholders verify, duplicates do nothing, gaps wait, forks show."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.exchange.changes import (
    Fork,
    Head,
    Link,
    check_links,
    device_genesis,
    make_link,
    sort_incoming,
)

GROUP = "g-1"


def _chain(device: str, n: int, tag: str = "") -> list[Link]:
    links: list[Link] = []
    prev = device_genesis(GROUP, device)
    for seq in range(1, n + 1):
        envelope = {"action": "session.created", "record": f"{tag}{seq}", "body": {"x": seq}}
        link = make_link(device, seq, prev, envelope)
        links.append(link)
        prev = link.hash
    return links


def _held(links: list[Link]) -> dict[tuple[str, int], str]:
    return {(link.device, link.seq): link.hash for link in links}


def test_a_chain_of_placeholders_still_verifies() -> None:
    links = _chain("dev-a", 5)
    assert check_links(links, GROUP, "dev-a") == []


def test_an_altered_change_or_a_cut_is_found() -> None:
    links = _chain("dev-a", 5)
    altered = [*links[:2], replace(links[2], digest="0" * 64), *links[3:]]
    assert any("altered" in p for p in check_links(altered, GROUP, "dev-a"))
    assert any("missing" in p for p in check_links(links[:2] + links[3:], GROUP, "dev-a"))


def test_in_order_reordered_duplicated_and_waiting() -> None:
    links = _chain("dev-a", 6)
    heads = {"dev-a": Head(links[1].seq, links[1].hash)}  # holds 1..2
    held = _held(links[:2])
    incoming = [links[4], links[2], links[1], links[3]]  # 5, 3, dup 2, 4; 6 lost
    result = sort_incoming(GROUP, heads, held, incoming)
    assert [link.seq for link in result.apply] == [3, 4, 5]
    assert result.duplicates == 1 and result.waiting == ()
    gap = sort_incoming(GROUP, heads, held, [links[5]])
    assert gap.apply == () and [link.seq for link in gap.waiting] == [6]


def test_a_device_never_seen_starts_at_its_genesis() -> None:
    links = _chain("dev-b", 2)
    assert len(sort_incoming(GROUP, {}, {}, links).apply) == 2
    with pytest.raises(Fork):  # a chain that does not start at this group's genesis
        sort_incoming("another-group", {}, {}, links)


def test_the_same_seq_with_another_hash_is_a_fork() -> None:
    ours = _chain("dev-a", 3)
    restored = _chain("dev-a", 3, tag="r")  # same device, other history
    with pytest.raises(Fork) as excinfo:
        sort_incoming(GROUP, {"dev-a": Head(3, ours[2].hash)}, _held(ours), restored)
    assert excinfo.value.device == "dev-a"
    with pytest.raises(Fork):  # continuing from a seq we hold with another hash
        sort_incoming(GROUP, {"dev-a": Head(2, ours[1].hash)}, _held(ours[:2]), [restored[2]])


@given(st.integers(0, 8), st.lists(st.integers(0, 11), max_size=30), st.randoms())
def test_whatever_arrives_applies_exactly_the_continuation(
    have: int, picks: list[int], rnd: random.Random
) -> None:
    links = _chain("dev-a", 12)
    heads = {"dev-a": Head(have, links[have - 1].hash)} if have else {}
    incoming = [links[i] for i in picks]
    rnd.shuffle(incoming)
    result = sort_incoming(GROUP, heads, _held(links[:have]), incoming)
    arrived = {i + 1 for i in picks} - set(range(1, have + 1))
    expect = []
    seq = have + 1
    while seq in arrived:
        expect.append(seq)
        seq += 1
    assert [link.seq for link in result.apply] == expect
    assert {link.seq for link in result.waiting} == arrived - set(expect)
