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
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coopclient.app import Environment
    from coopclient.services.container import Services
    from coopclient.treasury.service import TreasuryService

EXTRA_MISSING = "the ledger server needs its extra: pip install coopclient[ledger]"
NO_KEYRING = (
    "no usable keyring: the command line cannot keep the ledger key from one run to the next; unlock or install "
    "a keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), or use the desktop app"
)
_SERVER_EXTRAS = {"fastapi", "uvicorn", "starlette", "pydantic", "psycopg", "opendp"}
STANDALONE = frozenset({"serve", "audit", "verify-release", "treasurer-key", "invite", "publish-floor", "publish-fx",
                        "publish-ratecard", "release"})  # fmt: skip


class LedgerUsageError(ValueError):
    """Bad input or a ledger command that cannot be done: exit code 2 with the message."""


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


def server_argv(argv: Sequence[str]) -> list[str] | None:
    """The server's options when ``argv`` is ``[--data-dir DIR] ledger serve ...``; None for any other command."""
    rest = list(argv)
    if rest[:1] == ["--data-dir"]:
        rest = rest[2:]
    elif rest[:1] and rest[0].startswith("--data-dir="):
        rest = rest[1:]
    return rest[2:] if rest[:2] == ["ledger", "serve"] else None


def serve(server_args: Sequence[str], env: Environment) -> int:
    """Run ``coopclient.server.serve.main`` with the server's options (the extra must be installed)."""
    try:
        from coopclient.server import serve as server
    except ImportError as exc:
        if (exc.name or "").split(".")[0] in _SERVER_EXTRAS:
            return _fail(env, EXTRA_MISSING)
        raise
    return int(server.main(list(server_args)) or 0)


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


# -- commands without the local store ----------------------------------------------------------------------


def run_standalone(args: argparse.Namespace, env: Environment) -> int:
    """Run a server or treasurer command; returns the exit code."""
    from coopclient.core.money import MoneyError
    from coopclient.core.platform import PlatformError

    try:
        return _STANDALONE[args.ledger_action](args, env)
    except (LedgerUsageError, MoneyError, ValueError) as exc:
        return _fail(env, str(exc))
    except PlatformError as exc:
        return _fail(env, f"{args.server}: {exc}" if getattr(args, "server", None) else str(exc))


def _serve(args: argparse.Namespace, env: Environment) -> int:
    return serve([], env)


def _audit(args: argparse.Namespace, env: Environment) -> int:
    try:
        from coopclient.server.store import LedgerStore
    except ImportError as exc:
        if (exc.name or "").split(".")[0] in _SERVER_EXTRAS:
            return _fail(env, EXTRA_MISSING)
        raise
    _check_database(args.database)
    store = LedgerStore.open(args.database)
    try:
        problems = store.verify_integrity()
    finally:
        store.close()
    return _verdict(
        env,
        problems,
        f"{len(problems)} problem(s) in the ledger database",
        "the ledger database is consistent: every hash, node, checkpoint and projection row recomputed",
    )


def _verdict(env: Environment, problems: list[str], failed: str, passed: str) -> int:
    """List each problem, then fail with ``failed`` if there were any, else say ``passed`` (exit 0)."""
    for problem in problems:
        env.out(f"problem: {problem}")
    if problems:
        return _fail(env, failed)
    env.out(passed)
    return 0


def _check_database(database: str) -> None:
    if "://" not in database and not Path(database).is_file():
        raise LedgerUsageError(f"--database {database}: no such file (opening it would create an empty ledger)")


def _verify_release(args: argparse.Namespace, env: Environment) -> int:
    from coopclient.server.release_inputs import verify_release
    from coopclient.server.store import LedgerStore

    _check_database(args.database)
    store = LedgerStore.open(args.database)
    try:
        found = [
            data
            for stored in store.entries_by_kinds(["release.aggregates"], store.size())
            if (data := json.loads(bytes(stored.body))["data"]).get("month") == args.month
        ]
        if not found:
            return _fail(env, f"--month {args.month}: no release of that month in the ledger")
        problems = verify_release(store.database, found[0])
    finally:
        store.close()
    size = (found[0].get("inputs") or {}).get("log_size")  # present whenever the release verifies
    return _verdict(
        env,
        problems,
        f"the release of {args.month} does not match the log",
        f"the release of {args.month} matches the log: its inputs re-derived from the first {size} entries",
    )


def _treasury(env: Environment, persistent_only: bool = False) -> TreasuryService:
    from coopclient.app import build_treasurer

    treasurer = build_treasurer(env)
    if persistent_only and not treasurer.credentials.persistent:
        raise LedgerUsageError(NO_KEYRING)
    return treasurer.service


def _treasurer_key(args: argparse.Namespace, env: Environment) -> int:
    env.out(_treasury(env, persistent_only=True).treasurer_key(args.server))
    return 0


def _invite(args: argparse.Namespace, env: Environment) -> int:
    for code in _treasury(env).create_invites(args.server, args.count, args.witness_url, args.witness_key):
        env.out(code)
    return 0


def _publish_floor(args: argparse.Namespace, env: Environment) -> int:
    from coopclient.core.money import Money

    hourly = Money.parse(f"{args.hourly} {args.currency}")
    factors = dict(_pair("--factor", text) for text in args.factor)
    done = _treasury(env).publish_floor(args.server, hourly, args.effective, factors, args.supersedes)
    env.out(f"floor published: {hourly} per hour from {args.effective} (entry {done.entry_id}, {done.status})")
    return 0


def _publish_fx(args: argparse.Namespace, env: Environment) -> int:
    rates = dict(_pair("--rate", text) for text in args.rate)
    done = _treasury(env).publish_fx(args.server, args.base.upper(), rates, args.effective, args.supersedes)
    env.out(f"exchange rates published from {args.effective} (entry {done.entry_id}, {done.status})")
    return 0


def _publish_ratecard(args: argparse.Namespace, env: Environment) -> int:
    from coopclient.core.money import Money

    rate = Money.parse(f"{args.rate} {args.currency}")
    done = _treasury(env).publish_ratecard(
        args.server, args.effective, args.platform, args.project, args.task_kind, args.unit, rate, args.supersedes
    )
    env.out(f"rate card published (entry {done.entry_id}, {done.status})")
    return 0


def _release(args: argparse.Namespace, env: Environment) -> int:
    from coopclient.coop.ledger_client import AlreadyReleased

    try:
        data = _treasury(env).request_release(args.server, args.month)
    except AlreadyReleased as exc:
        raise LedgerUsageError(f"--month {args.month}: already released; releases are never re-run") from exc
    env.out(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
    return 0


def _pair(option: str, text: str) -> tuple[str, Decimal]:
    name, _, value = text.partition("=")
    try:
        number = Decimal(value)
    except InvalidOperation:
        number = Decimal("NaN")
    if not name or not number.is_finite() or number <= 0:
        raise LedgerUsageError(f"{option} {text!r}: expected CODE=NUMBER with a positive number, e.g. PT=0.80")
    return name.strip().upper(), number


_STANDALONE: dict[str, Callable[[argparse.Namespace, Environment], int]] = {
    "serve": _serve,
    "audit": _audit,
    "verify-release": _verify_release,
    "treasurer-key": _treasurer_key,
    "invite": _invite,
    "publish-floor": _publish_floor,
    "publish-fx": _publish_fx,
    "publish-ratecard": _publish_ratecard,
    "release": _release,
}


# -- the member's commands ---------------------------------------------------------------------------------


def cmd_ledger(s: Services, args: argparse.Namespace, env: Environment) -> int:
    """Run a member's command over the local store."""
    from coopclient.core.platform import PlatformError

    try:
        return _MEMBER[args.ledger_action](s, args, env)
    except PlatformError as exc:
        raise LedgerUsageError(str(exc)) from None


def _enroll(s: Services, args: argparse.Namespace, env: Environment) -> int:
    from coopclient.coop.sharing import parse_invite

    code = args.code
    if not code:
        try:
            code = env.ask_secret("Invite code (not shown): ")
        except (EOFError, KeyboardInterrupt):
            raise LedgerUsageError("no invite code given") from None
    parse_invite(code)  # a mistyped code is reported before anything else
    if not s.credentials.persistent:
        raise LedgerUsageError(NO_KEYRING)
    status = s.sharing.enroll(code)
    env.out(f"enrolled with {status.server_url} as {status.pseudonym} (key kept in the keyring)")
    env.out("nothing is shared yet: see what would be with `coopclient ledger share --preview`, then --consent")
    return 0


def _share(s: Services, args: argparse.Namespace, env: Environment) -> int:
    sharing = s.sharing
    if args.preview:
        pending = sharing.preview()
        for share in pending:
            note = f"  (corrects entry {share.supersedes})" if share.supersedes else ""
            env.out(f"# {share.day} {share.platform} {share.task_kind}{note}")
            env.out(share.text)
        env.out(f"{len(pending)} entr{'y' if len(pending) == 1 else 'ies'} would be sent")
        return 0
    if args.consent:
        sharing.consent()
        env.out("sharing on: your closed days go with the next `coopclient ledger sync`")
    elif args.pause:
        sharing.pause()
        env.out("sharing paused: nothing is queued or sent until --resume")
    else:
        sharing.resume()
        env.out("sharing resumed: the days held back go with the next sync (see --preview)")
    return 0


def _sync(s: Services, args: argparse.Namespace, env: Environment) -> int:
    report = s.sharing.sync()
    env.out(f"sent {report.sent}, verified the ledger up to size {report.verified_size}, "
         f"{report.policy_updates} policy update(s)")  # fmt: skip
    for warning in report.warnings:
        env.err(f"warning: {warning}")
    return 2 if report.warnings else 0


def _status(s: Services, args: argparse.Namespace, env: Environment) -> int:
    st = s.sharing.status()
    if not st.enrolled:
        env.out("not enrolled in a co-op ledger")
        return 0
    state = "paused" if st.paused else ("on" if st.consented else "off (no consent yet)")
    env.out(f"ledger {st.server_url} as {st.pseudonym}: sharing {state}")
    env.out(f"{st.queued} queued, {st.sent} sent; last verified checkpoint: size {st.last_checkpoint_size}")
    if st.warning:
        for line in st.warning.splitlines():
            env.out(f"warning: {line}")
    return 0


def _shared(s: Services, args: argparse.Namespace, env: Environment) -> int:
    rows = s.sharing.shared(args.limit, args.offset)
    for row in rows:
        state = "verified" if row.verified else ("sent" if row.sent else "queued")
        where = f", leaf {row.leaf_index}" if row.leaf_index is not None else ""
        env.out(f"# {row.day} {row.platform} {row.task_kind}: {state}{where} (entry {row.entry_id})")
        env.out(row.text)
    if not rows:
        env.out("nothing shared yet")
    return 0


_MEMBER: dict[str, Callable[[Services, argparse.Namespace, Environment], int]] = {
    "enroll": _enroll,
    "share": _share,
    "sync": _sync,
    "status": _status,
    "shared": _shared,
}


def _fail(env: Environment, message: str) -> int:
    env.err(f"coopclient: error: {message}")
    return 2
