"""The command line: headless commands over the local store; with no command, the desktop app.

Exit codes: 0 success, 2 bad input or a command that cannot be done (the message names the file, line,
field or option, and the store is left unchanged), 1 an unexpected failure. ``sync`` says 1 too when results
are left parked or waiting (see :data:`~coopclient.cli.platforms.SYNC_EXIT_CODES`). Output cut short by the
reader (``| head``) ends quietly.

The package: :mod:`.parser` (the options of every command), one module a command group (:mod:`.work`,
:mod:`.money`, :mod:`.settings`, :mod:`.platforms`, :mod:`.backup`, :mod:`.evidence`, :mod:`.statements`)
and :mod:`.common` (what they share); this module runs the command asked for.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from coopclient import cli_ledger
from coopclient.app import Environment, build, resolve_data_dir, run_desktop
from coopclient.cli.backup import cmd_backup, cmd_restore
from coopclient.cli.common import UsageError, _fail
from coopclient.cli.evidence import cmd_evidence, cmd_rejections
from coopclient.cli.money import cmd_earnings, cmd_floor, cmd_rates
from coopclient.cli.parser import _parser
from coopclient.cli.platforms import TOKEN_ENV, cmd_account, cmd_outbox, cmd_pull, cmd_sync
from coopclient.cli.settings import cmd_settings
from coopclient.cli.statements import cmd_mapping, cmd_treasurer
from coopclient.cli.work import cmd_export_results, cmd_import_batch, cmd_import_demo, cmd_report, cmd_tasks, cmd_timer
from coopclient.core.money import MoneyError
from coopclient.core.settings import SettingsError
from coopclient.services.batches import BatchImportError
from coopclient.services.container import Services
from coopclient.services.earnings import EarningsError
from coopclient.services.evidence import EvidenceError
from coopclient.services.statements import StatementImportError
from coopclient.services.timer import TimerError
from coopclient.storage.db import StoreError

__all__ = ["TOKEN_ENV", "main"]


def main(argv: Sequence[str] | None = None, env: Environment | None = None) -> int:
    """Run a command; returns the exit code.

    Args:
        argv: the arguments (``sys.argv[1:]`` by default).
        env: the collaborators the services are built with and the streams the command uses; the real ones
            by default (``app.Environment``). Tests pass their clock, ids, transport and secret store here.
    """
    env = env or Environment()
    server_args = cli_ledger.server_argv(sys.argv[1:] if argv is None else argv)
    if server_args is not None:
        return cli_ledger.serve(server_args, env)  # the ledger server parses its own options
    args = _parser().parse_args(argv)
    if args.command is None:
        return run_desktop(resolve_data_dir(args.data_dir, env), env)
    if args.command == "ledger":
        return cli_ledger.run(args, env)
    if args.command == "restore":  # into a fresh folder: no store is opened (or made) there first
        return cmd_restore(resolve_data_dir(args.data_dir, env), args, env)
    try:
        services = build(resolve_data_dir(args.data_dir, env), env)
    except StoreError as exc:
        return _fail(env, str(exc))
    try:
        return COMMANDS[args.command](services, args, env)
    except BrokenPipeError:  # the reader went away (``| head``): what it wanted was written
        cli_ledger.quiet_stdout(env)
        return 0
    except (
        UsageError,
        EvidenceError,
        BatchImportError,
        MoneyError,
        EarningsError,
        TimerError,
        SettingsError,
        StatementImportError,
        ValueError,
    ) as exc:
        return _fail(env, str(exc))  # BackupError is a ValueError
    finally:
        services.close()


COMMANDS: dict[str, Callable[[Services, argparse.Namespace, Environment], int]] = {
    "import-batch": cmd_import_batch,
    "import-demo": cmd_import_demo,
    "tasks": cmd_tasks,
    "timer": cmd_timer,
    "report": cmd_report,
    "export-results": cmd_export_results,
    "floor": cmd_floor,
    "rates": cmd_rates,
    "earnings": cmd_earnings,
    "settings": cmd_settings,
    "account": cmd_account,
    "pull": cmd_pull,
    "sync": cmd_sync,
    "outbox": cmd_outbox,
    "backup": cmd_backup,
    "evidence": cmd_evidence,
    "rejections": cmd_rejections,
    "treasurer": cmd_treasurer,
    "mapping": cmd_mapping,
}
