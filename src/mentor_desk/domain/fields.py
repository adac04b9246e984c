"""Field specifications: what each field of a record holds, how it is labelled and checked.

Records declare their fields with the helpers below; validation, storage columns, the
privacy profiles and the screens all read the same specification, so a field is described
once.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from mentor_desk.domain.vocab import Vocabulary

TEXT_LIMIT = 200
LONG_TEXT_LIMIT = 20_000


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    DATE = "date"
    CHOICE = "choice"
    CHOICES = "choices"
    REF = "ref"
    REFS = "refs"
    PHOTOS = "photos"


@dataclass(frozen=True)
class FieldSpec:
    """How one field is stored, labelled and validated."""

    kind: Kind
    th: str
    en: str
    required: bool = False
    private: bool = False
    max_length: int = TEXT_LIMIT
    minimum: float | None = None
    maximum: float | None = None
    vocabulary: Vocabulary | None = None
    ref_table: str | None = None

    @property
    def multiline(self) -> bool:
        return self.kind is Kind.TEXT and self.max_length > TEXT_LIMIT

    def label(self, language: str = "th") -> str:
        return self.th if language == "th" else self.en


def _field(spec: FieldSpec, default: Any) -> Any:
    if isinstance(default, list | dict):
        raise TypeError("use a tuple default")
    return dataclasses.field(default=default, metadata={"spec": spec})


def text(
    th: str,
    en: str,
    *,
    required: bool = False,
    private: bool = False,
    long: bool = False,
    max_length: int | None = None,
) -> Any:
    """A text field; `long` makes it a multi-line field with a larger limit."""
    limit = max_length or (LONG_TEXT_LIMIT if long else TEXT_LIMIT)
    return _field(FieldSpec(Kind.TEXT, th, en, required, private, limit), "")


def integer(th: str, en: str, *, minimum: int, maximum: int, required: bool = False) -> Any:
    """A whole number within bounds, or None when not known."""
    spec = FieldSpec(Kind.INT, th, en, required, minimum=minimum, maximum=maximum)
    return _field(spec, None)


def number(th: str, en: str, *, minimum: float, maximum: float, private: bool = False) -> Any:
    """A finite decimal number within bounds (GPS coordinates), or None."""
    spec = FieldSpec(Kind.FLOAT, th, en, private=private, minimum=minimum, maximum=maximum)
    return _field(spec, None)


def flag(th: str, en: str) -> Any:
    """A yes/no field, no by default."""
    return _field(FieldSpec(Kind.BOOL, th, en), False)


def iso_date(th: str, en: str, *, required: bool = False) -> Any:
    """A calendar date, ISO text in storage, or None."""
    return _field(FieldSpec(Kind.DATE, th, en, required), None)


def choice(th: str, en: str, vocabulary: Vocabulary, *, default: str | None = None) -> Any:
    """One key of a vocabulary; required when it has no default."""
    spec = FieldSpec(Kind.CHOICE, th, en, required=default is None, vocabulary=vocabulary)
    return _field(spec, default)


def optional_choice(th: str, en: str, vocabulary: Vocabulary) -> Any:
    """One key of a vocabulary, or None."""
    return _field(FieldSpec(Kind.CHOICE, th, en, vocabulary=vocabulary), None)


def choices(th: str, en: str, vocabulary: Vocabulary) -> Any:
    """Any number of keys of a vocabulary, kept in the vocabulary's order."""
    return _field(FieldSpec(Kind.CHOICES, th, en, vocabulary=vocabulary), ())


def ref(th: str, en: str, table: str) -> Any:
    """The id of a record in another table; always required."""
    return _field(FieldSpec(Kind.REF, th, en, required=True, ref_table=table), "")


def refs(th: str, en: str, table: str) -> Any:
    """Ids of records in another table, kept sorted."""
    return _field(FieldSpec(Kind.REFS, th, en, ref_table=table), ())


def photo_list(th: str = "รูปภาพ", en: str = "Photos") -> Any:
    """Photos, each an attachment hash with a caption, in the order the author chose."""
    return _field(FieldSpec(Kind.PHOTOS, th, en), ())
