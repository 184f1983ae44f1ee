"""The bundle's ingredients, without PyInstaller: what build.spec names exists, the icons and the .desktop file are
in place, and `kafedra --smoke-test` passes from the source tree (`.ci/bundle` runs it in the frozen bundle)."""

from __future__ import annotations

import ast
import configparser
import os
import struct
import subprocess
import sys
from pathlib import Path, PurePath
from typing import Any

import pytest

from desktop.gui.smoke import embedded_fonts

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"
SIZES = (16, 32, 48, 64, 128, 256)


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"))


def spec_path(node: ast.expr) -> Path:
    """Evaluate `root / "a" / "b"`-style expressions of the spec against the checkout."""
    names = {"root": ROOT, "package": ROOT / "desktop", "resources": ROOT / "resources"}
    if isinstance(node, ast.Name):
        return names[node.id]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str":
        return spec_path(node.args[0])
    assert isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div), ast.dump(node)
    assert isinstance(node.right, ast.Constant) and isinstance(node.right.value, str)
    return spec_path(node.left) / node.right.value


def assigned(tree: ast.Module, name: str) -> ast.expr:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return node.value
    raise AssertionError(f"build.spec assigns no {name}")


def test_the_spec_ships_the_data_folders_that_exist() -> None:
    data = assigned(spec_tree(), "DATA")
    assert isinstance(data, ast.List)
    shipped: dict[str, Path] = {}
    for entry in data.elts:
        assert isinstance(entry, ast.Tuple)
        source, target = entry.elts
        assert isinstance(target, ast.Constant)
        path = spec_path(source)
        assert path.exists(), f"build.spec ships {path}, which does not exist"
        shipped[str(target.value)] = path
    # where the code looks for them at run time: beside the modules, and _MEIPASS/resources
    assert shipped["desktop/storage/migrations"] == ROOT / "desktop" / "storage" / "migrations"
    assert (shipped["desktop/storage/migrations"] / "env.py").is_file()
    assert shipped["desktop/services"] == ROOT / "desktop" / "services" / "seminar.schema.json"
    assert shipped["resources"] == ROOT / "resources"
    assert (ROOT / "resources" / "fonts" / "LICENSE-ParaType.txt").is_file()


def test_the_spec_names_an_icon_that_exists_and_collects_every_module() -> None:
    tree = spec_tree()
    icons = [
        kw.value for node in ast.walk(tree) if isinstance(node, ast.Call) for kw in node.keywords if kw.arg == "icon"
    ]
    assert icons and all(spec_path(icon).is_file() for icon in icons)
    text = SPEC.read_text(encoding="utf-8")
    assert 'collect_submodules("desktop", on_error="raise")' in text
    for package in ("pytrovich", "shevchenko"):
        assert f'collect_data_files("{package}")' in text


def spec_filters() -> dict[str, Any]:
    """The spec's data and plugin filters, run without PyInstaller."""
    tree = spec_tree()
    wanted = {"BABEL_LOCALES", "DROPPED_QT_PLUGINS", "DROPPED_QT_PLUGIN_FOLDERS", "QT_TRANSLATIONS"}
    nodes: list[ast.stmt] = [
        node
        for node in tree.body
        if (isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in wanted for t in node.targets))
        or (isinstance(node, ast.FunctionDef) and node.name in {"_wanted_data", "_dropped_plugin"})
    ]
    namespace: dict[str, Any] = {"PurePath": PurePath}
    exec(compile(ast.Module(body=nodes, type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("babel/locale-data/ru.dat", True),
        ("babel/locale-data/uk_UA.dat", True),
        ("babel/locale-data/en_GB.dat", True),
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/de_AT.dat", False),
        ("babel/global.dat", True),
        ("PySide6/Qt/translations/qtbase_ru.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_ru.qm", False),
        ("resources/translations/kafedra_ru.qm", True),
        ("pytrovich/rules.json", True),
    ],
)
def test_the_spec_keeps_only_the_locales_we_use(destination: str, kept: bool) -> None:
    assert spec_filters()["_wanted_data"](destination) is kept


@pytest.mark.parametrize(
    ("destination", "dropped"),
    [
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
    ],
)
def test_the_spec_leaves_out_only_unused_qt_plugins(destination: str, dropped: bool) -> None:
    assert spec_filters()["_dropped_plugin"](destination) is dropped


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icons_in_the_usual_sizes_and_for_windows() -> None:
    icons = ROOT / "resources" / "icons"
    for size in SIZES:
        assert png_size(icons / "hicolor" / f"{size}x{size}" / "apps" / "kafedra.png") == (size, size)
    ico = (icons / "kafedra.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 4


def test_the_desktop_file() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(ROOT / "resources" / "kafedra.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert (entry["Name"], entry["Name[ru]"], entry["Name[uk]"]) == ("Kafedra", "Кафедра", "Кафедра")
    assert all(entry[key] for key in ("Comment", "Comment[ru]", "Comment[uk]"))
    assert (entry["Exec"], entry["Icon"]) == ("kafedra", "kafedra")
    assert entry["Categories"] == "Office;Education;"


def test_embedded_fonts_are_read_from_the_font_descriptors() -> None:
    pdf = b"<< /Type /FontDescriptor /FontName /AAAAAA+PTSerif-Regular /FontFile2 12 0 R >>"
    assert embedded_fonts(pdf) == ["PTSerif-Regular"]
    assert embedded_fonts(b"<< /Type /Font /BaseFont /Helvetica >>") == []


def kafedra(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_the_smoke_test_passes_from_the_source_tree() -> None:
    result = kafedra("--smoke-test")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kafedra smoke test passed (Python package"), result.stdout
    assert "PTSerif-Regular" in lines[0] and "Cyrillic" in lines[0]


def test_the_smoke_test_takes_no_database_and_no_command() -> None:
    result = kafedra("--smoke-test", "--db", "x.sqlite3")
    assert result.returncode == 2 and "--smoke-test" in result.stderr
    assert not (ROOT / "x.sqlite3").exists()
    assert "--smoke-test" in kafedra("--help").stdout
