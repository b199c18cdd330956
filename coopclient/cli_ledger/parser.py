"""The options of ``coopclient ledger ...``, and their argparse types."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

# -- the parser --------------------------------------------------------------------------------------------


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _platform_type(text: str) -> str:
    """An argparse type: one of the ledger's published platform types (never free text)."""
    from coopclient.protocol.entries import PLATFORM_TYPES

    if text not in PLATFORM_TYPES:
        raise argparse.ArgumentTypeError(f"not a published platform type; use one of {', '.join(PLATFORM_TYPES)}")
    return text


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1 (also the main CLI's ``--count``)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: must be at least 1")
    return value


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``ledger`` command and its subcommands to the CLI's subparsers."""
    p = sub.add_parser("ledger", parents=[common], help="the co-op ledger: share your figures, treasurer tools")
    _add_actions(p, common)


def _parser() -> argparse.ArgumentParser:
    """The parser of ``coopclient ledger ...`` on its own (``main``)."""
    parser = argparse.ArgumentParser(prog="coopclient ledger", description="The co-op ledger.")
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: an action without --data-dir must not reset one given before the action.
    common.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder of the local store")
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
    _add_actions(parser, common)
    return parser


def _add_actions(p: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    """The ledger's subcommands (``serve``, ``audit``, ... ``shared``) under ``p``."""
    lsub = p.add_subparsers(dest="ledger_action", required=True, metavar="ACTION")

    # Its options are the server's own: main() hands them over before this parser sees them (server_argv).
    lsub.add_parser("serve", help="run the ledger server (options: coopclient ledger serve --help)")
    s = lsub.add_parser("audit", help="recompute every hash of a ledger database")
    s.add_argument("--database", required=True, help="a SQLite path or a postgresql:// URL")
    s = lsub.add_parser("verify-release", help="re-derive a release's inputs from the log and compare")
    s.add_argument("--database", required=True, help="a SQLite path or a postgresql:// URL")
    s.add_argument("--month", required=True, help="the released month, YYYY-MM")

    s = lsub.add_parser("treasurer-key", help="the treasurer's public key (made and kept in the keyring)")
    s.add_argument("--server", required=True)
    s = lsub.add_parser("invite", help="make invite codes for new members")
    s.add_argument("--server", required=True)
    s.add_argument("--count", type=positive_int, default=1)
    s.add_argument("--witness-url", help="a witness the members' apps submit checkpoints to")
    s.add_argument("--witness-key", help="the witness's public key (base64)")
    s = lsub.add_parser("publish-floor", help="publish the wage floor")
    s.add_argument("--server", required=True)
    s.add_argument("--hourly", required=True, help="e.g. 12.50")
    s.add_argument("--currency", required=True, help="e.g. EUR")
    s.add_argument("--effective", type=_day, required=True)
    s.add_argument("--factor", action="append", default=[], metavar="CC=FACTOR", help="e.g. PT=0.80")
    s.add_argument("--supersedes", help="the entry id of the floor this one corrects")
    s = lsub.add_parser("publish-fx", help="publish exchange rates: 1 BASE = RATE QUOTE")
    s.add_argument("--server", required=True)
    s.add_argument("--base", required=True)
    s.add_argument("--rate", action="append", required=True, metavar="QUOTE=RATE", help="e.g. USD=1.08")
    s.add_argument("--effective", type=_day, required=True)
    s.add_argument("--supersedes")
    s = lsub.add_parser("publish-ratecard", help="publish what a unit of a kind of task should pay")
    s.add_argument("--server", required=True)
    s.add_argument("--effective", type=_day, required=True)
    s.add_argument("--platform", type=_platform_type, required=True, help="platform type, e.g. label-studio")
    s.add_argument("--project", required=True, help="the co-op's own label for the project")
    s.add_argument("--task-kind", required=True)
    s.add_argument("--unit", default="task")
    s.add_argument("--rate", required=True, help="e.g. 0.05")
    s.add_argument("--currency", required=True)
    s.add_argument("--supersedes")
    s = lsub.add_parser("release", help="compute and publish a month's aggregates (once, never re-run)")
    s.add_argument("--server", required=True)
    s.add_argument("--month", required=True, help="YYYY-MM, a month that is over")

    s = lsub.add_parser("enroll", parents=[common], help="join the co-op ledger with an invite code")
    s.add_argument("code", nargs="?", help="the invite code (asked for, unshown, when left out)")
    s = lsub.add_parser("share", parents=[common], help="see what would be shared; consent, pause or resume")
    group = s.add_mutually_exclusive_group(required=True)
    for flag in ("--preview", "--consent", "--pause", "--resume"):
        group.add_argument(flag, action="store_true")
    lsub.add_parser("sync", parents=[common], help="send due figures; check the ledger; pull the policy")
    lsub.add_parser("status", parents=[common], help="enrollment, consent, queue, last checkpoint, warnings")
    s = lsub.add_parser("shared", parents=[common], help="the log of what was shared, exactly")
    s.add_argument("--limit", type=positive_int, default=20)
    s.add_argument("--offset", type=int, default=0)
