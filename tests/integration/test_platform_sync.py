"""Platform sync end to end against the in-memory Label Studio: add an account, pull a locked batch, annotate
through ResultService, sync, and the server holds each result once with its lead time; and the CLI commands."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from itertools import count
from pathlib import Path

import httpx
import pytest

from coopclient import cli
from coopclient.app import Environment, build
from coopclient.core.ids import counting_ids
from coopclient.core.platform import AuthFailed, Rejected
from coopclient.platforms.labelstudio.model import CAME_ROUND, REFUSED
from coopclient.relays.outbox_records import LOCK_KEY
from coopclient.services.container import Services
from coopclient.services.platform_sync import MEDIA_KEY, Account, PlatformSync, PlatformSyncError
from coopclient.storage.catalog import CatalogRepo
from coopclient.storage.credentials import MemoryStore, service_name
from coopclient.storage.db import DB_FILENAME
from tests.db_lane import GuardedLane
from tests.fakes import FakeClock, FakeWait
from tests.unit.test_labelstudio_adapter import CONFIG, PAT, SENTIMENT, FakeLabelStudio

URL = "https://ls.test"
SERVICE = service_name("label-studio", URL)


@pytest.fixture
def server() -> FakeLabelStudio:
    s = FakeLabelStudio()
    s.add_project(3, "Reviews")
    s.media["/data/upload/3/a.mp3"] = b"ID3-audio"
    data = {"audio": "/data/upload/3/a.mp3", "thumb": "https://cdn.example.org/x.png"}
    s.add_tasks(3, [{"text": f"review {i}", **data} for i in range(7)])
    return s


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
def sync(services: Services, server: FakeLabelStudio, store: MemoryStore, tmp_path: Path) -> Iterator[PlatformSync]:
    ps = PlatformSync(services.db, services.clock, counting_ids("pull"), store, server.transport(), media_root=tmp_path)
    yield ps
    ps.close()


def work_on(services: Services, clock: FakeClock, task_id: int, seconds: int) -> None:
    services.timer.start(task_id=task_id)
    for _ in range(seconds // 15):
        clock.advance(15_000)
        services.timer.input_seen()
        services.timer.heartbeat()
    services.timer.stop()


def test_add_pull_annotate_sync(
    services: Services, clock: FakeClock, server: FakeLabelStudio, sync: PlatformSync, store: MemoryStore
) -> None:
    account = sync.add_account("label-studio", URL + "/", PAT)
    assert sync.accounts() == [Account(account, "label-studio", "annot@example.com", URL)]
    assert store.get(SERVICE, "annot@example.com") == PAT

    done = sync.pull(account, "3", 5)
    assert (done.tasks, done.requested, done.note, done.project, done.task_type) == (5, 5, None, "Reviews", "choices")
    assert done.offline_missing == 5  # each task's thumbnail lives on another host
    catalog = CatalogRepo(services.db)
    project = catalog.project(done.project_id)
    assert (project.config_xml, project.rate_micros, project.platform) == (CONFIG, None, "label-studio")
    tasks = catalog.tasks(batch_id=done.batch_id)
    assert [t.platform_ref for t in tasks] == ["1001", "1002", "1003", "1004", "1005"]
    payload = json.loads(services.db.execute("SELECT payload FROM tasks WHERE id = ?", [tasks[0].id]).fetchone()[0])
    assert payload["data"] == server.tasks[1001]["data"] == tasks[0].data
    assert payload["unique_lock_id"] == "lock-1001"  # the platform's task, verbatim
    assert payload[MEDIA_KEY]["thumb"] is None
    assert Path(payload[MEDIA_KEY]["audio"]).read_bytes() == b"ID3-audio"
    assert server.drafts[int(payload[LOCK_KEY])]["task"] == 1001

    work_on(services, clock, tasks[0].id, 45)
    saved = [services.results.submit(t.id, SENTIMENT) for t in tasks[:4]] + [services.results.skip(tasks[4].id)]
    report = sync.sync()
    assert (report.delivered, report.retrying, report.parked) == (5, 0, 0)
    stored = {a["unique_id"]: a for a in server.annotations}
    assert set(stored) == {s.result_id for s in saved}
    assert stored[saved[0].result_id]["lead_time"] == saved[0].lead_time_ms / 1000 == 45.0
    assert [stored[s.result_id]["was_cancelled"] for s in saved] == [False] * 4 + [True]
    assert server.drafts == {}  # each annotation released its task's draft
    requests = len(server.requests)
    assert sync.sync().delivered == 0
    assert len(server.requests) == requests
    assert sync.outbox() == []
    [status] = sync.outbox_status()
    assert (status.done, status.queued, status.parked) == (5, 0, 0)

    again = sync.pull(account, "3", 5)
    assert (again.tasks, again.note, again.project_id) == (2, CAME_ROUND, done.project_id)
    assert sync.pull(account, "3", 5).tasks == 0  # only tasks already held here come back
    assert services.db.execute("SELECT count(*) FROM tasks").fetchone()[0] == 7


def test_a_refused_token_stores_nothing(services: Services, sync: PlatformSync, store: MemoryStore) -> None:
    with pytest.raises(AuthFailed, match="refused the token"):
        sync.add_account("label-studio", URL, "not-a-token")
    assert sync.accounts() == []
    assert store.get(SERVICE, "annot@example.com") is None


def test_the_token_never_reaches_the_database_file(services: Services, sync: PlatformSync) -> None:
    sync.add_account("label-studio", URL, PAT, name="me at work")
    services.db.execute("PRAGMA wal_checkpoint(FULL)")
    files = list(services.data_dir.glob(DB_FILENAME + "*"))
    assert files
    assert all(PAT.encode() not in f.read_bytes() for f in files)


def test_bad_input_is_refused(sync: PlatformSync) -> None:
    with pytest.raises(PlatformSyncError, match="unknown platform"):
        sync.add_account("doccano", URL, PAT)
    with pytest.raises(PlatformSyncError, match="not a server address"):
        sync.add_account("label-studio", "ls.test", PAT)
    with pytest.raises(PlatformSyncError, match="no token"):
        sync.add_account("label-studio", URL, "  ")
    account = sync.add_account("label-studio", URL, PAT)
    with pytest.raises(PlatformSyncError, match="at least 1"):
        sync.pull(account, "3", 0)
    with pytest.raises(PlatformSyncError, match="no platform account 42"):
        sync.pull(42, "3", 1)


def test_an_unknown_project_or_unusable_config_stores_nothing(
    services: Services, server: FakeLabelStudio, sync: PlatformSync
) -> None:
    account = sync.add_account("label-studio", URL, PAT)
    with pytest.raises(Rejected, match="no project 99"):
        sync.pull(account, "99", 3)
    server.add_project(4, "Broken", "<View><Choices/></View>")
    with pytest.raises(PlatformSyncError, match="unusable labeling config"):
        sync.pull(account, "4", 3)
    video = '<View><Video name="v" value="$video"/><Choices name="c" toName="v"><Choice value="ok"/></Choices></View>'
    server.add_project(5, "Video", video)
    with pytest.raises(PlatformSyncError, match=r"uses <Video>, not supported yet"):
        sync.pull(account, "5", 3)
    assert services.db.execute("SELECT count(*) FROM projects WHERE platform_ref IS NOT NULL").fetchone()[0] == 0
    assert server.drafts == {}  # nothing was locked


def test_no_stored_token_asks_for_the_account_again(
    services: Services, server: FakeLabelStudio, sync: PlatformSync, tmp_path: Path
) -> None:
    account = sync.add_account("label-studio", URL, PAT)
    other = PlatformSync(
        services.db, services.clock, counting_ids(), MemoryStore(), server.transport(), media_root=tmp_path
    )
    with pytest.raises(AuthFailed, match=r"no token stored .* tokens last one session"):
        other.adapter_for(account)


def test_pull_sync_and_checks_touch_the_store_only_through_the_db_lane(
    services: Services, server: FakeLabelStudio, store: MemoryStore, tmp_path: Path
) -> None:
    """Run on a network thread, a pull, a sync and the task checks hand every database step to the lane."""
    lane = GuardedLane(services.db)
    ps = PlatformSync(
        services.db, services.clock, counting_ids("p"), store, lane.network(server.handle), media_root=tmp_path
    )
    account = ps.add_account("label-studio", URL, PAT)
    with lane:
        done = ps.pull(account, "3", 3, db=lane)
        tasks = lane(lambda: CatalogRepo(services.db).tasks(batch_id=done.batch_id))
        lane(lambda: services.results.submit(tasks[0].id, SENTIMENT))
        report = ps.sync(db=lane)  # delivers, then checks the two tasks still to do
        checked = ps.check_tasks(10, db=lane)  # checked a moment ago: nothing asked
    ps.close()
    assert lane.violations == []
    assert (done.tasks, report.delivered, checked) == (3, 1, {})
    assert len(server.annotations) == 1
    states = services.db.execute("SELECT count(*) FROM tasks WHERE payload LIKE '%_coopclient_remote_state%'")
    assert states.fetchone()[0] == 2


class Killed(BaseException):
    """The process dies (not an error the pull could handle)."""


def local_refs(services: Services) -> list[str]:
    return [str(r[0]) for r in services.db.execute("SELECT platform_ref FROM tasks ORDER BY id").fetchall()]


def held_on_server(server: FakeLabelStudio) -> set[str]:
    return {str(d["task"]) for d in server.drafts.values() if d["was_postponed"]}


def test_a_kill_mid_pull_leaves_every_locked_task_stored(
    services: Services, server: FakeLabelStudio, store: MemoryStore, tmp_path: Path
) -> None:
    """Each task is stored as soon as its draft holds it: a kill after the third lock loses none of the three."""
    nexts = count()

    def dies_at_the_fourth_next(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/next/") and next(nexts) == 3:
            raise Killed
        return server.handle(request)

    ps = PlatformSync(
        services.db, services.clock, counting_ids("p"), store, httpx.MockTransport(dies_at_the_fourth_next),
        media_root=tmp_path,
    )  # fmt: skip
    try:
        account = ps.add_account("label-studio", URL, PAT)
        with pytest.raises(Killed):
            ps.pull(account, "3", 5)
        assert local_refs(services) == ["1001", "1002", "1003"] == sorted(held_on_server(server))
        batch = services.db.execute("SELECT count(*), sum(task_count) FROM batches").fetchone()
        assert batch == (1, 3)  # one batch, its count right
    finally:
        ps.close()


def test_a_lost_answer_to_a_draft_post_is_recovered_by_the_next_pull(
    services: Services, server: FakeLabelStudio, sync: PlatformSync
) -> None:
    account = sync.add_account("label-studio", URL, PAT)
    server.draft_faults = [None, None, "reset"]  # the server holds task 1003, the answer never arrives
    first = sync.pull(account, "3", 5)
    assert (first.tasks, first.stopped_early, first.recovered) == (2, True, 0)
    assert "broke off" in (first.note or "")
    assert held_on_server(server) - set(local_refs(services)) == {"1003"}  # locked there, missing here
    again = sync.pull(account, "3", 2)
    assert (again.tasks, again.recovered, again.note, again.stopped_early) == (2, 1, None, False)
    assert local_refs(services) == ["1001", "1002", "1003", "1004"]
    assert held_on_server(server) == set(local_refs(services))  # each held task stored here exactly once
    lock = json.loads(services.db.execute("SELECT payload FROM tasks WHERE platform_ref = '1003'").fetchone()[0])
    assert server.drafts[int(lock[LOCK_KEY])]["task"] == 1003  # the recovered task keeps its draft as its lock
    assert len(server.posts("/drafts")) == 4  # the recovered task got no second draft


def test_recovery_skips_tasks_the_member_has_annotated_and_pages_through_the_list(
    services: Services, server: FakeLabelStudio, sync: PlatformSync
) -> None:
    account = sync.add_account("label-studio", URL, PAT)
    refs = server.add_tasks(3, [{"text": f"more {i}"} for i in range(150)])
    for draft, ref in enumerate(refs, start=5000):  # held on the server by an earlier, lost pull
        server.drafts[draft] = {"task": ref, "result": [], "was_postponed": True, "annotation": None}
    server.annotations.append({"id": 1, "task": refs[0], "completed_by": 1, "unique_id": "x"})
    done = sync.pull(account, "3", 200)
    assert (done.recovered, done.tasks) == (149, 156)  # 149 recovered over two pages, then 7 new ones
    assert sorted(local_refs(services)) == sorted(map(str, set(server.tasks) - {refs[0]}))


def waiting_sync(
    services: Services, server: FakeLabelStudio, store: MemoryStore, tmp_path: Path
) -> tuple[PlatformSync, FakeWait]:
    wait = FakeWait(services.clock)  # type: ignore[arg-type]  # the services' clock is the fake one
    ps = PlatformSync(
        services.db, services.clock, counting_ids("p"), store, server.transport(), media_root=tmp_path,
        rng=lambda: 0.5, wait=wait,
    )  # fmt: skip
    return ps, wait


def test_a_pull_waits_out_429s_and_server_errors_within_its_budget(
    services: Services, server: FakeLabelStudio, store: MemoryStore, tmp_path: Path
) -> None:
    ps, wait = waiting_sync(services, server, store, tmp_path)
    try:
        account = ps.add_account("label-studio", URL, PAT)
        server.draft_faults = [None, "429"]  # Retry-After: 5 on the second draft
        server.next_faults = [None, None, "500", "429"]  # a 500 then a 429 on the third /next/
        done = ps.pull(account, "3", 5, budget_s=60)
        assert (done.tasks, done.stopped_early, done.note) == (5, False, None)
        assert wait.asked == [5.0, 0.5, 5.0]  # Retry-After, backoff (rng 0.5), Retry-After
        assert held_on_server(server) == set(local_refs(services)) == {"1001", "1002", "1003", "1004", "1005"}
    finally:
        ps.close()


def test_a_retried_draft_post_whose_answer_was_lost_makes_no_second_draft(
    services: Services, server: FakeLabelStudio, store: MemoryStore, tmp_path: Path
) -> None:
    ps, wait = waiting_sync(services, server, store, tmp_path)
    try:
        account = ps.add_account("label-studio", URL, PAT)
        server.draft_faults = ["reset"]  # stored, answer lost: the retry finds the draft on the task
        done = ps.pull(account, "3", 2, budget_s=60)
        assert (done.tasks, len(server.drafts), len(server.posts("/drafts"))) == (2, 2, 2)
        assert wait.asked == [0.5]
    finally:
        ps.close()


def test_past_its_budget_a_pull_keeps_what_it_stored(
    services: Services, server: FakeLabelStudio, store: MemoryStore, tmp_path: Path
) -> None:
    ps, wait = waiting_sync(services, server, store, tmp_path)
    try:
        account = ps.add_account("label-studio", URL, PAT)
        server.next_faults = [None, "429"]
        done = ps.pull(account, "3", 5, budget_s=3)  # Retry-After 5 does not fit
        assert (done.tasks, done.stopped_early, wait.asked) == (1, True, [])
        assert "too many requests" in (done.note or "")
    finally:
        ps.close()


def test_a_sync_waits_out_a_retry_after_within_its_budget(
    services: Services, server: FakeLabelStudio, store: MemoryStore, tmp_path: Path
) -> None:
    ps, wait = waiting_sync(services, server, store, tmp_path)
    try:
        account = ps.add_account("label-studio", URL, PAT)
        done = ps.pull(account, "3", 2)
        for task in CatalogRepo(services.db).tasks(batch_id=done.batch_id):
            services.results.submit(task.id, SENTIMENT)
        server.faults = ["429"]  # Retry-After: 30
        report = ps.sync(budget_s=60)
        assert (report.delivered, report.out_of_time, wait.asked) == (2, False, [30.0])
        assert len(server.annotations) == 2
    finally:
        ps.close()


# -- the command line ------------------------------------------------------------------------------------


class KeptStore(MemoryStore):
    """A keyring stand-in that outlives one CLI run."""

    persistent = True


@dataclass
class Cli:
    """The command line as a test runs it: its collaborators passed in through ``app.Environment``.

    Each call is one run on a fake clock moved only by its (fake) waits: nothing sleeps, nothing is patched.
    The secret store, the transport, the terminal and the variables can be changed between runs.
    """

    store: MemoryStore
    transport: Callable[[], httpx.BaseTransport | None]
    ask_secret: Callable[[str], str] = lambda prompt: PAT
    stdin: io.StringIO = field(default_factory=io.StringIO)
    variables: dict[str, str] = field(default_factory=dict)
    stdout: io.StringIO | None = None  # None: sys.stdout as the run starts (pytest's capsys)
    jitter: Callable[[], float] | None = None

    def __call__(self, data: Path, *args: str, wait: FakeWait | None = None) -> int:
        wait = wait or FakeWait(FakeClock())
        env = Environment(
            clock=wait.clock,
            wait=wait,
            jitter=self.jitter,
            transport=self.transport,
            secrets=lambda: self.store,
            ask_secret=self.ask_secret,
            stdin=self.stdin,
            variables=self.variables,
        )
        if self.stdout is not None:
            env = replace(env, stdout=self.stdout)
        return cli.main(["--data-dir", str(data), *args], env)


@pytest.fixture
def run(server: FakeLabelStudio) -> Cli:
    """The command line over the fake Label Studio, with a kept store; the token typed on the terminal is PAT."""
    return Cli(KeptStore(), server.transport)


def test_cli_add_pull_sync_outbox(
    tmp_path: Path, server: FakeLabelStudio, run: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert run(data, "account", "add", "label-studio", URL) == 0
    out = capsys.readouterr().out
    assert "account 1 added: annot@example.com at https://ls.test" in out
    assert PAT not in out
    assert run(data, "pull", "3", "--count", "2") == 0
    assert "pulled 2 of 2 tasks into project 'Reviews' (choices)" in capsys.readouterr().out
    services = build(data)
    try:
        tasks = CatalogRepo(services.db).tasks()
        services.results.submit(tasks[0].id, SENTIMENT)
        services.results.submit(tasks[1].id, SENTIMENT)
    finally:
        services.close()
    server.faults = ["400"]
    assert run(data, "sync") == 1  # a parked result is not a delivered one
    captured = capsys.readouterr()
    assert "sent 1; still waiting 0; parked 1" in captured.out
    assert "not everything is delivered: see `coopclient outbox`" in captured.err
    assert run(data, "outbox") == 0
    out = capsys.readouterr().out
    assert "label-studio annot@example.com: 0 queued, 1 parked, 1 sent" in out
    assert "parked: refused by the server (400): Validation error" in out


def test_cli_exit_2_with_a_clear_message(
    tmp_path: Path,
    server: FakeLabelStudio,
    run: Cli,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "data"
    assert run(data, "pull", "3", "--count", "2") == 2
    assert "no platform account yet" in capsys.readouterr().err
    assert run(data, "account", "add", "label-studio", URL) == 0
    assert run(data, "pull", "99", "--count", "2") == 2
    assert "Label Studio has no project 99 that you can open" in capsys.readouterr().err
    assert run(data, "pull", "3", "--count", "2", "--account", "7") == 2
    assert "--account 7: no such account" in capsys.readouterr().err
    server.pat_revoked = True
    assert run(data, "pull", "3", "--count", "2") == 2
    assert REFUSED in capsys.readouterr().err

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    run.transport = lambda: httpx.MockTransport(down)
    assert run(data, "pull", "3", "--count", "2") == 2
    assert "https://ls.test: cannot connect" in capsys.readouterr().err
    assert run(data, "account", "add", "label-studio", URL) == 2
    err = capsys.readouterr().err
    assert "https://ls.test: cannot connect" in err
    assert PAT not in err
    with pytest.raises(SystemExit) as caught:
        run(data, "pull", "3", "--count", "0")
    assert caught.value.code == 2


def test_cli_account_add_needs_a_keyring(tmp_path: Path, run: Cli, capsys: pytest.CaptureFixture[str]) -> None:
    run.store = MemoryStore()
    run.ask_secret = lambda prompt: pytest.fail("asked for a token it cannot keep")
    assert run(tmp_path / "data", "account", "add", "label-studio", URL) == 2
    assert "no usable keyring" in capsys.readouterr().err


def _pull_with_cli(run: Cli, data: Path, count: int) -> None:
    """Add the account and pull ``count`` tasks of project 3 through the command line."""
    assert run(data, "account", "add", "label-studio", URL) == 0
    assert run(data, "pull", "3", "--count", str(count)) == 0


def _answer(data: Path, *positions: int) -> None:
    """Open the store as the app does and submit SENTIMENT for the pulled tasks at ``positions``."""
    services = build(data)
    try:
        tasks = CatalogRepo(services.db).tasks()
        for position in positions:
            services.results.submit(tasks[position].id, SENTIMENT)
    finally:
        services.close()


def test_cli_sync_reports_an_unreachable_server(
    tmp_path: Path, server: FakeLabelStudio, run: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    run.jitter = lambda: 0.5  # the next try is half the first backoff (1 s) away: 500 ms after the sync
    _pull_with_cli(run, data, count=1)
    _answer(data, 0)
    server.faults = ["connect"]
    assert run(data, "sync", "--budget", "0") == 1  # no waiting: the row stays for the next sync
    captured = capsys.readouterr()
    assert "sent 0; still waiting 1; parked 0" in captured.out
    assert "account 1: https://ls.test: cannot connect" in captured.err
    out = (run(data, "outbox"), capsys.readouterr().out)[1]
    # Still in the outbox with the reason, listed at the sync's (fake) time, before its next try.
    assert "result waiting (next try 2026-03-02 08:00 UTC): https://ls.test: cannot connect" in out, out


def test_tasks_annotated_by_others_or_deleted_are_shown_as_such(
    services: Services, clock: FakeClock, server: FakeLabelStudio, sync: PlatformSync
) -> None:
    """A lock that failed (or expired): the sync notices and the pane says so; the member's time stays."""
    account = sync.add_account("label-studio", URL, PAT)
    done = sync.pull(account, "3", 3)
    first, second, third = CatalogRepo(services.db).tasks(batch_id=done.batch_id)
    work_on(services, clock, first.id, 60)
    server.annotations.append({"id": 77, "task": 1001, "completed_by": {"id": 9}, "was_cancelled": False})
    del server.tasks[1002]
    sync.sync()
    workbench = services.workbench
    views = {t.id: workbench.task_view(t.id) for t in (first, second, third)}
    assert "Someone else has already annotated" in (views[first.id].remote_note or "")
    assert "deleted on the platform" in (views[second.id].remote_note or "")
    assert views[third.id].remote_note is None
    assert views[first.id].active_ms == 60_000  # the member's time on it is still counted
    assert views[first.id].task.data == server.tasks[1001]["data"]  # our key stays out of the task data

    asked = len(server.requests)
    sync.sync()  # checked a moment ago: not asked again
    assert len(server.requests) == asked
    clock.advance(11 * 60_000)
    sync.sync()
    assert len(server.requests) == asked + 3


def test_task_checks_stop_when_the_server_is_unreachable(
    services: Services, server: FakeLabelStudio, store: MemoryStore, tmp_path: Path
) -> None:
    def one_task(request: httpx.Request) -> bool:  # a task's state (the pull's task list still answers)
        return request.method == "GET" and re.fullmatch(r"/api/tasks/\d+/", request.url.path) is not None

    def handle(request: httpx.Request) -> httpx.Response:
        if one_task(request):
            raise httpx.ConnectError("connection refused", request=request)
        return server.handle(request)

    ps = PlatformSync(
        services.db, services.clock, counting_ids("p"), store, httpx.MockTransport(handle), media_root=tmp_path
    )
    try:
        account = ps.add_account("label-studio", URL, PAT)
        ps.pull(account, "3", 3)
        assert ps.check_tasks(10) == {}
        payloads = services.db.execute("SELECT group_concat(payload) FROM tasks").fetchone()[0]
        assert "_coopclient_remote_state" not in payloads
        assert not [r for r in server.requests if one_task(r)]
    finally:
        ps.close()


def test_cli_sync_exits_0_only_when_everything_is_delivered_and_counts_rows_parked_earlier(
    tmp_path: Path, server: FakeLabelStudio, run: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    _pull_with_cli(run, data, count=2)
    _answer(data, 0)
    server.faults = ["400"]
    assert run(data, "sync") == 1
    capsys.readouterr()
    assert run(data, "sync") == 1  # nothing sent in this run, but the parked row is still there
    assert "sent 0; still waiting 0; parked 1" in capsys.readouterr().out
    _answer(data, 0, 1)  # the edit of the first supersedes its parked row
    assert run(data, "sync") == 0
    assert "sent 2; still waiting 0; parked 0" in capsys.readouterr().out


@pytest.mark.parametrize("how", ["stdin", "env"])
def test_cli_account_add_takes_the_token_without_a_terminal(
    tmp_path: Path, server: FakeLabelStudio, run: Cli, how: str
) -> None:
    run.ask_secret = lambda prompt: pytest.fail("asked on a terminal")
    args = ["account", "add", "label-studio", URL]
    if how == "stdin":
        run.stdin = io.StringIO(PAT + "\n")
        args.append("--token-stdin")
    else:
        run.variables[cli.TOKEN_ENV] = PAT
    assert run(tmp_path / "data", *args) == 0
    assert run.store.get(SERVICE, "annot@example.com") == PAT


def test_cli_account_add_with_an_empty_token_on_stdin_exits_2(
    tmp_path: Path, run: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    run.stdin = io.StringIO("")
    assert run(tmp_path / "data", "account", "add", "label-studio", URL, "--token-stdin") == 2
    assert "no token given" in capsys.readouterr().err


class ClosedPipe(io.StringIO):
    """Standard output whose reader has gone (``coopclient outbox | head``)."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_cli_listing_into_a_closed_pipe_ends_quietly(tmp_path: Path, server: FakeLabelStudio, run: Cli) -> None:
    data = tmp_path / "data"
    assert run(data, "account", "add", "label-studio", URL) == 0
    assert run(data, "pull", "3", "--count", "2") == 0
    run.stdout = ClosedPipe()
    assert run(data, "outbox") == 0
    assert run(data, "tasks") == 0


def test_cli_pull_says_what_it_recovered_and_exits_1_when_cut_short(
    tmp_path: Path, server: FakeLabelStudio, run: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert run(data, "account", "add", "label-studio", URL) == 0
    server.draft_faults = [None, None, "reset"]
    # Two stored, the answer for the third lost: not a silent 0.
    assert run(data, "pull", "3", "--count", "5", "--budget", "0") == 1
    captured = capsys.readouterr()
    assert "pulled 2 of 5 tasks into project 'Reviews'" in captured.out
    assert "the pull ended early" in captured.err
    assert run(data, "pull", "3", "--count", "3") == 0
    assert "pulled 3 of 3 tasks (1 recovered from an earlier interrupted pull) into project" in capsys.readouterr().out


def test_cli_sync_waits_within_its_budget_and_past_it_exits_1(
    tmp_path: Path, server: FakeLabelStudio, run: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    _pull_with_cli(run, data, count=2)
    _answer(data, 0, 1)
    wait = FakeWait(FakeClock())
    server.faults = ["429"]  # Retry-After: 30, more than --budget 10
    assert run(data, "sync", "--budget", "10", wait=wait) == 1
    captured = capsys.readouterr()
    assert "sent 0; still waiting 2; parked 0" in captured.out
    assert "after the time budget (10 s)" in captured.err
    assert wait.asked == []
    wait.clock.advance(30_000)
    server.faults = ["429"]
    assert run(data, "sync", wait=wait) == 0  # --budget 120 by default
    assert "sent 2; still waiting 0; parked 0" in capsys.readouterr().out
    assert wait.asked == [30.0]
