"""The Exchange page on real laptops of one group (paired for real), exchanging through a
temporary folder, saving and opening bundles, refusals in plain words, progress and cancel,
and the unsent-escalation banner on Home and in the status bar."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from peerdesk.services.exchange import apply_first_snapshot, start_join
from peerdesk.services.workspace import open_vault
from tests.support.vaults import PASSPHRASES

JOIN = "river lantern pebble orchard"


def pair(group, tmp_path, user: str, label: str):
    """A laptop for ``user`` paired with the coordinator's (the real pairing services);
    returns its open workspace, signed in as ``user``."""
    folder = tmp_path / f"{user}-laptop"
    _request, data = start_join(folder, label, JOIN)
    ws = group.login("coord")
    added = ws.exchange.add_laptop(ws.exchange.read_request(data), [user],
                                   passphrases={user: PASSPHRASES[user]})
    apply_first_snapshot(folder, added.snapshot.data, JOIN)
    return open_vault(folder, user, PASSPHRASES[user])


@pytest.fixture
def laptops(group, tmp_path):
    other = pair(group, tmp_path, "asha", "Asha's laptop")
    yield group.login("coord"), other
    if other.is_open:
        other.lock()


def _page(qtbot, ctx, ws):
    from ui.pages.exchange import ExchangePage

    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    page.load(ws)
    assert ctx.worker.wait_idle()
    return page


def test_exchange_now_through_a_folder_carries_a_session_both_ways(
        qtbot, ctx, group, laptops, tmp_path):
    coord, asha = laptops
    folder = tmp_path / "usb"
    folder.mkdir()
    start = datetime.now(UTC) - timedelta(hours=2)
    session_id = group.session("a1", "asha", start)
    coord_page = _page(qtbot, ctx, coord)
    assert coord_page.model.rowCount() == 2
    assert coord_page.exchange_button.isEnabled()
    coord_page.set_folder(str(folder))
    task = coord_page.exchange_now()
    assert task is not None and coord_page.progress_box.isVisibleTo(coord_page)
    assert not coord_page.exchange_button.isEnabled()
    assert ctx.worker.wait_idle()
    assert not coord_page.progress_box.isVisibleTo(coord_page)
    assert "Left what Asha's laptop lacks in the folder." in coord_page.message.text()
    assert list(folder.glob("pdx-*.pdx"))

    asha_page = _page(qtbot, ctx, asha)
    asha_page.set_folder(str(folder))
    asha_page.exchange_now()
    assert ctx.worker.wait_idle()
    assert asha_page.message.text().startswith("Received "), asha_page.message.text()
    assert session_id in asha.sessions.list_ids()
    sent = [asha_page.model.index(r, 3).data() for r in range(asha_page.model.rowCount())]
    assert any(text and text != "Never" for text in sent)


def test_save_for_a_laptop_and_open_it_there(qtbot, ctx, group, laptops, tmp_path):
    coord, asha = laptops
    group.session("a1", "asha", datetime.now(UTC) - timedelta(hours=1))
    coord_page = _page(qtbot, ctx, coord)
    device = next(lap.device_id for lap in coord_page.model.rows() if not lap.this_laptop)
    path = tmp_path / "for-asha.pdx"
    coord_page.save_for(device, path)
    assert ctx.worker.wait_idle()
    assert coord_page.message.text() == ("Saved for-asha.pdx for Asha's laptop. Only that "
                                         "laptop can open it.")
    asha_page = _page(qtbot, ctx, asha)
    asha_page.open_file(path)
    assert ctx.worker.wait_idle()
    assert asha_page.message.text().startswith("Opened a bundle from "), \
        asha_page.message.text()
    asha_page.open_file(path)
    assert ctx.worker.wait_idle()
    assert asha_page.message.text() == "This bundle was opened here before; nothing new in it."


def test_refusals_name_the_laptop_and_change_nothing(qtbot, ctx, group, laptops, tmp_path):
    coord, asha = laptops
    page = _page(qtbot, ctx, coord)
    device = next(lap.device_id for lap in page.model.rows() if not lap.this_laptop)
    path = tmp_path / "for-asha.pdx"
    page.save_for(device, path)
    assert ctx.worker.wait_idle()
    before = coord.audit_head()
    page.open_file(path)  # made for Asha's laptop, opened on the coordinator's
    assert ctx.worker.wait_idle()
    assert page.message.text() == ("This file was made for Asha's laptop, not this one. "
                                   "Nothing was changed.")
    # A bundle Asha's laptop made for this one, with one byte changed on the way.
    own = next(lap.device_id for lap in page.model.rows() if lap.this_laptop)
    damaged = tmp_path / "damaged.pdx"
    data = bytearray(asha.exchange.make(own).data)
    data[-100] ^= 1
    damaged.write_bytes(bytes(data))
    page.open_file(damaged)
    assert ctx.worker.wait_idle()
    assert page.message.objectName() == "errorBanner"
    assert "damaged or was changed" in page.message.text()
    assert coord.audit_head() == before


def test_cancel_before_the_exchange_starts_leaves_the_folder_untouched(
        qtbot, ctx, laptops, tmp_path):
    coord, _asha = laptops
    folder = tmp_path / "usb"
    folder.mkdir()
    page = _page(qtbot, ctx, coord)
    page.set_folder(str(folder))
    ctx.worker.submit(time.sleep, 0.3, label="Busy")
    page.exchange_now()
    assert page.cancel_button.isEnabled()
    page.cancel()
    assert ctx.worker.wait_idle()
    assert list(folder.iterdir()) == []
    assert page.message.text() == ("Stopped. Nothing of it was done: the records are as "
                                   "they were.")
    assert page.exchange_button.isEnabled()


def _many_sessions(group, count: int) -> None:
    start = datetime.now(UTC) - timedelta(days=20)
    for i in range(count):
        group.session("a1", "asha", start + timedelta(hours=i))


def test_the_bar_shows_real_steps_of_an_exchange(qtbot, ctx, group, laptops, tmp_path):
    coord, asha = laptops
    _many_sessions(group, 250)
    folder = tmp_path / "usb"
    folder.mkdir()
    coord_page = _page(qtbot, ctx, coord)
    coord_page.set_folder(str(folder))
    sending: list[str] = []
    coord_page.exchange_now().progress.connect(
        lambda *_: sending.append(coord_page.progress_label.text()))
    assert ctx.worker.wait_idle()
    assert sending == ["Writing a bundle for laptop 1 of 1"]

    page = _page(qtbot, ctx, asha)
    page.set_folder(str(folder))
    seen: list[tuple[str, int, int]] = []
    page.exchange_now().progress.connect(lambda *_: seen.append(
        (page.progress_label.text(), page.progress.value(), page.progress.maximum())))
    assert ctx.worker.wait_idle()
    assert seen[0] == ("Bundle 1 of 1", -1, 0)  # before its changes are counted
    received = [s for s in seen if s[0].startswith("Bundle")]
    total = received[-1][2]
    assert total >= 250
    assert received[-1] == (f"Bundle 1 of 1 · {total:,} of {total:,} changes", total, total)
    assert ("Bundle 1 of 1 · 200 of " + f"{total:,} changes", 200, total) in received
    assert seen[-1][0] == "Writing a bundle for laptop 1 of 1"  # then its answer
    assert page.message.text().startswith("Received "), page.message.text()


def test_a_cancelled_exchange_says_what_was_and_was_not_done(
        qtbot, ctx, group, laptops, tmp_path):
    from tests.exchange.test_exchange_cancel import every_row

    coord, asha = laptops
    _many_sessions(group, 150)
    folder = tmp_path / "usb"
    folder.mkdir()
    coord_page = _page(qtbot, ctx, coord)
    coord_page.set_folder(str(folder))
    coord_page.exchange_now()
    assert ctx.worker.wait_idle()
    files = sorted(folder.iterdir())

    page = _page(qtbot, ctx, asha)
    before = every_row(asha)
    page.set_folder(str(folder))
    task = page.exchange_now()
    task.progress.connect(lambda *_: page.cancel())  # Cancel, as soon as it has started
    assert ctx.worker.wait_idle()
    assert page.message.text() == (
        "Stopped on request. 1 bundle for this laptop was not opened; it stays in the "
        "folder for the next exchange. Nothing new was left for the other laptops this "
        "time."), page.message.text()
    assert not page.progress_box.isVisibleTo(page)
    assert every_row(asha) == before
    assert sorted(folder.iterdir()) == files
    assert asha.verify().ok

    page.exchange_now()  # the next exchange opens it
    assert ctx.worker.wait_idle()
    assert page.message.text().startswith("Received "), page.message.text()


def test_an_unsent_escalation_is_red_on_home_and_in_the_status_bar_until_exchanged(
        qtbot, ctx, group, tmp_path):
    from ui.pages.home import HomePage
    from ui.widgets.exchange_alerts import StatusExchangeLabel

    sunil = pair(group, tmp_path, "sunil", "Sunil's laptop")
    sunil.lock()
    coord = group.login("coord")
    coord.escalations.raise_({"advisee_id": group.ids["a1"], "level": "high",
                              "categories": ["other"], "description": "Worried tonight."})
    home = HomePage(ctx)
    qtbot.addWidget(home)
    home.load(coord)
    status = StatusExchangeLabel(ctx)
    qtbot.addWidget(status)
    status.load(coord)
    assert ctx.worker.wait_idle()
    banner = home.exchange_alerts.unsent
    assert banner.isVisibleTo(home)
    assert banner.objectName() == "errorBanner"
    assert "not yet on the supervisor's laptop" in banner.text()
    assert status.text() == "1 escalation not yet sent — phone the supervisor"

    folder = tmp_path / "sync"
    folder.mkdir()
    page = _page(qtbot, ctx, coord)
    assert page.unsent.isVisibleTo(page)
    ctx.changes.changed.connect(lambda _c: (home.refresh(_c), status.reload()))
    page.set_folder(str(folder))
    page.exchange_now()
    assert ctx.worker.wait_idle()
    assert ctx.worker.wait_idle()
    assert not banner.isVisibleTo(home)
    assert not page.unsent.isVisibleTo(page)
    assert status.text() == ""


def test_the_escalation_itself_says_it_is_not_yet_on_the_supervisors_laptop(
        qtbot, ctx, group, tmp_path):
    from ui.dialogs.escalation_detail import EscalationDetailDialog

    sunil = pair(group, tmp_path, "sunil", "Sunil's laptop")
    sunil.lock()
    coord = group.login("coord")
    esc = coord.escalations.raise_({"advisee_id": group.ids["a1"], "level": "high",
                                    "categories": ["other"], "description": "Worried."}).id
    detail = EscalationDetailDialog(ctx, coord, esc)
    qtbot.addWidget(detail)
    detail.reload()
    assert ctx.worker.wait_idle()
    assert detail.unsent.isVisibleTo(detail)
    assert detail.unsent.text() == "Not yet on the supervisor's laptop — phone them."
    device = next(lap.device_id for lap in coord.exchange.laptops() if not lap.this_laptop)
    coord.exchange.make(device)  # a bundle for Sunil's laptop now carries it
    detail.reload()
    assert ctx.worker.wait_idle()
    assert not detail.unsent.isVisibleTo(detail)


def test_each_refused_file_in_the_folder_is_named_with_its_reason_in_english_and_hindi(
        qtbot, ctx, group, laptops, tmp_path):
    import re

    from peerdesk.services.exchange_sync import bundle_name
    from ui import language

    coord, asha = laptops
    group.session("a1", "asha", datetime.now(UTC) - timedelta(hours=1))
    laps = coord.exchange.laptops()
    own = next(lap.device_id for lap in laps if lap.this_laptop)
    other = next(lap.device_id for lap in laps if not lap.this_laptop)
    data = bytearray(coord.exchange.make(other).data)
    data[-100] ^= 1  # changed on the way
    folder = tmp_path / "usb"
    folder.mkdir()
    name = bundle_name(other, own, "0" * 32)
    (folder / name).write_bytes(bytes(data))

    page = _page(qtbot, ctx, asha)
    page.set_folder(str(folder))
    page.exchange_now()
    assert ctx.worker.wait_idle()
    lines = page.message.text().splitlines()
    assert page.message.objectName() == "errorBanner"
    assert lines[1:] == [
        "1 file in the folder was refused and left as it is:",
        f"{name}: This bundle is damaged or was changed after it was made; ask for a new one."]

    language.apply("hi")
    try:
        page = _page(qtbot, ctx, asha)
        page.set_folder(str(folder))
        page.exchange_now()
        assert ctx.worker.wait_idle()
        text = page.message.text()
        assert text.splitlines()[-1] == (
            f"{name}: यह बंडल ख़राब है या बनने के बाद बदला गया है; नया बंडल माँगें।")
        english = re.findall(r"[A-Za-z]{2,}", text.replace(name, ""))
        assert english == [], text
    finally:
        language.apply("en")
    assert (folder / name).exists()
    assert asha.verify().ok
