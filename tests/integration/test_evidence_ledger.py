"""An evidence pack from an enrolled member: the day's ledger entry with the inclusion proof it was verified
with and the ledger's signed checkpoint, checked offline; an entry altered with the manifest forged to match
is still caught by its proof (against the real ledger server, in a subprocess on 127.0.0.1)."""

from __future__ import annotations

import json
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopclient.app import build
from coopclient.core.evidence import MANIFEST, MANIFEST_DIGEST, PackError, seal
from coopclient.services.evidence import EvidenceService, verify_pack
from coopclient.storage.credentials import MemoryStore
from coopclient.system.clock import SystemClock
from tests.fakes import FakeClock
from tests.integration.ledger_server import LedgerProcess, Treasurer, annotate, import_tasks

DAY = 86_400_000


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LedgerProcess]:
    process = LedgerProcess(str(tmp_path / "ledger.sqlite3"), tmp_path / "server").start()
    yield process
    process.stop()


def test_the_days_ledger_entry_is_proved_against_the_signed_checkpoint(server: LedgerProcess, tmp_path: Path) -> None:
    today = int(time.time() * 1000) // DAY * DAY
    clock = FakeClock(today - DAY + 9 * 3_600_000)
    treasurer = Treasurer(server.url, SystemClock(), None, key=server.treasurer_key)
    s = build(tmp_path / "member", clock=clock, credentials=MemoryStore(persistent=True))
    pack = tmp_path / "pack.zip"
    try:
        s.sharing.enroll(treasurer.invite())
        s.sharing.consent()
        tasks = import_tasks(s, tmp_path, count=3)
        for task in tasks:
            annotate(s, clock, task, 120)
        s.earnings.reject(tasks[0])
        clock.advance(DAY)
        assert s.sharing.sync().warnings == []
        s.sharing.sync()  # the entries sent are verified with their proofs
        EvidenceService(s.db, s.clock).build([tasks[0]], pack)
    finally:
        s.close()
    with zipfile.ZipFile(pack) as z:
        files = {n: z.read(n) for n in z.namelist()}
    ledger = json.loads(files["ledger.json"])
    assert ledger["entries"] and all(e["proof"] and e["proof"]["checkpoint"] for e in ledger["entries"])
    verify_pack(pack)

    entry = ledger["entries"][0]
    entry["body"] = entry["body"].replace('"stats.day"', '"stats.dax"')
    forged = {n: d for n, d in files.items() if n not in (MANIFEST, MANIFEST_DIGEST)}
    forged["ledger.json"] = json.dumps(ledger).encode()
    sealed = seal(forged)
    with zipfile.ZipFile(pack, "w") as z:
        for name, data in {**forged, MANIFEST: sealed.manifest, MANIFEST_DIGEST: sealed.digest}.items():
            z.writestr(name, data)
    with pytest.raises(PackError, match="inclusion proof does not verify") as caught:
        verify_pack(pack)
    assert caught.value.name == "ledger.json"
