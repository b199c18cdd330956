"""A slow Label Studio on the loopback interface, in its own process (for ``test_bench_lanes.py``).

``python -m tests.benchmarks._slow_server TASKS`` serves the fake Label Studio of the unit tests on
127.0.0.1 with TASKS text tasks in project 3, prints its port, and serves until killed. Two control paths:
``/__delay?s=0.1`` makes every later answer wait that long (the slow network), and ``/__release`` answers
every waiting and later request at once. In its own process, so its work never competes with the app's
threads for the interpreter (a real server is elsewhere too).
"""

from __future__ import annotations

import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from tests.unit.test_labelstudio_adapter import FakeLabelStudio

_HOP = {"host", "content-length", "transfer-encoding", "connection", "content-encoding"}


class SlowServer(ThreadingHTTPServer):
    """The fake Label Studio on 127.0.0.1, answering after ``delay_s`` (0 until the benchmark says)."""

    daemon_threads = True

    def __init__(self, platform: FakeLabelStudio) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.platform = platform
        self.delay_s = 0.0
        self.release = threading.Event()  # set at the end: every waiting request is answered at once
        self.lock = threading.Lock()  # the fake is not thread-safe

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def answer(self, method: str, path: str, headers: list[tuple[str, str]], body: bytes) -> httpx.Response:
        if self.delay_s and not self.release.is_set():
            self.release.wait(self.delay_s)  # the slow network: the server's answer takes this long
        request = httpx.Request(method, "https://ls.test" + path, headers=headers, content=body)
        with self.lock:
            return self.platform.handle(request)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: SlowServer

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path.startswith("/__"):
            self._control()
            return
        headers = [(k, v) for k, v in self.headers.items() if k.lower() not in _HOP]
        response = self.server.answer(self.command, self.path, headers, body)
        content = response.content
        self.send_response(response.status_code)
        for key, value in response.headers.items():
            if key.lower() not in _HOP:
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def _control(self) -> None:
        parts = urlsplit(self.path)
        if parts.path == "/__delay":
            self.server.delay_s = float(parse_qs(parts.query)["s"][0])
        elif parts.path == "/__release":
            self.server.release.set()
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_PATCH = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass


def main(tasks: int) -> None:
    platform = FakeLabelStudio()
    platform.add_project(3, "Reviews")
    platform.add_tasks(3, [{"text": f"review {i}"} for i in range(tasks)])
    server = SlowServer(platform)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main(int(sys.argv[1]))
