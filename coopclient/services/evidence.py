"""Evidence packs and the rejection tracker (issue 15, part 3): rejections answered with the member's records.

:meth:`EvidenceService.build` writes one zip for a task or a batch, from the local store only (nothing is
sent): per task, the task as received (``task.json``, its payload as stored), the result exactly as sent
(``outbox-<seq>.json``: each outbox row's payload bytes), the outbox history, every answer of the platform's
server to those rows (status, server date, annotation id, body digest), the time records and the earnings
entries; once, the day's co-op ledger entries and the last verified checkpoint (or a note when the member is
not enrolled), ``summary.txt``, and the manifest (:mod:`coopclient.core.evidence`). :func:`verify_pack` checks
a pack offline. :meth:`EvidenceService.rejections` is the tracker.
"""

from __future__ import annotations

import json
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlite_utils

from coopclient.core.clock import Clock
from coopclient.core.evidence import MANIFEST, MANIFEST_DIGEST, PackError, seal, sha256, verify
from coopclient.core.money import Money
from coopclient.storage.evidence import EvidenceRepo, Row

ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # every member's date in the zip: a pack's bytes depend on its content only
# A batch whose rejected tasks are more than this share of its paid tasks gets a warning line.
REJECTION_WARNING_SHARE = Decimal("0.10")
NOT_ENROLLED = "not enrolled in the co-op ledger: no ledger entry or checkpoint in this pack"
LEDGER_NOTE = (
    "each entry's proof is the inclusion proof it was last verified with, in the tree of that size and root; its "
    "checkpoint is the ledger's signed note of that size (null when a later one was stored by then). Check the "
    "log key against the one the co-op publishes: the pack cannot vouch for it."
)
LEDGER_FILE = "ledger.json"


class EvidenceError(ValueError):
    """A pack that cannot be built (no such task or batch, the output not writable)."""


@dataclass(frozen=True)
class Rejection:
    """One rejected task: the pay it took (negative), the active time spent on it, where it was done."""

    task_id: int | None
    amount: Money
    day: str
    platform: str
    project: str
    batch_id: int | None
    active_ms: int


@dataclass(frozen=True)
class RejectionGroup:
    """The rejections of one platform or project, summed per currency."""

    name: str
    count: int
    taken: tuple[Money, ...]
    active_ms: int


def _json(value: Any) -> bytes:
    return (json.dumps(value, sort_keys=True, indent=1, ensure_ascii=False) + "\n").encode()


def _iso(ms: int | None) -> str:
    return "" if ms is None else datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")


class EvidenceService:
    """Builds packs and lists rejections.

    Args:
        db: the local store (read only here).
        clock: the pack's "made at" line.
    """

    def __init__(self, db: sqlite_utils.Database, clock: Clock) -> None:
        self._repo = EvidenceRepo(db)
        self._clock = clock

    def files(self, task_ids: list[int]) -> dict[str, bytes]:
        """The member files of a pack for these tasks (no manifest)."""
        files: dict[str, bytes] = {}
        lines: list[str] = []
        days: set[str] = set()
        for task_id in task_ids:
            task = self._repo.task(task_id)
            if task is None:
                raise EvidenceError(f"there is no task {task_id}")
            prefix = f"task-{task_id}/" if len(task_ids) > 1 else ""
            rows = self._repo.outbox_rows(task_id)
            answers = self._repo.answers([int(r["seq"]) for r in rows])
            spans = self._repo.spans(task_id)
            earnings = self._repo.earnings(task_id)
            files[f"{prefix}task.json"] = _json({k: v for k, v in task.items() if k != "payload"})
            files[f"{prefix}task_payload.json"] = str(task["payload"]).encode()
            for row in rows:
                files[f"{prefix}outbox-{row['seq']}.json"] = str(row["payload"]).encode()
            files[f"{prefix}outbox_history.json"] = _json(
                [{k: v for k, v in r.items() if k != "payload"} for r in rows]
            )
            files[f"{prefix}server_responses.json"] = _json(answers)
            files[f"{prefix}time_records.json"] = _json(spans)
            files[f"{prefix}earnings.json"] = _json(earnings)
            days.update(str(s["day"]) for s in spans)
            days.update(str(e["day"]) for e in earnings)
            lines += _task_lines(task, rows, answers, spans, earnings)
        files[LEDGER_FILE] = self._ledger(sorted(days))
        made = self._clock.now().wall_ms
        summary = [f"Evidence pack made {_iso(made)} by coopclient from the member's local store.", "", *lines]
        summary += [
            "",
            "Check it offline: coopclient evidence verify PACK.zip (every file's SHA-256 is in "
            f"{MANIFEST}, whose own SHA-256 is in {MANIFEST_DIGEST}).",
        ]
        files["summary.txt"] = ("\n".join(summary) + "\n").encode()
        return files

    def _ledger(self, days: list[str]) -> bytes:
        link = self._repo.ledger_link()
        if link is None:
            return _json({"note": NOT_ENROLLED})
        entries = []
        for day in days:
            for e in self._repo.ledger_entries(day):
                proof = e.pop("proof")
                entries.append({**e, "proof": json.loads(proof) if proof else None})
        return _json(
            {
                "ledger": link["server_url"],
                "origin": link["origin"],
                "log_key": link["log_key"],
                "days": days,
                "entries": entries,
                "checkpoint": self._repo.checkpoint(),
                "note": LEDGER_NOTE,
            }
        )

    def build(self, task_ids: list[int], out: Path) -> dict[str, str]:
        """Write the pack to ``out``; returns its manifest (file name → SHA-256)."""
        files = self.files(task_ids)
        sealed = seal(files)
        try:
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as pack:
                for name, data in [
                    *sorted(files.items()),
                    (MANIFEST, sealed.manifest),
                    (MANIFEST_DIGEST, sealed.digest),
                ]:
                    pack.writestr(zipfile.ZipInfo(name, ZIP_TIME), data)
        except OSError as exc:
            raise EvidenceError(f"{out}: cannot write: {exc.strerror or exc}") from None
        return {name: sha256(data) for name, data in files.items()}

    def batch_tasks(self, batch_id: int) -> list[int]:
        """The tasks of a batch (EvidenceError when it has none)."""
        tasks = self._repo.batch_tasks(batch_id)
        if not tasks:
            raise EvidenceError(f"there is no batch {batch_id} with tasks")
        return tasks

    def rejections(self) -> list[Rejection]:
        """Every rejection, oldest first."""
        return [
            Rejection(
                r["task_id"],
                Money.from_micros(int(r["amount_micros"]), str(r["currency"])),
                str(r["day"]),
                str(r["platform"]),
                str(r["project"]),
                r["batch_id"],
                int(r["active_ms"]),
            )
            for r in self._repo.rejections()
        ]

    def grouped(self, by: str) -> list[RejectionGroup]:
        """The rejections per ``platform`` or ``project``."""
        groups: dict[str, list[Rejection]] = defaultdict(list)
        for r in self.rejections():
            groups[r.platform if by == "platform" else r.project].append(r)
        result = []
        for name, items in sorted(groups.items()):
            sums: dict[str, Decimal] = defaultdict(Decimal)
            for r in items:
                sums[r.amount.currency] += r.amount.amount
            taken = tuple(Money(amount, currency) for currency, amount in sorted(sums.items()))
            result.append(RejectionGroup(name, len(items), taken, sum(r.active_ms for r in items)))
        return result

    def warnings(self) -> list[tuple[int, int, int]]:
        """(batch, rejected, paid) for each batch whose rejected share is above REJECTION_WARNING_SHARE."""
        rejected: dict[int, int] = defaultdict(int)
        for r in self.rejections():
            if r.batch_id is not None:
                rejected[int(r.batch_id)] += 1
        paid = self._repo.batch_done_counts()
        return [
            (batch, n, paid.get(batch, 0))
            for batch, n in sorted(rejected.items())
            if Decimal(n) > REJECTION_WARNING_SHARE * paid.get(batch, 0)
        ]


def verify_pack(path: Path) -> list[str]:
    """Check a pack offline; returns the files checked.

    Raises:
        PackError: naming the file that differs, is missing or is not listed (or the pack that is no zip).
    """
    try:
        with zipfile.ZipFile(path) as pack:
            names = pack.namelist()
            if len(set(names)) != len(names):
                raise PackError(path.name, "holds a file name twice")
            members = {name: pack.read(name) for name in names}
    except (OSError, zipfile.BadZipFile) as exc:
        raise PackError(path.name, f"cannot be read as a zip ({exc})") from None
    checked = verify(members)
    if LEDGER_FILE in members:
        check_ledger(members[LEDGER_FILE])
    return checked


def check_ledger(data: bytes) -> None:
    """Each ledger entry's inclusion proof against its tree's root, and that root against the signed
    checkpoint of that size when the pack holds it (signed by the pack's log key, for the pack's origin).

    Raises:
        PackError: naming ledger.json and the entry whose proof or checkpoint does not hold.
    """
    # The ledger's crypto is imported when a pack is checked, not when the app starts (a fifth of a second).
    from coopclient.protocol.checkpoint import CheckpointError, open_checkpoint
    from coopclient.protocol.merkle import leaf_hash, verify_inclusion
    from coopclient.protocol.signing import unb64

    try:
        ledger = json.loads(data)
        entries = ledger.get("entries", [])
        for entry in entries:
            proof = entry.get("proof")
            if not proof:
                continue
            entry_id = entry["entry_id"]
            root = unb64(proof["root"])
            hashes = [unb64(h) for h in proof["inclusion"]]
            leaf = leaf_hash(str(entry["body"]).encode("utf-8"))
            if not verify_inclusion(leaf, int(entry["leaf_index"]), int(proof["size"]), hashes, root):
                raise PackError(LEDGER_FILE, f"entry {entry_id}: its inclusion proof does not verify")
            if proof.get("checkpoint"):
                try:
                    cp = open_checkpoint(proof["checkpoint"], ledger["origin"], unb64(ledger["log_key"]))
                except CheckpointError as exc:
                    raise PackError(LEDGER_FILE, f"entry {entry_id}: {exc}") from None
                if (cp.size, cp.root) != (int(proof["size"]), root):
                    raise PackError(LEDGER_FILE, f"entry {entry_id}: the signed checkpoint is of another tree")
    except PackError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PackError(LEDGER_FILE, f"not a ledger record ({type(exc).__name__})") from None


def _task_lines(task: Row, rows: list[Row], answers: list[Row], spans: list[Row], earnings: list[Row]) -> list[str]:
    active = sum(int(s["end_ms"]) - int(s["start_ms"]) for s in spans if s["state"] == "active")
    lines = [
        f"Task {task['id']} ({task['platform'] or 'local'} {task['platform_ref'] or ''}), project "
        f"{task['project']!r}, status {task['status']}; active time {active // 1000} s over {len(spans)} records.",
    ]
    for row in rows:
        state = f"delivered {_iso(row['acked_ms'])}" if row["acked_ms"] else "not delivered"
        lines.append(
            f"  sent as {row['idempotency_key']} (sha256 {row['payload_sha256']}): {state}"
            + (f", annotation {row['remote_id']}" if row["remote_id"] else "")
            + (f"; {row['last_error']}" if row["last_error"] else "")
        )
    for a in answers:
        lines.append(
            f"  server answered {a['method']} {a['path']}: {a['status']} on {a['server_date'] or _iso(a['at_ms'])}"
        )
    for e in earnings:
        lines.append(f"  {e['kind']} {Money.from_micros(int(e['amount_micros']), str(e['currency']))} on {e['day']}")
    return lines
