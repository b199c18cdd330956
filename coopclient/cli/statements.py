"""The commands of imports: ``earnings import`` (the member's own records), ``earnings reminders``,
``treasurer import`` (statements) and ``mapping save|list|show`` (column mappings remembered by name).

An import prints what it did; each bad row goes to standard error with its line and reason. Exit codes: 0 all
rows good, 2 when any row was bad — the good rows are kept all the same, so fix and re-import the file: the
rows already imported are recognised and change nothing — or when the file cannot be read at all (nothing
imported).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from coopclient.app import Environment
from coopclient.cli.common import UsageError
from coopclient.core.statement_line import LineStatus
from coopclient.core.statements import BUILTIN, ColumnMapping, DateFormat
from coopclient.services.container import Services
from coopclient.services.statements import MEMBER_PRESETS, TREASURER_PRESETS, ImportSummary

__all__ = [
    "cmd_earnings_import",
    "cmd_mapping",
    "cmd_reminders",
    "cmd_treasurer",
    "earnings_import_parsers",
    "statements_parsers",
]

_PRESET_HELP = "{}, or mapping:NAME for a mapping saved with 'coopclient mapping save'"


def _import_options(p: argparse.ArgumentParser, presets: tuple[str, ...]) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("--preset", required=True, metavar="PRESET", help=_PRESET_HELP.format("|".join(presets)))
    p.add_argument(
        "--source",
        help="which statement this is, e.g. paypal:me@example.org (default: the preset's name); a line is "
        "known by its source and reference, so re-importing the same source changes nothing",
    )
    p.add_argument("--json", action="store_true", help="print the summary as JSON")


def earnings_import_parsers(
    earn_sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """``earnings import`` and ``earnings reminders``, under the ``earnings`` command."""
    p = earn_sub.add_parser("import", parents=[common], help="import your own earnings records (web platforms)")
    _import_options(p, MEMBER_PRESETS)
    p.add_argument("--platform", help="the platform of every row, when the file does not say (generic, mapping)")
    earn_sub.add_parser(
        "reminders", parents=[common], help="platforms whose history to export before it leaves its window"
    )


def statements_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """``treasurer import`` and ``mapping``."""
    p = sub.add_parser("treasurer", parents=[common], help="the treasurer's month: statement imports")
    t_sub = p.add_subparsers(dest="treasurer_action", required=True)
    _import_options(t_sub.add_parser("import", parents=[common], help="import a payment statement"), TREASURER_PRESETS)

    p = sub.add_parser("mapping", parents=[common], help="column mappings for sheets in no known format")
    m_sub = p.add_subparsers(dest="mapping_action", required=True)
    ms = m_sub.add_parser("save", parents=[common], help="remember a mapping by name (replaces one of that name)")
    ms.add_argument("name")
    ms.add_argument("--date", required=True, metavar="COLUMN")
    ms.add_argument("--amount", required=True, metavar="COLUMN")
    money = ms.add_mutually_exclusive_group(required=True)
    money.add_argument("--currency", metavar="COLUMN")
    money.add_argument("--fixed-currency", metavar="CODE", help="the currency of every row")
    ms.add_argument("--payee", metavar="COLUMN")
    where = ms.add_mutually_exclusive_group()
    where.add_argument("--platform", metavar="COLUMN")
    where.add_argument("--fixed-platform", metavar="PLATFORM", help="the platform of every row")
    ms.add_argument("--reference", metavar="COLUMN", help="default: derived from each row's cells")
    ms.add_argument("--status", metavar="COLUMN")
    ms.add_argument(
        "--status-word",
        action="append",
        default=[],
        metavar="WORD=STATUS",
        help=f"what a word of the status column means: one of {', '.join(s.value for s in LineStatus)}",
    )
    ms.add_argument("--fee", metavar="COLUMN")
    ms.add_argument("--date-format", choices=[f.value for f in DateFormat], default=DateFormat.ISO.value)
    ms.add_argument("--decimal-comma", action="store_true", help="amounts like 1.234,56")
    ms.add_argument("--delimiter", default=",", help="one character; 'tab' for tab-separated")
    ms.add_argument("--encoding", default="utf-8", help="e.g. cp1252 for an old bank export")
    ms.add_argument("--no-negative", action="store_true", help="refuse negative amounts")
    ms.add_argument("--tasks", action="store_true", help="the rows are tasks with rewards, not payments")
    m_sub.add_parser("list", parents=[common], help="the saved mappings")
    mw = m_sub.add_parser("show", parents=[common], help="a saved mapping's columns")
    mw.add_argument("name")


def _report(summary: ImportSummary, as_json: bool, env: Environment) -> int:
    for error in summary.errors:
        env.err(f"{summary.file}: {error}")
    if summary.error_count > len(summary.errors):
        env.err(f"{summary.file}: ... and {summary.error_count - len(summary.errors):,} more bad rows")
    if as_json:
        env.out(json.dumps(summary.to_json(), indent=2))
    else:
        env.out(
            f"{summary.file} ({summary.preset}, source {summary.source}): {summary.lines:,} good rows: "
            f"{summary.added:,} new, {summary.updated:,} updated, {summary.unchanged:,} already imported; "
            f"{summary.skipped:,} not payments; {summary.error_count:,} bad rows left out"
        )
        if summary.days:
            untimed = summary.untimed_days
            env.out(
                f"work on {len(summary.days)} platform-days, {len(summary.days) - len(untimed)} of them with "
                f"time from the manual timer"
            )
            if untimed:
                shown = ", ".join(f"{d.platform} {d.day}" for d in untimed[:10])
                more = f" and {len(untimed) - 10} more" if len(untimed) > 10 else ""
                env.out(f"no time recorded for: {shown}{more} (their wages count the money but no hours)")
    if summary.error_count:
        env.err(
            f"{summary.file}: {summary.error_count:,} bad rows were left out and the {summary.lines:,} good rows "
            "kept; fix them and import the file again (rows already imported change nothing)"
        )
        return 2
    return 0


def cmd_earnings_import(s: Services, a: argparse.Namespace, env: Environment) -> int:
    code = _report(s.statements.import_records(a.file, a.preset, a.source, a.platform), a.json, env)
    if not a.json:
        for reminder in s.statements.reminders():
            env.out(f"reminder: {reminder}")
    return code


def cmd_reminders(s: Services, a: argparse.Namespace, env: Environment) -> int:
    found = s.statements.reminders()
    for reminder in found:
        env.out(str(reminder))
    if not found:
        env.out("no platform history is about to leave its window")
    return 0


def cmd_treasurer(s: Services, a: argparse.Namespace, env: Environment) -> int:
    return _report(s.statements.import_statement(a.file, a.preset, a.source), a.json, env)


def _status_word(text: str) -> tuple[str, LineStatus]:
    word, _, status = text.partition("=")
    try:
        return word.strip().lower(), LineStatus(status.strip().lower())
    except ValueError:
        choices = ", ".join(s.value for s in LineStatus)
        raise UsageError(f"--status-word {text!r}: expected WORD=STATUS, STATUS one of {choices}") from None


def cmd_mapping(s: Services, a: argparse.Namespace, env: Environment) -> int:
    if a.mapping_action == "list":
        names = s.statements.mapping_names()
        env.out("\n".join(names) if names else "no mapping saved")
        return 0
    if a.mapping_action == "show":
        mapping = s.statements.mapping(a.name)
        if mapping is None:
            raise UsageError(f"no mapping named {a.name!r}")
        for key, value in vars(mapping).items():
            env.out(f"{key}: {value}")
        return 0
    if a.name in BUILTIN:
        raise UsageError(f"{a.name!r} is a preset's name; choose another")
    mapping = ColumnMapping(
        name=a.name,
        date=a.date,
        amount=a.amount,
        currency=a.currency,
        fixed_currency=a.fixed_currency,
        payee=a.payee,
        platform=a.platform,
        fixed_platform=a.fixed_platform,
        reference=a.reference,
        status=a.status,
        fee=a.fee,
        date_format=DateFormat(a.date_format),
        decimal_comma=a.decimal_comma,
        delimiter="\t" if a.delimiter == "tab" else a.delimiter,
        encoding=a.encoding,
        allow_negative=not a.no_negative,
        tasks=a.tasks,
        statuses=dict(_status_word(w) for w in a.status_word),
    )
    s.statements.save_mapping(mapping)
    env.out(f"saved mapping {a.name!r}: import with --preset mapping:{a.name}")
    return 0
