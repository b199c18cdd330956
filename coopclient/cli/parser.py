"""The member's command line: the options of every command, and their argparse types."""

from __future__ import annotations

import argparse
from pathlib import Path

from coopclient import __version__, cli_ledger
from coopclient.cli.backup import _backup_parsers
from coopclient.cli.common import _day
from coopclient.cli.evidence import _evidence_parsers
from coopclient.cli.platforms import DEFAULT_BUDGET_S, PULL_EXIT_CODES, SYNC_EXIT_CODES, TOKEN_ENV
from coopclient.cli.settings import _settings_epilog
from coopclient.cli.statements import earnings_import_parsers, statements_parsers
from coopclient.core.settings import SETTINGS
from coopclient.services.earnings import IMPORTED_ONLY, EarningKind
from coopclient.services.platform_sync import PLATFORMS
from coopclient.services.reports import GROUPINGS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="coopclient", description="Annotate offline; see what your work really pays.")
    parser.add_argument("--version", action="version", version=f"coopclient {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand without --data-dir must not reset one given before the subcommand.
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="folder of the local store (default: $COOPCLIENT_DATA_DIR or the platform's user data folder)",
    )
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import-batch", parents=[common], help="import a JSONL or CSV batch of tasks")
    p.add_argument("file", type=Path)
    p.add_argument("--config", type=Path, help="Label Studio labeling config (XML); default: FILE with .xml")
    p.add_argument("--project", help="project name (default: the file's name)")
    p.add_argument("--rate", help="piece rate, e.g. '0.04 EUR per task'")
    p.add_argument(
        "--accept-warning",
        action="store_true",
        help="import a batch whose file warns that it may be distressing (without it, the warning is printed "
        "and nothing is imported)",
    )
    sub.add_parser("import-demo", parents=[common], help="import the bundled demo batch")

    p = sub.add_parser("tasks", parents=[common], help="list tasks")
    p.add_argument("--status", choices=["todo", "done", "skipped"])
    p.add_argument("--limit", type=int, default=50)

    p = sub.add_parser("timer", parents=[common], help="manual timer for work outside the app")
    p.add_argument("action", choices=["start", "stop", "status"])
    p.add_argument(
        "--category",
        default="annotating",
        help="annotating, searching, qualification, returned, rejected, communication, payment_admin, break",
    )
    p.add_argument("--platform", help="where the work is done, e.g. prolific")
    p.add_argument("--note")

    p = sub.add_parser("report", parents=[common], help="hours, earnings, the four wages and the floor")
    p.add_argument("--from", dest="start", type=_day)
    p.add_argument("--to", dest="end", type=_day)
    p.add_argument("--by", choices=GROUPINGS)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("export-results", parents=[common], help="export results as Label Studio JSONL")
    p.add_argument("out", type=Path)

    p = sub.add_parser("floor", parents=[common], help="the wage floor (until the co-op ledger provides it)")
    floor_sub = p.add_subparsers(dest="floor_action", required=True)
    fs = floor_sub.add_parser("set", parents=[common])
    fs.add_argument("amount")
    fs.add_argument("currency")
    fs.add_argument("--effective", type=_day, help="from this day (default: today)")
    fs.add_argument("--region-factor", action="append", default=[], metavar="REGION=FACTOR")
    floor_sub.add_parser("show", parents=[common])

    p = sub.add_parser("rates", parents=[common], help="exchange rates")
    rates_sub = p.add_subparsers(dest="rates_action", required=True)
    ri = rates_sub.add_parser("import", parents=[common], help="import a CSV: date,base,quote,rate")
    ri.add_argument("file", type=Path)

    p = sub.add_parser("earnings", parents=[common], help="record bonuses, fees, payouts, rejections")
    earn_sub = p.add_subparsers(dest="earnings_action", required=True)
    ea = earn_sub.add_parser("add", parents=[common])
    manual = [k.value for k in EarningKind if k is not EarningKind.PIECE_RATE and k not in IMPORTED_ONLY]
    ea.add_argument("kind", choices=manual)
    ea.add_argument("amount")
    ea.add_argument("currency")
    ea.add_argument("--date", type=_day)
    ea.add_argument("--platform")
    ea.add_argument("--task", type=int)
    ea.add_argument("--note")
    er = earn_sub.add_parser("reject", parents=[common], help="a task was rejected: reverse its piece rate")
    er.add_argument("task", type=int)
    er.add_argument("--note")
    earnings_import_parsers(earn_sub, common)

    p = sub.add_parser("settings", parents=[common], help="show or change settings")
    set_sub = p.add_subparsers(dest="settings_action", required=True)
    set_sub.add_parser("show", parents=[common])
    ss = set_sub.add_parser(
        "set",
        parents=[common],
        help="change a setting (checked, stored and in effect at once)",
        epilog=_settings_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ss.add_argument("key", choices=list(SETTINGS))
    ss.add_argument("value")

    p = sub.add_parser("account", parents=[common], help="platform accounts (tokens are kept in the keyring)")
    account_sub = p.add_subparsers(dest="account_action", required=True)
    aa = account_sub.add_parser(
        "add",
        parents=[common],
        help="add an account; asks for its token",
        description=f"Asks for the token on the terminal; for scripts, set ${TOKEN_ENV} or pass --token-stdin.",
    )
    aa.add_argument("--token-stdin", action="store_true", help="read the token from the first line of standard input")
    aa.add_argument("platform", choices=PLATFORMS)
    aa.add_argument("url", help="the server, e.g. https://labelstudio.example.org")
    aa.add_argument("--name", help="the account's name here (default: its e-mail on the server)")

    p = sub.add_parser(
        "pull",
        parents=[common],
        help="lock tasks of a platform project for offline work",
        description=PULL_EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("project", help="the project's id on the platform (the number in its URL)")
    p.add_argument("--count", type=cli_ledger.positive_int, required=True, help="how many tasks to lock")
    p.add_argument("--account", type=int, help="the account id (needed when there are several)")
    _budget_option(p, "pull")

    y = sub.add_parser(
        "sync",
        parents=[common],
        help="send finished results to their platforms",
        description=SYNC_EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _budget_option(y, "sync")
    sub.add_parser("outbox", parents=[common], help="results waiting to be sent, and why any are parked")
    _backup_parsers(sub, common)
    _evidence_parsers(sub, common)
    statements_parsers(sub, common)
    cli_ledger.register(sub, common)
    return parser


def _budget_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--budget",
        type=_seconds,
        default=DEFAULT_BUDGET_S,
        metavar="SECONDS",
        help=f"how long the {what} may wait out a server's Retry-After or a retry delay and go on "
        f"(default {DEFAULT_BUDGET_S:g}; 0: never wait)",
    )


def _seconds(text: str) -> float:
    """An argparse type: a number of seconds, 0 or more."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r}: must be 0 or more seconds")
    return value
