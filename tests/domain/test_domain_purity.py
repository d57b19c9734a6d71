"""The domain package is pure: only the standard library, itself and peerdesk.errors."""

import ast
import sys
from pathlib import Path

DOMAIN = Path(__file__).resolve().parents[2] / "peerdesk" / "domain"
ALLOWED_PEERDESK = ("peerdesk.domain", "peerdesk.errors")
FORBIDDEN_STDLIB = {"os", "io", "sqlite3", "socket", "subprocess", "pathlib", "shutil",
                    "tempfile", "logging", "time"}


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_domain_imports_only_stdlib_and_itself():
    files = sorted(DOMAIN.glob("*.py"))
    assert files
    for path in files:
        for name in _imports(path):
            top = name.split(".")[0]
            if top == "peerdesk":
                assert name.startswith(ALLOWED_PEERDESK), (path.name, name)
            else:
                assert top in sys.stdlib_module_names or top == "__future__", (path.name, name)
                assert top not in FORBIDDEN_STDLIB, (path.name, name)


def test_no_catch_all_modules():
    assert not {"utils.py", "helpers.py", "misc.py", "common.py"} & {
        p.name for p in DOMAIN.glob("*.py")}
