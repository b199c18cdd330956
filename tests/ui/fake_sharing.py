"""A stand-in for ``coopclient.coop.sharing.SharingService`` with the same shape, for the ledger UI tests.

It keeps everything in memory, records the calls it gets, and can be told to fail, to report a tampered
ledger, or to block a sync until released (to show the window never waits). Its data is realistic: three
platforms, several kinds of task, a month whose release suppressed a cell.
"""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from coopclient.coop.sharing_models import PendingShare, SharedPayload, SharingStatus, SyncReport
from coopclient.core.lanes import DbCall, inline

SERVER = "https://ledger.coop.example"
PSEUDONYM = "m-3f9a1c0b7d2e4a61"
SIGNER = "Jm8c1F0yq3b7Ck2T6xXy0m0k3fQ9r1sVb2tA8uC4dEw="
INVITE = "coopledger:eyJsb2dfa2V5IjoiQUFBQSIsIm9yaWdpbiI6ImNvb3AifQ"
UNREACHABLE = "https://ledger.coop.example: cannot connect (it waits in the outbox)"

DAYS = [
    ("2026-11-18", "label-studio", "image", 5400, {"searching": 600, "qualification": 0}, 42, 1, "12.34"),
    ("2026-11-18", "prolific", "survey", 2700, {"searching": 900, "qualification": 300}, 6, 0, "7.5"),
    ("2026-11-19", "label-studio", "choices", 7200, {"searching": 300}, 180, 3, "9"),
    ("2026-11-19", "doccano", "ner", 3600, {"qualification": 1200}, 25, 2, "6.25"),
    ("2026-11-20", "label-studio", "image", 6300, {"searching": 450}, 51, 0, "15.3"),
]


def stats_data(
    day: str, platform: str, kind: str, active: int, unpaid: dict[str, int], done: int, rejections: int, earned: str
) -> dict[str, Any]:
    """``stats.day`` data as docs/ledger.md describes it."""
    return {
        "day": day,
        "platform": platform,
        "task_kind": kind,
        "active_s": active,
        "unpaid_s": unpaid,
        "tasks_done": done,
        "rejections": rejections,
        "earnings": {"EUR": earned},
    }


def body(data: dict[str, Any], entry_id: str, supersedes: str | None = None) -> dict[str, Any]:
    """The entry around ``data``, as it is signed."""
    return {"v": 1, "entry_id": entry_id, "kind": "stats.day", "signer": SIGNER, "supersedes": supersedes, "data": data}


def pretty(obj: dict[str, Any]) -> str:
    """As the service shows JSON to people: indented, keys sorted."""
    return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False)


def entry_id(*seed: object) -> str:
    return str(uuid.UUID(bytes=hashlib.sha256(repr(seed).encode()).digest()[:16], version=4))


def _cell(
    platform: str, kind: str, members: int, wage: tuple[str, str, str] | None, unpaid: str, rejected: str, below: str
) -> dict[str, Any]:
    quartiles = None if wage is None else {"q1": wage[0], "median": wage[1], "q3": wage[2], "currency": "EUR"}
    return {
        "platform": platform,
        "task_kind": kind,
        "members_noisy": members,
        "wage": quartiles,
        "unpaid_share": unpaid,
        "rejection_rate": rejected,
        "below_floor_share": below,
    }


# What coopclient.server.aggregates.describe_settings states for the default settings with the accuracy rule
# switched off (wages from a fixed 30 members, so these small example cells can show theirs), a floor of
# 12.50 EUR and two exchange rates (a test checks the two stay the same).
SETTINGS: dict[str, Any] = {
    "privacy_unit": "member-month",
    "epsilon": {"count": "0.5", "wage": "1.0", "shares": "0.5", "total": "2.0"},
    "epsilon_per_cell": {"count": "0.125", "wage_quantile": "0.083333", "share": "0.041667"},
    "mechanisms": {
        "count": "discrete Laplace",
        "wage": "exponential mechanism over 501 candidates (OpenDP private_quantile)",
        "shares": "Laplace sum of per-member ratios divided by the noisy count",
    },
    "min_count": 15,
    "min_count_wage": 30,
    "wage_rank_tolerance": "0.1",
    "wage_miss_probability": "none",
    "wage_bounds": ["0.00", "37.50"],
    "share_bounds": ["0", "1"],
    "max_cells": 4,
    "floor": {"hourly": "12.50", "currency": "EUR"},
    "fx": {"GBP": "1.1628", "USD": "0.9259"},
}
BELOW_15 = "noisy member count below 15"  # the English reasons releases carried before the codes
# What coopclient.server.aggregates.release publishes for a cell withheld, and for a wage withheld.
FEW_MEMBERS_15 = {"code": "few-members", "threshold": 15}
FEW_FOR_WAGE_30 = {"code": "few-members-for-wage", "threshold": 30}

RELEASES: list[dict[str, Any]] = [
    {
        "month": "2026-09",
        "settings": SETTINGS,
        "cells": [
            _cell("label-studio", "image", 41, ("13.10", "16.40", "21.80"), "0.18", "0.04", "0.22"),
            _cell("prolific", "survey", 35, ("12.50", "13.20", "17.60"), "0.31", "0.02", "0.47"),
        ],
        "suppressed": [{"platform": "doccano", "task_kind": "ner", "reason": BELOW_15}],  # an older release
    },
    {
        "month": "2026-10",
        "settings": SETTINGS,
        "cells": [
            _cell("doccano", "ner", 22, None, "0.27", "0.11", "0.41"),
            _cell("label-studio", "choices", 38, ("12.50", "14.30", "19.20"), "0.21", "0.08", "0.36"),
            _cell("label-studio", "image", 44, ("13.40", "17.10", "22.90"), "0.16", "0.05", "0.19"),
            _cell("prolific", "survey", 33, ("12.50", "12.90", "16.40"), "0.34", "0.03", "0.52"),
        ],
        "suppressed": [
            {"platform": "doccano", "task_kind": "audio", **FEW_MEMBERS_15},
            {"platform": "doccano", "task_kind": "ner", **FEW_FOR_WAGE_30},
        ],
    },
]

# The treasurer's rate cards in force (``policy.ratecard`` data, docs/ledger.md), as the service returns them.
RATE_CARDS: list[dict[str, Any]] = [
    {"effective": "2026-10-01", "platform": "label-studio", "project": "Street signs", "task_kind": "image",
     "unit": "task", "rate": "0.080000", "currency": "EUR"},
    {"effective": "2026-09-15", "platform": "label-studio", "project": "Reviews sentiment", "task_kind": "choices",
     "unit": "task", "rate": "0.050000", "currency": "EUR"},
    {"effective": "2026-11-01", "platform": "doccano", "project": "Medical NER", "task_kind": "ner",
     "unit": "hour", "rate": "14.5", "currency": "EUR"},
]  # fmt: skip


@dataclass
class FakeSharing:
    """In-memory sharing with the service's methods; ``calls`` lists the method names in call order.

    As in the real service, ``warning`` (in the status) holds integrity problems only; a sync's report also
    lists passing notes such as an unreachable server (``sync_notes``).
    """

    enrolled: bool = False
    consented: bool = False
    paused: bool = False
    warning: str | None = None
    session_only: bool = False  # the secret store lasts this session only (no usable keyring)
    fail_with: Exception | None = None  # raised by enroll and sync
    integrity_problem: str | None = None  # the next sync finds this wrong with the ledger (kept in the status)
    sync_notes: list[str] = field(default_factory=list)  # the next sync's other warnings (not kept)
    releases_data: list[dict[str, Any]] = field(default_factory=lambda: [dict(r) for r in RELEASES])
    rate_cards_data: list[dict[str, Any]] = field(default_factory=lambda: [dict(c) for c in RATE_CARDS])
    rate_cards_error: Exception | None = None  # raised by rate_cards
    gate: threading.Event | None = None  # when set, sync() waits for it (a slow network)
    calls: list[str] = field(default_factory=list)
    payloads: list[SharedPayload] = field(default_factory=list)
    queued: list[PendingShare] = field(default_factory=list)
    checkpoint_size: int = 0

    def __post_init__(self) -> None:
        self.pending = [self._pending(row) for row in DAYS]

    @staticmethod
    def _pending(row: tuple[Any, ...], supersedes: str | None = None) -> PendingShare:
        data = stats_data(*row)
        return PendingShare(date.fromisoformat(row[0]), row[1], row[2], data, pretty(data), supersedes)

    # -- the service's methods -------------------------------------------------------------------------

    def status(self) -> SharingStatus:
        self.calls.append("status")
        return SharingStatus(
            enrolled=self.enrolled,
            server_url=SERVER if self.enrolled else None,
            pseudonym=PSEUDONYM if self.enrolled else None,
            consented=self.consented,
            paused=self.paused,
            queued=len(self.queued),
            sent=sum(p.sent for p in self.payloads),
            last_checkpoint_size=self.checkpoint_size,
            warning=self.warning,
            session_only=self.session_only,
        )

    def enroll(self, invite_code: str, *, db: DbCall = inline) -> SharingStatus:
        self.calls.append("enroll")
        if self.fail_with is not None:
            raise self.fail_with
        if invite_code != INVITE:
            raise ValueError("invite code: damaged (not the base64url of canonical JSON); copy it again")
        self.enrolled = True
        return db(self.status)

    def preview(self) -> list[PendingShare]:
        self.calls.append("preview")
        return [*self.queued, *self.pending]

    def consent(self) -> SharingStatus:
        self.calls.append("consent")
        self.consented, self.paused = True, False
        return self.status()

    def pause(self) -> SharingStatus:
        self.calls.append("pause")
        self.paused = True
        return self.status()

    def resume(self) -> SharingStatus:
        self.calls.append("resume")
        self.paused = False
        return self.status()

    def queue_due(self) -> int:
        self.calls.append("queue_due")
        if not (self.enrolled and self.consented) or self.paused:
            return 0
        due, self.pending = self.pending, []
        self.queued += due
        return len(due)

    def sync(self, *, db: DbCall = inline) -> SyncReport:
        """As the service's: queues the days now due (through ``db``), then sends them."""
        self.calls.append("sync")
        if self.gate is not None:
            self.gate.wait(timeout=30)
        if self.fail_with is not None:
            raise self.fail_with
        report = SyncReport()
        if self.consented and not self.paused:
            db(self.queue_due)
            base = self.checkpoint_size + 100
            for offset, share in enumerate(self.queued):
                eid = entry_id(share.day, share.platform, share.task_kind, offset)
                text = pretty(body(share.data, eid, share.supersedes))
                self.payloads.insert(
                    0, SharedPayload(eid, share.day, share.platform, share.task_kind, text, True, base + offset, True)
                )
            report.sent, self.queued = len(self.queued), []
        self.checkpoint_size += 112 if report.sent else 1
        report.verified_size, report.policy_updates = self.checkpoint_size, 1
        if self.integrity_problem:
            self.warning = self.integrity_problem
            report.warnings.append(self.integrity_problem)
        report.warnings += self.sync_notes
        return report

    def shared(self, limit: int = 100, offset: int = 0) -> list[SharedPayload]:
        self.calls.append(f"shared({limit},{offset})")
        return self.payloads[offset : offset + limit]

    def releases(self) -> list[dict[str, Any]]:
        self.calls.append("releases")
        return list(self.releases_data)

    def rate_cards(self) -> list[dict[str, Any]]:
        self.calls.append("rate_cards")
        if self.rate_cards_error is not None:
            raise self.rate_cards_error
        return list(self.rate_cards_data)

    # -- test helpers ----------------------------------------------------------------------------------

    def shared_days(self, count: int) -> None:
        """``count`` payloads already sent, newest day first, two platforms a day; the ledger verified all but
        the two newest (sent at the last sync, checked at the next)."""
        first = date(2026, 11, 17).toordinal()
        for index in range(count):
            row = DAYS[index % 4]  # the first four rows are four different platform × kind pairs
            day = date.fromordinal(first - index // 2)
            data = stats_data(day.isoformat(), *row[1:])
            eid = entry_id("shared", index)
            verified = index >= 2
            leaf = 10 + count - index if verified else None
            self.payloads.append(SharedPayload(eid, day, row[1], row[2], pretty(body(data, eid)), True, leaf, verified))
        self.checkpoint_size = count + 20
