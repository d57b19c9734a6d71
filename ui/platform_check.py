"""Before the first window: can Qt show one on this machine?

On Linux under X11, Qt's ``xcb`` platform plugin needs system libraries that a fresh
install may lack (libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, ...). Without them Qt
aborts with a long message and a core dump. peerdesk checks first and says in one line
which packages to install (docs/system-packages.md lists them per platform).

Nothing here imports Qt's GUI modules: the check runs before the ``QApplication`` exists.
What only the xcb check needs (ctypes, subprocess) is imported when it runs, so the
offscreen platform and other systems pay nothing at start.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

#: Exit code when the desktop app cannot show a window on this machine.
EXIT_NO_WINDOW = 8

#: The system libraries Qt's xcb plugin links to (``ldd libqxcb.so`` with Qt 6), with the
#: package that holds each: (Debian/Ubuntu, Fedora).
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
}


class Installer(NamedTuple):
    """How a platform installs system packages: the command, and which column of
    :data:`XCB_LIBRARIES` names its packages (None: the libraries' own names)."""

    command: str
    column: int | None


DEBIAN = Installer("sudo apt install", 0)
FEDORA = Installer("sudo dnf install", 1)
OTHER = Installer("", None)


def installer_for(os_release: Mapping[str, str]) -> Installer:
    """The installer of the Linux distribution described by ``/etc/os-release``'s fields."""
    ids = {os_release.get("ID", "").lower(), *os_release.get("ID_LIKE", "").lower().split()}
    if ids & {"debian", "ubuntu"}:
        return DEBIAN
    if ids & {"fedora", "rhel", "centos"}:
        return FEDORA
    return OTHER


def read_os_release(path: Path = Path("/etc/os-release")) -> dict[str, str]:
    """``KEY=value`` lines of ``/etc/os-release`` (bounded; empty when unreadable)."""
    try:
        with path.open("r", encoding="utf-8", errors="replace") as fh:
            text = fh.read(16_384)
    except OSError:
        return {}
    fields: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip():
            fields[key.strip()] = value.strip().strip('"').strip("'")
    return fields


def missing_message(missing: Iterable[str], installer: Installer) -> str:
    """One line: what to install so that the window can open."""
    names = list(dict.fromkeys(missing))
    if installer.column is None:
        return ("peerdesk: cannot open its window: the system libraries "
                f"{', '.join(names)} are missing; install them with your package manager "
                "and start peerdesk again.")
    column = installer.column
    packages = list(dict.fromkeys(
        XCB_LIBRARIES[name][column] if name in XCB_LIBRARIES else name for name in names))
    return ("peerdesk: cannot open its window: system packages are missing; install them "
            f"with: {installer.command} {' '.join(packages)}")


def uses_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will use its xcb plugin: Linux (or another X11 Unix), and either
    ``QT_QPA_PLATFORM`` asks for xcb first or it is unset outside a Wayland session."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    """The xcb plugin file of the Qt that this app uses, if it is there."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    path = plugins / "platforms" / "libqxcb.so"
    return path if path.is_file() else None


def unloadable(names: Iterable[str], load: Callable[[str], object] | None = None) -> list[str]:
    """The libraries among ``names`` that the dynamic loader cannot load."""
    if load is None:
        import ctypes

        load = ctypes.CDLL
    missing = []
    for name in names:
        try:
            load(name)
        except OSError:
            missing.append(name)
    return missing


def ldd_missing(ldd_output: str) -> list[str]:
    """Libraries ``ldd`` reports as ``not found``, each once, in order."""
    found = []
    for line in ldd_output.splitlines():
        name, arrow, where = line.partition("=>")
        if arrow and where.strip().startswith("not found") and name.strip():
            found.append(name.strip())
    return list(dict.fromkeys(found))


def missing_xcb_libraries() -> list[str]:
    """What Qt's xcb plugin needs and this machine lacks. Loading the known libraries is
    quick (about 4 ms); only when one fails is ``ldd`` asked about the plugin itself
    (which also finds libraries shipped beside the plugin in the desktop build)."""
    missing = unloadable(XCB_LIBRARIES)
    if not missing:
        return []
    import shutil
    import subprocess

    # The desktop build may ship some of these beside the plugin, where loading them by
    # name does not look: there, without ldd's answer, let Qt try rather than refuse.
    unsure = [] if getattr(sys, "frozen", False) else missing
    plugin = xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return unsure
    try:
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True,
                             timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return unsure
    return ldd_missing(out[:200_000])


def window_problem(env: Mapping[str, str] | None = None) -> str | None:
    """One line saying why Qt cannot open a window here, or None when it can (or when
    the platform is not xcb, which needs no check)."""
    env = os.environ if env is None else env
    if not uses_xcb(env):
        return None
    missing = missing_xcb_libraries()
    if missing:
        return missing_message(missing, installer_for(read_os_release()))
    if not env.get("DISPLAY"):
        return ("peerdesk: cannot open its window: no display (DISPLAY is not set); start "
                "it from a desktop session.")
    return None
