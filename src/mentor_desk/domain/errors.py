"""The one exception hierarchy of Mentor Desk: every error carries a Thai message for people
and English details for the record. The GUI shows both; the command line prints one line."""

from __future__ import annotations


class MentorDeskError(Exception):
    """Base of every error Mentor Desk raises on purpose."""

    def __init__(self, message_th: str, detail: str = "") -> None:
        super().__init__(f"{message_th} ({detail})" if detail else message_th)
        self.message_th = message_th
        self.detail = detail


class ValidationError(MentorDeskError):
    """A record, or one field of it, is not acceptable. `field` names it as table.field."""

    def __init__(self, field: str, message_th: str, message_en: str) -> None:
        super().__init__(f"{field}: {message_th}", f"{field}: {message_en}")
        self.field = field
        self.reason_th = message_th  # without the field name, for showing next to the field
        self.reason_en = message_en

    def one_line(self) -> str:
        """The error as one line naming the field, in Thai and English."""
        return f"{self.field}: {self.reason_th} / {self.reason_en}"


class NotFoundError(MentorDeskError):
    """A record, attachment or file that was asked for does not exist."""


class StoreError(MentorDeskError):
    """The local database or data folder cannot do what was asked (full, read-only, damaged)."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer Mentor Desk; it is refused and never touched."""
