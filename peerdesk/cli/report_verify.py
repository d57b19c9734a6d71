"""``peerdesk verify --report FILE.pdf``: is this exactly a PDF this vault issued?"""

from __future__ import annotations

from pathlib import Path
from typing import Any

#: Far above any report peerdesk prints; a larger file cannot be one of ours.
MAX_REPORT_BYTES = 512 * 1024 * 1024


def verify_report_file(ws: Any, path: Path) -> bool:
    from peerdesk.bounded_read import FileTooLarge, UnreadableFile, read_regular

    try:
        data = read_regular(Path(path), MAX_REPORT_BYTES, "The report")
    except (UnreadableFile, FileTooLarge) as exc:
        print(f"Report: {exc}")
        return False
    entry = ws.reports.identify(data)
    if entry is None:
        print("Report: NOT issued by this vault (or changed since): no register entry has "
              "this file's SHA-256.")
        return False
    params = dict(entry.params)
    print(f"Report: issued by this vault: {entry.kind} report {params.get('report_id', '')}, "
          f"made {entry.at:%Y-%m-%d %H:%M} UTC, SHA-256 {entry.sha256[:16]}….")
    return True
