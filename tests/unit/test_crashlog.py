"""Crash logs stay local (issue 16, point 6): what a log holds, what it never holds, and a real hard crash."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from datetime import UTC, datetime
from pathlib import Path

from coopclient.storage.credentials import MemoryStore, service_name
from coopclient.system.crashlog import CrashLog, Trail, op_name

TOKEN = "ls-pat-crash-7d1e0c5b9a8f4e3d2c1bZZZ"
TASK_TEXT = "Confidential memo about the Quokka merger"
NOON = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


class Annotator:
    """Stands for app code whose failure quotes what it was handling."""

    def submit(self, text: str, token: str) -> None:
        raise ValueError(f"could not save {text!r} with token {token}")


def test_an_unhandled_exception_writes_frames_versions_and_op_names_but_no_task_text_and_no_token(
    tmp_path: Path,
) -> None:
    keyring = MemoryStore(persistent=True)
    keyring.set(service_name("label-studio", "https://ls.example.org"), "me", TOKEN)
    trail = Trail()
    trail.note(op_name(Annotator.submit))
    crash = CrashLog(tmp_path, "9.9.9", trail, now=lambda: NOON)
    chained: list[type[BaseException]] = []
    before = sys.excepthook  # pytest-qt's, which would fail the test: stand in for the default hook
    sys.excepthook = lambda kind, exc, tb: chained.append(kind)
    recorder = sys.excepthook
    try:
        crash.install()
        try:
            assert sys.excepthook == crash._on_exception
            assert threading.excepthook == crash._on_thread_exception
            token = str(keyring.get(service_name("label-studio", "https://ls.example.org"), "me"))
            try:
                Annotator().submit(TASK_TEXT, token)
            except ValueError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)  # what PySide6 does with an exception in a slot
        finally:
            crash.uninstall()
        assert sys.excepthook is recorder
    finally:
        sys.excepthook = before
    assert chained == [ValueError]  # the earlier hook still ran

    found = crash.unseen()
    assert found is not None
    path, text = found
    assert path.parent == tmp_path / "logs" and path.stat().st_mode & 0o077 == 0
    assert "coopclient 9.9.9: unhandled exception, 2026-03-02 12:00:00 UTC" in text
    assert "in submit" in text and "builtins.ValueError" in text
    assert "test_crashlog.Annotator.submit" in text  # the last operation's name
    assert TOKEN not in text
    assert "Quokka" not in text
    assert "nothing is sent" in text


def test_a_log_is_offered_once(tmp_path: Path) -> None:
    crash = CrashLog(tmp_path, "1", Trail(), now=lambda: NOON)
    assert crash.unseen() is None
    written = crash.write(KeyError, None, "MainThread")
    assert written is not None
    found = crash.unseen()
    assert found is not None and found[0] == written
    crash.mark_seen(written)
    assert crash.unseen() is None
    assert written.exists()  # kept for the member; only not offered again


def test_the_trail_keeps_the_last_names_only() -> None:
    trail = Trail(length=3)
    for n in range(5):
        trail.note(f"op{n}")
    assert trail.names() == ["op2", "op3", "op4"]


def test_a_hard_crash_is_caught_by_faulthandler_and_offered_at_the_next_start(tmp_path: Path) -> None:
    program = textwrap.dedent(
        f"""
        import faulthandler
        from pathlib import Path
        from coopclient.system.crashlog import CrashLog, Trail
        CrashLog(Path({str(tmp_path)!r}), "1", Trail()).install()
        faulthandler._sigsegv()
        """
    )
    ended = subprocess.run([sys.executable, "-c", program], capture_output=True, timeout=60, check=False)
    assert ended.returncode != 0

    found = CrashLog(tmp_path, "1", Trail()).unseen()

    assert found is not None
    assert "hard crash (faulthandler)" in found[1]
    assert "Fatal Python error: Segmentation fault" in found[1]
    assert "operations" not in found[1]  # this run's trail is not the crashed run's
    assert (tmp_path / "logs" / "faults.log").read_text() == ""  # adopted once, not offered twice
    assert (tmp_path / "logs" / "faults.log").stat().st_mode & 0o077 == 0


def test_an_exception_in_a_thread_is_logged_with_the_threads_name(tmp_path: Path) -> None:
    crash = CrashLog(tmp_path, "1", Trail(), now=lambda: NOON)
    chained: list[str] = []
    before = threading.excepthook  # pytest's, which would fail the test: stand in for the default hook
    threading.excepthook = lambda args: chained.append(args.thread.name if args.thread else "?")
    try:
        crash.install()
        try:
            worker = threading.Thread(target=Annotator().submit, args=(TASK_TEXT, TOKEN), name="coopclient-net_0")
            worker.start()
            worker.join()
        finally:
            crash.uninstall()
    finally:
        threading.excepthook = before
    assert chained == ["coopclient-net_0"]
    found = crash.unseen()
    assert found is not None
    assert "thread coopclient-net_0" in found[1] and "in submit" in found[1]
    assert TOKEN not in found[1] and "Quokka" not in found[1]
