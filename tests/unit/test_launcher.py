"""The ``coopclient`` command: desktop app without a subcommand, command line otherwise."""

from __future__ import annotations

import io
from pathlib import Path

from coopclient.app import Environment
from coopclient.launcher import desktop_request, main
from tests.fakes import FakeClock


def test_no_arguments_or_only_a_data_dir_start_the_desktop_app() -> None:
    assert desktop_request([]) == (True, None)
    assert desktop_request(["--data-dir", "/tmp/x"]) == (True, "/tmp/x")
    assert desktop_request(["--data-dir=/tmp/y"]) == (True, "/tmp/y")


def test_anything_else_goes_to_the_command_line() -> None:
    assert desktop_request(["tasks"]) == (False, None)
    assert desktop_request(["--data-dir", "/tmp/x", "report"]) == (False, None)
    assert desktop_request(["--help"]) == (False, None)


def test_the_command_line_it_dispatches_to_runs_on_the_environment_it_is_given(tmp_path: Path) -> None:
    out = io.StringIO()
    env = Environment(clock=FakeClock(), stdout=out, variables={})
    assert main(["--data-dir", str(tmp_path / "data"), "timer", "status"], env) == 0
    assert out.getvalue() == "no manual timer running\n"
