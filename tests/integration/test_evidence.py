"""Evidence packs end to end against the in-memory Label Studio: pull, annotate, sync, reject; the pack holds
the task as received, the payload bytes as sent and the server's answers, verifies offline, and any changed,
missing or added file is named; the rejection tracker lists what a rejection took."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopclient import cli
from coopclient.app import Environment
from coopclient.core.evidence import MANIFEST, MANIFEST_DIGEST, PackError
from coopclient.core.ids import counting_ids
from coopclient.services.container import Services
from coopclient.services.evidence import NOT_ENROLLED, EvidenceService, verify_pack
from coopclient.services.platform_sync import PlatformSync
from coopclient.storage.catalog import CatalogRepo
from coopclient.storage.credentials import MemoryStore
from tests.fakes import FakeClock
from tests.integration.test_platform_sync import URL, work_on
from tests.labelstudio.server import ADMIN_TOKEN, LabelStudioServer
from tests.labelstudio.test_sync_real_server import Member_ as RealMember
from tests.labelstudio.test_sync_real_server import new_project, result_for
from tests.unit.test_labelstudio_adapter import PAT, SENTIMENT, FakeLabelStudio


@pytest.fixture
def server() -> FakeLabelStudio:
    s = FakeLabelStudio()
    s.add_project(3, "Reviews")
    s.add_tasks(3, [{"text": f"review {i}"} for i in range(3)])
    return s


@pytest.fixture
def sync(services: Services, server: FakeLabelStudio, tmp_path: Path) -> Iterator[PlatformSync]:
    ps = PlatformSync(
        services.db, services.clock, counting_ids("pull"), MemoryStore(), server.transport(), media_root=tmp_path
    )
    yield ps
    ps.close()


@pytest.fixture
def rejected(services: Services, clock: FakeClock, sync: PlatformSync) -> list[int]:
    """Three tasks pulled at 0.05 EUR each, answered and delivered; the first one rejected."""
    account = sync.add_account("label-studio", URL, PAT)
    done = sync.pull(account, "3", 3)
    services.db.execute(
        "UPDATE projects SET rate_micros = 50000, rate_currency = 'EUR' WHERE id = ?", [done.project_id]
    )
    tasks = [t.id for t in CatalogRepo(services.db).tasks(batch_id=done.batch_id)]
    for task in tasks:
        work_on(services, clock, task, 60)
        services.results.submit(task, SENTIMENT)
    assert sync.sync().delivered == 3
    services.earnings.reject(tasks[0], "rejected by the requester")
    return tasks


def members(pack: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pack) as z:
        return {name: z.read(name) for name in z.namelist()}


def rewrite(pack: Path, files: dict[str, bytes]) -> None:
    with zipfile.ZipFile(pack, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)


def test_a_pack_holds_the_task_the_bytes_sent_and_the_servers_answers(
    services: Services, server: FakeLabelStudio, rejected: list[int], tmp_path: Path
) -> None:
    pack = tmp_path / "pack.zip"
    requests = len(server.requests)
    EvidenceService(services.db, services.clock).build([rejected[0]], pack)
    files = members(pack)
    [sent] = services.db.execute(
        "SELECT payload FROM outbox WHERE json_extract(payload, '$.task_id') = ?", [rejected[0]]
    ).fetchone()
    [outbox_name] = [n for n in files if n.startswith("outbox-")]
    assert files[outbox_name] == sent.encode()  # the result exactly as sent
    stored_task = services.db.execute("SELECT payload FROM tasks WHERE id = ?", [rejected[0]]).fetchone()[0]
    assert files["task_payload.json"] == stored_task.encode()
    answers = json.loads(files["server_responses.json"])
    assert [(a["method"], a["status"]) for a in answers] == [("POST", 201)]
    assert answers[0]["remote_id"] == json.loads(files["outbox_history.json"])[0]["remote_id"] is not None
    assert [e["kind"] for e in json.loads(files["earnings.json"])] == ["piece_rate", "rejection"]
    assert sum(s["end_ms"] - s["start_ms"] for s in json.loads(files["time_records.json"])) == 60_000
    assert json.loads(files["ledger.json"]) == {"note": NOT_ENROLLED}
    assert "rejection -0.05 EUR" in files["summary.txt"].decode()
    assert verify_pack(pack)[0] == MANIFEST
    assert len(server.requests) == requests  # nothing leaves the machine


def test_every_changed_missing_or_added_file_is_named(services: Services, rejected: list[int], tmp_path: Path) -> None:
    pack = tmp_path / "pack.zip"
    EvidenceService(services.db, services.clock).build(rejected, pack)  # a batch: a folder per task
    files = members(pack)
    assert f"task-{rejected[1]}/task.json" in files
    for name in files:
        changed = dict(files)
        data = bytearray(files[name])
        data[len(data) // 2] ^= 0x01
        changed[name] = bytes(data)
        rewrite(pack, changed)
        with pytest.raises(PackError) as caught:
            verify_pack(pack)
        assert caught.value.name == (MANIFEST if name in (MANIFEST, MANIFEST_DIGEST) else name)
        rewrite(pack, {n: d for n, d in files.items() if n != name})
        with pytest.raises(PackError) as caught:
            verify_pack(pack)
        assert caught.value.name == name
    rewrite(pack, {**files, "extra.txt": b"slipped in"})
    with pytest.raises(PackError, match=r"extra\.txt: not in the manifest"):
        verify_pack(pack)


def run(data: Path, clock: FakeClock, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = Environment(clock=clock, secrets=MemoryStore, transport=lambda: None, stdout=out, stderr=err)
    code = cli.main(["--data-dir", str(data), *argv], env)
    return code, out.getvalue(), err.getvalue()


def test_cli_build_verify_and_rejections(
    services: Services, clock: FakeClock, rejected: list[int], tmp_path: Path
) -> None:
    data = services.data_dir
    pack = tmp_path / "task.zip"
    code, out, err = run(data, clock, "evidence", "build", str(rejected[0]), str(pack))
    assert (code, err) == (0, ""), err
    assert run(data, clock, "evidence", "verify", str(pack))[:2] == (0, f"{pack}: intact (10 files checked)\n")
    files = members(pack)
    files["task.json"] = files["task.json"].replace(b"done", b"todo")
    rewrite(pack, files)
    code, out, err = run(data, clock, "evidence", "verify", str(pack))
    assert (code, out) == (2, "")
    assert "task.json: differs from its SHA-256 in the manifest" in err
    code, out, _ = run(data, clock, "rejections", "--by", "platform")
    assert code == 0
    assert out.splitlines()[0] == "label-studio: 1 rejected, took 0.05 EUR, 0:01:00 of work"
    code, out_tasks, _ = run(data, clock, "rejections")
    assert (code, out_tasks.splitlines()[0].split(": ", 1)[1]) == (0, "took 0.05 EUR, 0:01:00 of work")
    assert "warning: batch" in out and "1 of 3 paid tasks rejected (above 10%)" in out


def test_refusals_and_server_errors_are_kept_with_their_status(
    services: Services, clock: FakeClock, server: FakeLabelStudio, sync: PlatformSync, tmp_path: Path
) -> None:
    account = sync.add_account("label-studio", URL, PAT)
    done = sync.pull(account, "3", 2)
    refused, retried = [t.id for t in CatalogRepo(services.db).tasks(batch_id=done.batch_id)]
    server.faults = ["400", "500"]
    services.results.submit(refused, SENTIMENT)
    services.results.submit(retried, SENTIMENT)
    report = sync.sync()
    assert (report.delivered, report.parked, report.retrying) == (0, 1, 1)
    clock.advance(3_600_000)
    assert sync.sync().delivered == 1
    service = EvidenceService(services.db, services.clock)
    for task, statuses in ((refused, [400]), (retried, [500, 201])):
        pack = tmp_path / f"{task}.zip"
        service.build([task], pack)
        answers = json.loads(members(pack)["server_responses.json"])
        assert [(a["method"], a["status"]) for a in answers] == [("POST", s) for s in statuses]
        assert all(len(a["body_sha256"]) == 64 for a in answers)


@pytest.mark.labelstudio
def test_a_pack_from_a_real_label_studio_run(ls_server: LabelStudioServer, tmp_path: Path) -> None:
    """Pull, annotate, sync against Label Studio 1.23.2 itself, reject one task; its pack holds the server's
    real answer (201, its Date header, the annotation id it gave) and verifies offline; a flipped byte in any
    file is named."""
    member = RealMember(tmp_path / "member", ls_server.url, ADMIN_TOKEN)
    try:
        project = new_project(ls_server, "choices", 1)
        (task_id,) = member.pull(project, 1)
        member.services.db.execute("UPDATE projects SET rate_micros = 40000, rate_currency = 'EUR'")
        member.annotate(task_id, result_for("choices", "x"))
        member.sync_until_done()
        member.services.earnings.reject(task_id)
        pack = tmp_path / "pack.zip"
        EvidenceService(member.services.db, member.services.clock).build([task_id], pack)
    finally:
        member.close()
    [stored] = ls_server.annotations(int(json.loads(members(pack)["task.json"])["platform_ref"]))
    [answer] = json.loads(members(pack)["server_responses.json"])
    assert (answer["method"], answer["status"], answer["remote_id"]) == ("POST", 201, str(stored["id"]))
    assert answer["server_date"]  # the server's own date
    assert verify_pack(pack)
    files = members(pack)
    for name in files:
        data = bytearray(files[name])
        data[0] ^= 0x01
        rewrite(pack, {**files, name: bytes(data)})
        with pytest.raises(PackError) as caught:
            verify_pack(pack)
        assert caught.value.name == (MANIFEST if name in (MANIFEST, MANIFEST_DIGEST) else name)
