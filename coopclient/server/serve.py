"""`coopclient ledger serve`: start the ledger server (uvicorn) over SQLite or PostgreSQL.

At every start the store is opened (its schema created if new) and `init` records the origin, the log's
public key and the treasurer's: the treasurer key is required at the first start and checked against the
recorded one afterwards, so a server restarted with another key (or another log key file) refuses to
start instead of signing a history members cannot verify.

uvicorn runs without an access log (it would record when members work). With `--workers N` > 1 each
worker process builds its own app from the same options (passed in an environment variable, so the
workers import a factory). The nonces and the token buckets are in the database, so they hold across the
workers, across restarts and across servers on other hosts sharing one PostgreSQL (whose clocks NTP keeps
together: the buckets run on UTC seconds).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from fastapi import FastAPI

from coopclient.protocol.signing import KEY_BYTES, b64, key_id, unb64_sized
from coopclient.server.app import create_app
from coopclient.server.app_settings import ServerSettings
from coopclient.server.db import DatabaseError
from coopclient.server.keys import LogKeyError, load_or_create_log_key
from coopclient.server.limits import BODY_TIMEOUT_S, Limits
from coopclient.server.store import LedgerStore
from coopclient.server.store_types import LedgerError
from coopclient.server.witness import parse_witness_logs

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8470
_WORKER_OPTIONS = "COOPCLIENT_LEDGER_SERVE_OPTIONS"  # how the parent hands its options to worker processes


class ServeError(RuntimeError):
    """The server cannot start as asked; the message names the option and what to do."""


@dataclass(frozen=True)
class ServeOptions:
    """What a server process needs to build its app (all plain values, so workers can get them as JSON)."""

    database_url: str
    log_key_path: str
    origin: str | None = None
    treasurer_key_b64: str | None = None
    witness: bool = False
    witness_logs: dict[str, str] = field(default_factory=dict)  # origin → base64 public key
    requests_per_minute: float = Limits.requests_per_minute
    burst: int = Limits.burst
    body_timeout_s: float = BODY_TIMEOUT_S

    def limits(self) -> Limits:
        """The limits these options ask for; raises ServeError naming the option."""
        for option, value in (
            ("--requests-per-minute", self.requests_per_minute),
            ("--burst", self.burst),
            ("--body-timeout", self.body_timeout_s),
        ):
            if not 0 < value < float("inf"):
                raise ServeError(f"{option}: must be a positive number, not {value}")
        return Limits(
            requests_per_minute=self.requests_per_minute, burst=self.burst, body_timeout_s=self.body_timeout_s
        )


def default_origin(log_public: bytes) -> str:
    return f"coop-ledger.local/{key_id(log_public)[:8]}"


def open_ledger(options: ServeOptions) -> tuple[LedgerStore, FastAPI]:
    """Open and initialise the store and build the app; raises ServeError saying what is wrong."""
    try:
        log_key = load_or_create_log_key(Path(options.log_key_path))
    except LogKeyError as exc:
        raise ServeError(f"--log-key {exc}") from None
    treasurer = _treasurer_key(options.treasurer_key_b64)
    limits = options.limits()
    store = LedgerStore.open(options.database_url)
    try:
        origin = options.origin or _recorded_origin(store) or default_origin(log_key.public)
        store.init(origin, log_key.public, treasurer)
        if store.info().treasurer_public is None:
            raise ServeError("--treasurer-key: required the first time the ledger starts (the treasurer's public key)")
        witness_logs = _witness_logs(options, origin, log_key.public) if options.witness else None
        app = create_app(store, log_key, ServerSettings(limits=limits, witness_logs=witness_logs))
    except LedgerError as exc:
        store.close()
        raise ServeError(str(exc)) from None
    except BaseException:
        store.close()
        raise
    return store, app


def _treasurer_key(text: str | None) -> bytes | None:
    if text is None:
        return None
    try:
        return unb64_sized(text, KEY_BYTES, "Ed25519 public key")
    except ValueError as exc:
        raise ServeError(f"--treasurer-key: {exc}") from None


def _recorded_origin(store: LedgerStore) -> str | None:
    try:
        return store.info().origin
    except LedgerError:
        return None  # a new ledger: nothing recorded yet


def _witness_logs(options: ServeOptions, origin: str, log_public: bytes) -> dict[str, bytes]:
    """The logs to witness: those given, or else this server's own log."""
    if not options.witness_logs:
        return {origin: log_public}
    try:
        return parse_witness_logs([f"{o}={k}" for o, k in options.witness_logs.items()])
    except ValueError as exc:
        raise ServeError(str(exc)) from None


def serve(
    database_url: str,
    host: str,
    port: int,
    log_key_path: str,
    origin: str | None,
    treasurer_key_b64: str | None,
    witness: bool,
    workers: int,
    witness_logs: Mapping[str, str] | None = None,
    limits: Limits | None = None,
) -> None:
    """Run the server until interrupted; raises ServeError (before listening) if it cannot start."""
    import uvicorn

    limits = limits or Limits()
    options = ServeOptions(
        database_url,
        log_key_path,
        origin,
        treasurer_key_b64,
        witness,
        dict(witness_logs or {}),
        limits.requests_per_minute,
        limits.burst,
        limits.body_timeout_s,
    )
    # The first (or only) process initialises the ledger, so workers only open what is already there.
    store, app = open_ledger(options)
    common = {"host": host, "port": port, "access_log": False, "server_header": False}
    if workers <= 1:
        try:
            uvicorn.run(app, **common)  # type: ignore[arg-type]
        finally:
            store.close()
        return
    store.close()
    os.environ[_WORKER_OPTIONS] = json.dumps(asdict(options))
    uvicorn.run("coopclient.server.serve:worker_app", factory=True, workers=workers, **common)  # type: ignore[arg-type]


def worker_app() -> FastAPI:
    """The app of one worker process (uvicorn's factory), from the options the parent process set."""
    options = ServeOptions(**json.loads(os.environ[_WORKER_OPTIONS]))
    return open_ledger(options)[1]


# --- command line -------------------------------------------------------------------------------------------


def default_database() -> str:
    import platformdirs

    return str(Path(platformdirs.user_data_dir("coopclient", "coop")) / "ledger" / "ledger.sqlite3")


def default_log_key() -> str:
    import platformdirs

    return str(Path(platformdirs.user_data_dir("coopclient", "coop")) / "ledger" / "log-key")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="coopclient ledger serve",
        description="Run the co-op's ledger server (docs/ledger.md).",
    )
    p.add_argument("--database", default=None, help="a SQLite path or a postgresql:// URL (default: %(default)s)")
    p.add_argument("--host", default=DEFAULT_HOST, help="address to listen on (default: %(default)s)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="port to listen on (default: %(default)s)")
    p.add_argument("--log-key", default=None, help="the log's signing key file, made (0600) if missing")
    p.add_argument("--origin", default=None, help="the log's name in checkpoints (default: coop-ledger.local/<id>)")
    p.add_argument("--treasurer-key", default=None, help="the treasurer's public key, base64 (required at first)")
    p.add_argument("--witness", action="store_true", help="also cosign checkpoints as a witness (POST /v1/witness)")
    p.add_argument(
        "--witness-log",
        action="append",
        default=[],
        metavar="ORIGIN=KEY",
        help="a log to witness, with its public key (repeatable; default: this server's own log)",
    )
    p.add_argument("--workers", type=int, default=1, help="server processes (default: %(default)s)")
    p.add_argument(
        "--requests-per-minute",
        type=float,
        default=Limits.requests_per_minute,
        help="rate of each key's and each address's token bucket (default: %(default)s)",
    )
    p.add_argument("--burst", type=int, default=Limits.burst, help="size of each token bucket (default: %(default)s)")
    p.add_argument(
        "--body-timeout",
        type=float,
        default=BODY_TIMEOUT_S,
        help="seconds a request's whole body may take to arrive (default: %(default)s)",
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """`coopclient ledger serve [options]`; returns the exit code (2 for bad options)."""
    args = parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.workers < 1:
        return _fail("--workers: must be at least 1")
    try:
        witness_logs = parse_witness_logs(args.witness_log)
        serve(
            database_url=args.database or default_database(),
            host=args.host,
            port=args.port,
            log_key_path=args.log_key or default_log_key(),
            origin=args.origin,
            treasurer_key_b64=args.treasurer_key,
            witness=args.witness or bool(witness_logs),
            workers=args.workers,
            witness_logs={origin: b64(public) for origin, public in witness_logs.items()},
            limits=_limits(args),
        )
    except (ServeError, ValueError) as exc:
        return _fail(str(exc))
    except DatabaseError as exc:
        return _fail(f"--database: {exc}", code=1)
    return 0


def _limits(args: argparse.Namespace) -> Limits:
    return ServeOptions(
        "", "", requests_per_minute=args.requests_per_minute, burst=args.burst, body_timeout_s=args.body_timeout
    ).limits()


def _fail(message: str, code: int = 2) -> int:
    print(f"coopclient ledger serve: {message}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
