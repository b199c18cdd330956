"""Settings change through one ``apply``: validated, stored in one transaction, in effect at once."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from coopclient.app import build
from coopclient.core.ids import counting_ids
from coopclient.core.settings import Problem, Rule, SettingsError
from coopclient.services.container import Services
from tests.fakes import FakeClock


def test_apply_puts_the_timer_rules_and_the_zone_in_effect_at_once(services: Services, clock: FakeClock) -> None:
    applied = services.settings.apply({"heartbeat_s": 10, "idle_threshold_s": 60, "session_gap_s": 120})
    assert applied.rules == services.timer.rules
    assert (services.timer.rules.heartbeat_ms, services.timer.rules.idle_threshold_ms) == (10_000, 60_000)
    assert services.timer.session_gap_ms == 120_000
    services.settings.apply({"timezone": "Pacific/Kiritimati"})  # UTC+14: another day than UTC near midnight
    assert clock.tz_name == "Pacific/Kiritimati"
    assert clock.tz == ZoneInfo("Pacific/Kiritimati")
    assert services.settings.get("timezone") == "Pacific/Kiritimati"


def test_apply_refuses_all_when_one_is_wrong(services: Services) -> None:
    before = services.settings.values()
    with pytest.raises(SettingsError) as raised:
        services.settings.apply({"heartbeat_s": 10, "idle_threshold_s": 0, "timezone": "Mars/Phobos"})
    assert raised.value.problems == [
        Problem("idle_threshold_s", Rule.RANGE, 0),
        Problem("timezone", Rule.ZONE, "Mars/Phobos"),
    ]
    assert services.settings.values() == before
    assert services.timer.rules.heartbeat_ms == 15_000


def test_settings_in_effect_after_a_restart(tmp_path: Path, clock: FakeClock) -> None:
    first = build(tmp_path / "data", clock=clock, ids=counting_ids())
    first.settings.apply_text("heartbeat_s", "5")
    first.settings.apply_text("session_gap_s", "30")
    first.close()
    again = build(tmp_path / "data", clock=FakeClock(), ids=counting_ids())
    try:
        assert again.timer.rules.heartbeat_ms == 5_000
        assert again.timer.session_gap_ms == 30_000
    finally:
        again.close()


def test_a_bad_value_stored_by_an_older_version_does_not_reach_the_timer(tmp_path: Path, clock: FakeClock) -> None:
    first = build(tmp_path / "data", clock=clock, ids=counting_ids())
    first.db.execute("INSERT INTO settings (key, value) VALUES ('heartbeat_s', '-5')")  # as the old CLI allowed
    first.db.conn.commit()
    first.close()
    again = build(tmp_path / "data", clock=FakeClock(), ids=counting_ids())
    try:
        assert again.timer.rules.heartbeat_ms == 15_000
        assert again.settings.get("heartbeat_s") == 15
    finally:
        again.close()
