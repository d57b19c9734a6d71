from __future__ import annotations

import threading

import pytest

from peerdesk.errors import ValidationError, WrongPassphrase
from ui.worker import GENERIC_ERROR, Worker, user_message


def test_runs_off_the_gui_thread_and_returns(qtbot, worker):
    gui = threading.get_ident()
    task = worker.submit(lambda: threading.get_ident(), label="Thinking…")
    with qtbot.waitSignal(task.succeeded, timeout=5_000) as blocker:
        pass
    assert blocker.args[0] != gui


def test_calls_run_in_order_on_one_thread(qtbot, worker):
    seen: list[tuple[int, int]] = []
    for i in range(20):
        worker.submit(lambda i=i: seen.append((i, threading.get_ident())))
    assert worker.wait_idle(5_000)
    assert [i for i, _ in seen] == list(range(20))
    assert len({t for _, t in seen}) == 1


def test_peerdesk_error_message_is_shown(qtbot, worker):
    def fail():
        raise WrongPassphrase()

    task = worker.submit(fail)
    with qtbot.waitSignal(task.failed, timeout=5_000) as blocker:
        pass
    assert blocker.args == ["Wrong user name or passphrase."]
    assert isinstance(task.error, WrongPassphrase)


def test_unexpected_error_is_generic_and_not_logged_in_full(qtbot, worker, caplog):
    secret = "advisee said something private"

    def fail():
        raise RuntimeError(secret)

    task = worker.submit(fail)
    with qtbot.waitSignal(task.failed, timeout=5_000) as blocker:
        pass
    assert blocker.args == [GENERIC_ERROR]
    assert secret not in caplog.text
    assert "RuntimeError" in caplog.text


def test_user_message():
    assert user_message(ValidationError({"name": "Enter a name."})) == "name: Enter a name."
    assert user_message(KeyError("PS-0142")) == GENERIC_ERROR


def test_busy_state_follows_the_queue(qtbot, worker):
    gate = threading.Event()
    states: list[tuple[bool, str]] = []
    worker.busy_changed.connect(lambda busy, label: states.append((busy, label)))
    worker.submit(gate.wait, label="Saving…")
    assert worker.busy and worker.current_label == "Saving…"
    gate.set()
    assert worker.wait_idle(5_000)
    assert not worker.busy
    assert states[0] == (True, "Saving…") and states[-1] == (False, "")


def test_cancel_and_progress(qtbot, worker):
    started = threading.Event()
    progress: list[tuple[int, int, str]] = []

    def long_job(token):
        for i in range(1_000):
            token.report(i, 1_000, "Counting")
            if i == 2:
                started.set()
            threading.Event().wait(0.005)
        return "finished"

    task = worker.submit(long_job, cancellable=True, label="Counting…")
    task.progress.connect(lambda *a: progress.append(a))
    outcomes: list[str] = []
    task.succeeded.connect(lambda r: outcomes.append(r))
    task.failed.connect(lambda m: outcomes.append(m))
    assert started.wait(5)
    task.cancel()
    assert worker.wait_idle(5_000)
    assert outcomes == []  # a cancelled call delivers neither result nor error
    assert progress and progress[0][1] == 1_000


def test_discard_pending_hands_back_results_to_release(qtbot, worker):
    gate, started = threading.Event(), threading.Event()
    task = worker.submit(lambda: (started.set(), gate.wait(), "workspace")[2])
    never_ran = worker.submit(lambda: "second workspace")
    released: list[object] = []
    task.abandoned.connect(released.append)
    never_ran.abandoned.connect(released.append)
    assert started.wait(5)
    worker.discard_pending()
    gate.set()
    assert worker.wait_idle(5_000)
    assert released == ["workspace"]


def test_stop_finishes_queued_work(qapp):
    w = Worker()
    done: list[int] = []
    w.submit(lambda: done.append(1))
    w.stop()
    assert done == [1]


@pytest.mark.parametrize("n", [200])
def test_many_small_calls_do_not_leak_tasks(qtbot, worker, n):
    for i in range(n):
        worker.submit(int, i)
    assert worker.wait_idle(10_000)
    assert not worker.busy
