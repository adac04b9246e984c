"""Thai and English through Qt translation files.

Source strings are English (`self.tr("...")`); `assets/translations/mentor_desk_th.ts` holds
their Thai, compiled to `.qm`. Switching language installs or removes the translator; every
widget then gets a LanguageChange event and re-applies its texts in `retranslate()`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES = ("th", "en")
DEFAULT_LANGUAGE = "th"
CATALOGUE = "mentor_desk_th"

_translator: QTranslator | None = None
_current = "en"


def assets_dir() -> Path:
    """The assets folder: packaged beside the code, or at the root of a source checkout."""
    packaged = Path(__file__).resolve().parent.parent / "assets"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "assets"


def catalogue_path(suffix: str = ".qm") -> Path:
    return assets_dir() / "translations" / f"{CATALOGUE}{suffix}"


def current_language() -> str:
    return _current


def set_language(language: str) -> None:
    """Switch the whole application to Thai or English (GUI thread)."""
    global _translator, _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a QApplication")
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    if language == "th":
        translator = QTranslator(app)
        if not translator.load(str(catalogue_path())):
            raise RuntimeError(f"Thai catalogue missing: {catalogue_path()}")
        app.installTranslator(translator)
        _translator = translator
        QLocale.setDefault(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    _current = language if language in LANGUAGES else "en"


def tr(context: str, text: str) -> str:
    """Translate a string outside a QObject (labels of vocabularies are not translated here:
    they carry their own Thai and English)."""
    return QCoreApplication.translate(context, text)
