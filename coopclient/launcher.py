"""The ``coopclient`` command: the desktop app when no subcommand is given, else the command line.

Kept tiny on purpose: starting the app imports only what the first window needs (the command line's
modules, the store and the services are imported later, the store opened off the GUI thread).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coopclient.app import Environment


def main(argv: Sequence[str] | None = None, env: Environment | None = None) -> int:
    """Dispatch to the desktop app or to the command line, both built from ``env`` (the real one by default)."""
    args = list(sys.argv[1:] if argv is None else argv)
    desktop, data_dir = desktop_request(args)
    if desktop:
        from coopclient.app import resolve_data_dir, run_desktop

        return run_desktop(resolve_data_dir(data_dir, env), env)
    from coopclient.cli import main as cli_main

    return cli_main(args, env)


def desktop_request(args: list[str]) -> tuple[bool, str | None]:
    """Whether the arguments ask for the desktop app (none, or only --data-dir), and the data dir given."""
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--data-dir":
        return True, args[1]
    if len(args) == 1 and args[0].startswith("--data-dir="):
        return True, args[0].split("=", 1)[1]
    return False, None
