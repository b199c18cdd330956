"""The member's ledger commands, over the local store: ``enroll``, ``share``, ``sync``, ``status``, ``shared``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from coopclient.cli_ledger.common import NO_KEYRING, LedgerUsageError

if TYPE_CHECKING:
    from coopclient.app import Environment
    from coopclient.services.container import Services

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
