"""The command line: headless commands over the local store; with no command, the desktop app.

Exit codes: 0 success, 2 bad input or a command that cannot be done (the message names the file, line,
field or option, and the store is left unchanged), 1 an unexpected failure. ``sync`` says 1 too when results
are left parked or waiting (see :data:`SYNC_EXIT_CODES`). Output cut short by the reader (``| head``) ends
quietly.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from coopclient import __version__, cli_ledger
from coopclient.app import Environment, build, resolve_data_dir, run_desktop
from coopclient.core.categories import parse_category
from coopclient.core.clock import utc_datetime
from coopclient.core.money import Money, MoneyError
from coopclient.core.platform import PlatformError
from coopclient.core.settings import SETTINGS, SettingsError
from coopclient.services.batches import BatchImportError, read_config
from coopclient.services.batches import parse_rate as parse_piece_rate
from coopclient.services.container import Services
from coopclient.services.earnings import EarningKind, EarningsError
from coopclient.services.platform_sync import PLATFORMS, PlatformSync
from coopclient.services.reports import GROUPINGS, report_json
from coopclient.services.timer import TimerError
from coopclient.storage.credentials import CredentialError
from coopclient.storage.db import StoreError


class UsageError(Exception):
    """Bad input: reported on stderr with exit code 2."""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


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
    ea.add_argument("kind", choices=[k.value for k in EarningKind if k is not EarningKind.PIECE_RATE])
    ea.add_argument("amount")
    ea.add_argument("currency")
    ea.add_argument("--date", type=_day)
    ea.add_argument("--platform")
    ea.add_argument("--task", type=int)
    ea.add_argument("--note")
    er = earn_sub.add_parser("reject", parents=[common], help="a task was rejected: reverse its piece rate")
    er.add_argument("task", type=int)
    er.add_argument("--note")

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
    except (UsageError, BatchImportError, MoneyError, EarningsError, TimerError, SettingsError, ValueError) as exc:
        return _fail(env, str(exc))  # BackupError is a ValueError
    finally:
        services.close()


def _fail(env: Environment, message: str) -> int:
    env.err(f"coopclient: error: {message}")
    return 2


# -- commands --------------------------------------------------------------------------------------


def cmd_import_batch(s: Services, a: argparse.Namespace, env: Environment) -> int:
    config_path = a.config or a.file.with_suffix(".xml")
    if a.config is None and not config_path.exists():
        raise UsageError(f"{a.file}: no labeling config: pass --config FILE.xml (looked for {config_path})")
    warning = s.batches.content_warning(a.file)
    if warning is not None and not a.accept_warning:
        raise UsageError(
            f"{a.file}: this batch may be distressing: {warning}\n"
            "nothing was imported; to import it, run again with --accept-warning"
        )
    done = s.batches.import_file(a.file, read_config(config_path), a.project, parse_piece_rate(a.rate))
    extra = f", {done.unsupported} unsupported" if done.unsupported else ""
    flagged = ", flagged as distressing: its images are shown grey and blurred" if warning is not None else ""
    env.out(
        f"imported {done.tasks} tasks{extra} into project {done.project!r} "
        f"(batch {done.batch_id}, {done.task_type}){flagged}"
    )
    return 0


def cmd_import_demo(s: Services, a: argparse.Namespace, env: Environment) -> int:
    done = s.batches.import_demo()
    for d in done:
        env.out(f"imported {d.tasks} tasks into {d.project!r} ({d.task_type})")
    if not done:
        env.out("the demo batch is already imported")
    return 0


def cmd_tasks(s: Services, a: argparse.Namespace, env: Environment) -> int:
    from coopclient.storage.catalog import CatalogRepo

    catalog = CatalogRepo(s.db)
    projects = {p.id: p for p in catalog.projects()}
    for t in catalog.tasks(status=a.status, limit=a.limit):
        project = projects[t.project_id]
        shown = _shown_text(s, t.project_id, t.data).replace("\n", " ")
        flag = " [unsupported]" if t.unsupported_reason else ""
        env.out(f"{t.id:>7}  {t.status:<8} {project.name[:24]:<24} {shown[:60]}{flag}")
    return 0


def _shown_text(s: Services, project_id: int, data: dict[str, Any]) -> str:
    """The text a task shows: the data its config's first object reads."""
    try:
        objects = s.results.config_for(project_id).objects
    except ValueError:
        objects = ()
    value = data.get(objects[0].value_key) if objects else None
    if isinstance(value, str):
        return value
    return next((v for v in data.values() if isinstance(v, str)), "")


def cmd_timer(s: Services, a: argparse.Namespace, env: Environment) -> int:
    if a.action == "start":
        session = s.timer.start_manual(parse_category(a.category), a.platform, a.note)
        env.out(f"timer started: {session.category}" + (f" on {session.platform}" if session.platform else ""))
    elif a.action == "stop":
        session, ms = s.timer.stop_manual()
        env.out(f"timer stopped: {session.category}, {_duration(ms)} recorded")
    else:
        running = s.timer.manual_status()
        if running is None:
            env.out("no manual timer running")
        else:
            session = running
            ms = max(0, s.clock.now().wall_ms - session.started_ms)
            env.out(
                f"running: {session.category}"
                + (f" on {session.platform}" if session.platform else "")
                + f", {_duration(ms)} so far"
            )
    return 0


def _duration(ms: int) -> str:
    minutes, seconds = divmod(ms // 1000, 60)
    h, m = divmod(minutes, 60)
    return f"{h}:{m:02d}:{seconds:02d}"


def cmd_report(s: Services, a: argparse.Namespace, env: Environment) -> int:
    if a.start and a.end and a.start > a.end:
        raise UsageError(f"--from {a.start} is after --to {a.end}")
    report = s.reports.report(a.start, a.end, a.by)
    data = report_json(report)
    if a.json:
        env.out(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    for line in _report_text(data):
        env.out(line)
    return 0


def _report_text(d: dict[str, Any]) -> list[str]:
    def m(x: dict[str, str] | None) -> str:
        return "—" if x is None else f"{x['amount']} {x['currency']}"

    rows = [("total", d["totals"])] + [(r["key"], r) for r in d["rows"]]
    period = f"{d['period']['from'] or 'start'} – {d['period']['to'] or 'now'}"
    lines = [f"Report {period} (in {d['currency']})"]
    for key, r in rows:
        h, w = r["hours"], r["wages_per_hour"]
        lines += [
            "",
            f"[{key}]",
            f"  hours: task {h['task_time']}, session {h['session_time']}, all-in {h['all_in']}"
            + (
                f"; idle awaiting your decision {h['idle_pending_decision']}"
                if h["idle_pending_decision"] != "0.0000"
                else ""
            ),
            "  " + ", ".join(f"{c} {v}" for c, v in h["by_category"].items() if v != "0.0000"),
            f"  earned {m(r['earnings']['earned'])}, fees {m(r['earnings']['fees'])}, "
            f"received {m(r['earnings']['received'])}",
            f"  per hour: task time {m(w['task_time'])} | session {m(w['session_time'])} | "
            f"all-in {m(w['all_in'])} | received {m(w['money_received'])}",
            f"  floor {m(r['floor_per_hour'])}/h: {r['hours_below_floor']} h below, shortfall {m(r['shortfall'])}",
        ]
    for rate in d["exchange_rates_used"]:
        lines.append(
            f"rate used: 1 {rate['from']} = {rate['rate']} {rate['to']} ({rate['rate_date']}"
            + (", last known" if rate["stale"] else "")
            + ")"
        )
    lines += [f"not converted: {u}" for u in d["unconverted"]] + [f"note: {n}" for n in d["notes"]]
    return lines


def cmd_export_results(s: Services, a: argparse.Namespace, env: Environment) -> int:
    try:
        count = s.batches.export_results(a.out)
    except OSError as exc:
        raise UsageError(f"{a.out}: cannot write: {exc.strerror or exc}") from None
    env.out(f"exported {count} results to {a.out}")
    return 0


def cmd_floor(s: Services, a: argparse.Namespace, env: Environment) -> int:
    if a.floor_action == "show":
        floors = s.earnings.floors()
        for f in floors:
            factors = ", ".join(f"{k}×{v}" for k, v in f.regional_factors.items())
            env.out(f"from {f.effective}: {f.hourly} per hour" + (f" ({factors})" if factors else ""))
        if not floors:
            env.out("no wage floor set")
        return 0
    hourly = Money.parse(f"{a.amount} {a.currency}")
    floor = s.earnings.set_floor(hourly, a.effective, dict(_factor(text) for text in a.region_factor))
    env.out(f"wage floor: {floor.hourly} per hour from {floor.effective}")
    return 0


def _factor(text: str) -> tuple[str, Decimal]:
    region, _, value = text.partition("=")
    try:
        factor = Decimal(value)
    except InvalidOperation:
        raise UsageError(f"--region-factor {text!r}: expected REGION=FACTOR, e.g. KE=0.45") from None
    if not region or not factor.is_finite() or factor <= 0:
        raise UsageError(f"--region-factor {text!r}: expected REGION=FACTOR with a positive factor")
    return region, factor


def cmd_rates(s: Services, a: argparse.Namespace, env: Environment) -> int:
    count = s.earnings.import_rates(a.file)
    env.out(f"imported {count} exchange rates from {a.file}")
    return 0


def cmd_earnings(s: Services, a: argparse.Namespace, env: Environment) -> int:
    if a.earnings_action == "reject":
        entry = s.earnings.reject(a.task, a.note)
    else:
        amount = Money.parse(f"{a.amount} {a.currency}")
        entry = s.earnings.add(EarningKind(a.kind), amount, a.date, a.platform, a.task, a.note)
    env.out(f"recorded {entry.kind.value} {entry.amount} on {entry.day}")
    return 0


def _settings_epilog() -> str:
    """The settings and what each accepts, from their declarations."""
    lines = ["settings:"]
    for key, setting in SETTINGS.items():
        if setting.low is not None and setting.high is not None:
            accepts = f"{setting.low} to {setting.high} {setting.unit}"
        elif setting.choices:
            accepts = " | ".join(setting.choices)
        else:
            accepts = {bool: "true | false", int: "a whole number"}.get(setting.type, "text")
        lines.append(f"  {key:<18} {accepts:<22} {setting.label}")
    return "\n".join(lines)


def cmd_settings(s: Services, a: argparse.Namespace, env: Environment) -> int:
    if a.settings_action == "show":
        for key, value in s.settings.values().items():
            env.out(f"{key} = {json.dumps(value)}    # {SETTINGS[key].label}")
        return 0
    applied = s.settings.apply_text(a.key, a.value)  # validated, stored and in effect, or SettingsError
    env.out(f"{a.key} = {json.dumps(applied.changed[a.key])}")
    return 0


# -- platforms ------------------------------------------------------------------------------------

TOKEN_ENV = "COOPCLIENT_TOKEN"
DEFAULT_BUDGET_S = 120.0
PULL_EXIT_CODES = """Each task is stored as soon as the platform holds it for you; tasks you hold there from an earlier
pull that was cut short (no answer, killed) are stored first, and count.

exit codes:
  0  the tasks asked for are stored, or the platform has no more for you
  1  an error ended the pull early: the tasks stored are kept; pull again for the rest
  2  bad input, or nothing could be locked (unknown project, refused token, server unreachable)"""

SYNC_EXIT_CODES = """exit codes:
  0  every result is delivered: nothing waits in the outbox
  1  some results wait (server unreachable, Retry-After past --budget, refused token) or are parked:
     see `coopclient outbox`
  2  bad input, e.g. no store"""

NO_KEYRING_FOR_CLI = (
    "no usable keyring: the command line cannot keep a token from one run to the next; unlock or install "
    "a keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), or add the account in "
    "the desktop app"
)


def cmd_account(s: Services, a: argparse.Namespace, env: Environment) -> int:
    if not s.credentials.persistent:
        raise UsageError(NO_KEYRING_FOR_CLI)
    token = _token(a, env)
    try:
        account_id = s.platforms.add_account(a.platform, a.url, token, a.name)
        account = next(acc for acc in s.platforms.accounts() if acc.id == account_id)
    except (PlatformError, CredentialError) as exc:
        raise UsageError(f"{a.url}: {exc}") from None
    env.out(f"account {account_id} added: {account.name} at {account.url} (token kept in the keyring)")
    return 0


def _token(a: argparse.Namespace, env: Environment) -> str:
    """The token: from standard input (--token-stdin), the environment, or asked on the terminal."""
    if a.token_stdin:
        token = env.stdin.readline().strip()
    elif env.variables.get(TOKEN_ENV, "").strip():
        token = env.variables[TOKEN_ENV].strip()
    else:
        try:
            token = env.ask_secret(f"Token for {a.url} (Account & Settings → Personal Access Token; not shown): ")
        except (EOFError, KeyboardInterrupt):
            token = ""
    if not token.strip():
        raise UsageError(f"no token given (on the terminal, with --token-stdin, or in ${TOKEN_ENV})")
    return token


def cmd_pull(s: Services, a: argparse.Namespace, env: Environment) -> int:
    try:
        account_id = _account_id(s.platforms, a.account)
        done = s.platforms.pull(account_id, a.project, a.count, budget_s=a.budget)
    except PlatformError as exc:
        raise UsageError(str(exc)) from None
    extra = f", {done.unsupported} unsupported" if done.unsupported else ""
    if done.recovered:
        extra += f" ({done.recovered} recovered from an earlier interrupted pull)"
    env.out(f"pulled {done.tasks} of {done.requested} tasks{extra} into project {done.project!r} ({done.task_type})")
    if done.note:
        env.out(f"note: {done.note}")
    if done.offline_missing:
        env.out(f"note: {done.offline_missing} media file(s) are not available offline")
    if done.stopped_early:
        env.err("coopclient: the pull ended early: the tasks stored are kept; pull again for the rest")
        return 1
    return 0


def _account_id(sync: PlatformSync, chosen: int | None) -> int:
    ids = [account.id for account in sync.accounts()]
    if chosen is not None:
        if chosen not in ids:
            raise UsageError(f"--account {chosen}: no such account (accounts: {', '.join(map(str, ids)) or 'none'})")
        return chosen
    if not ids:
        raise UsageError("no platform account yet: run `coopclient account add label-studio URL` first")
    if len(ids) > 1:
        raise UsageError(f"several accounts: pass --account with one of {', '.join(map(str, ids))}")
    return ids[0]


def cmd_sync(s: Services, a: argparse.Namespace, env: Environment) -> int:
    report = s.platforms.sync(budget_s=a.budget)
    statuses = s.platforms.outbox_status()
    waiting = sum(st.queued + st.sending for st in statuses)
    parked = sum(st.parked for st in statuses)
    env.out(f"sent {report.delivered}; still waiting {waiting}; parked {parked}")
    problems = {**report.unreachable, **report.auth_failed}
    for dest, message in problems.items():
        env.err(f"coopclient: account {dest}: {message}")
    if report.out_of_time:
        env.err(
            f"coopclient: the next try would come after the time budget ({a.budget:g} s): the results still "
            "waiting go at the next sync"
        )
    if waiting or parked:
        env.err("coopclient: not everything is delivered: see `coopclient outbox`")
        return 1
    return 0


def cmd_outbox(s: Services, a: argparse.Namespace, env: Environment) -> int:
    statuses, entries = s.platforms.outbox_status(), s.platforms.outbox()
    now = s.clock.now().wall_ms
    for st in statuses:
        next_ms = st.next_attempt_ms or 0
        retry = f", next try {_clock_time(next_ms)}" if next_ms > now else ""
        env.out(f"{st.platform} {st.account}: {st.queued} queued, {st.parked} parked, {st.done} sent{retry}")
    for e in entries:
        when = f" (next try {_clock_time(e.next_attempt_ms)})" if e.state == "waiting" else ""
        reason = f": {e.last_error}" if e.last_error else ""
        env.out(f"#{e.seq:<6} task {e.task_id or '?':<7} {e.kind:<6} {e.state}{when}{reason}")
    if not entries:
        env.out("nothing waiting to be sent")
    return 0


def _clock_time(ms: int) -> str:
    return utc_datetime(ms).strftime("%Y-%m-%d %H:%M UTC")


# -- backup ----------------------------------------------------------------------------------------------

PASSPHRASE_ENV = "COOPCLIENT_BACKUP_PASSPHRASE"
BACKUP_HELP = f"""The backup holds the store (results, time, earnings, outbox, settings), the pulled media and
the keyring's secrets this folder uses (platform tokens, your ledger key), encrypted with a passphrase
(Scrypt + AES-GCM). Keep the passphrase: without it the backup cannot be opened.

The passphrase is asked on the terminal (twice for a backup); for scripts, pass --passphrase-stdin (the
first line of standard input) or set ${PASSPHRASE_ENV}."""


def _backup_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    b = sub.add_parser(
        "backup", parents=[common], help="write an encrypted backup", description=BACKUP_HELP, formatter_class=formatter
    )
    b.add_argument("out", type=Path, help="the backup file to write")
    r = sub.add_parser(
        "restore",
        parents=[common],
        help="restore a backup into a new data folder",
        description=BACKUP_HELP + "\n\nThe data folder must be empty or missing; --force moves a non-empty one "
        "aside (renamed DIR.before-restore-N, never deleted). A wrong passphrase or a damaged file changes nothing.",
        formatter_class=formatter,
    )
    r.add_argument("backup", type=Path, help="the backup file to read")
    r.add_argument("--force", action="store_true", help="move a non-empty data folder aside first")
    for p in (b, r):
        p.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase from standard input")


def _passphrase(a: argparse.Namespace, env: Environment, *, twice: bool) -> str:
    """The passphrase: from standard input, the environment, or asked on the terminal (twice for a backup)."""
    if a.passphrase_stdin:
        given = env.stdin.readline().rstrip("\r\n")
    elif env.variables.get(PASSPHRASE_ENV, ""):
        given = env.variables[PASSPHRASE_ENV]
    else:
        try:
            given = env.ask_secret("Backup passphrase (not shown): ")
            if twice and given and env.ask_secret("The same passphrase again: ") != given:
                raise UsageError("the two passphrases differ: nothing was written")
        except (EOFError, KeyboardInterrupt):
            given = ""
    if not given:
        raise UsageError(f"no passphrase given (on the terminal, with --passphrase-stdin, or in ${PASSPHRASE_ENV})")
    return given


def cmd_backup(s: Services, a: argparse.Namespace, env: Environment) -> int:
    done = s.backup.write(a.out, _passphrase(a, env, twice=True))
    env.out(f"backup written to {done.path}: {done.files} files, {done.secrets} secrets, {done.size:,} bytes")
    return 0


def cmd_restore(data_dir: Path, a: argparse.Namespace, env: Environment) -> int:
    from coopclient.app import secret_store
    from coopclient.services.backup import BackupError, restore

    try:
        passphrase = _passphrase(a, env, twice=False)
        done = restore(a.backup, data_dir, passphrase, secret_store(env), force=a.force)
    except (UsageError, BackupError, CredentialError) as exc:
        return _fail(env, str(exc))
    env.out(f"restored {done.files} files and {done.secrets} secrets into {done.path}")
    return 0


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
}
