"""A single instance (issue 16): a second launch on the same data folder tells the running one, over the local
socket, to come forward, and does not start; another folder or user is another instance."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from coopclient.ui.single_instance import SingleInstance, instance_name


def test_a_second_launch_asks_the_running_one_to_come_forward(qtbot: QtBot, tmp_path: Path) -> None:
    name = instance_name("member", str(tmp_path))
    running = SingleInstance(name)
    assert running.claim() is True
    second = SingleInstance(name)
    with qtbot.waitSignal(running.raise_requested, timeout=5000):
        assert second.claim() is False
    running.close()


def test_once_the_running_one_ends_the_next_launch_runs(qtbot: QtBot, tmp_path: Path) -> None:
    name = instance_name("member", str(tmp_path))
    ended = SingleInstance(name)
    assert ended.claim() is True
    ended.close()
    after = SingleInstance(name)
    assert after.claim() is True
    after.close()


def test_the_name_depends_on_the_user_and_the_data_folder(tmp_path: Path) -> None:
    names = {instance_name("a", str(tmp_path)), instance_name("b", str(tmp_path)), instance_name("a", "/other")}
    assert len(names) == 3


def test_the_app_started_while_one_runs_brings_it_forward_and_ends(qtbot: QtBot, tmp_path: Path) -> None:
    from coopclient.ui.desktop import run

    name = instance_name("member", str(tmp_path))
    running = SingleInstance(name)
    assert running.claim() is True

    def never() -> object:
        raise AssertionError("the second launch must not open the store")

    with qtbot.waitSignal(running.raise_requested, timeout=5000):
        assert run(never, name) == 0  # type: ignore[arg-type]
    running.close()
