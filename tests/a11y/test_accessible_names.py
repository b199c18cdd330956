"""Every control a member can reach has a name and a role a screen reader can say — checked for real.

The app runs under Xvfb with Qt's accessibility bridge on, and a walker reads its tree over AT-SPI (the bus
Orca reads), for each task type's pane and each dialog the menus open. Any unnamed button, field, list, table,
tree or menu item fails the test, with its place in the tree.
"""

from __future__ import annotations

import json
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.a11y.session import NEEDED, Session, desktop_session, missing_tools

# Roles a member operates (AT-SPI role names, as pyatspi spells them).
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry",
    "password text", "spin button", "slider", "list", "table", "tree", "tree table", "page tab",
    "menu item", "check menu item", "radio menu item", "link",
}  # fmt: skip

# In this order each click changes what the pane shows (the walker waits for that): the window opens on
# the first batch, Sentiment's, so Sentiment comes last.
PROJECTS = ["Demo · Summaries", "Demo · Named entities", "Demo · Ratings", "Boxes", "Demo · Sentiment"]

DIALOGS = [
    "File/Import a batch file…",
    "Timer/Start a manual timer…",
    "Accounts/Add a platform account…",
    "Platforms/Outbox…",
    "Settings/Preferences…",
    "Help/Keyboard shortcuts",
    "Co-op/Join the co-op ledger…",
    "Co-op/What I share",
    "Co-op/Compare platforms",
]

Node = dict[str, object]


def unnamed(nodes: list[Node]) -> list[str]:
    """The interactive or focusable nodes without a name, each as 'role at path'.

    Left out: a combo box's own popup list (Qt creates it unnamed; a screen reader announces the combo box,
    which must be named, when it opens) and table cells (a blank cell is content: nothing to say).
    """
    found = []
    for node in nodes:
        path = [str(p) for p in node["path"]]  # type: ignore[attr-defined]
        reachable = node["role"] in INTERACTIVE or "focusable" in node["states"]  # type: ignore[operator]
        if not reachable or node["role"] == "table cell" or str(node["name"]).strip():
            continue
        if node["role"] == "list" and path and path[-1].startswith("combo box"):
            continue
        found.append(f"{node['role']} at {' > '.join(path)}")
    return found


def tiny_png(path: Path) -> None:
    """A 4×4 grey PNG, written by hand so that the test needs no imaging library."""
    raw = b"".join(b"\x00" + b"\x80\x80\x80" * 4 for _ in range(4))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    )


def image_batch(folder: Path) -> list[str]:
    """A `coopclient import-batch` command for a two-task box-drawing project on local images."""
    folder.mkdir()
    lines = []
    for i in range(2):
        image = folder / f"photo{i}.png"
        tiny_png(image)
        lines.append(json.dumps({"id": i + 1, "data": {"image": str(image)}}))
    (folder / "tasks.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "config.xml").write_text(
        '<View><Image name="image" value="$image"/>'
        '<RectangleLabels name="box" toName="image"><Label value="Cat"/><Label value="Dog"/></RectangleLabels>'
        "</View>"
    )
    return [
        "import-batch", str(folder / "tasks.jsonl"), "--config", str(folder / "config.xml"),
        "--project", "Boxes", "--rate", "0.04 EUR per task",
    ]  # fmt: skip


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    missing = missing_tools()
    if missing:
        pytest.fail(f"the accessibility tests need {', '.join(missing)} (Debian: apt-get install {NEEDED})")
    root = tmp_path_factory.mktemp("a11y")
    with desktop_session(root / "data", imports=[image_batch(root / "images")]) as running:
        yield running


@pytest.mark.parametrize("project", PROJECTS)
def test_each_task_types_window_names_every_control(session: Session, project: str) -> None:
    windows = session.walk("select", project)
    nodes = [node for window in windows for node in window]  # type: ignore[attr-defined]
    assert any(node["role"] == "frame" for node in nodes)
    assert unnamed(nodes) == []


@pytest.mark.parametrize("route", DIALOGS)
def test_each_dialog_names_every_control(session: Session, route: str) -> None:
    nodes = session.walk("menu", route)
    assert isinstance(nodes, list) and nodes[0]["role"] in {"dialog", "frame", "window"}
    assert unnamed(nodes) == []
