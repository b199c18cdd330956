"""Pulls against a real Label Studio 1.23.2 that never leave a task locked to the member and missing locally:
a lost answer to a draft POST, a 429 mid-batch, both through the fault proxy."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopclient.storage.catalog import CatalogRepo
from tests.labelstudio.proxy import Fault, FaultProxy
from tests.labelstudio.server import ADMIN_TOKEN, LabelStudioServer
from tests.labelstudio.test_sync_real_server import Member_, new_project

pytestmark = pytest.mark.labelstudio

DRAFTS_PATH = r"^/api/tasks/\d+/drafts"


def held_on_server(server: LabelStudioServer, token: str, project: int) -> list[int]:
    """Tasks holding one of the member's postponed drafts, read straight from the server as that member."""
    held: list[int] = []
    with server.client(token) as client:
        for page in range(1, 20):
            params = {"project": project, "fields": "all", "page": page, "page_size": 100}
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
