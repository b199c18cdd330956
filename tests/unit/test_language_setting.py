"""The ``language`` setting: declared with the languages shipped, applied through the one ``apply``, and
mirrored beside the store so that the next start (before the store opens) is built in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopclient.core.settings import LANGUAGES, SETTINGS, SettingsError
from coopclient.services.container import Services
from coopclient.storage.language import LANGUAGE_FILENAME, read_language

ROOT = Path(__file__).resolve().parents[2]


def test_every_language_offered_has_a_catalogue() -> None:
    assert SETTINGS["language"].choices == LANGUAGES == ("system", "en", "fr", "es", "sw")
    for language in LANGUAGES[1:]:
        assert (ROOT / "resources" / "i18n" / f"coopclient_{language}.qm").exists(), language


def test_applying_the_language_keeps_it_for_the_next_start(services: Services) -> None:
    data_dir = services.data_dir
    assert read_language(data_dir) == "system"  # nothing kept yet: the computer's language
    services.settings.apply({"language": "sw"})
    assert services.settings.get("language") == "sw"
    assert read_language(data_dir) == "sw"
    services.settings.apply_text("language", "es")
    assert read_language(data_dir) == "es"


def test_a_refused_language_changes_nothing(services: Services) -> None:
    services.settings.apply({"language": "fr"})
    with pytest.raises(SettingsError, match="must be one of system, en, fr, es, sw"):
        services.settings.apply({"language": "de"})
    assert read_language(services.data_dir) == "fr"


@pytest.mark.parametrize("written", ["de\n", "", "\xff\xfe", "fr es"])
def test_an_unknown_or_unreadable_word_starts_in_the_computers_language(tmp_path: Path, written: str) -> None:
    (tmp_path / LANGUAGE_FILENAME).write_bytes(written.encode("latin-1"))
    assert read_language(tmp_path) == "system"
