"""Run service calls off the GUI thread, one at a time, on a single worker thread.

The vault has one database connection, so every call that touches it goes through the one
:class:`Worker` that the app creates (it is passed to pages in their
:class:`~ui.pages.base.PageContext`; there is no global instance). Calls run in the order
they were submitted. The GUI thread never waits for them: each :meth:`Worker.submit`
returns a :class:`Task` whose signals fire on the GUI thread::

    task = ctx.worker.submit(ws.sessions.list_ids, filters, label="Loading sessions…")
    task.succeeded.connect(self._show_ids)
    task.failed.connect(self._show_error)          # receives a message safe to show

A long call can take a :class:`CancelToken` (``cancellable=True`` passes it as the
``token`` keyword) to report progress and to stop early by raising ``Cancelled``.

Errors: a :class:`peerdesk.errors.PeerdeskError` is shown as ``str(err)`` (always safe);
anything else becomes :data:`GENERIC_ERROR` and only its type name is logged, never its
message or traceback, which could hold note text.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from peerdesk.errors import Cancelled, PeerdeskError, ValidationError

log = logging.getLogger(__name__)

#: What a person sees when a call fails in a way nobody planned for (in English; shown
#: through :func:`generic_error`, in the interface's language).
GENERIC_ERROR = "Something went wrong; nothing was saved."


def generic_error() -> str:
    """:data:`GENERIC_ERROR` in the interface's language."""
    return QCoreApplication.translate("Worker", "Something went wrong; nothing was saved.")


def user_message(exc: BaseException) -> str:
    """The text to show for ``exc``: its own message if peerdesk raised it on purpose (in
    the interface's language when the core's catalog has it, ``ui.language.message``)."""
    if isinstance(exc, ValidationError):
        from ui.language import message

        field, text = next(iter(exc.errors.items()))
        return f"{field}: {message(text)}" if field else message(text)
    if isinstance(exc, PeerdeskError):
        from ui.language import message

        text = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
        return message(text) if text else generic_error()
    return generic_error()


class CancelToken:
    """Shared between the GUI (which cancels) and a running call (which checks).

    ``report(done, total, text)`` forwards progress to the task's ``progress`` signal.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._progress: Callable[[int, int, str], None] | None = None

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled("Cancelled.")

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self.raise_if_cancelled()
        self.show(done, total, text)

    def show(self, done: int, total: int = 0, text: str = "") -> None:
        """Forward progress without stopping: for work that checks ``cancelled`` itself
        and ends with a result that says what was done (an exchange through a folder)."""
        if self._progress is not None:
            self._progress(done, total, text)


class Task(QObject):
    """One submitted call. Lives on the GUI thread; all its signals arrive there.

    ``succeeded(result)`` or ``failed(message)`` fires once, then ``finished()``. A task that
    was cancelled or discarded (see :meth:`Worker.discard_pending`) emits only ``finished``.
    """

    succeeded = Signal(object)
    failed = Signal(str)
    #: A result arrived for a task that was cancelled meanwhile. Connect this when the
    #: result holds something to release (an opened workspace must still be locked).
    abandoned = Signal(object)
    progress = Signal(int, int, str)
    finished = Signal()

    # internal: emitted from the worker thread, delivered queued to the slots below
    _deliver = Signal(object, object)
    _progressed = Signal(int, int, str)

    def __init__(self, label: str, token: CancelToken, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.token = token
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self._deliver.connect(self._on_deliver)
        self._progressed.connect(self.progress)

    def cancel(self) -> None:
        self.token.cancel()

    def then(
        self,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> Task:
        """Connect callbacks and return the task, for a one-line submit."""
        if on_result is not None:
            self.succeeded.connect(on_result)
        if on_error is not None:
            self.failed.connect(on_error)
        return self

    @Slot(object, object)
    def _on_deliver(self, result: Any, error: BaseException | None) -> None:
        self.done = True
        self.result, self.error = result, error
        if self.token.cancelled:
            # The caller asked to stop and wants no answer, but may need to release it.
            if error is None and result is not None:
                self.abandoned.emit(result)
        elif error is None:
            self.succeeded.emit(result)
        elif isinstance(error, Cancelled):
            pass
        else:
            self.failed.emit(user_message(error))
        self.finished.emit()


class _Runner(QThread):
    """The one thread that runs submitted calls, in order."""

    def __init__(self, jobs: queue.Queue[tuple[Task, Callable[[], Any]] | None]) -> None:
        super().__init__()
        self.setObjectName("peerdesk-worker")
        self._jobs = jobs

    def run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            task, call = job
            if task.token.cancelled:
                task._deliver.emit(None, Cancelled("Cancelled."))
                continue
            try:
                result = call()
            except BaseException as exc:  # every failure goes to the GUI thread
                if not isinstance(exc, PeerdeskError):
                    # Only the type: a message or traceback could contain note text.
                    log.error("background call failed: %s", type(exc).__name__)
                task._deliver.emit(None, exc)
            else:
                task._deliver.emit(result, None)


class Worker(QObject):
    """Serialises calls onto one background thread and tracks whether it is busy.

    ``busy_changed(busy, label)`` drives the window's busy indicator (cursor, status text,
    spinner). Create one per app; call :meth:`stop` on quit.
    """

    busy_changed = Signal(bool, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue[tuple[Task, Callable[[], Any]] | None] = queue.Queue()
        self._runner = _Runner(self._jobs)
        self._pending: list[Task] = []
        self._ids = itertools.count(1)
        self._runner.start()

    # -- submitting --------------------------------------------------------------------
    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        label: str = "",
        cancellable: bool = False,
        **kwargs: Any,
    ) -> Task:
        """Queue ``fn(*args, **kwargs)``; with ``cancellable`` it also gets ``token=``.
        ``label`` says what is going on, in the status bar (already translated)."""
        label = label or QCoreApplication.translate("Worker", "Working…")
        token = CancelToken()
        task = Task(label, token)  # owned by Python: kept alive by _pending and callers
        task.setObjectName(f"task-{next(self._ids)}")
        token._progress = task._progressed.emit
        if cancellable:
            kwargs["token"] = token

        def call() -> Any:
            return fn(*args, **kwargs)

        was_busy = self.busy
        self._pending.append(task)
        task.finished.connect(lambda t=task: self._on_finished(t))
        self._jobs.put((task, call))
        if not was_busy:
            self.busy_changed.emit(True, label)
        return task

    # -- state -------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @property
    def current_label(self) -> str:
        return self._pending[0].label if self._pending else ""

    def discard_pending(self) -> None:
        """Cancel every queued or running call; their results will not be delivered.

        Used when the vault locks: whatever was in flight must not reach a cleared window.
        """
        for task in list(self._pending):
            task.cancel()

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until every submitted call has finished (tests, screenshots)."""
        from PySide6.QtCore import QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(5)
        QCoreApplication.processEvents()
        return not self._pending

    def stop(self) -> None:
        """Let queued calls finish, then end the thread (call on quit)."""
        if self._runner.isRunning():
            self._jobs.put(None)
            self._runner.wait()
        # Deliver what finished meanwhile now, while every task object still exists.
        QCoreApplication.sendPostedEvents()
        for task in list(self._pending):
            task.token.cancel()
        self._pending.clear()

    def _on_finished(self, task: Task) -> None:
        if task in self._pending:
            self._pending.remove(task)
        if self._pending:
            self.busy_changed.emit(True, self._pending[0].label)
        else:
            self.busy_changed.emit(False, "")
