"""The compiled catalogs, built the way ``make locale`` and ``make translations`` build them,
when they are missing or older than their sources, so that ``pytest`` alone works in a
fresh checkout (the compiled files are build output, never committed)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from peerdesk.resources import resources_dir


def compile_mo() -> None:
    """resources/locale/<lang>/LC_MESSAGES/peerdesk.mo from its .po (the reports' and the
    interface's vocabulary)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for po in sorted((resources_dir() / "locale").glob("*/LC_MESSAGES/peerdesk.po")):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        with po.open("rb") as f:
            catalog = read_po(f, locale=po.parent.parent.name)
        with mo.open("wb") as f:
            write_mo(f, catalog)


def lrelease() -> str:
    """PySide6's lrelease, beside this Python (a venv's bin/) or on the PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise RuntimeError("pyside6-lrelease not found (install PySide6)")
    return found


def compile_qm() -> Path:
    """resources/i18n/peerdesk_hi.qm from every resources/i18n/*_hi.ts."""
    i18n = resources_dir() / "i18n"
    qm = i18n / "peerdesk_hi.qm"
    sources = sorted(i18n.glob("*_hi.ts"))
    if qm.exists() and all(qm.stat().st_mtime >= ts.stat().st_mtime for ts in sources):
        return qm
    subprocess.run([lrelease(), *map(str, sources), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm
