"""Where the bundled resources are: ``coopclient/resources`` in an installed wheel, ``resources/`` in a
source checkout (including an editable install)."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """The folder holding the bundled resources (the demo batch)."""
    packaged = Path(__file__).with_name("resources")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def demo_manifest() -> Path:
    """The demo batch's manifest."""
    return resources_dir() / "demo" / "manifest.json"
