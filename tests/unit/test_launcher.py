"""The ``coopclient`` command: desktop app without a subcommand, command line otherwise."""

from __future__ import annotations

from coopclient.launcher import desktop_request


def test_no_arguments_or_only_a_data_dir_start_the_desktop_app() -> None:
    assert desktop_request([]) == (True, None)
    assert desktop_request(["--data-dir", "/tmp/x"]) == (True, "/tmp/x")
    assert desktop_request(["--data-dir=/tmp/y"]) == (True, "/tmp/y")


def test_anything_else_goes_to_the_command_line() -> None:
    assert desktop_request(["tasks"]) == (False, None)
    assert desktop_request(["--data-dir", "/tmp/x", "report"]) == (False, None)
    assert desktop_request(["--help"]) == (False, None)
