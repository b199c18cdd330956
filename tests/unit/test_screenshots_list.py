"""Every image the README shows is taken by tools/screenshots.py (issue 11): a README image without a script
entry, or an entry whose image is missing from docs/screenshots, fails here."""

from __future__ import annotations

import re
from pathlib import Path

from tools.screenshots import SCREENS

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_shows_only_screens_the_script_takes() -> None:
    shown = set(re.findall(r"\(docs/screenshots/([\w.-]+\.png)\)", (ROOT / "README.md").read_text()))
    assert shown  # the pattern still finds the README's images
    assert shown <= {screen.file for screen in SCREENS}


def test_every_screen_of_the_script_is_in_docs() -> None:
    missing = [s.file for s in SCREENS if not (ROOT / "docs" / "screenshots" / s.file).is_file()]
    assert missing == []
