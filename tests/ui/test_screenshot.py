"""``peerdesk gui --screenshot F.png --page P --open FORM --size WxH`` renders pages and forms
from a real vault to real PNG files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from peerdesk.cli import gui_cmds
from peerdesk.errors import UsageError
from tests.ui._casefile import PASSPHRASES
from ui import screenshot
from ui.screenshot import FORMS, parse_size, render_screenshot

ROOT = Path(__file__).resolve().parents[2]
#: Who opens each form in the test vault.
OPENED_BY = {"session": "coord", "agreement": "coord", "escalation": "coord",
             "supervision": "sunita", "reflection": "ravi"}


@pytest.fixture
def vault(case):
    case.session("R1", "ravi")
    case.ws.lock()
    return case.folder


def _image(path: Path) -> QImage:
    assert path.is_file() and path.stat().st_size > 1000
    image = QImage(str(path))
    assert not image.isNull()
    return image


def test_every_form_can_be_rendered():
    assert set(OPENED_BY) == set(FORMS)
    assert tuple(FORMS) == gui_cmds.FORMS  # the command line offers the same forms


@pytest.mark.parametrize("form", sorted(OPENED_BY))
def test_a_form_is_rendered_to_a_png(qapp, vault, tmp_path, form):
    user = OPENED_BY[form]
    out = render_screenshot(vault, user, PASSPHRASES[user], "home", tmp_path / f"{form}.png",
                            form=form)
    image = _image(out)
    # The form itself, not the window behind it: smaller than the 1280x800 window.
    assert 200 < image.width() <= 1280 and 150 < image.height() <= 800
    assert image.size().toTuple() != (1280, 800)


def test_a_page_is_rendered_at_the_size_asked(qapp, vault, tmp_path):
    out = render_screenshot(vault, "coord", PASSPHRASES["coord"], "sessions",
                            tmp_path / "sessions.png", size=(1366, 768))
    assert _image(out).size().toTuple() == (1366, 768)


def test_unknown_forms_and_sizes_are_refused_in_one_line(qapp, vault, tmp_path):
    with pytest.raises(UsageError, match=r"Unknown form 'diary'\. Forms: session, "):
        render_screenshot(vault, "coord", PASSPHRASES["coord"], "home", tmp_path / "x.png",
                          form="diary")
    for bad in ("1280", "1280x", "axb", "10x10", "99999x800"):
        with pytest.raises(UsageError, match="--size takes WIDTHxHEIGHT"):
            parse_size(bad)
    assert parse_size("1366X768") == (1366, 768)
    assert not (tmp_path / "x.png").exists()


def test_the_command_renders_a_form_on_a_screen_of_the_size_asked(vault, tmp_path):
    out = tmp_path / "session.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PEERDESK_PASSPHRASE=PASSPHRASES["coord"])
    proc = subprocess.run(  # `peerdesk gui` hands its flags to `python -m ui`
        [sys.executable, "-c", "import sys; from peerdesk.cli.main import main; "
         "sys.exit(main(sys.argv[1:]))", "gui", "--vault", str(vault), "--user", "coord",
         "--screenshot", str(out), "--open", "session", "--size", "1280x800"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    image = _image(out)
    assert image.width() <= 1280 and image.height() <= 800
    assert list(Path(screenshot.tempfile.gettempdir()).glob("peerdesk-screen-*")) == []


def test_at_150_percent_the_screen_holds_the_size_asked(vault, tmp_path):
    """A 1280x800 screenshot at 150 % shows the app on a screen of 1280x800 logical pixels
    (a 1920x1200 panel), so windows and forms that fit themselves to the screen see the
    room they would have."""
    script = ("from ui.screenshot import _offscreen_app\n"
              "from PySide6.QtWidgets import QApplication\n"
              "_offscreen_app((1280, 800))\n"
              "s = QApplication.primaryScreen()\n"
              "print(s.availableGeometry().size().toTuple(), s.devicePixelRatio())\n")
    env = dict(os.environ, QT_SCALE_FACTOR="1.5")
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "(1280, 800) 1.5"

    out = tmp_path / "home.png"
    env.update(QT_QPA_PLATFORM="offscreen", PEERDESK_PASSPHRASE=PASSPHRASES["coord"])
    proc = subprocess.run(
        [sys.executable, "-m", "ui", "--vault", str(vault), "--user", "coord",
         "--screenshot", str(out), "--page", "home", "--size", "1280x800"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert _image(out).size().toTuple() == (1920, 1200)  # 1280x800 at 150 %
