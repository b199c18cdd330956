"""UI test fixtures: offscreen Qt, English plural forms, a synchronous ops helper, and a check that no thread
is left running."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp: QApplication) -> Iterator[None]:
    """The English plural forms ("1 task", "2 tasks"), installed as the app always installs them
    (:func:`coopclient.ui.application.install_translator`); the tests of other languages add theirs on top."""
    from PySide6.QtCore import QLocale, QTranslator

    from coopclient.resources_path import resources_dir

    translator = QTranslator()
    assert translator.load(QLocale(QLocale.Language.English), "coopclient", "_", str(resources_dir() / "i18n"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def no_dangling_threads() -> Iterator[None]:
    """Fail a test that leaves a thread running (napari's _dangling_qthreads, for Python threads)."""
    before = set(threading.enumerate())
    yield
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert not left, f"threads left running: {[t.name for t in left]}"
