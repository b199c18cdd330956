"""Desktop integration files (issue 16): the .desktop entry and the AppStream metainfo pass the freedesktop
validators (Debian's desktop-file-utils and appstream, installed by .ci/run), and the PNG icons are the
committed SVG rendered at every size by packaging/linux/icons/render.py.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
APP_ID = "org.coopclient.CoopClient"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: apt-get install desktop-file-utils appstream (.ci/run does)")
    return found


def test_the_desktop_entry_is_valid() -> None:
    done = subprocess.run(
        [_tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout + done.stderr


def test_the_metainfo_is_valid_and_launches_the_desktop_entry() -> None:
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo.read_text(encoding="utf-8")


def _render_script() -> ModuleType:
    """packaging/linux/icons/render.py, a script outside the package, loaded by its path."""
    spec = importlib.util.spec_from_file_location("icon_render", LINUX / "icons" / "render.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_png_icons_are_the_svg_at_every_size(qapp: QApplication, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    script = _render_script()
    assert script.SIZES == SIZES
    for size in SIZES:
        png = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        committed = QImage(str(png))
        assert (committed.width(), committed.height()) == (size, size), png
        fresh = tmp_path / f"{size}.png"
        script.render(LINUX / "icons" / f"{APP_ID}.svg", size, fresh)
        worst = _largest_channel_difference(QImage(str(fresh)), committed)
        # Qt's raster engine rounds antialiased edges by one step differently on different CPUs (its SIMD
        # paths): up to 1 of 255 on a few edge pixels is the same drawing; a changed SVG differs far more.
        assert worst <= 1, f"{png}: stale (a channel differs by {worst}), run packaging/linux/icons/render.py"


def _largest_channel_difference(a: QImage, b: QImage) -> int:
    """The largest difference of one channel (red, green, blue or alpha) of one pixel between two images."""
    from PySide6.QtGui import QImage

    assert (a.width(), a.height()) == (b.width(), b.height())
    first = a.convertToFormat(QImage.Format.Format_ARGB32)
    second = b.convertToFormat(QImage.Format.Format_ARGB32)
    worst = 0
    for y in range(first.height()):
        for x in range(first.width()):
            p, q = first.pixelColor(x, y), second.pixelColor(x, y)
            pairs = ((p.red(), q.red()), (p.green(), q.green()), (p.blue(), q.blue()), (p.alpha(), q.alpha()))
            worst = max(worst, *(abs(u - v) for u, v in pairs))
    return worst


def test_the_flatpak_manifest_names_the_app_and_installs_files_that_exist() -> None:
    import yaml  # schemathesis's dependency; only the manifest's structure is checked (no flatpak-builder here)

    manifest = yaml.safe_load((LINUX / f"{APP_ID}.yml").read_text(encoding="utf-8"))
    assert (manifest["app-id"], manifest["command"]) == (APP_ID, "coopclient")
    commands = " ".join(manifest["modules"][0]["build-commands"])
    for installed in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", f"icons/{APP_ID}.svg"):
        assert f"packaging/linux/{installed}" in commands
        assert (LINUX / installed).exists()
