"""What the outbox relay (:mod:`coopclient.relays.platform`) says and reports: the reasons a row is parked,
the report of a run, the outbox as the member sees it, each destination's status; and the reading of a
stored row into the submission it holds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum

from coopclient.core.outbox_codec import CorruptPayload, decode, parse_version_key
from coopclient.core.platform import ServerAnswer, Submission
from coopclient.storage.outbox import PendingRow

LOCK_KEY = "_coopclient_lock"  # in a task's stored payload: the platform lock (e.g. draft id) from the pull
SUPERSEDED = "superseded by a newer version before it was sent"
CORRUPT = "corrupt: the stored result no longer matches its checksum; save the result again"
GONE = "deleted on the server; your result and time are kept here"
ALREADY_DELIVERED = (
    "an earlier version of this result is already on the server, which keeps it; "
    "make this change on the platform's web page"
)
ANNOTATION_GONE = (
    "the annotation was deleted on the server, so this edit cannot update it; your result and time are kept here"
)
NO_TASK = "the task is missing from the local store"
# Older versions kept the error uuid of a 409 body as the annotation id and parked every later edit with the
# adapter's "'<uuid>' is not a Label Studio annotation id (a number)": such rows are sent again.
_BAD_ID_PARKED = "% is not a % annotation id (a number)"
MAX_FAILURES_PER_RUN = 3  # consecutive Unreachable answers from one account end its turn in this pass


class _Outcome(Enum):
    DONE = "done"  # delivered, or parked: the next row of the account may go
    RETRY = "retry"
    STOP = "stop"  # nothing more for this account in this run


@dataclass(frozen=True)
class _Item:
    """An unacked outbox row, with where it goes."""

    seq: int
    attempts: int
    next_attempt_ms: int
    parked: bool
    submission: Submission | None  # None: the payload is corrupt
    destination: str | None  # the account id, None if the task is gone from the store


@dataclass(frozen=True)
class _Plan:
    """What to send for a row: a new annotation, or an update of ``remote_id`` when an earlier one landed."""

    delivered_before: bool
    remote_id: str | None


@dataclass(frozen=True)
class _Answer:
    """What the network said: the annotation id, or the error raised while sending."""

    remote_id: str | None = None
    error: Exception | None = None
    server: list[ServerAnswer] = field(default_factory=list)  # the server's answers, kept as evidence


@dataclass
class RelayReport:
    """What one run did. ``retrying``: the rows left to retry later (one retried and then delivered or parked
    within the run's budget is not); ``auth_failed`` and ``unreachable`` map an account to the last message
    (an account that answered later in the run is no longer unreachable); ``out_of_time``: rows were left
    waiting because the next wait did not fit in the run's time budget."""

    delivered: int = 0
    retrying: int = 0
    parked: int = 0
    superseded: int = 0
    auth_failed: dict[str, str] = field(default_factory=dict)
    unreachable: dict[str, str] = field(default_factory=dict)
    out_of_time: bool = False
    retried: set[int] = field(default_factory=set, repr=False)  # the rows counted in ``retrying`` (seq)

    def settled(self, seq: int) -> None:
        """Row ``seq`` was delivered or parked after all: it no longer waits to be retried."""
        if seq in self.retried:
            self.retried.discard(seq)
            self.retrying -= 1


@dataclass(frozen=True)
class OutboxEntry:
    """One outbox row for display. ``state``: queued, waiting (backing off), sending, parked, done, superseded."""

    seq: int
    task_id: int | None
    kind: str
    destination: str
    state: str
    attempts: int
    next_attempt_ms: int
    last_error: str | None


@dataclass(frozen=True)
class DestinationStatus:
    """The outbox of one account: counts, when the next retry is due, and why rows are parked."""

    destination: str
    platform: str
    account: str
    queued: int
    sending: int
    parked: int
    done: int
    superseded: int
    next_attempt_ms: int | None
    parked_reasons: tuple[tuple[int, str], ...]


def _submission(row: PendingRow) -> Submission | None:
    """The submission an outbox row holds; None if the payload does not match its checksum or is malformed."""
    try:
        payload = decode(row.payload, row.payload_sha256)
    except CorruptPayload:
        return None
    return Submission(
        task_ref=str(payload.platform_ref),
        unique_id=payload.unique_id,
        result=payload.result,
        lead_time_s=payload.lead_time_s,
        cancelled=payload.was_cancelled,
        lock=_lock(row.task_payload),
    )


def _result_of(key: str) -> str:
    """The result a row's version key names (a key of another shape is a result of its own)."""
    try:
        return parse_version_key(key)[0]
    except ValueError:
        return key


def _lock(task_payload: str | None) -> str | None:
    try:
        value = json.loads(task_payload).get(LOCK_KEY) if task_payload else None
    except (ValueError, AttributeError):
        return None
    return None if value is None else str(value)


def _text(value: object) -> str | None:
    return None if value is None else str(value)
