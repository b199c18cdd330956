"""The desktop application around the window: the QApplication, its names, its translations, and the clean
end on SIGTERM or log-out (:mod:`coopclient.ui.session_end`). The window itself is in
:mod:`coopclient.ui.main_window`, whose ``run`` starts the app with :func:`desktop_app`."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from coopclient.ui.session_end import SessionEnd

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator


def desktop_app(language: str = "system") -> tuple[QApplication, SessionEnd]:
    """The application (made once), named and translated into ``language`` (a choice of the ``language``
    setting; ``system``: the computer's), with its session end (keep a reference to it). The language's locale
    becomes the default one, so dates, numbers and money read as that language writes them."""
    from PySide6.QtCore import QLocale

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("coopclient")
    app.setOrganizationName("coop")
    locale = locale_for(language)
    QLocale.setDefault(locale)
    install_translator(app, locale)
    assert isinstance(app, QApplication)  # the window needs widgets, not a core application
    return app, SessionEnd(app)  # SIGTERM, log-out: a clean close, never a crash to recover from


_LOCALES = {"en": "en_US", "fr": "fr_FR", "es": "es_ES", "sw": "sw_KE"}


def locale_for(language: str) -> QLocale:
    """The locale of a choice of the ``language`` setting: the system's for ``system`` (or an unknown word)."""
    from PySide6.QtCore import QLocale

    name = _LOCALES.get(language)
    return QLocale(name) if name is not None else QLocale.system()


def install_translator(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load the UI's translation for ``locale`` (default: the system's), when one is compiled
    (resources/i18n/coopclient_<locale>.qm), and Qt's own (qtbase_<locale>.qm, for the standard buttons and
    dialogs) when PySide6 ships it, else ours (resources/i18n/qtbase_<locale>.qm); returns the translators
    installed, so that they can be removed.

    The English plural forms (coopclient_en.qm: "%n task(s)" as "1 task", "2 tasks") are installed first, under
    the locale's catalogue: a language without a catalogue reads English with the right plurals."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from coopclient.resources_path import resources_dir

    locale = locale if locale is not None else QLocale.system()
    ours = str(resources_dir() / "i18n")
    catalogues = (
        (QLocale(QLocale.Language.English), "coopclient", ours),
        (locale, "qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (locale, "qtbase", ours),  # the languages Qt ships no catalogue for (Swahili): its standard buttons
        (locale, "coopclient", ours),
    )
    installed: list[QTranslator] = []
    for where, name, folder in catalogues:
        translator = QTranslator(app)
        # load() tries coopclient_fr_FR, then coopclient_fr, ...; False when none exists.
        loaded = translator.load(where, name, "_", folder)
        if (
            loaded
            and translator.filePath() not in [t.filePath() for t in installed]
            and app.installTranslator(translator)
        ):
            installed.append(translator)  # (English twice: the plural forms once)
        else:
            translator.deleteLater()
    return installed
