"""Writes say what they changed: the flags combine, and each write's set is what its views need."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coopclient.core.changes import HEARTBEAT, IDLE_DECIDED, RESULT_SAVED, Changes

CHANGES = st.builds(Changes, st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.booleans())


@given(CHANGES, CHANGES)
def test_or_keeps_every_flag_of_either(a: Changes, b: Changes) -> None:
    both = a | b
    for name in ("time", "earnings", "results", "outbox", "tasks"):
        assert getattr(both, name) == (getattr(a, name) or getattr(b, name))
    assert both == b | a


def test_a_heartbeat_touches_the_figures_not_the_outbox() -> None:
    assert HEARTBEAT.figures and not HEARTBEAT.outbox and not HEARTBEAT.results
    assert IDLE_DECIDED.figures and not IDLE_DECIDED.outbox
    assert RESULT_SAVED.figures and RESULT_SAVED.outbox and RESULT_SAVED.results
