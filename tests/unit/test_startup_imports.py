"""The desktop app's start-up path imports no network or keyring library, nor the co-op side (issue 11).

Starting the window costs what it imports: httpx alone (with rich and click through ``httpx._main``) took
about a second of the start-up, keyring with its backends about 0.1 s. They are imported when the network
or a secret is first needed. Checked in a fresh interpreter, since this test process has them loaded.
(click itself is still imported: ``sqlite_utils`` loads it for its plugin hooks.) The co-op side (sharing,
its checks and policy, the ledger client: a fifth of a second) is built on first use, after the first task.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_START = ("httpx", "httpcore", "rich", "keyring", "coopclient.coop.sharing", "coopclient.coop.ledger_client")

# What run_desktop does before the member acts: the window's module imported, the services built.
START = """
import json, sys
from pathlib import Path
from coopclient.app import build
from coopclient.ui.main_window import MainWindow
build(Path(sys.argv[1]))
print(json.dumps(sorted(name for name in {names!r} if name in sys.modules)))
"""


def test_building_the_app_imports_no_network_or_keyring_library(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", START.format(names=NOT_AT_START), str(tmp_path / "data")],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
