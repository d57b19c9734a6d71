"""Invariants of the frozen build, checked on build.spec's source without building.

build.spec keeps its lists as plain literals (RESOURCE_DIRS, HIDDEN_IMPORTS, EXCLUDES, ...)
so they can be read here with ``ast``. A real build is checked by scripts/smoke_frozen.sh
(``make smoke``).
"""

from __future__ import annotations

import ast
import importlib.util
import os
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"
SPEC_TREE = ast.parse(SPEC.read_text("utf-8"), filename=str(SPEC))


def spec_literal(name: str) -> Any:
    for node in SPEC_TREE.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == name):
            return ast.literal_eval(node.value)
    raise AssertionError(f"build.spec has no literal {name} = ...")


def spec_function(name: str, namespace: dict[str, Any]) -> Any:
    for node in SPEC_TREE.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            module = ast.Module(body=[node], type_ignores=[])
            exec(compile(module, str(SPEC), "exec"), namespace)
            return namespace[name]
    raise AssertionError(f"build.spec has no function {name}")


def spec_calls(func: str) -> list[ast.Call]:
    return [n for n in ast.walk(SPEC_TREE)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == func]


def kwarg(call: ast.Call, name: str) -> Any:
    for kw in call.keywords:
        if kw.arg == name:
            return ast.literal_eval(kw.value)
    raise AssertionError(f"{ast.unparse(call)[:60]}... has no {name}=")


def source_imports(package: str) -> set[str]:
    found: set[str] = set()
    for path in sorted((ROOT / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


# -- data files ----------------------------------------------------------------------------
def test_every_resources_folder_ships():
    on_disk = sorted(p.name for p in (ROOT / "resources").iterdir() if p.is_dir())
    assert sorted(spec_literal("RESOURCE_DIRS")) == on_disk, (
        "add the new resources/ folder to RESOURCE_DIRS in build.spec (or remove it)")


def test_package_data_is_collected():
    assert "peerdesk" in spec_literal("COLLECT_DATA"), "migrations are package data"
    assert "reportlab" in spec_literal("COLLECT_DATA")
    assert list((ROOT / "peerdesk" / "storage" / "migrations").glob("*.sql"))


def test_pyinstaller_collects_the_migrations():
    hooks = pytest.importorskip("PyInstaller.utils.hooks", reason="needs the [build] extra")
    shipped = {Path(dest) / Path(src).name for src, dest in hooks.collect_data_files("peerdesk")}
    for sql in (ROOT / "peerdesk" / "storage" / "migrations").glob("*.sql"):
        assert Path("peerdesk/storage/migrations") / sql.name in shipped


# -- modules -------------------------------------------------------------------------------
def test_hidden_imports_include_the_sqlcipher_extension():
    hidden = spec_literal("HIDDEN_IMPORTS")
    found = importlib.util.find_spec("sqlcipher3._sqlite3")
    assert found is not None and found.origin, "the sqlcipher3 wheel's compiled module moved"
    assert found.origin.endswith((".so", ".pyd")), found.origin
    assert "sqlcipher3._sqlite3" in hidden


@pytest.mark.parametrize("module", spec_literal("HIDDEN_IMPORTS"))
def test_hidden_imports_exist(module):
    assert importlib.util.find_spec(module) is not None, f"{module} is not installed"


def test_own_packages_are_collected_whole():
    # peerdesk.cli.main loads subcommand modules by name; PyInstaller cannot follow that.
    assert set(spec_literal("COLLECT_SUBMODULES")) >= {"peerdesk", "ui"}


def test_excludes_are_listed():
    excludes = set(spec_literal("EXCLUDES"))
    for name in ("tkinter", "pytest", "hypothesis", "unittest", "PySide6.QtWebEngineCore",
                 "PySide6.Qt3DCore", "PySide6.QtMultimedia", "PySide6.QtQml",
                 "PySide6.QtQuick", "PySide6.QtNetwork", "PySide6.QtPdf", "PySide6.QtCharts"):
        assert name in excludes


def test_nothing_the_app_imports_is_excluded():
    excludes = spec_literal("EXCLUDES")
    imported = source_imports("peerdesk") | source_imports("ui")
    imported |= source_imports("packaging")
    clashes = sorted(
        mod for mod in imported
        for ex in excludes if mod == ex or mod.startswith(ex + ".")
    )
    assert not clashes, f"build.spec excludes modules the app imports: {clashes}"


# -- executables ---------------------------------------------------------------------------
def test_two_executables_in_one_folder():
    exes = spec_calls("EXE")
    by_name = {ast.literal_eval(kw.value) if isinstance(kw.value, ast.Constant) else
               ast.unparse(kw.value): call for call in exes for kw in call.keywords
               if kw.arg == "name"}
    assert set(by_name) == {"NAME", "CONSOLE_NAME"}
    assert kwarg(by_name["NAME"], "console") is False
    assert kwarg(by_name["CONSOLE_NAME"], "console") is True
    assert spec_literal("NAME") == "peerdesk"
    assert spec_literal("CONSOLE_NAME") == "peerdesk-console"
    (collect,) = spec_calls("COLLECT")
    args = [ast.unparse(a) for a in collect.args]
    assert args[:2] == ["gui_exe", "console_exe"] and "a.binaries" in args and "a.datas" in args


def test_analysis_keeps_the_archive_and_uses_the_entry_script():
    (analysis,) = spec_calls("Analysis")
    assert kwarg(analysis, "noarchive") is False
    assert (ROOT / spec_literal("ENTRY")).is_file()


def test_version_is_read_from_the_source():
    import peerdesk

    read_version = spec_function("read_version", {"ast": ast, "ROOT": ROOT})
    assert read_version() == peerdesk.__version__


def test_windows_version_resource_builds():
    pytest.importorskip("PyInstaller.utils.win32.versioninfo",
                        reason="needs PyInstaller with pefile (installed on Windows)")
    make = spec_function("windows_version_info", {"NAME": "peerdesk"})
    assert "peerdesk" in str(make("0.1.0"))


def test_qt_file_filter_keeps_what_the_app_needs():
    keep = spec_function("keep", {
        "DROP_QT_FILES": spec_literal("DROP_QT_FILES"),
        "KEEP_QT_TRANSLATIONS": spec_literal("KEEP_QT_TRANSLATIONS"), "Path": Path,
    })
    for needed in ("PySide6/Qt/plugins/imageformats/libqsvg.so",  # the app icon
                   "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
                   "PySide6/Qt/plugins/platforms/libqxcb.so",
                   "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                   "PySide6/Qt/plugins/platforms/qwindows.dll",
                   "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
                   "PySide6/Qt/lib/libQt6Svg.so.6", "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6",
                   "PySide6/Qt/lib/libQt6PrintSupport.so.6",
                   "PySide6/Qt/translations/qtbase_en.qm",
                   "pypdfium2_raw/libpdfium.so", "PIL/_imaging.cpython-311-x86_64-linux-gnu.so"):
        assert keep((needed, "src", "BINARY")), needed
    for dropped in ("PySide6/Qt/plugins/imageformats/libqpdf.so",
                    "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/translations/qtbase_de.qm"):
        assert not keep((dropped, "src", "BINARY")), dropped


# -- icons and scripts ---------------------------------------------------------------------
def test_icons_are_current():
    proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icons.py"), "--check"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_icon_containers_are_well_formed():
    icons = ROOT / "packaging" / "icons"
    ico = (icons / "peerdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    icns = (icons / "peerdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns  # 1024 px (512@2x)


def test_packaging_folder_is_not_a_python_package():
    # A packaging/__init__.py would shadow the PyPI "packaging" library (PyInstaller and pip
    # import it) whenever the repository root is on sys.path.
    assert not (ROOT / "packaging" / "__init__.py").exists()


@pytest.mark.parametrize("script", ["smoke_frozen.sh", "measure_build.sh"])
def test_scripts_parse(script):
    proc = subprocess.run(["bash", "-n", str(ROOT / "scripts" / script)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr


def _catalog_tree(root: Path, *, qm: bool, stale: bool) -> None:
    po = root / "resources" / "locale" / "hi" / "LC_MESSAGES" / "peerdesk.po"
    po.parent.mkdir(parents=True)
    po.write_text("", "utf-8")
    po.with_suffix(".mo").write_bytes(b"")
    i18n = root / "resources" / "i18n"
    i18n.mkdir(parents=True)
    ts = i18n / "ui_core_hi.ts"
    if qm:
        (i18n / "peerdesk_hi.qm").write_bytes(b"")
    ts.write_text("<TS/>", "utf-8")
    if qm:  # older or newer than its source, by a clear margin
        shift = -5 if stale else 5
        when = ts.stat().st_mtime + shift
        os.utime(i18n / "peerdesk_hi.qm", (when, when))


@pytest.mark.parametrize(("qm", "stale"), [(False, False), (True, True)])
def test_the_build_refuses_a_missing_or_stale_interface_catalog(tmp_path, qm, stale):
    _catalog_tree(tmp_path, qm=qm, stale=stale)
    check = spec_function("check_compiled_catalogs", {"ROOT": tmp_path, "Path": Path})
    with pytest.raises(SystemExit, match="make translations"):
        check()


def test_the_build_takes_a_fresh_interface_catalog(tmp_path):
    _catalog_tree(tmp_path, qm=True, stale=False)
    check = spec_function("check_compiled_catalogs", {"ROOT": tmp_path, "Path": Path})
    check()


def test_only_the_compiled_interface_catalog_ships():
    keep = spec_function("keep", {"DROP_QT_FILES": (), "KEEP_QT_TRANSLATIONS": (),
                                  "Path": Path})
    assert keep(("resources/i18n/peerdesk_hi.qm", "x", "DATA"))
    assert not keep(("resources/i18n/ui_core_hi.ts", "x", "DATA"))
