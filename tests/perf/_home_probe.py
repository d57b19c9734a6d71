"""Child process of ``bench_home``: unlock as a person does, until Home is painted.

``python -m tests.perf._home_probe VAULT USER PASSPHRASE [--profile FILE]`` starts the app
as ``python -m ui`` does (application, controller, unlock window), waits while a person
would type (``TYPING_S``, events processed), then presses Unlock and stops the clock when
the Home page has painted with its sections filled. Then, in the same process, it times
the key derivation alone with the same slot's parameters. Prints
``HOME_PROBE <unlock→home ms> <kdf ms>``.
"""

from __future__ import annotations

import base64
import json
import os
import sys
import time
from pathlib import Path

MARK = "HOME_PROBE"
#: Seconds between the unlock window and the press of Unlock (a person typing).
TYPING_S = 1.0


def _wait(app: object, until: object, timeout: float = 60.0) -> None:
    from PySide6.QtCore import QCoreApplication

    end = time.perf_counter() + timeout
    while not until():  # type: ignore[operator]
        QCoreApplication.processEvents()
        time.sleep(0.0005)
        if time.perf_counter() > end:
            raise TimeoutError("Home did not paint")


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    vault, user, passphrase = Path(argv[0]), argv[1], argv[2]
    profile = argv[4] if len(argv) > 4 and argv[3] == "--profile" else None
    from PySide6.QtCore import QEvent, QObject

    from ui.app import AppController, create_application

    app = create_application(["peerdesk"])
    controller = AppController(vault, username=user)
    controller.start()
    dialog = controller.dialog
    _wait(app, lambda: dialog is not None and dialog.isVisible())
    typing_end = time.perf_counter() + TYPING_S
    _wait(app, lambda: time.perf_counter() > typing_end)

    painted: list[float] = []

    class HomePainted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                home = window.pages["home"] if (window := controller.window) else None
                if home is not None and getattr(home, "filled", False):
                    painted.append(time.perf_counter())
            return False

    watcher = HomePainted()
    controller.unlocked.connect(lambda _ws: controller.window.pages["home"].installEventFilter(
        watcher) if controller.window else None)
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    dialog.passphrase_edit.setText(passphrase)  # type: ignore[union-attr]
    start = time.perf_counter()
    dialog.unlock_button.click()  # type: ignore[union-attr]
    _wait(app, lambda: bool(painted))
    total_ms = (painted[0] - start) * 1000
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile)
    controller.quit()

    from peerdesk.crypto.kdf import KdfParams, derive_key

    slots = json.loads((vault / "keyslots.json").read_text("utf-8"))["slots"]
    slot = next(s for s in slots if s.get("username") == user)
    t = time.perf_counter()
    derive_key(passphrase.encode("utf-8"), base64.b64decode(slot["salt"]),
               KdfParams.from_dict(slot["kdf"]))
    kdf_ms = (time.perf_counter() - t) * 1000
    print(f"{MARK} {total_ms:.3f} {kdf_ms:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
