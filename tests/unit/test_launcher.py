"""The ``coopclient`` command: desktop app without a subcommand, command line otherwise."""

from __future__ import annotations

from coopclient.launcher import _desktop_data_dir


def test_no_arguments_or_only_a_data_dir_start_the_desktop_app() -> None:
    assert _desktop_data_dir([]) is None
    assert _desktop_data_dir(["--data-dir", "/tmp/x"]) == "/tmp/x"
    assert _desktop_data_dir(["--data-dir=/tmp/y"]) == "/tmp/y"


def test_anything_else_goes_to_the_command_line() -> None:
    assert _desktop_data_dir(["tasks"]) is False
    assert _desktop_data_dir(["--data-dir", "/tmp/x", "report"]) is False
    assert _desktop_data_dir(["--help"]) is False
