"""Render ``resources/icons/peerdesk.svg`` into the icon files the build needs.

    python packaging/make_icons.py            # (re)write packaging/icons/*
    python packaging/make_icons.py --check    # exit 1 if the files are missing or stale

Writes, into ``packaging/icons/``:

- ``peerdesk.ico``   Windows: 16, 24, 32, 48, 64, 128 and 256 px, each a PNG inside the ICO
                     (supported since Windows Vista).
- ``peerdesk.icns``  macOS: 16–1024 px incl. the @2x variants, PNG entries (macOS 10.7+).
- ``peerdesk-<N>.png`` for N in 48, 128, 256, 512: Linux desktop files and packagers.
- ``SOURCE.sha256``  the SVG's hash, so a test can tell when the icons are stale.

Only PySide6 is needed (QtSvg renders the SVG offscreen); ICO and ICNS containers are
written by hand because Qt's writers are plugins that are not always present.
"""

from __future__ import annotations

import hashlib
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "peerdesk.svg"
OUT = ROOT / "packaging" / "icons"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZES = (48, 128, 256, 512)
# OSType -> pixel size (Apple's "icns" PNG-capable types).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 512),
    (b"ic14", 1024),
)


def svg_hash() -> str:
    return hashlib.sha256(SVG.read_bytes()).hexdigest()


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot render {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise SystemExit(f"cannot encode {size}px PNG")
    buf.close()
    return bytes(data.data())


def build_ico(pngs: dict[int, bytes]) -> bytes:
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def build_icns(pngs: dict[int, bytes]) -> bytes:
    chunks = b"".join(
        ostype + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for ostype, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def expected_files() -> list[str]:
    return ["peerdesk.ico", "peerdesk.icns", "SOURCE.sha256"] + [
        f"peerdesk-{n}.png" for n in PNG_SIZES
    ]


def check() -> int:
    missing = [name for name in expected_files() if not (OUT / name).is_file()]
    if missing:
        print(f"missing icon files: {', '.join(missing)}; run python packaging/make_icons.py")
        return 1
    if (OUT / "SOURCE.sha256").read_text().split()[0] != svg_hash():
        print("icons are older than resources/icons/peerdesk.svg; run "
              "python packaging/make_icons.py")
        return 1
    print("icons up to date")
    return 0


def main(argv: list[str]) -> int:
    if "--check" in argv:
        return check()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons"])
    sizes = sorted({*ICO_SIZES, *PNG_SIZES, *(s for _, s in ICNS_TYPES)})
    pngs = {size: render_png(size) for size in sizes}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "peerdesk.ico").write_bytes(build_ico({s: pngs[s] for s in ICO_SIZES}))
    (OUT / "peerdesk.icns").write_bytes(build_icns(pngs))
    for size in PNG_SIZES:
        (OUT / f"peerdesk-{size}.png").write_bytes(pngs[size])
    (OUT / "SOURCE.sha256").write_text(f"{svg_hash()}  resources/icons/peerdesk.svg\n")
    for name in expected_files():
        print(f"{OUT / name}  {(OUT / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
