"""Care around distressing content (issue 15): exposure, its daily soft cap and break prompts.

Time on tasks of a batch flagged "may be distressing" is *exposure*. It is computed from the recorded activity
spans, by the same rule that makes time paid: an active span, or an idle one the member kept (or moved to a
category), counts; an idle stretch pending a decision or discarded does not. Exposure is the part of that
counted time spent on flagged tasks, so it is never more than the active time, and overlapping spans (a
recovered session beside a live one) are counted once.

Blur alone does not reduce anxiety (Lewitzka et al. 2026), so exposure is paired with a soft cap (default 4 h a
day, YouTube's 2018 limit for its moderators) and breaks (default: after 50 minutes of exposure with no rest of
10 minutes, a 10-minute break is proposed). Both are settings; the advice is a proposal, never a lock.

Pure: no Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

MINUTE_MS = 60_000
DEFAULT_CAP_MINUTES = 240
DEFAULT_BREAK_AFTER_MINUTES = 50
DEFAULT_BREAK_MINUTES = 10


@dataclass(frozen=True)
class TimedSpan:
    """A stretch of recorded time: [start_ms, end_ms), whether it counts as worked time, whether on flagged work."""

    start_ms: int
    end_ms: int
    counted: bool
    flagged: bool


def counts(state: str, idle_decision: str | None) -> bool:
    """Whether a span with this state and idle decision is worked (paid) time."""
    return state == "active" or idle_decision in ("keep", "reassign")


def _union(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The intervals merged: sorted, disjoint, none empty."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(i for i in intervals if i[1] > i[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def active_intervals(spans: Iterable[TimedSpan]) -> list[tuple[int, int]]:
    """The worked time, as disjoint intervals."""
    return _union((s.start_ms, s.end_ms) for s in spans if s.counted)


def exposure_intervals(spans: Iterable[TimedSpan]) -> list[tuple[int, int]]:
    """The worked time on flagged tasks, as disjoint intervals."""
    return _union((s.start_ms, s.end_ms) for s in spans if s.counted and s.flagged)


def total_ms(intervals: Iterable[tuple[int, int]]) -> int:
    """The length of disjoint intervals."""
    return sum(end - start for start, end in intervals)


def exposure_ms(spans: Iterable[TimedSpan]) -> int:
    """Worked time on flagged tasks, each moment counted once."""
    return total_ms(exposure_intervals(spans))


def exposure_since_rest(spans: Iterable[TimedSpan], now_ms: int, rest_ms: int) -> int:
    """Exposure since the member last rested from flagged work for at least ``rest_ms``.

    A rest is any stretch of ``rest_ms`` or more with no exposure: a break, unflagged work, time away. The
    stretch from the last exposure to ``now_ms`` counts as a rest too once it is long enough.
    """
    intervals = exposure_intervals(spans)
    if not intervals or now_ms - intervals[-1][1] >= rest_ms:
        return 0
    since = 0
    for index in range(len(intervals) - 1, -1, -1):
        start, end = intervals[index]
        since += end - start
        if index > 0 and start - intervals[index - 1][1] >= rest_ms:
            break
    return since


@dataclass(frozen=True)
class ContentCare:
    """How a task of a flagged batch is shown: the warning, and the member's preferences."""

    warning: str
    blur: bool = True  # images in grey and blurred, sharp only while revealed
    hide_text: bool = True  # text collapsed behind the warning until "Show"


@dataclass(frozen=True)
class CareRules:
    """The member's settings for exposure: the daily soft cap and when to propose a break (0: never)."""

    cap_ms: int = DEFAULT_CAP_MINUTES * MINUTE_MS
    break_after_ms: int = DEFAULT_BREAK_AFTER_MINUTES * MINUTE_MS
    break_ms: int = DEFAULT_BREAK_MINUTES * MINUTE_MS


class Advice(Enum):
    """What the app proposes about flagged work now."""

    NONE = "none"
    BREAK = "break"  # a break of ``break_ms``
    CAPPED = "capped"  # the day's soft cap is reached: unflagged work


def advice(rules: CareRules, today_ms: int, since_rest_ms: int) -> Advice:
    """What to propose, given today's exposure and the exposure since the last rest."""
    if rules.cap_ms > 0 and today_ms >= rules.cap_ms:
        return Advice.CAPPED
    if rules.break_after_ms > 0 and since_rest_ms >= rules.break_after_ms:
        return Advice.BREAK
    return Advice.NONE


@dataclass(frozen=True)
class Exposure:
    """A day's exposure, what it is since the last rest, and what the app proposes."""

    today_ms: int
    since_rest_ms: int
    advice: Advice
    rules: CareRules


def exposure_of(spans: list[TimedSpan], now_ms: int, rules: CareRules) -> Exposure:
    """The day's exposure from its spans, at ``now_ms``, under the member's rules."""
    today = exposure_ms(spans)
    since = exposure_since_rest(spans, now_ms, rules.break_ms)
    return Exposure(today, since, advice(rules, today, since), rules)


def hours_minutes(ms: int) -> str:
    """A duration as h:mm ("1:20")."""
    minutes = max(0, ms) // MINUTE_MS
    return f"{minutes // 60}:{minutes % 60:02d}"
