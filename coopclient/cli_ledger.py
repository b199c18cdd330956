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
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from coopclient.coop.sharing import SharingService
    from coopclient.services.container import Services
    from coopclient.storage.credentials import CredentialStore
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


# -- hooks the tests replace ------------------------------------------------------------------------------


def _credential_store() -> CredentialStore:
    """The keyring, or memory when there is none (tests substitute their own store)."""
    from coopclient.storage.credentials import choose_store

    store, _warning = choose_store()
    return store


def _http_transport() -> httpx.BaseTransport | None:
    """None: the network (tests substitute a transport)."""
    return None


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


def serve(server_args: Sequence[str]) -> int:
    """Run ``coopclient.server.serve.main`` with the server's options (the extra must be installed)."""
    try:
        from coopclient.server import serve as server
    except ImportError as exc:
        if (exc.name or "").split(".")[0] in _SERVER_EXTRAS:
            return _fail(EXTRA_MISSING)
        raise
    return int(server.main(list(server_args)) or 0)


def needs_store(args: argparse.Namespace) -> bool:
    """Whether the command works on the member's local store (the server's and treasurer's do not)."""
    return args.ledger_action not in STANDALONE


# -- commands without the local store ----------------------------------------------------------------------


def run_standalone(args: argparse.Namespace) -> int:
    """Run a server or treasurer command; returns the exit code."""
    from coopclient.core.money import MoneyError
    from coopclient.core.platform import PlatformError

    try:
        return _STANDALONE[args.ledger_action](args)
    except (LedgerUsageError, MoneyError, ValueError) as exc:
        return _fail(str(exc))
    except PlatformError as exc:
        return _fail(f"{args.server}: {exc}" if getattr(args, "server", None) else str(exc))


def _serve(args: argparse.Namespace) -> int:
    return serve([])


def _audit(args: argparse.Namespace) -> int:
    try:
        from coopclient.server.store import LedgerStore
    except ImportError as exc:
        if (exc.name or "").split(".")[0] in _SERVER_EXTRAS:
            return _fail(EXTRA_MISSING)
        raise
    _check_database(args.database)
    store = LedgerStore.open(args.database)
    try:
        problems = store.verify_integrity()
    finally:
        store.close()
    return _verdict(
        problems,
        f"{len(problems)} problem(s) in the ledger database",
        "the ledger database is consistent: every hash, node, checkpoint and projection row recomputed",
    )


def _verdict(problems: list[str], failed: str, passed: str) -> int:
    """List each problem, then fail with ``failed`` if there were any, else say ``passed`` (exit 0)."""
    for problem in problems:
        _out(f"problem: {problem}")
    if problems:
        return _fail(failed)
    _out(passed)
    return 0


def _check_database(database: str) -> None:
    if "://" not in database and not Path(database).is_file():
        raise LedgerUsageError(f"--database {database}: no such file (opening it would create an empty ledger)")


def _verify_release(args: argparse.Namespace) -> int:
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
            return _fail(f"--month {args.month}: no release of that month in the ledger")
        problems = verify_release(store.database, found[0])
    finally:
        store.close()
    size = (found[0].get("inputs") or {}).get("log_size")  # present whenever the release verifies
    return _verdict(
        problems,
        f"the release of {args.month} does not match the log",
        f"the release of {args.month} matches the log: its inputs re-derived from the first {size} entries",
    )


def _treasury(persistent_only: bool = False) -> TreasuryService:
    from coopclient.coop.ledger_client import client_factory
    from coopclient.system.clock import SystemClock
    from coopclient.treasury.service import TreasuryService

    store = _credential_store()
    if persistent_only and not store.persistent:
        raise LedgerUsageError(NO_KEYRING)
    clock = SystemClock()
    return TreasuryService(store, client_factory(_http_transport(), clock), clock)


def _treasurer_key(args: argparse.Namespace) -> int:
    _out(_treasury(persistent_only=True).treasurer_key(args.server))
    return 0


def _invite(args: argparse.Namespace) -> int:
    for code in _treasury().create_invites(args.server, args.count, args.witness_url, args.witness_key):
        _out(code)
    return 0


def _publish_floor(args: argparse.Namespace) -> int:
    from coopclient.core.money import Money

    hourly = Money.parse(f"{args.hourly} {args.currency}")
    factors = dict(_pair("--factor", text) for text in args.factor)
    done = _treasury().publish_floor(args.server, hourly, args.effective, factors, args.supersedes)
    _out(f"floor published: {hourly} per hour from {args.effective} (entry {done.entry_id}, {done.status})")
    return 0


def _publish_fx(args: argparse.Namespace) -> int:
    rates = dict(_pair("--rate", text) for text in args.rate)
    done = _treasury().publish_fx(args.server, args.base.upper(), rates, args.effective, args.supersedes)
    _out(f"exchange rates published from {args.effective} (entry {done.entry_id}, {done.status})")
    return 0


def _publish_ratecard(args: argparse.Namespace) -> int:
    from coopclient.core.money import Money

    rate = Money.parse(f"{args.rate} {args.currency}")
    done = _treasury().publish_ratecard(
        args.server, args.effective, args.platform, args.project, args.task_kind, args.unit, rate, args.supersedes
    )
    _out(f"rate card published (entry {done.entry_id}, {done.status})")
    return 0


def _release(args: argparse.Namespace) -> int:
    from coopclient.coop.ledger_client import AlreadyReleased

    try:
        data = _treasury().request_release(args.server, args.month)
    except AlreadyReleased as exc:
        raise LedgerUsageError(f"--month {args.month}: already released; releases are never re-run") from exc
    _out(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
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


_STANDALONE: dict[str, Callable[[argparse.Namespace], int]] = {
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


def _sharing(s: Services, store: CredentialStore | None = None) -> SharingService:
    from coopclient.coop.ledger_client import client_factory
    from coopclient.coop.sharing import SharingService
    from coopclient.core.ids import random_ids

    credentials = store or _credential_store()
    return SharingService(s.db, s.clock, random_ids, credentials, client_factory(_http_transport(), s.clock))


def cmd_ledger(s: Services, args: argparse.Namespace) -> int:
    """Run a member's command over the local store."""
    from coopclient.core.platform import PlatformError

    try:
        return _MEMBER[args.ledger_action](s, args)
    except PlatformError as exc:
        raise LedgerUsageError(str(exc)) from None


def _enroll(s: Services, args: argparse.Namespace) -> int:
    from coopclient.coop.sharing import parse_invite

    code = args.code
    if not code:
        try:
            code = getpass.getpass("Invite code (not shown): ")
        except (EOFError, KeyboardInterrupt):
            raise LedgerUsageError("no invite code given") from None
    parse_invite(code)  # a mistyped code is reported before anything else
    store = _credential_store()
    if not store.persistent:
        raise LedgerUsageError(NO_KEYRING)
    status = _sharing(s, store).enroll(code)
    _out(f"enrolled with {status.server_url} as {status.pseudonym} (key kept in the keyring)")
    _out("nothing is shared yet: see what would be with `coopclient ledger share --preview`, then --consent")
    return 0


def _share(s: Services, args: argparse.Namespace) -> int:
    sharing = _sharing(s)
    if args.preview:
        pending = sharing.preview()
        for share in pending:
            note = f"  (corrects entry {share.supersedes})" if share.supersedes else ""
            _out(f"# {share.day} {share.platform} {share.task_kind}{note}")
            _out(share.text)
        _out(f"{len(pending)} entr{'y' if len(pending) == 1 else 'ies'} would be sent")
        return 0
    if args.consent:
        sharing.consent()
        _out("sharing on: your closed days go with the next `coopclient ledger sync`")
    elif args.pause:
        sharing.pause()
        _out("sharing paused: nothing is queued or sent until --resume")
    else:
        sharing.resume()
        _out("sharing resumed: the days held back go with the next sync (see --preview)")
    return 0


def _sync(s: Services, args: argparse.Namespace) -> int:
    report = _sharing(s).sync()
    _out(f"sent {report.sent}, verified the ledger up to size {report.verified_size}, "
         f"{report.policy_updates} policy update(s)")  # fmt: skip
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 2 if report.warnings else 0


def _status(s: Services, args: argparse.Namespace) -> int:
    st = _sharing(s).status()
    if not st.enrolled:
        _out("not enrolled in a co-op ledger")
        return 0
    state = "paused" if st.paused else ("on" if st.consented else "off (no consent yet)")
    _out(f"ledger {st.server_url} as {st.pseudonym}: sharing {state}")
    _out(f"{st.queued} queued, {st.sent} sent; last verified checkpoint: size {st.last_checkpoint_size}")
    if st.warning:
        for line in st.warning.splitlines():
            _out(f"warning: {line}")
    return 0


def _shared(s: Services, args: argparse.Namespace) -> int:
    rows = _sharing(s).shared(args.limit, args.offset)
    for row in rows:
        state = "verified" if row.verified else ("sent" if row.sent else "queued")
        where = f", leaf {row.leaf_index}" if row.leaf_index is not None else ""
        _out(f"# {row.day} {row.platform} {row.task_kind}: {state}{where} (entry {row.entry_id})")
        _out(row.text)
    if not rows:
        _out("nothing shared yet")
    return 0


_MEMBER: dict[str, Callable[[Services, argparse.Namespace], int]] = {
    "enroll": _enroll,
    "share": _share,
    "sync": _sync,
    "status": _status,
    "shared": _shared,
}


def _fail(message: str) -> int:
    print(f"coopclient: error: {message}", file=sys.stderr)
    return 2


def _out(text: str = "") -> None:
    print(text)
