"""Crash logs that stay on the member's computer (issue 16, point 6): nothing is ever sent.

:class:`CrashLog` installs ``sys.excepthook`` and ``threading.excepthook`` (each chained to the one before)
and ``faulthandler`` (for hard crashes: a segfault, an abort inside Qt) writing to ``logs/faults.log``. An
unhandled exception writes ``logs/crash-<UTC time>.log``: the traceback's frames (file, line, function and
the code line), the exception's type, the app and Python versions, the platform and the names of the last
operations run (:class:`Trail`). The exception's *message* and local variables are left out: a message can
quote a task's text or a token. On the next start :meth:`CrashLog.unseen` gives the newest log not yet shown
(a hard crash's fault log first becomes such a log), and :meth:`CrashLog.mark_seen` remembers it was shown.
"""

from __future__ import annotations

import faulthandler
import os
import platform
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any

LOGS = "logs"
FAULTS = "faults.log"
TRAIL_LENGTH = 30


class Trail:
    """The names of the last operations (code names such as ``BatchService.import_demo``, never their data).

    Thread-safe: ops are noted from the GUI thread and read by the hook of any thread.
    """

    def __init__(self, length: int = TRAIL_LENGTH) -> None:
        self._names: deque[str] = deque(maxlen=length)
        self._lock = threading.Lock()

    def note(self, name: str) -> None:
        """Remember that an operation called ``name`` ran."""
        with self._lock:
            self._names.append(name)

    def names(self) -> list[str]:
        """The names noted, oldest first."""
        with self._lock:
            return list(self._names)


def op_name(op: Callable[..., Any]) -> str:
    """A callable's code name (its qualified name, e.g. ``FileCommands.import_demo.<locals>.<lambda>``)."""
    inner = getattr(op, "func", op)  # functools.partial
    return f"{getattr(inner, '__module__', '?')}.{getattr(inner, '__qualname__', type(inner).__name__)}"


class CrashLog:
    """Writes crash logs into ``<data folder>/logs``.

    Args:
        data_dir: the data folder.
        version: the app's version, written into each log.
        trail: the last operations' names.
        now: the time of a crash (UTC); the system's by default.
    """

    def __init__(
        self, data_dir: Path, version: str, trail: Trail, now: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self.folder = data_dir / LOGS
        self._version, self.trail, self._now = version, trail, now
        self._faults: IO[str] | None = None
        self._previous: tuple[Any, Any] | None = None
        self._faults_were_on = False

    def install(self) -> None:
        """Set the hooks (the earlier ones still run after ours) and point faulthandler at the fault log."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.folder / FAULTS, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
        self._faults = os.fdopen(fd, "a", encoding="utf-8")  # open while the app runs
        self._faults_were_on = faulthandler.is_enabled()
        faulthandler.enable(self._faults, all_threads=True)
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        """Put the earlier hooks back and stop faulthandler (at a clean end, and in tests)."""
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None
        if self._faults is not None:
            faulthandler.disable()
            self._faults.close()
            self._faults = None
            if self._faults_were_on and sys.__stderr__ is not None:  # as it was (pytest enables it on stderr)
                faulthandler.enable(sys.__stderr__, all_threads=True)

    def _on_exception(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self.write(kind, tb, threading.current_thread().name)
        if self._previous is not None:
            self._previous[0](kind, exc, tb)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        self.write(args.exc_type, args.exc_traceback, args.thread.name if args.thread else "?")
        if self._previous is not None:
            self._previous[1](args)

    def write(self, kind: type[BaseException], tb: TracebackType | None, thread: str) -> Path | None:
        """Write a log of an unhandled exception; returns its path (None if the disk refused: never raises)."""
        frames = traceback.format_list(traceback.extract_tb(tb))
        text = [
            *self._header("unhandled exception", thread),
            "Traceback (most recent call last):",
            *(line.rstrip("\n") for line in frames),
            f"{kind.__module__}.{kind.__qualname__} (its message is left out: it may quote a task or a token)",
        ]
        return self._save(text)

    def _header(self, what: str, thread: str | None) -> list[str]:
        where = f", thread {thread}" if thread else ""
        lines = [
            f"coopclient {self._version}: {what}, {self._now():%Y-%m-%d %H:%M:%S} UTC{where}",
            f"Python {platform.python_version()} on {platform.platform()}",
            "This log stays on this computer; nothing is sent.",
            "",
        ]
        if thread is None:  # a hard crash, adopted at the next start: this run's operations are not its own
            return lines
        trail = self.trail.names()
        return [*lines, f"The last {len(trail)} operations, oldest first:", *(f"  {name}" for name in trail), ""]

    def _save(self, lines: list[str]) -> Path | None:
        path = self.folder / f"crash-{self._now():%Y%m%dT%H%M%S%fZ}.log"
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write("\n".join(lines) + "\n")
        except OSError:
            return None
        return path

    def unseen(self) -> tuple[Path, str] | None:
        """The newest crash log not yet shown, and its text (a hard crash's fault log becomes one first).

        Call it before :meth:`install` (which reopens the fault log) and off the GUI thread.
        """
        self._adopt_faults()
        logs = sorted(p for p in self.folder.glob("crash-*.log") if not p.with_suffix(".seen").exists())
        if not logs:
            return None
        try:
            return logs[-1], logs[-1].read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None

    def mark_seen(self, path: Path) -> None:
        """Remember that the member was shown ``path`` (never offered again; the log itself is kept)."""
        try:
            path.with_suffix(".seen").touch()
            for older in self.folder.glob("crash-*.log"):
                older.with_suffix(".seen").touch()
        except OSError:
            pass

    def _adopt_faults(self) -> None:
        faults = self.folder / FAULTS
        try:
            dump = faults.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return
        if dump.strip() and self._save([*self._header("hard crash (faulthandler)", None), dump.rstrip("\n")]):
            faults.write_text("")
