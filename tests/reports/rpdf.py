"""Helpers for the report tests: demo and hand-built vaults, and reading PDFs back."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pypdf

from peerdesk.services.workspace import Workspace, open_vault
from tests.support.vaults import PASSPHRASES, Group  # noqa: F401
from tests.support.vaults import make_group as small_group  # noqa: F401

DEMO_PASS = "demo passphrase for report tests"
DEMO_NOW = datetime(2026, 11, 22, 6, 0, tzinfo=UTC)
OCT_START, OCT_END = date(2026, 10, 1), date(2026, 10, 31)

@dataclass
class Demo:
    folder: Path
    recovery_key: str
    _open: list[Workspace] = field(default_factory=list)

    def login(self, username: str) -> Workspace:
        """Lock whatever is open and unlock as ``username`` (one connection at a time)."""
        self.close()
        ws = open_vault(self.folder, username, DEMO_PASS)
        self._open.append(ws)
        return ws

    def close(self) -> None:
        while self._open:
            ws = self._open.pop()
            if ws.is_open:
                ws.lock()


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf), strict=True)


def page_texts(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in reader(pdf).pages]


def norm(text: str) -> str:
    """Extracted text made comparable: ligatures (the shaper writes "ﬁ") unfolded, line
    breaks and runs of spaces made single spaces, zero-width break opportunities removed."""
    text = unicodedata.normalize("NFKC", text).replace("\u200b", "")
    return " ".join(text.split())


def all_text(pdf: bytes) -> str:
    return norm(" ".join(page_texts(pdf)))


def squashed(text: str) -> str:
    """No whitespace at all: for text that wraps across lines or table cells."""
    return "".join(unicodedata.normalize("NFKC", text).replace("\u200b", "").split())
