"""The ledger commands that open no local store: the server's (``serve``, ``audit``, ``verify-release``) and
the treasurer's (``treasurer-key``, ``invite``, ``publish-*``, ``release``).

Imports of the server and of the treasury are inside the commands, so ``coopclient --help`` stays quick.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from coopclient.cli_ledger.common import _SERVER_EXTRAS, EXTRA_MISSING, NO_KEYRING, LedgerUsageError, _fail

if TYPE_CHECKING:
    from coopclient.app import Environment
    from coopclient.treasury.service import TreasuryService


def serve(server_args: Sequence[str], env: Environment) -> int:
    """Run ``coopclient.server.serve.main`` with the server's options (the extra must be installed)."""
    try:
        from coopclient.server import serve as server
    except ImportError as exc:
        if (exc.name or "").split(".")[0] in _SERVER_EXTRAS:
            return _fail(env, EXTRA_MISSING)
        raise
    return int(server.main(list(server_args)) or 0)


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
