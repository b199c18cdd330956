"""The commands of the platforms: add an account (its token kept in the keyring), pull tasks, sync results,
and show the outbox; their exit codes.
"""

from __future__ import annotations

import argparse

from coopclient.app import Environment
from coopclient.cli.common import UsageError
from coopclient.core.clock import utc_datetime
from coopclient.core.platform import PlatformError
from coopclient.services.container import Services
from coopclient.services.platform_sync import PlatformSync
from coopclient.storage.credentials import CredentialError

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
