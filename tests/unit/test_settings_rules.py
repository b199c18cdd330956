"""The settings' declarations: one check for every caller, problems as values, text parsed strictly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopclient.core.settings import (
    SETTINGS,
    Problem,
    Rule,
    Setting,
    SettingsError,
    parse,
    problem,
    session_gap_ms,
    timer_rules,
    valid_or_default,
)

INT_SETTINGS = [s for s in SETTINGS.values() if s.type is int]


@given(st.sampled_from(INT_SETTINGS), st.integers(-(10**6), 10**6))
def test_an_int_is_valid_exactly_inside_its_range(setting: Setting, value: int) -> None:
    assert setting.low is not None and setting.high is not None  # every int setting is bounded
    found = problem(setting.key, value)
    if setting.low <= value <= setting.high:
        assert found is None
    else:
        assert found == Problem(setting.key, Rule.RANGE, value)


@pytest.mark.parametrize(
    ("key", "value", "rule"),
    [
        ("heartbeat_s", "15", Rule.TYPE),
        ("heartbeat_s", True, Rule.TYPE),  # a bool is an int to Python, not to a setting
        ("first_run_done", 1, Rule.TYPE),
        ("theme", "purple", Rule.CHOICE),
        ("report_currency", "EUX", Rule.CURRENCY),
        ("idle_treshold_s", 300, Rule.UNKNOWN),
    ],
)
def test_problems_name_the_rule(key: str, value: object, rule: Rule) -> None:
    found = problem(key, value)
    assert found is not None and found.rule is rule


def test_valid_values_have_no_problem() -> None:
    for key, value in {"theme": "dark", "report_currency": "USD", "region": "KE", "first_run_done": True}.items():
        assert problem(key, value) is None, key
    assert all(problem(key, s.default) is None for key, s in SETTINGS.items())


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("heartbeat_s", -5, "setting heartbeat_s: must be from 5 to 15 seconds, not -5"),
        ("theme", "purple", "setting theme: must be one of system, light, dark, not 'purple'"),
        ("timezone", "Mars/Phobos", "setting timezone: 'Mars/Phobos' is not a time zone name"),
        ("first_run_done", "maybe", "setting first_run_done: expected true or false, got 'maybe'"),
    ],
)
def test_english_names_the_setting_the_rule_and_the_value(key: str, value: object, message: str) -> None:
    rule = {int: Rule.RANGE, bool: Rule.TYPE}.get(SETTINGS[key].type, Rule.CHOICE)
    rule = Rule.ZONE if key == "timezone" else rule
    assert message in Problem(key, rule, value).english()


def test_text_is_parsed_strictly() -> None:
    assert parse("heartbeat_s", " 10 ") == 10
    assert parse("first_run_done", "Yes") is True
    assert parse("first_run_done", "off") is False
    assert parse("report_currency", " usd ") == "USD"
    for key, text in (("heartbeat_s", "ten"), ("first_run_done", "maybe")):  # once any word but "true" was False
        with pytest.raises(SettingsError) as raised:
            parse(key, text)
        assert raised.value.problems == [Problem(key, Rule.TYPE, text)]
    with pytest.raises(SettingsError, match="unknown setting 'heartbeat'"):
        parse("heartbeat", "10")


def test_a_stored_value_older_rules_let_through_reads_as_the_default() -> None:
    assert valid_or_default("heartbeat_s", -5) == 15
    assert valid_or_default("heartbeat_s", 10) == 10


def test_timer_rules_come_from_the_values() -> None:
    values = {key: s.default for key, s in SETTINGS.items()} | {"heartbeat_s": 10, "idle_threshold_s": 60}
    rules = timer_rules(values)
    assert (rules.heartbeat_ms, rules.idle_threshold_ms) == (10_000, 60_000)
    assert session_gap_ms(values | {"session_gap_s": 90}) == 90_000
