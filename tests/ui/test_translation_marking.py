"""Every piece of text the interface shows is marked for translation.

An AST scan of ``ui/``: a string literal with letters in it (or an f-string, which cannot
be translated at all) passed straight to something that puts text on screen — a widget's
constructor, ``setText``, ``setToolTip``, ``setPlaceholderText``, ``setWindowTitle``,
``addAction``, ``addItem``, a ``QMessageBox``, the scaffold helpers, the busy ``label=`` of
a worker call … — and not wrapped in ``self.tr`` / ``QCoreApplication.translate`` fails,
unless it is in :data:`ALLOWED` with its reason.

What the scan cannot see (a literal stored in a table and shown later, a ``return`` of a
helper) is marked by hand; the rule is the same (docs/translation.md).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: The folders scanned. ui/pages and ui/dialogs join when their catalogs
#: (ui_pages_hi.ts, ui_dialogs_hi.ts) land: add "ui/pages" and "ui/dialogs" here then.
SCANNED: tuple[str, ...] = ("ui/*.py", "ui/widgets", "ui/models")

#: Calls that put their text arguments on screen: name -> the positions scanned ("*" all).
SINK_METHODS: dict[str, str] = {
    name: "*" for name in (
        "setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setAccessibleName",
        "setAccessibleDescription", "setStatusTip", "setWhatsThis", "setInformativeText",
        "setDetailedText", "setLabelText", "setTitle", "setTabText", "setItemText",
        "setHeaderLabels", "setHorizontalHeaderLabels", "addItem", "addItems", "insertItem",
        "addTab", "addAction", "addMenu", "setSpecialValueText", "setSuffix", "setPrefix",
        "showMessage", "setCancelButtonText", "setButtonText", "setWindowIconText",
        # QFileDialog / QInputDialog statics (title, filters…)
        "getSaveFileName", "getOpenFileName", "getExistingDirectory", "getText", "getItem",
        # the app's own helpers that show their text arguments
        "plain_label", "heading", "subtitle", "primary_button", "empty_state", "search_box",
        "title_row", "show_message", "show_problem", "show_notice", "FormField",
        "message_banner", "note",
    )
}
SINK_CLASSES = frozenset({
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "QCommandLinkButton", "QListWidgetItem", "QTableWidgetItem",
    "QStandardItem", "QTreeWidgetItem", "QMessageBox", "ValidationError",
})
#: QMessageBox's statics (title, text): only when called on QMessageBox (log.warning is not).
BOX_STATICS = frozenset({"warning", "information", "question", "critical", "about"})
#: Keyword arguments that carry text wherever they appear (a worker call's busy label).
TEXT_KEYWORDS = frozenset({"label", "text", "title", "hint", "tip", "placeholder",
                           "tooltip", "accessible"})
#: Wrappers that make their argument translatable.
TRANSLATING = frozenset({"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"})

#: Literals that are the same in every language, anywhere -> why.
SAME_IN_EVERY_LANGUAGE: dict[str, str] = {
    "peerdesk": "the product's name (window and message box titles)",
}
#: (file, literal) -> why it is not translated.
ALLOWED: dict[tuple[str, str], str] = {}


def _files() -> list[Path]:
    found: list[Path] = []
    for pattern in SCANNED:
        if pattern.endswith(".py"):
            found += sorted(ROOT.glob(pattern))
        else:
            found += sorted((ROOT / pattern).rglob("*.py"))
    return found


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _bare_texts(node: ast.expr) -> list[str]:
    """Literal text in ``node`` that reaches the screen untranslated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _has_letters(node.value) else []
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value for v in node.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return [f"f-string: {parts}"] if _has_letters(parts) else []
    if isinstance(node, ast.BinOp):
        return _bare_texts(node.left) + _bare_texts(node.right)
    if isinstance(node, ast.IfExp):
        return _bare_texts(node.body) + _bare_texts(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [t for v in node.values for t in _bare_texts(v)]
    if isinstance(node, ast.List | ast.Tuple):
        return [t for v in node.elts for t in _bare_texts(v)]
    if isinstance(node, ast.Call):
        func = node.func
        if _name(func) in TRANSLATING:
            return []
        # "Saved {name}".format(...) / "…".replace(...): the literal itself is untranslated
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Constant | ast.JoinedStr):
            return _bare_texts(func.value)
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Call):
            return _bare_texts(func.value)  # tr("…").replace(…) is fine, "…".x().y() is not
    return []


def unmarked(path: Path) -> list[str]:
    rel = path.relative_to(ROOT).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
    problems: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        args: list[ast.expr] = []
        box_static = name in BOX_STATICS and isinstance(node.func, ast.Attribute) \
            and _name(node.func.value) == "QMessageBox"
        if name in SINK_METHODS or name in SINK_CLASSES or box_static:
            args += node.args
            args += [k.value for k in node.keywords if k.arg not in ("objectName",)]
        else:
            args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for arg in args:
            for text in _bare_texts(arg):
                if (rel, text) not in ALLOWED and text not in SAME_IN_EVERY_LANGUAGE:
                    problems.append(f"{rel}:{node.lineno}: {name}({text!r})")
    return problems


def test_the_scan_finds_unmarked_text() -> None:
    """The scan itself: a bare literal, an f-string, a busy label and a format() call fail;
    tr(), translate() and text without letters pass."""
    source = (
        "label = QLabel('Hello', self)\n"
        "button.setText(f'Save {n}')\n"
        "worker.submit(fn, label='Loading…')\n"
        "box.setText('Saved {name}'.format(name=n))\n"
        "ok = QLabel(self.tr('Hello'))\n"
        "ok.setText(QCoreApplication.translate('labels', 'Hi').replace('%1', n))\n"
        "ok.setText('—')\n"
    )
    tree_file = ROOT / "tests" / "ui" / "_scan_sample.py"
    try:
        tree_file.write_text(source, encoding="utf-8")
        found = unmarked(tree_file)
    finally:
        tree_file.unlink()
    assert [p.split(": ", 1)[1] for p in found] == [
        "QLabel('Hello')", "setText('f-string: Save ')", "submit('Loading…')",
        "setText('Saved {name}')"]


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_text_on_screen_is_marked_for_translation(path: Path) -> None:
    problems = unmarked(path)
    assert not problems, "wrap in self.tr() / QCoreApplication.translate():\n" + "\n".join(
        problems)


def test_allow_list_entries_are_still_needed() -> None:
    """An allowed literal that is gone from its file is dropped from the list."""
    for (rel, text), _why in ALLOWED.items():
        assert repr(text)[1:-1] in (ROOT / rel).read_text(encoding="utf-8") or \
            text in (ROOT / rel).read_text(encoding="utf-8"), (rel, text)
