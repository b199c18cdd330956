"""The command line end to end: imports, bad input (exit 2, a precise message, the store unchanged),
the manual timer, floors, rates, earnings, reports and the export."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from coopclient.app import Environment
from coopclient.cli import main
from coopclient.core.ids import counting_ids
from coopclient.storage.db import DB_FILENAME
from tests.fakes import T0, FakeClock

CONFIG = (
    '<View><Text name="text" value="$text"/>'
    '<Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices></View>'
)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.xml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def dump(data: Path) -> list[str]:
    conn = sqlite3.connect(data / DB_FILENAME)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_import_jsonl_in_both_shapes(
    data: Path, config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = write(tmp_path / "b.jsonl", '{"id": 7, "data": {"text": "good"}}\n\n{"text": "bad"}\n')
    assert run(data, "import-batch", str(batch), "--config", str(config), "--rate", "0.04 EUR per task") == 0
    assert "imported 2 tasks" in capsys.readouterr().out
    conn = sqlite3.connect(data / DB_FILENAME)
    rows = conn.execute("SELECT seq, platform_ref, payload, task_type FROM tasks ORDER BY seq").fetchall()
    rate = conn.execute("SELECT rate_micros, rate_currency, name FROM projects").fetchone()
    conn.close()
    assert rows == [
        (1, "7", '{"id": 7, "data": {"text": "good"}}', "choices"),
        (2, None, '{"text": "bad"}', "choices"),
    ]
    assert rate == (40_000, "EUR", "b")


def test_import_csv(data: Path, config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = write(tmp_path / "b.csv", 'id,text\n1,"hello, world"\n2,"ça va"\n')
    assert run(data, "import-batch", str(batch), "--config", str(config), "--project", "P") == 0
    assert run(data, "tasks") == 0
    out = capsys.readouterr().out
    assert "hello, world" in out
    assert "ça va" in out


def test_the_same_file_twice_is_refused(
    data: Path, config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = write(tmp_path / "b.jsonl", '{"text": "x"}\n')
    assert run(data, "import-batch", str(batch), "--config", str(config)) == 0
    before = dump(data)
    assert run(data, "import-batch", str(batch), "--config", str(config)) == 2
    assert "already imported" in capsys.readouterr().err
    assert dump(data) == before


BAD_INPUTS = [
    ("malformed.jsonl", '{"text": "ok"}\n{"text": "ok"}\n{"text": "broken\n', ":3: not valid JSON"),
    ("latin1.jsonl", b'{"text": "ok"}\n{"text": "caf\xe9"}\n', ":2: not UTF-8 text (byte 0xe9 at column 14)"),
    ("missing.jsonl", '{"text": "ok"}\n{"body": "no text"}\n', ":2: field 'text' is missing"),
    ("notobject.jsonl", '{"text": "ok"}\n[1, 2]\n', ":2: a task must be a JSON object"),
    ("number.jsonl", '{"text": 12}\n', ":1: field 'text' is int, not text"),
    ("badcsv.csv", "id,text\n1,a\n2,b,c\n", ":3: 3 fields, but the header has 2"),
    ("empty.jsonl", "\n\n", "no tasks in the file"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_batch_files_exit_2_naming_the_line_and_change_nothing(
    data: Path,
    config: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: str | bytes,
    message: str,
) -> None:
    good = write(tmp_path / "good.jsonl", '{"text": "fine"}\n')
    assert run(data, "import-batch", str(good), "--config", str(config)) == 0
    before = dump(data)
    bad = write(tmp_path / name, content)
    assert run(data, "import-batch", str(bad), "--config", str(config)) == 2
    err = capsys.readouterr().err
    assert str(bad) in err
    assert message in err
    assert dump(data) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--rate", "0.04 EUX per task"], "unknown currency 'EUX'"),
        (["--rate", "four cents"], "--rate"),
        (["--config", "MISSING"], "cannot read"),
    ],
)
def test_bad_options_exit_2(
    data: Path, config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    batch = write(tmp_path / "b.jsonl", '{"text": "x"}\n')
    full = ["import-batch", str(batch), "--config", str(config), *args]
    if "MISSING" in args:
        full = ["import-batch", str(batch), "--config", str(tmp_path / "missing.xml")]
    assert run(data, *full) == 2
    assert message in capsys.readouterr().err
    assert dump(data) == dump(data)  # the store opens fine afterwards
    conn = sqlite3.connect(data / DB_FILENAME)
    assert conn.execute("SELECT count(*) FROM tasks").fetchone()[0] == 0
    conn.close()


def test_an_invalid_config_names_the_file_and_place(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = write(tmp_path / "b.jsonl", '{"text": "x"}\n')
    bad = write(
        tmp_path / "bad.xml", '<View>\n<Choices name="s" toName="nowhere"><Choice value="a"/></Choices>\n</View>'
    )
    assert run(data, "import-batch", str(batch), "--config", str(bad)) == 2
    err = capsys.readouterr().err
    assert str(bad) in err
    assert "invalid labeling config" in err
    assert "nowhere" in err


def test_without_config_the_sibling_xml_is_used_or_a_clear_error(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = write(tmp_path / "b.jsonl", '{"text": "x"}\n')
    assert run(data, "import-batch", str(batch)) == 2
    assert "pass --config" in capsys.readouterr().err
    write(tmp_path / "b.xml", CONFIG)
    assert run(data, "import-batch", str(batch)) == 0


def test_unsupported_tags_import_as_unsupported_tasks(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = write(tmp_path / "v.jsonl", '{"video": "clip.mp4", "text": "t"}\n')
    cfg = write(
        tmp_path / "v.xml",
        '<View><Text name="text" value="$text"/><Video name="v" value="$video"/>'
        '<Choices name="c" toName="text"><Choice value="a"/></Choices></View>',
    )
    assert run(data, "import-batch", str(batch), "--config", str(cfg)) == 0
    assert "1 unsupported" in capsys.readouterr().out
    conn = sqlite3.connect(data / DB_FILENAME)
    reason = conn.execute("SELECT unsupported_reason FROM tasks").fetchone()[0]
    conn.close()
    assert "Video" in reason


def test_manual_timer_commands(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data, "timer", "status") == 0
    assert "no manual timer" in capsys.readouterr().out
    assert run(data, "timer", "start", "--category", "payment-admin", "--platform", "prolific") == 0
    assert run(data, "timer", "start") == 2
    assert "already running" in capsys.readouterr().err
    assert run(data, "timer", "status") == 0
    assert "running: payment_admin on prolific" in capsys.readouterr().out
    assert run(data, "timer", "stop") == 0
    assert "timer stopped" in capsys.readouterr().out
    assert run(data, "timer", "start", "--category", "napping") == 2
    assert "unknown category 'napping'" in capsys.readouterr().err


def test_report_json_has_the_four_wages_the_floor_and_the_shortfall(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data, "floor", "set", "12", "EUR", "--effective", "2026-01-01") == 0
    assert run(data, "earnings", "add", "bonus", "3", "EUR", "--date", "2026-03-02") == 0
    assert run(data, "earnings", "add", "fee", "0.50", "EUR", "--date", "2026-03-02") == 0
    capsys.readouterr()
    assert run(data, "report", "--json", "--from", "2026-01-01", "--to", "2026-12-31", "--by", "day") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["currency"] == "EUR"
    assert set(report["totals"]["wages_per_hour"]) == {"task_time", "session_time", "all_in", "money_received"}
    assert report["totals"]["earnings"]["earned"] == {"amount": "3.00", "currency": "EUR"}
    assert report["totals"]["earnings"]["fees"] == {"amount": "-0.50", "currency": "EUR"}
    assert report["floors"][0]["hourly"] == {"amount": "12.00", "currency": "EUR"}
    assert "hours_below_floor" in report["totals"]
    assert "shortfall" in report["totals"]
    assert run(data, "report") == 0
    assert "per hour: task time" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["floor", "set", "12", "EUX"], "unknown currency 'EUX'"),
        (["floor", "set", "-3", "EUR"], "must be positive"),
        (["earnings", "add", "bonus", "1.0000001", "EUR"], "decimal places"),
        (["earnings", "add", "bonus", "-5", "EUR"], "a bonus is money received: -5.00 EUR cannot be one"),
        (["earnings", "add", "payout", "-5", "EUR"], "record a correction as an adjustment"),
        (["earnings", "reject", "99"], "no piece-rate earning"),
        (["report", "--from", "2026-02-01", "--to", "2026-01-01"], "is after"),
        (["settings", "set", "idle_threshold_s", "soon"], "expected int"),
        (["settings", "set", "heartbeat_s", "-5"], "setting heartbeat_s: must be from 5 to 15 seconds, not -5"),
        (["settings", "set", "idle_threshold_s", "0"], "must be from 30 to 3600 seconds, not 0"),
        (["settings", "set", "timezone", "Mars/Phobos"], "'Mars/Phobos' is not a time zone name"),
        (["settings", "set", "theme", "purple"], "must be one of system, light, dark"),
        (["settings", "set", "first_run_done", "maybe"], "expected true or false"),
    ],
)
def test_bad_values_exit_2(data: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    assert run(data, *args) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_task_larger_than_the_limit_is_refused_naming_its_line(
    data: Path, config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    """Issue 11.2: a 30 MB task was imported and froze the window that opened it."""
    from coopclient.platforms.batchfile.reader import MAX_TASK_BYTES

    huge = "word " * (MAX_TASK_BYTES // 5 + 1)
    texts = {".csv": f'text\nfine\n"{huge}"\n', ".jsonl": '{"text": "fine"}\n' + json.dumps({"text": huge}) + "\n"}
    batch = write(tmp_path / f"big{suffix}", texts[suffix])
    assert run(data, "import-batch", str(batch), "--config", str(config)) == 2
    err = capsys.readouterr().err
    assert f"{batch}:{3 if suffix == '.csv' else 2}: this task is larger than 256 KiB" in err
    just_under = write(tmp_path / "ok.jsonl", json.dumps({"text": "w" * (MAX_TASK_BYTES - 20)}) + "\n")
    assert run(data, "import-batch", str(just_under), "--config", str(config)) == 0


def test_settings_set_stores_what_it_checked(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data, "settings", "set", "heartbeat_s", "-5") == 2
    assert run(data, "settings", "set", "report_currency", " usd") == 0
    assert run(data, "settings", "set", "timezone", "Africa/Nairobi") == 0
    capsys.readouterr()
    assert run(data, "settings", "show") == 0
    shown = capsys.readouterr().out
    assert "heartbeat_s = 15" in shown
    assert 'report_currency = "USD"' in shown
    assert 'timezone = "Africa/Nairobi"' in shown


def test_settings_help_says_what_each_accepts(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["settings", "set", "--help"])
    out = capsys.readouterr().out
    assert "heartbeat_s" in out and "5 to 15 seconds" in out
    assert "system | light | dark" in out


def test_bad_rates_file_names_line_and_field(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rates = write(tmp_path / "rates.csv", "date,base,quote,rate\n2026-03-01,USD,EUR,0.92\n2026-03-02,USD,EUR,abc\n")
    assert run(data, "rates", "import", str(rates)) == 2
    err = capsys.readouterr().err
    assert f"{rates}:3" in err
    assert "rate" in err
    conn = sqlite3.connect(data / DB_FILENAME)
    assert conn.execute("SELECT count(*) FROM fx_rates").fetchone()[0] == 0
    conn.close()


def test_a_newer_store_is_refused(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data.mkdir()
    conn = sqlite3.connect(data / DB_FILENAME)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert run(data, "tasks") == 2
    assert "newer than this coopclient" in capsys.readouterr().err


def test_data_dir_from_the_environment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-demo"], Environment(variables={"COOPCLIENT_DATA_DIR": str(tmp_path / "env")})) == 0
    assert (tmp_path / "env" / DB_FILENAME).exists()


def test_the_command_line_runs_on_the_clock_ids_and_streams_it_is_given(data: Path) -> None:
    """Nothing of the real world leaks in: the session's id, its times and the output are the environment's."""
    clock, out = FakeClock(), io.StringIO()
    env = Environment(clock=clock, ids=counting_ids("cli"), stdout=out, variables={})
    assert main(["--data-dir", str(data), "timer", "start", "--platform", "prolific"], env) == 0
    clock.advance(90_000)
    assert main(["--data-dir", str(data), "timer", "status"], env) == 0
    assert main(["--data-dir", str(data), "timer", "stop"], env) == 0
    assert out.getvalue().splitlines() == [
        "timer started: annotating on prolific",
        "running: annotating on prolific, 0:01:30 so far",
        "timer stopped: annotating, 0:01:30 recorded",
    ]
    conn = sqlite3.connect(data / DB_FILENAME)
    try:
        sessions = conn.execute("SELECT id, started_ms, ended_ms, state FROM work_sessions").fetchall()
    finally:
        conn.close()
    assert sessions == [("cli-1", T0, T0 + 90_000, "closed")]


WARNED = '{"content_warning": "graphic violence"}\n{"text": "a"}\n{"text": "b"}\n'


def test_a_batch_that_warns_is_not_imported_without_accept_warning(
    data: Path, config: Path, tmp_path: Path, capsys
) -> None:
    batch = write(tmp_path / "warned.jsonl", WARNED)
    assert run(data, "import-batch", str(batch), "--config", str(config)) == 2
    err = capsys.readouterr().err
    assert "may be distressing: graphic violence" in err and "--accept-warning" in err
    assert run(data, "tasks") == 0
    assert capsys.readouterr().out.strip() == ""


def test_with_accept_warning_the_batch_is_imported_flagged_and_the_warning_is_no_task(
    data: Path, config: Path, tmp_path: Path, capsys
) -> None:
    batch = write(tmp_path / "warned.jsonl", WARNED)
    assert run(data, "import-batch", str(batch), "--config", str(config), "--accept-warning") == 0
    assert "imported 2 tasks" in capsys.readouterr().out
    conn = sqlite3.connect(data / DB_FILENAME)
    try:
        assert conn.execute("SELECT content_warning, flagged_by FROM batches").fetchall() == [
            ("graphic violence", "file")
        ]
    finally:
        conn.close()
