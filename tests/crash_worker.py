"""A member working as fast as possible, for the crash test: run as a subprocess and killed with SIGKILL.

Prints one line per durable fact, flushed, *after* it is committed:
``T <ms>`` the simulated time reached (the member worked until then), ``H <ms>`` a heartbeat committed with
the span's end, ``R <task> <version>`` a result committed. Time is simulated (5 s per step): nothing sleeps.
"""

from __future__ import annotations

import sys
from pathlib import Path

from coopclient.app import build
from coopclient.core.ids import random_ids
from tests.fakes import FakeClock

STEP_MS = 5_000


def main(data_dir: str, start_wall_ms: int) -> None:
    clock = FakeClock(wall_ms=start_wall_ms, mono_ms=0)
    s = build(Path(data_dir), clock=clock, ids=random_ids)
    s.timer.recover()
    if not s.batches.has_tasks():
        s.batches.import_demo()
    s.timer.start(task_id=1)
    print(f"T {clock.wall_ms}", flush=True)
    step = 0
    while True:
        step += 1
        clock.advance(STEP_MS)
        s.timer.input_seen()
        print(f"T {clock.wall_ms}", flush=True)
        if step % 3 == 0:  # every 15 s of simulated time, as the app does
            s.timer.heartbeat()
            print(f"H {clock.wall_ms}", flush=True)
        task = step % 12 + 1
        choice = ["Positive", "Negative", "Neutral"][step % 3]
        result = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": [choice]}}]
        saved = s.results.submit(task, result)
        print(f"R {task} {saved.version}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
