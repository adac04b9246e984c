"""The installer sources: the PyInstaller spec keeps what the app needs and drops unused Qt;
the Windows script makes shortcuts and keeps the data folder; icons and menu entries exist.
(Building the package itself is `installers/build_linux.sh`, which CI runs after the tests.)"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
INSTALLERS = ROOT / "installers"
ICONS = ROOT / "assets" / "icons"
SPEC = INSTALLERS / "mentor-desk.spec"


class Recorded:
    """Stands in for PyInstaller's build targets; keeps what the spec passed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[Any] = []
        self.scripts: list[Any] = []


def load_spec(monkeypatch: pytest.MonkeyPatch, platform: str = "linux") -> dict[str, Any]:
    """Run the spec with PyInstaller's functions faked: returns its globals."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package, **kw: [(f"{package}/data", package)]  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda package: [package]  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda name: [(f"{name}.dist-info", f"{name}.dist-info")]  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    made: dict[str, list[Recorded]] = {}

    def target(kind: str) -> Any:
        def make(*args: Any, **kwargs: Any) -> Recorded:
            made.setdefault(kind, []).append(Recorded(*args, **kwargs))
            return made[kind][-1]

        return make

    namespace: dict[str, Any] = {"SPECPATH": str(INSTALLERS), "__name__": "spec"}
    namespace.update({kind: target(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT")})
    namespace["BUNDLE"] = target("BUNDLE")
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    namespace["made"] = made
    return namespace


def test_spec_collects_what_the_app_reads_at_run_time(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = load_spec(monkeypatch)
    analysis = spec["made"]["Analysis"][0]
    sources = {str(Path(src).name) for src, _ in analysis.kwargs["datas"]}
    targets = {dest for _, dest in analysis.kwargs["datas"]}
    assert "mentor_desk_th.qm" in sources and "mentor_desk/assets/translations" in targets
    assert "mentor_desk/assets/icons" in targets
    for package in ("fontpkg_sarabun", "geothai", "pypdfium2_raw", "reportlab"):
        assert package in targets
    assert "mentor-desk.dist-info" in targets  # __version__ in the frozen app
    assert "uharfbuzz" in analysis.kwargs["hiddenimports"]
    for module in ("QtQml", "QtQuick", "Qt3DCore", "QtWebEngineCore", "QtMultimedia", "QtPdf"):
        assert f"PySide6.{module}" in analysis.kwargs["excludes"]


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqgif.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", True),
        ("pythainlp/corpus/words_th.txt", True),
        ("pythainlp/corpus/wikipedia_titles_th.txt", False),
        ("pythainlp/corpus/thai2rom_decoder.onnx", False),
        ("pythainlp/corpus/core.pyc", True),
        ("fontpkg_sarabun/files/Sarabun-Regular.ttf", True),
    ],
)
def test_spec_drops_unused_qt_and_models(
    monkeypatch: pytest.MonkeyPatch, name: str, kept: bool
) -> None:
    keep = load_spec(monkeypatch)["keep"]
    assert keep((name, "/source/" + name, "DATA")) is kept


@pytest.mark.parametrize(
    ("platform", "native"),
    [
        ("win32", "PySide6\\plugins\\platforms\\qwindows.dll"),
        ("darwin", "PySide6/Qt/plugins/platforms/libqcocoa.dylib"),
    ],
)
def test_spec_keeps_the_native_platform_and_a_windowed_program(
    monkeypatch: pytest.MonkeyPatch, platform: str, native: str
) -> None:
    spec = load_spec(monkeypatch, platform)
    assert spec["keep"]((native, native, "BINARY"))
    assert not spec["keep"](("PySide6/Qt/plugins/platforms/libqxcb.so", "x", "BINARY"))
    programs = {exe.kwargs["name"]: exe.kwargs["console"] for exe in spec["made"]["EXE"]}
    assert programs == {"mentor-desk": True, "MentorDesk": False}
    assert ("BUNDLE" in spec["made"]) is (platform == "darwin")


def test_linux_bundle_has_one_console_program(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = load_spec(monkeypatch, "linux")
    assert [exe.kwargs["name"] for exe in spec["made"]["EXE"]] == ["mentor-desk"]


def test_icons_exist_in_every_size() -> None:
    assert (ICONS / "mentor-desk.svg").read_text(encoding="utf-8").startswith("<svg")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"mentor-desk-{size}.png") as image:
            assert image.size == (size, size)
    with Image.open(ICONS / "mentor-desk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])


def test_windows_installer_makes_shortcuts_and_keeps_the_data_folder() -> None:
    iss = (INSTALLERS / "windows" / "mentor-desk.iss").read_text(encoding="utf-8-sig")
    assert re.search(r'^Name: "\{group\}\\', iss, re.M)  # Start menu
    assert re.search(r'^Name: "\{autodesktop\}\\', iss, re.M)  # desktop
    assert "{uninstallexe}" in iss
    assert 'MessagesFile: "compiler:Default.isl,Thai.isl"' in iss
    assert 'MessagesFile: "compiler:Default.isl"' in iss
    uninstall_delete = iss.split("[UninstallDelete]", 1)[1].split("\n[", 1)[0]
    entries = [line for line in uninstall_delete.splitlines() if line.startswith("Type:")]
    assert entries and all("{app}" in line for line in entries)
    assert not any("localappdata" in line.lower() for line in entries)
    assert "{localappdata}\\MentorDesk" in iss  # named only to tell the user it stays
    thai = (INSTALLERS / "windows" / "Thai.isl").read_bytes()
    assert thai.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, as Inno Setup 6 needs
    assert "ButtonInstall=ติดตั้ง" in thai.decode("utf-8-sig")


def test_linux_menu_entry_and_script() -> None:
    desktop = (INSTALLERS / "linux" / "mentor-desk.desktop").read_text(encoding="utf-8")
    assert "Name=Mentor Desk" in desktop and "Name[th]=สมุดพี่เลี้ยงชุมชน" in desktop
    assert "Icon=mentor-desk" in desktop and "Exec=/usr/bin/mentor-desk" in desktop
    script = INSTALLERS / "build_linux.sh"
    assert script.stat().st_mode & 0o111
    assert "--self-test" in script.read_text(encoding="utf-8")
    if shutil.which("bash"):
        subprocess.run(["bash", "-n", str(script)], check=True)


def test_ci_builds_the_linux_package_after_the_tests() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.index("installers/build_linux.sh") > ci.index("-m pytest")
