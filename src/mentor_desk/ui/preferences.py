"""Per-data-folder preferences (language, text size, window geometry, sync folder), kept in
`settings.ini` beside the database so a USB-carried data folder keeps them too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_FILE = "settings.ini"


def app_settings(home: Path) -> QSettings:
    """The preferences of a data folder (GUI thread)."""
    return QSettings(str(home / SETTINGS_FILE), QSettings.Format.IniFormat)
