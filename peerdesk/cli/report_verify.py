"""``peerdesk verify --report FILE.pdf``: is this exactly a PDF this vault issued?"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def verify_report_file(ws: Any, path: Path) -> bool:
    try:
        data = Path(path).read_bytes()
    except OSError:
        print(f"Report: cannot read {path}.")
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
