"""Save a screenshot of one X window: ``python -m tests.frozen.grab WINDOW_ID OUT.png`` (DISPLAY set, xcb).

Qt's own grab, from a separate process on the same display as the frozen app: no screenshot tool to install.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    saved = screen.grabWindow(int(sys.argv[1], 0)).save(sys.argv[2], "PNG")
    return 0 if saved else 1


if __name__ == "__main__":
    raise SystemExit(main())
