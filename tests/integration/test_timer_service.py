"""The timer service against a real on-disk store: heartbeats, idle decisions, recovery, manual timer; a
heartbeat that fails to commit leaves the timer as the store has it; rules replaced from another thread."""

from __future__ import annotations

import itertools
import sqlite3
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopclient.app import build
from coopclient.core.categories import Category
from coopclient.core.ids import counting_ids
from coopclient.core.timer import IdleDecision
from coopclient.services.container import Services
from coopclient.services.timer import TimerError
from tests.fakes import T0, FakeClock

HB = 15_000


def spans(s: Services) -> list[tuple]:
    return s.db.execute(
        "SELECT state, category, task_id, start_ms, end_ms, idle_decision, recovered FROM activity_spans "
        "ORDER BY start_ms, seq"
    ).fetchall()


def work(s: Services, clock: FakeClock, beats: int, input_each: bool = True) -> None:
    for _ in range(beats):
        clock.advance(HB)
        if input_each:
            s.timer.input_seen()
        s.timer.heartbeat()


def test_heartbeats_extend_one_span_and_are_durable(demo: Services, clock: FakeClock) -> None:
    demo.timer.start(task_id=1)
    work(demo, clock, 4)
    # Read through a separate connection: what is committed is on disk.
    with sqlite3.connect(demo.data_dir / "coopclient.sqlite3") as other:
        row = other.execute("SELECT start_ms, end_ms, task_id FROM activity_spans").fetchall()
        hb = other.execute("SELECT last_heartbeat_ms FROM work_sessions").fetchone()[0]
    other.close()
    assert row == [(T0, T0 + 60_000, 1)]
    assert hb == T0 + 60_000


def test_switching_tasks_closes_one_span_and_opens_the_next(demo: Services, clock: FakeClock) -> None:
    demo.timer.start(task_id=1)
    work(demo, clock, 2)
    clock.advance(5_000)
    demo.timer.focus_task(2)
    work(demo, clock, 1)
    demo.timer.stop()
    assert [(r[2], r[3], r[4]) for r in spans(demo)] == [
        (1, T0, T0 + 35_000),
        (2, T0 + 35_000, T0 + 50_000),
    ]
    assert demo.timer.running is False


def go_idle_and_come_back(s: Services, clock: FakeClock) -> None:
    s.timer.start(task_id=1)
    work(s, clock, 2)  # 30 s active, last input at +30 s
    work(s, clock, 14, input_each=False)  # to +240 s, idle after +210 s
    clock.advance(5_000)
    s.timer.input_seen()
    beat = s.timer.heartbeat()
    assert beat.idle_ended


def test_idle_is_set_aside_until_the_member_decides(demo: Services, clock: FakeClock) -> None:
    go_idle_and_come_back(demo, clock)
    rows = spans(demo)
    assert [(r[0], r[3] - T0, r[4] - T0, r[5]) for r in rows] == [
        ("active", 0, 30_000, None),
        ("idle", 30_000, 245_000, "pending"),
        ("active", 245_000, 245_000, None),
    ]
    pending = demo.timer.pending_idle()
    assert [p.end_ms - p.start_ms for p in pending] == [215_000]
    totals = demo.reports.report().totals.time
    assert totals.task_ms == 30_000 and totals.pending_idle_ms == 215_000


@pytest.mark.parametrize(
    ("decision", "category", "expected"),
    [
        (IdleDecision.KEEP, None, {"annotating": 245_000}),
        (IdleDecision.DISCARD, None, {"annotating": 30_000, "~discarded": 215_000}),
        (IdleDecision.REASSIGN, Category.COMMUNICATION, {"annotating": 30_000, "communication": 215_000}),
    ],
)
def test_each_idle_decision_is_recorded(
    demo: Services, clock: FakeClock, decision: IdleDecision, category: Category | None, expected: dict
) -> None:
    go_idle_and_come_back(demo, clock)
    ids = [p.id for p in demo.timer.pending_idle()]
    assert demo.timer.decide_idle(ids, decision, category) == 1
    assert demo.timer.pending_idle() == []
    rollup = dict(demo.db.execute("SELECT bucket, sum(ms) FROM time_rollup WHERE ms != 0 GROUP BY bucket"))
    assert rollup == expected


def test_reassign_needs_a_category(demo: Services, clock: FakeClock) -> None:
    go_idle_and_come_back(demo, clock)
    ids = [p.id for p in demo.timer.pending_idle()]
    with pytest.raises(TimerError):
        demo.timer.decide_idle(ids, IdleDecision.REASSIGN)
    with pytest.raises(TimerError):
        demo.timer.decide_idle(ids, IdleDecision.KEEP, Category.SEARCHING)


FAIL_HEARTBEAT = (
    "CREATE TEMP TRIGGER fail_heartbeat BEFORE UPDATE OF last_heartbeat_ms ON work_sessions "
    "BEGIN SELECT RAISE(ABORT, 'disk I/O error (injected)'); END"
)
IDLE_SPLIT_BEAT = 11  # of the beats without input after 30 s of work: the one that cuts the idle span off


def idle_with_a_missed_beat(s: Services, clock: FakeClock, failing: bool) -> list[tuple]:
    """Work 30 s, stay away; the beat that splits off the idle span fails to commit (or is skipped); come back."""
    s.timer.start(task_id=1)
    work(s, clock, 2)
    for i in range(14):
        clock.advance(HB)
        if i != IDLE_SPLIT_BEAT:
            s.timer.heartbeat()
        elif failing:
            s.db.execute(FAIL_HEARTBEAT)
            with pytest.raises(sqlite3.IntegrityError, match="injected"):
                s.timer.heartbeat()  # its span rows were written, then the whole transaction rolled back
            s.db.execute("DROP TRIGGER fail_heartbeat")
    clock.advance(5_000)
    s.timer.input_seen()
    assert s.timer.heartbeat().idle_ended
    s.timer.stop()
    return spans(s)


def test_a_heartbeat_that_fails_to_commit_leaves_the_timer_as_the_store_has_it(
    tmp_path: Path, clock: FakeClock
) -> None:
    """The live session changes in memory only after its transaction commits: a failed beat is a missed beat.

    (Changed in place before, the timer kept the rolled-back idle span's id, and the idle stretch was lost.)
    """
    other_clock = FakeClock()
    recorded = []
    for folder, c, failing in ((tmp_path / "missed", other_clock, False), (tmp_path / "failed", clock, True)):
        s = build(folder, clock=c, ids=counting_ids())
        try:
            s.batches.import_demo()
            recorded.append(idle_with_a_missed_beat(s, c, failing))
        finally:
            s.close()
    missed, failed = recorded
    assert failed == missed
    assert [(r[0], r[3] - T0, r[4] - T0) for r in failed] == [
        ("active", 0, 30_000),
        ("idle", 30_000, 245_000),  # the stop dropped the empty span opened on coming back
    ]


def test_rules_replaced_from_another_thread_take_effect_at_the_next_beat(demo: Services, clock: FakeClock) -> None:
    timer = demo.timer
    timer.start(task_id=1)
    work(demo, clock, 2)
    work(demo, clock, 4, input_each=False)  # 60 s away: under the 180 s idle threshold
    assert not timer.is_idle
    shorter = replace(timer.rules, idle_threshold_ms=45_000)
    setter = threading.Thread(target=timer.set_rules, args=(shorter,))
    setter.start()
    setter.join()
    assert timer.rules == shorter and timer.is_idle  # the GUI's reading follows at once
    clock.advance(HB)
    assert timer.heartbeat().idle  # the next beat cuts the span at the new threshold
    assert [(r[0], r[3] - T0, r[4] - T0) for r in spans(demo)] == [("active", 0, 30_000), ("idle", 30_000, 105_000)]


def test_suspend_ends_the_span_at_the_last_heartbeat(demo: Services, clock: FakeClock) -> None:
    demo.timer.start(task_id=1)
    work(demo, clock, 2)
    clock.suspend(3 * 3_600_000)
    clock.advance(HB)
    demo.timer.input_seen()
    assert demo.timer.heartbeat().jumped
    rows = spans(demo)
    assert [(r[3] - T0, r[4] - T0) for r in rows] == [(0, 30_000), (3 * 3_600_000 + 45_000,) * 2]


def test_crash_recovery_closes_at_the_last_heartbeat_and_flags_it(tmp_path: Path, clock: FakeClock) -> None:
    first = build(tmp_path, clock=clock, ids=counting_ids("a"))
    first.batches.import_demo()
    first.timer.start(task_id=3)
    work(first, clock, 3)
    clock.advance(10_000)  # worked 10 s more, then the process died before the next heartbeat
    first.db.close()  # no stop(): as after SIGKILL

    clock.advance(600_000)
    second = build(tmp_path, clock=clock, ids=counting_ids("b"))
    recovered = second.timer.recover()
    assert [r.id for r in recovered] == ["a-1"]  # the session the first run started, by its injected id
    session = second.db.execute("SELECT state, ended_ms, end_reason FROM work_sessions").fetchone()
    assert session == ("recovered", T0 + 45_000, "crash_recovered")
    flagged = second.timer.unconfirmed_recovered()
    assert [(s.start_ms, s.end_ms) for s in flagged] == [(T0, T0 + 45_000)]
    assert second.timer.recover() == []  # once only
    second.close()


def test_manual_timer_across_commands(services: Services, clock: FakeClock) -> None:
    session = services.timer.start_manual(Category.SEARCHING, "prolific")
    assert services.timer.manual_status() == session
    with pytest.raises(TimerError, match="already running"):
        services.timer.start_manual(Category.ANNOTATING, None)
    clock.advance(25 * 60_000)
    _stopped, ms = services.timer.stop_manual()
    assert ms == 25 * 60_000
    assert services.timer.manual_status() is None
    with pytest.raises(TimerError, match="no manual timer"):
        services.timer.stop_manual()
    assert services.reports.report().totals.time.of(Category.SEARCHING) == 25 * 60_000


def test_manual_timer_over_midnight_is_split_by_day(services: Services, clock: FakeClock) -> None:
    services.timer.start_manual(Category.ANNOTATING, "toloka")
    clock.advance(20 * 3_600_000)  # 08:00 to 04:00 the next day
    services.timer.stop_manual()
    days = services.db.execute("SELECT day, end_ms - start_ms FROM activity_spans ORDER BY start_ms").fetchall()
    assert days == [("2026-03-02", 16 * 3_600_000), ("2026-03-03", 4 * 3_600_000)]


def test_manual_timer_refused_while_the_app_times_work(demo: Services, clock: FakeClock) -> None:
    demo.timer.start(task_id=1)
    work(demo, clock, 1)
    with pytest.raises(TimerError, match="desktop app"):
        demo.timer.start_manual(Category.SEARCHING, None)


def test_a_clock_set_back_never_overlaps_recorded_time(demo: Services, clock: FakeClock) -> None:
    demo.timer.start(task_id=1)
    work(demo, clock, 4)
    demo.timer.stop()
    clock.jump_wall(-3_600_000)
    demo.timer.start(task_id=2)
    work(demo, clock, 2)
    demo.timer.stop()
    rows = spans(demo)
    assert rows[1][3] >= rows[0][4]


ops = st.lists(
    st.tuples(
        st.sampled_from(["beat", "beat", "beat", "input", "task", "idle", "suspend", "back", "stop", "decide"]),
        st.integers(min_value=1, max_value=44),
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(script=ops)
def test_property_spans_never_overlap_and_categories_add_up(
    tmp_path_factory: pytest.TempPathFactory, script: list[tuple[str, int]]
) -> None:
    """Property: after any sequence of work, idle, suspends, clock changes and decisions, spans never
    overlap; every session's spans add up to its length less the gaps at clock jumps; and the per-day
    totals kept by triggers equal the spans' own sums."""
    clock = FakeClock(tz="Europe/Paris")
    s = build(tmp_path_factory.mktemp("prop"), clock=clock, ids=counting_ids())
    s.batches.import_demo()
    try:
        for op, n in script:
            run_op(s, clock, op, n)
        if s.timer.running:
            s.timer.stop()
        check_invariants(s)
    finally:
        s.close()


def run_op(s: Services, clock: FakeClock, op: str, n: int) -> None:
    if op == "stop":
        if s.timer.running:
            s.timer.stop()
        return
    if op == "decide":
        pending = s.timer.pending_idle()
        if pending:
            choice = [IdleDecision.KEEP, IdleDecision.DISCARD, IdleDecision.REASSIGN][n % 3]
            cat = Category.SEARCHING if choice is IdleDecision.REASSIGN else None
            s.timer.decide_idle([p.id for p in pending], choice, cat)
        return
    if not s.timer.running:
        s.timer.start(task_id=n)
    if op == "input":
        s.timer.input_seen()
    elif op == "task":
        s.timer.focus_task(n)
    elif op == "idle":
        for _ in range(14):
            clock.advance(HB)
            s.timer.heartbeat()
    elif op == "suspend":
        clock.suspend(n * 60_000)
        clock.advance(1_000)
        s.timer.heartbeat()
    elif op == "back":
        clock.jump_wall(-n * 60_000)
        clock.advance(1_000)
        s.timer.heartbeat()
    else:
        clock.advance(n * 1_000)
        s.timer.heartbeat()


def check_invariants(s: Services) -> None:
    rows = s.db.execute("SELECT session_id, start_ms, end_ms FROM activity_spans ORDER BY start_ms, id").fetchall()
    for a, b in itertools.pairwise(rows):
        assert b[1] >= a[2], f"overlap: {a} and {b}"
    for sid, started, ended in s.db.execute("SELECT id, started_ms, ended_ms FROM work_sessions").fetchall():
        mine = [r for r in rows if r[0] == sid]
        total = sum(e - st_ for _, st_, e in mine)
        gaps = sum(b[1] - a[2] for a, b in itertools.pairwise(mine))
        if mine:
            assert total + gaps == mine[-1][2] - mine[0][1]
            assert started <= mine[0][1] and mine[-1][2] <= ended
    direct = dict(
        s.db.execute(
            "SELECT b, sum(ms) FROM (SELECT CASE WHEN state = 'active' OR idle_decision IN ('keep','reassign') "
            "THEN category WHEN idle_decision = 'discard' THEN '~discarded' ELSE '~pending' END AS b, "
            "end_ms - start_ms AS ms FROM activity_spans) GROUP BY b"
        ).fetchall()
    )
    rollup = dict(
        s.db.execute(
            "SELECT bucket, sum(ms) FROM time_rollup WHERE bucket NOT LIKE '~gap' GROUP BY bucket HAVING sum(ms) != 0"
        ).fetchall()
    )
    assert rollup == {k: v for k, v in direct.items() if v}
    report = s.reports.report().totals.time
    assert sum(report.by_category.values()) + report.pending_idle_ms + report.discarded_idle_ms == sum(
        e - st_ for _, st_, e in rows
    )
