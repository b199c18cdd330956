"""A recorded CVAT server in memory: the answers CVAT 2.48+ gives to the requests the adapter makes.

Shaped after cvat-sdk 2.80.0's models (each exchange is checked against them by ``cvat_sdk_check.py``): the
member's jobs, their labels and frame metadata, frame images (small PNGs), and each job's annotations, which
``PUT`` replaces whole (the server gives every shape an id and bumps ``version``) and ``PATCH`` completes.
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from dataclasses import dataclass, field
from typing import Any

import httpx

TOKEN = "cvat-pat-member-one-00000000000000000000"
STAMP = "2026-12-08T02:00:00.000000Z"
URL = "http://cvat.test"
FRAME_SIZE = (640, 480)


def png(width: int, height: int) -> bytes:
    """A grey PNG of ``width`` x ``height`` pixels."""
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


@dataclass
class CvatState:
    """The server's data: one member, their jobs (3 frames each), labels and annotations."""

    username: str = "wanjiru"
    jobs: dict[int, dict[str, Any]] = field(default_factory=dict)
    annotations: dict[int, dict[str, Any]] = field(default_factory=dict)
    next_shape_id: int = 1000
    frame_requests: int = 0

    @classmethod
    def with_jobs(cls, *job_ids: int) -> CvatState:
        state = cls()
        for job_id in job_ids:
            state.jobs[job_id] = {"state": "new", "assignee": state.username, "start": 3 * job_id, "frames": 3}
            state.annotations[job_id] = {"version": 0, "tags": [], "shapes": [], "tracks": []}
        return state


class CvatHandler:
    """``request -> (status, JSON body or PNG bytes)`` over a :class:`CvatState`."""

    def __init__(self, state: CvatState) -> None:
        self.state = state

    def __call__(self, request: httpx.Request) -> tuple[int, Any]:
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return 401, {"detail": "Invalid token."}
        path, method = request.url.path, request.method
        body: dict[str, Any] = json.loads(request.content) if request.content else {}
        if path == "/api/users/self":
            return 200, {"username": self.state.username, "groups": ["user"], "id": 7, "url": f"{URL}/api/users/7"}
        if path == "/api/jobs" and method == "GET":
            return 200, self._jobs(request)
        if path == "/api/labels":
            return 200, self._labels(int(request.url.params["job_id"]))
        match = re.fullmatch(r"/api/jobs/(\d+)(/annotations/|/data/meta|/data)?", path)
        if match is None or int(match[1]) not in self.state.jobs:
            return 404, {"detail": "Not found."}
        job_id, rest = int(match[1]), match[2]
        if rest is None and method == "GET":
            return 200, self._job(job_id)
        if rest is None and method == "PATCH":
            self.state.jobs[job_id]["state"] = body["state"]
            return 200, self._job(job_id)
        if rest == "/data/meta":
            return 200, self._meta(job_id)
        if rest == "/data":
            self.state.frame_requests += 1
            return 200, png(*FRAME_SIZE)
        if rest == "/annotations/" and method == "GET":
            return 200, self.state.annotations[job_id]
        if rest == "/annotations/" and method == "PUT":
            return 200, self._put(job_id, body)
        return 405, {"detail": f'Method "{method}" not allowed.'}

    def _put(self, job_id: int, body: dict[str, Any]) -> dict[str, Any]:
        shapes = []
        for shape in body["shapes"]:
            self.state.next_shape_id += 1
            shapes.append({**shape, "id": self.state.next_shape_id, "elements": []})
        stored = {"version": body["version"] + 1, "tags": body["tags"], "shapes": shapes, "tracks": body["tracks"]}
        self.state.annotations[job_id] = stored
        return stored

    def _job(self, job_id: int) -> dict[str, Any]:
        job = self.state.jobs[job_id]
        start = job["start"]
        return {
            "url": f"{URL}/api/jobs/{job_id}",
            "id": job_id,
            "task_id": 40 + job_id,
            "task_name": "street signs",
            "project_id": None,
            "assignee": {"username": job["assignee"], "id": 7, "url": f"{URL}/api/users/7"},
            "dimension": "2d",
            "mode": "annotation",
            "stage": "annotation",
            "state": job["state"],
            "start_frame": start,
            "stop_frame": start + job["frames"] - 1,
            "frame_count": job["frames"],
            "issues": {"url": f"{URL}/api/issues?job_id={job_id}", "count": 0},
            "labels": {"url": f"{URL}/api/labels?job_id={job_id}"},
            "type": "annotation",
            "created_date": STAMP,
            "updated_date": STAMP,
        }

    def _jobs(self, request: httpx.Request) -> dict[str, Any]:
        wanted = request.url.params.get("state")
        who = request.url.params.get("assignee")
        results = [
            self._job(job_id)
            for job_id, job in sorted(self.state.jobs.items())
            if job["assignee"] == who and (wanted is None or job["state"] == wanted)
        ]
        return {"count": len(results), "next": None, "previous": None, "results": results}

    def _labels(self, job_id: int) -> dict[str, Any]:
        labels = [
            {"id": 11, "name": "stop sign", "color": "#ff0000", "type": "rectangle", "attributes": []},
            {"id": 12, "name": "yield sign", "color": "#ffcc00", "type": "any", "attributes": []},
            {"id": 13, "name": "lane", "color": "#00ff00", "type": "polyline", "attributes": []},
        ]
        return {"count": len(labels), "next": None, "previous": None, "results": labels}

    def _meta(self, job_id: int) -> dict[str, Any]:
        job = self.state.jobs[job_id]
        width, height = FRAME_SIZE
        frames = [
            {"name": f"frame_{n:03}.png", "width": width, "height": height, "related_files": 0}
            for n in range(job["frames"])
        ]
        return {
            "chunks_updated_date": STAMP,
            "chunk_size": 36,
            "size": job["frames"],
            "image_quality": 70,
            "start_frame": job["start"],
            "stop_frame": job["start"] + job["frames"] - 1,
            "frame_filter": "",
            "frames": frames,
            "deleted_frames": [],
            "included_frames": None,
        }
