"""The commands of rejections answered with evidence: ``evidence build|verify`` and ``rejections``."""

from __future__ import annotations

import argparse
from pathlib import Path

from coopclient.app import Environment
from coopclient.cli.common import UsageError, _fail
from coopclient.core.evidence import PackError
from coopclient.core.money import Money
from coopclient.services.container import Services
from coopclient.services.evidence import REJECTION_WARNING_SHARE, verify_pack


def _evidence_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser("evidence", parents=[common], help="evidence packs for a rejected or unpaid task or batch")
    ev = p.add_subparsers(dest="evidence_action", required=True)
    b = ev.add_parser("build", parents=[common], help="write a zip of the task's records, hashed (nothing is sent)")
    b.add_argument("task", nargs="?", type=int, help="the task's id (or --batch)")
    b.add_argument("out", help="the zip to write")
    b.add_argument("--batch", type=int, help="a pack for every task of this batch")
    v = ev.add_parser("verify", parents=[common], help="check a pack offline: exit 0 intact, 2 naming what differs")
    v.add_argument("pack")
    r = sub.add_parser("rejections", parents=[common], help="rejected work: the pay it took, the time spent on it")
    r.add_argument("--by", choices=["platform", "project"])


def cmd_evidence(s: Services, a: argparse.Namespace, env: Environment) -> int:
    if a.evidence_action == "verify":
        try:
            checked = verify_pack(Path(a.pack))
        except PackError as exc:
            return _fail(env, f"{a.pack}: not intact: {exc}")
        env.out(f"{a.pack}: intact ({len(checked)} files checked)")
        return 0
    if (a.task is None) == (a.batch is None):
        raise UsageError("evidence build: give a TASK or --batch ID (one of them)")
    service = s.evidence
    tasks = [a.task] if a.task is not None else service.batch_tasks(a.batch)
    manifest = service.build(tasks, Path(a.out))
    env.out(f"wrote {a.out}: {len(manifest)} files, nothing sent")
    return 0


def cmd_rejections(s: Services, a: argparse.Namespace, env: Environment) -> int:
    service = s.evidence
    if a.by:
        for g in service.grouped(a.by):
            taken = ", ".join(str(_taken(m)) for m in g.taken)
            env.out(f"{g.name or '(none)'}: {g.count} rejected, took {taken}, {_hms(g.active_ms)} of work")
    else:
        for r in service.rejections():
            env.out(
                f"{r.day} task {r.task_id} {r.platform or '-'} {r.project or '-'}: took {_taken(r.amount)}, "
                f"{_hms(r.active_ms)} of work"
            )
    if not service.rejections():
        env.out("no rejections")
    for batch, rejected, paid in service.warnings():
        env.out(
            f"warning: batch {batch}: {rejected} of {paid} paid tasks rejected (above {REJECTION_WARNING_SHARE:.0%})"
        )
    return 0


def _taken(amount: Money) -> Money:
    """What a rejection took, as a positive amount (it is stored negative)."""
    return Money(abs(amount.amount), amount.currency)


def _hms(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
