"""Guards against a known-bad Qt binding: PySide6 6.12.0 drops a reference to True/False on each
Signal.emit() on Python 3.11, and the app aborts after a few hundred signals."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication


class _Emitter(QObject):
    fired = Signal(int)


def test_emitting_signals_keeps_reference_counts(qapp: QApplication) -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(300):
        emitter.fired.emit(i)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 300
    assert abs(after[0] - before[0]) < 50
    assert abs(after[1] - before[1]) < 50
