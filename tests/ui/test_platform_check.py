"""Before the first window: a machine without Qt's xcb libraries gets one line naming the
packages to install and a clear exit code, not Qt's abort."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ui.platform_check import (
    DEBIAN,
    EXIT_NO_WINDOW,
    FEDORA,
    OTHER,
    XCB_LIBRARIES,
    installer_for,
    ldd_missing,
    missing_message,
    missing_xcb_libraries,
    read_os_release,
    unloadable,
    uses_xcb,
    window_problem,
    xcb_plugin,
)

ROOT = Path(__file__).resolve().parents[2]
#: What the issue met on a fresh Debian machine.
FRESH_DEBIAN = ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"]

UBUNTU = 'PRETTY_NAME="Ubuntu 24.04.1 LTS"\nNAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n'
FEDORA_RELEASE = 'NAME="Fedora Linux"\nVERSION_ID=40\nID=fedora\n'
ROCKY = 'NAME="Rocky Linux"\nID="rocky"\nID_LIKE="rhel centos fedora"\n'
ARCH = 'NAME="Arch Linux"\nID=arch\n'


def _release(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "os-release"
    path.write_text(text, encoding="utf-8")
    return read_os_release(path)


def test_debian_and_ubuntu_are_told_the_apt_packages(tmp_path):
    installer = installer_for(_release(tmp_path, UBUNTU))
    assert installer is DEBIAN
    line = missing_message(FRESH_DEBIAN, installer)
    assert line == ("peerdesk: cannot open its window: system packages are missing; install "
                    "them with: sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1")


def test_fedora_and_its_relatives_are_told_the_dnf_packages(tmp_path):
    for text in (FEDORA_RELEASE, ROCKY):
        installer = installer_for(_release(tmp_path, text))
        assert installer is FEDORA
    line = missing_message([*FRESH_DEBIAN, "libxcb-randr.so.0", "libxcb-shape.so.0"], FEDORA)
    # Several libraries in one package: the package is named once.
    assert line.endswith("sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms libxcb")


def test_another_distribution_is_told_the_library_names(tmp_path):
    installer = installer_for(_release(tmp_path, ARCH))
    assert installer is OTHER
    line = missing_message(["libxcb-cursor.so.0", "libfoo.so.9"], installer)
    assert "libxcb-cursor.so.0, libfoo.so.9" in line
    assert "\n" not in line


def test_a_library_outside_the_table_is_named_as_it_is():
    assert missing_message(["libxcb-cursor.so.0", "libodd.so.2"], DEBIAN).endswith(
        "sudo apt install libxcb-cursor0 libodd.so.2")


def test_an_unreadable_or_huge_os_release_is_bounded(tmp_path):
    assert read_os_release(tmp_path / "absent") == {}
    big = tmp_path / "big"
    big.write_text("ID=debian\n" + "X=" + "y" * 100_000 + "\nID=fedora\n", encoding="utf-8")
    assert read_os_release(big)["ID"] == "debian"  # the tail beyond the bound is not read


@pytest.mark.parametrize(("env", "platform", "expected"), [
    ({}, "linux", True),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb:nomitshm"}, "linux", True),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_only_the_xcb_platform_is_checked(env, platform, expected):
    assert uses_xcb(env, platform) is expected


def test_offscreen_needs_no_check():
    assert window_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_unloadable_names_what_the_loader_cannot_load():
    loaded = []

    def load(name: str) -> object:
        loaded.append(name)
        if name.startswith("libnope"):
            raise OSError(name)
        return object()

    assert unloadable(["libc.so.6", "libnope.so.1"], load) == ["libnope.so.1"]
    assert loaded == ["libc.so.6", "libnope.so.1"]
    assert unloadable(["libc.so.6", "libpeerdesk-absent.so.1"]) == ["libpeerdesk-absent.so.1"]


def test_ldd_output_is_read():
    out = ("\tlinux-vdso.so.1 (0x00007ffd)\n"
           "\tlibxcb-icccm.so.4 => not found\n"
           "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)\n"
           "\tlibxcb-keysyms.so.1 => not found\n"
           "\tlibxcb-icccm.so.4 => not found\n")
    assert ldd_missing(out) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None,
                    reason="the xcb plugin and ldd are Linux things")
def test_the_real_check_agrees_with_ldd_on_this_machine():
    plugin = xcb_plugin()
    assert plugin is not None
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                         check=False).stdout
    assert set(missing_xcb_libraries()) == set(ldd_missing(out))
    # Every library the plugin needs from the system is in the table of packages.
    needed = {line.split()[0] for line in out.splitlines() if "=>" in line}
    for name in needed & set(XCB_LIBRARIES):
        assert XCB_LIBRARIES[name][0] and XCB_LIBRARIES[name][1]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is the Linux platform")
def test_the_app_says_one_line_and_exits_instead_of_aborting(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    proc = subprocess.run([sys.executable, "-m", "ui", "--vault", str(tmp_path / "v")],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=60,
                          check=False)
    assert proc.returncode == EXIT_NO_WINDOW, proc.stderr[-2000:]
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("peerdesk: cannot open its window: ")
    assert not (tmp_path / "v").exists()  # nothing was made


def test_without_ldd_the_desktop_build_lets_qt_try(monkeypatch):
    """Loading by name fails for a library the desktop build ships beside the plugin; with
    no ldd to ask, the frozen app does not refuse to start on that guess."""
    import shutil as shutil_module

    from ui import platform_check

    monkeypatch.setattr(platform_check, "unloadable", lambda names: ["libxcb-cursor.so.0"])
    monkeypatch.setattr(shutil_module, "which", lambda name: None)
    assert missing_xcb_libraries() == ["libxcb-cursor.so.0"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert missing_xcb_libraries() == []
