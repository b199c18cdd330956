"""Every template of Label Studio's own gallery parses: supported, or unsupported with what is not supported named.

The gallery is read from the label-studio package the test setup installs (``tests/labelstudio/server.py``);
the tests skip, saying why, only when that install cannot be made. The counts are a ratchet: they may only
move towards more supported templates, and the exact numbers are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coopclient.core.labeling import parse_config
from tests.unit import gallery

SUPPORTED = 19
UNSUPPORTED = 50
TEMPLATES = 69
README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture(scope="module")
def templates() -> list[gallery.Template]:
    """The 69 gallery templates of the installed Label Studio."""
    try:
        folder = gallery.templates_folder()
    except (OSError, RuntimeError) as exc:  # no network for pip, no disk space…: say so, never pass silently
        pytest.skip(f"the Label Studio venv of the test setup cannot be set up: {exc}")
    return gallery.load_templates(folder)


def test_the_whole_gallery_is_there(templates: list[gallery.Template]) -> None:
    assert len(templates) == TEMPLATES


def test_no_gallery_template_is_a_config_error(templates: list[gallery.Template]) -> None:
    errors = [f"{t.key}: {status}" for t in templates if (status := gallery.status(t)).startswith("ERROR")]
    assert errors == []


def test_unsupported_templates_name_what_is_unsupported(templates: list[gallery.Template]) -> None:
    for template in templates:
        config = parse_config(template.config)
        if config.task_type == "unsupported":
            assert config.unsupported, template.key
            assert all(item.startswith("<") for item in config.unsupported), template.key


def test_counts_ratchet(templates: list[gallery.Template]) -> None:
    statuses = [gallery.status(t) for t in templates]
    supported = sum(1 for s in statuses if s.startswith("supported"))
    unsupported = sum(1 for s in statuses if s.startswith("unsupported"))
    # More supported is progress: raise SUPPORTED (and lower UNSUPPORTED) here and regenerate the README.
    assert (supported, unsupported) == (SUPPORTED, UNSUPPORTED)


def test_readme_lists_the_gallery(templates: list[gallery.Template]) -> None:
    section = gallery.readme_section(templates)
    assert section in README.read_text(encoding="utf-8"), (
        "README.md's gallery table is stale: replace it by the output of `python -m tests.unit.gallery`"
    )
