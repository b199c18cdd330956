"""The ``coopclient`` command: the desktop app when no subcommand is given, else the command line.

Kept tiny on purpose: starting the app imports only what the first window needs (the command line's
modules, the store and the services are imported later, the store opened off the GUI thread).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Literal


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the desktop app or to the command line."""
    args = list(sys.argv[1:] if argv is None else argv)
    data_dir = _desktop_data_dir(args)
    if data_dir is not False:
        from coopclient.app import resolve_data_dir, run_desktop

        return run_desktop(resolve_data_dir(data_dir or None))
    from coopclient.cli import main as cli_main

    return cli_main(args)


def _desktop_data_dir(args: list[str]) -> str | bool | None:
    """The data dir when the arguments ask for the desktop app (none, or only --data-dir); False otherwise."""
    if not args:
        return None
    if len(args) == 2 and args[0] == "--data-dir":
        return args[1]
    if len(args) == 1 and args[0].startswith("--data-dir="):
        return args[0].split("=", 1)[1]
    return False
