"""``coopclient ledger ...``: the co-op ledger from the command line.

- the server: ``serve`` (the ``coopclient[ledger]`` extra), ``audit --database URL``,
  ``verify-release --database URL --month YYYY-MM``;
- the treasurer: ``treasurer-key``, ``invite``, ``publish-floor``, ``publish-fx``, ``publish-ratecard``,
  ``release``;
- the member: ``enroll [CODE]``, ``share --preview|--consent|--pause|--resume``, ``sync``, ``status``,
  ``shared``.

Only the member's commands open the local store. Exit codes as the rest of the CLI: 0 success, 2 bad input
or a command that cannot be done (the message says why), 1 an unexpected failure. Keys and invite tokens are
never printed, except the invite codes ``invite`` exists to print.

Imports of the services and of the server are inside the commands, so ``coopclient --help`` stays quick.

The package: :mod:`.parser` (the options), :mod:`.standalone` (the server's and the treasurer's commands),
:mod:`.member` (the member's), :mod:`.common` (what they share); this module dispatches.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from coopclient.cli_ledger.common import STANDALONE, _fail
from coopclient.cli_ledger.member import cmd_ledger
from coopclient.cli_ledger.parser import _parser, positive_int, register
from coopclient.cli_ledger.standalone import run_standalone, serve

if TYPE_CHECKING:
    from coopclient.app import Environment

__all__ = ["main", "positive_int", "quiet_stdout", "register", "run", "serve", "server_argv"]


def server_argv(argv: Sequence[str]) -> list[str] | None:
    """The server's options when ``argv`` is ``[--data-dir DIR] ledger serve ...``; None for any other command."""
    rest = list(argv)
    if rest[:1] == ["--data-dir"]:
        rest = rest[2:]
    elif rest[:1] and rest[0].startswith("--data-dir="):
        rest = rest[1:]
    return rest[2:] if rest[:2] == ["ledger", "serve"] else None


def main(argv: Sequence[str] | None = None, env: Environment | None = None) -> int:
    """Run ``coopclient ledger ARGV`` (the arguments after ``ledger``); returns the exit code.

    Args:
        argv: the ledger's arguments, e.g. ``["--data-dir", DIR, "status"]`` (``sys.argv[1:]`` by default).
        env: the collaborators and streams (``app.Environment``); the real ones by default.
    """
    import sys

    from coopclient.app import Environment

    env = env or Environment()
    given = list(sys.argv[1:] if argv is None else argv)
    server_args = server_argv(["ledger", *given])
    if server_args is not None:
        return serve(server_args, env)  # the server parses its own options
    return run(_parser().parse_args(given), env)


def run(args: argparse.Namespace, env: Environment) -> int:
    """Run the parsed ledger command: the member's over the services ``app.build`` makes, else standalone."""
    if not needs_store(args):
        return run_standalone(args, env)  # the server's and the treasurer's: no local store
    from coopclient.app import build, resolve_data_dir
    from coopclient.storage.db import StoreError

    try:
        services = build(resolve_data_dir(getattr(args, "data_dir", None), env), env)
    except StoreError as exc:
        return _fail(env, str(exc))
    try:
        return cmd_ledger(services, args, env)
    except BrokenPipeError:  # the reader went away (``| head``): what it wanted was written
        quiet_stdout(env)
        return 0
    except ValueError as exc:  # LedgerUsageError, and the services' own errors about bad input
        return _fail(env, str(exc))
    finally:
        services.close()


def quiet_stdout(env: Environment) -> None:
    """Point stdout at /dev/null, so that flushing it at exit raises no second BrokenPipeError (also the CLI's)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):  # no real file behind stdout (tests)
        os.dup2(os.open(os.devnull, os.O_WRONLY), env.stdout.fileno())


def needs_store(args: argparse.Namespace) -> bool:
    """Whether the command works on the member's local store (the server's and treasurer's do not)."""
    return args.ledger_action not in STANDALONE
