"""Pulls and syncs against a real Label Studio 1.23.2 through the fault proxy: a lost answer to a draft POST
never leaves a task locked to the member and missing locally, and 429s mid-batch are waited out within the
time budget."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopclient.storage.catalog import CatalogRepo
from tests.labelstudio.proxy import ANNOTATIONS_PATH, Fault, FaultProxy
from tests.labelstudio.server import ADMIN_TOKEN, LabelStudioServer
from tests.labelstudio.test_sync_real_server import Member_, new_project, result_for

pytestmark = pytest.mark.labelstudio

DRAFTS_PATH = r"^/api/tasks/\d+/drafts"


def held_on_server(server: LabelStudioServer, token: str, project: int) -> list[int]:
    """Tasks holding one of the member's postponed drafts, read straight from the server as that member."""
    held: list[int] = []
    with server.client(token) as client:
        for page in range(1, 20):
            params: dict[str, str | int] = {"project": project, "fields": "all", "page": page, "page_size": 100}
            response = client.get("/api/tasks/", params=params)
            if response.status_code == 404:
                break
            response.raise_for_status()
            tasks = response.json()["tasks"]
            held += [t["id"] for t in tasks for d in t["drafts"] if d["was_postponed"] and d["annotation"] is None]
            if len(tasks) < 100:
                break
    return sorted(held)


def local_refs(member: Member_) -> list[int]:
    return [int(t.platform_ref or 0) for t in CatalogRepo(member.services.db).tasks()]


def test_a_lost_answer_to_a_draft_post_mid_pull_is_stored_by_the_next_pull(
    tmp_path: Path, ls_server: LabelStudioServer, fault_proxy: FaultProxy
) -> None:
    project = new_project(ls_server, "choices", 8)
    member = Member_(tmp_path / "m", fault_proxy.url, ADMIN_TOKEN, timeout=5.0)
    try:
        # The third draft is stored by the server, then the connection is reset: its answer never arrives.
        fault_proxy.plan([Fault("pass", "POST", DRAFTS_PATH)] * 2 + [Fault("reset_after_commit", "POST", DRAFTS_PATH)])
        first = member.sync.pull(member.account, str(project), 5)
        assert (first.tasks, first.stopped_early) == (2, True)
        assert len(held_on_server(ls_server, ADMIN_TOKEN, project)) == 3  # one more locked there than here
        again = member.sync.pull(member.account, str(project), 3)
        assert (again.tasks, again.recovered, again.stopped_early) == (3, 1, False)
        refs = local_refs(member)
        assert len(refs) == len(set(refs)) == 5  # each stored once
        assert held_on_server(ls_server, ADMIN_TOKEN, project) == sorted(refs)  # none locked there and absent here
    finally:
        member.close()


def test_429s_mid_pull_and_mid_sync_are_waited_out_within_the_budget(
    tmp_path: Path, ls_server: LabelStudioServer, fault_proxy: FaultProxy
) -> None:
    project = new_project(ls_server, "choices", 6)
    member = Member_(tmp_path / "m", fault_proxy.url, ADMIN_TOKEN, timeout=5.0)
    try:
        fault_proxy.plan(
            [Fault("pass", "GET", r"/next/"), Fault("http_429", "GET", r"/next/")]
            + [Fault("pass", "POST", DRAFTS_PATH)] * 2
            + [Fault("http_429", "POST", DRAFTS_PATH), Fault("http_500", "POST", DRAFTS_PATH)]
        )
        done = member.sync.pull(member.account, str(project), 5, budget_s=30)
        assert (done.tasks, done.stopped_early, done.note) == (5, False, None)
        assert fault_proxy.pending == []  # every fault was played
        refs = local_refs(member)
        assert held_on_server(ls_server, ADMIN_TOKEN, project) == sorted(refs)  # no second draft on a retried task
        for task in CatalogRepo(member.services.db).tasks():
            member.services.results.submit(task.id, result_for("choices", ""))
        fault_proxy.plan([Fault("http_429", "POST", ANNOTATIONS_PATH)] * 4)  # 3 in a row used to end the run
        report = member.sync.sync(budget_s=30)
        assert (report.delivered, report.out_of_time) == (5, False)
        assert [len(ls_server.annotations(ref)) for ref in refs] == [1] * 5
        assert len(member.wait.asked) >= 4 and sum(member.wait.asked) <= 60
    finally:
        member.close()
