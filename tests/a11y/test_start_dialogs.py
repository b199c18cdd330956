"""The dialogs that open by themselves at start-up name every control too (read over AT-SPI, as Orca would):
the recovered time a crash left (issue 11: it was not covered, as it needs a crash first)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.a11y.session import NEEDED, Session, desktop_session, missing_tools
from tests.a11y.test_accessible_names import unnamed

ROOT = Path(__file__).resolve().parents[2]

# A member times the first demo task, a heartbeat is saved, and the process dies without closing anything:
# the next start finds the session open and asks about its time (coopclient.ui.startup).
CRASH = """
import os, sys
from pathlib import Path
from coopclient.app import build
s = build(Path(sys.argv[1]))
s.batches.import_demo()
s.timer.start(task_id=1)
s.timer.heartbeat()
os._exit(0)
"""


@pytest.fixture(scope="module")
def after_a_crash(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    missing = missing_tools()
    if missing:
        pytest.fail(f"the accessibility tests need {', '.join(missing)} (Debian: apt-get install {NEEDED})")
    data = tmp_path_factory.mktemp("a11y-crash") / "data"
    done = subprocess.run(
        [sys.executable, "-c", CRASH, str(data)], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    with desktop_session(data, demo=False) as running:
        yield running


def test_the_recovered_time_dialog_names_every_control(after_a_crash: Session) -> None:
    windows = after_a_crash.walk("tree")
    assert isinstance(windows, list)
    dialogs = [w for w in windows if w and w[0]["role"] == "dialog"]
    assert dialogs, [w[0]["name"] for w in windows if w]
    nodes = [node for dialog in dialogs for node in dialog]
    assert any("recovered" in str(node["name"]).lower() for node in nodes), [n["name"] for n in nodes][:20]
    assert unnamed(nodes) == []
