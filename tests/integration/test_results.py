"""Saving results: validated, one transaction with the earning, versioned; exported in Label Studio's format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from coopclient.services.container import Services
from coopclient.services.results import ResultRejected
from tests.fakes import FakeClock

SENTIMENT = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["Positive"]}}]


def counts(s: Services) -> tuple[int, int, int]:
    return (
        s.db.execute("SELECT count(*) FROM results").fetchone()[0],
        s.db.execute("SELECT count(*) FROM earnings").fetchone()[0],
        s.db.execute("SELECT count(*) FROM tasks WHERE status != 'todo'").fetchone()[0],
    )


def test_submit_stores_result_status_and_one_piece_rate(demo: Services) -> None:
    saved = demo.results.submit(1, SENTIMENT)
    assert saved.version == 1
    assert demo.results.result(1) == SENTIMENT
    assert counts(demo) == (1, 1, 1)
    again = demo.results.submit(1, [{**SENTIMENT[0], "value": {"choices": ["Negative"]}}])
    assert (again.result_id, again.version) == (saved.result_id, 2)
    assert counts(demo) == (1, 1, 1)  # edited, not paid twice
    assert demo.db.execute("SELECT amount_micros, currency FROM earnings").fetchone() == (40_000, "EUR")


def test_an_invalid_result_is_rejected_and_nothing_is_stored(demo: Services) -> None:
    bad = [{**SENTIMENT[0], "value": {"choices": ["Maybe"]}}]
    with pytest.raises(ResultRejected, match="'Maybe' is not one of: Positive, Negative, Neutral"):
        demo.results.submit(1, bad)
    with pytest.raises(ResultRejected, match="required"):
        demo.results.submit(1, [])
    assert counts(demo) == (0, 0, 0)


def test_ner_span_must_match_the_text(demo: Services) -> None:
    task = demo.db.execute("SELECT id FROM tasks WHERE platform_ref = '1023'").fetchone()[0]
    good: list[dict[str, Any]] = [
        {
            "from_name": "entities",
            "to_name": "text",
            "type": "labels",
            "value": {"start": 18, "end": 31, "text": "Grace Wanjiru", "labels": ["PER"]},
        }
    ]
    demo.results.submit(task, good)
    shifted = [{**good[0], "value": {**good[0]["value"], "start": 19, "end": 32}}]
    with pytest.raises(ResultRejected, match="does not match"):
        demo.results.submit(task, shifted)


def test_skip_pays_nothing_and_undoes_a_piece_rate(demo: Services) -> None:
    demo.results.submit(2, SENTIMENT)
    demo.results.skip(2)
    assert demo.db.execute("SELECT status FROM tasks WHERE id = 2").fetchone()[0] == "skipped"
    assert demo.db.execute("SELECT count(*) FROM earnings").fetchone()[0] == 0
    assert demo.db.execute("SELECT sum(micros) FROM money_rollup").fetchone()[0] == 0


def test_a_file_batch_needs_no_outbox_but_a_platform_task_gets_one_row(demo: Services) -> None:
    demo.results.submit(1, SENTIMENT)
    assert demo.db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    demo.db.execute("UPDATE accounts SET platform = 'label-studio'")
    demo.results.submit(3, SENTIMENT)
    demo.results.submit(3, SENTIMENT)
    rows = demo.db.execute("SELECT idempotency_key, kind, payload FROM outbox ORDER BY seq").fetchall()
    assert [r[0].split(":")[1] for r in rows] == ["v1", "v2"]
    assert json.loads(rows[0][2])["result"] == SENTIMENT


def test_export_is_label_studio_jsonl_with_measured_lead_time(demo: Services, clock: FakeClock, tmp_path: Path) -> None:
    demo.timer.start(task_id=1)
    for _ in range(3):
        clock.advance(15_000)
        demo.timer.input_seen()
        demo.timer.heartbeat()
    clock.advance(2_500)
    demo.timer.focus_task(2)
    demo.results.submit(1, SENTIMENT)
    clock.advance(10_000)
    demo.timer.stop()
    demo.results.skip(2)
    out = tmp_path / "results.jsonl"
    assert demo.batches.export_results(out) == 2
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    first, second = lines
    assert first["id"] == 1001
    assert first["data"]["text"].startswith("The solar lantern")
    annotation = first["annotations"][0]
    assert annotation["result"] == SENTIMENT
    assert annotation["lead_time"] == 47.5
    assert annotation["was_cancelled"] is False
    assert second["annotations"][0]["was_cancelled"] is True
    assert second["annotations"][0]["lead_time"] == 10.0
    assert not list(tmp_path.glob(".*partial"))


def test_a_cancelled_import_stores_nothing(services: Services, tmp_path: Path) -> None:
    from coopclient.services.batches import read_config

    batch = tmp_path / "big.jsonl"
    batch.write_text("".join(f'{{"text": "task {n}"}}\n' for n in range(5_000)), encoding="utf-8")
    config_path = tmp_path / "c.xml"
    config_path.write_text(
        '<View><Text name="text" value="$text"/><Choices name="c" toName="text"><Choice value="a"/></Choices></View>',
        encoding="utf-8",
    )
    seen: list[int] = []

    class Cancelled(Exception):
        pass

    def progress(done: int) -> None:
        seen.append(done)
        if done >= 4_000:
            raise Cancelled

    with pytest.raises(Cancelled):
        services.batches.import_file(batch, read_config(config_path), progress=progress)
    assert seen == [2_000, 4_000]
    assert services.db.execute("SELECT count(*) FROM tasks").fetchone()[0] == 0
    assert services.db.execute("SELECT count(*) FROM projects").fetchone()[0] == 0
    imported = services.batches.import_file(batch, read_config(config_path), progress=seen.append)
    assert imported.tasks == 5_000
    assert seen[-1] == 5_000
