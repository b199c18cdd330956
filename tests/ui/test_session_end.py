"""SIGTERM (a shutdown, `kill`) ends the session cleanly, as closing the window does: no crash to recover."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coopclient.storage.db import DB_FILENAME

# The real run(): the demo imported, the first task on screen and timed, "ready" printed once the timer runs.
_APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from coopclient.app import build
from coopclient.ui.desktop import run
from coopclient.ui.main_window import MainWindow

data = Path(sys.argv[1])
services = build(data)
services.batches.import_demo()
services.close()
app = QApplication(sys.argv[:1])
said = []

def ready():
    for window in app.topLevelWidgets():
        if isinstance(window, MainWindow) and window.attached and window.services.timer.running and not said:
            said.append(1)
            print("ready", flush=True)

poll = QTimer()
poll.timeout.connect(ready)
poll.start(50)
sys.exit(run(lambda: build(data)))
"""


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP])
def test_a_termination_signal_ends_the_session_cleanly(tmp_path: Path, number: signal.Signals) -> None:
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [sys.executable, "-c", _APP, str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        proc.send_signal(number)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    conn = sqlite3.connect(data / DB_FILENAME)
    try:
        sessions = conn.execute("SELECT end_reason, state FROM work_sessions WHERE manual = 0").fetchall()
    finally:
        conn.close()
    assert sessions == [("shutdown", "closed")]
