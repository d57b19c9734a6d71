"""The dependency rule of docs/architecture.md, checked on the source (import-linter too)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _hits(package: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in modules(package):
        for name in imports_of(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    return bad


def test_core_never_imports_qt_or_ui() -> None:
    assert _hits("peerdesk", ("PySide6", "shiboken6", "ui")) == []


def test_ui_never_reaches_storage_or_crypto() -> None:
    assert _hits("ui", ("peerdesk.storage", "peerdesk.crypto", "sqlcipher3")) == []


def test_domain_is_pure() -> None:
    forbidden = ("peerdesk.storage", "peerdesk.crypto", "peerdesk.services", "peerdesk.vault",
                 "peerdesk.reports", "peerdesk.cli", "sqlcipher3", "os", "pathlib", "io",
                 "socket", "subprocess")
    assert _hits("peerdesk/domain", forbidden) == []


def test_sql_lives_in_storage_only() -> None:
    """No module outside peerdesk/storage executes SQL or holds an SQL statement."""
    bad = []
    for package in ("peerdesk", "ui"):
        for path in modules(package):
            rel = path.relative_to(ROOT).as_posix()
            if rel.startswith("peerdesk/storage/"):
                continue
            text = path.read_text("utf-8")
            for keyword in ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", "PRAGMA "):
                for line in text.splitlines():
                    stripped = line.strip()
                    if keyword in stripped and (stripped.startswith(('"', "'", "f\""))
                                                or ".execute(" in stripped):
                        bad.append(f"{rel}: {stripped[:60]}")
    assert bad == []


def test_no_star_imports_or_utils_grab_bags() -> None:
    for package in ("peerdesk", "ui"):
        for path in modules(package):
            assert path.name not in ("utils.py", "helpers.py", "misc.py"), path
            assert "import *" not in path.read_text("utf-8"), path


@pytest.mark.parametrize("package", ["peerdesk", "ui"])
def test_files_stay_small(package: str) -> None:
    big = [f"{p.relative_to(ROOT)}: {n}" for p in modules(package)
           if (n := len(p.read_text("utf-8").splitlines())) > 600]
    assert big == []


def test_code_and_docs_cite_the_projects_own_docs() -> None:
    """Design decisions are written down under docs/; nothing points outside the repository."""
    outside = "DESIGN" + " §"  # split so this file does not match itself
    places = [*ROOT.glob("peerdesk/**/*"), *ROOT.glob("ui/**/*"), *ROOT.glob("tests/**/*.py"),
              *ROOT.glob("docs/**/*.md"), ROOT / "README.md", ROOT / "pyproject.toml"]
    hits = [str(p.relative_to(ROOT)) for p in places
            if p.is_file() and p.suffix in {".py", ".md", ".sql", ".toml"}
            and outside in p.read_text(encoding="utf-8")]
    assert hits == []
