"""The backup and restore commands: the encrypted backup's options and help, and the passphrase, asked
twice on the terminal or read from standard input or the environment.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from coopclient.app import Environment
from coopclient.cli.common import UsageError, _fail
from coopclient.services.container import Services
from coopclient.storage.credentials import CredentialError

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
