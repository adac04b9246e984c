from __future__ import annotations

import pytest

from mentor_desk.domain.errors import ValidationError
from mentor_desk.domain.ids import new_id, short_code
from mentor_desk.domain.thai_words import ZERO_WIDTH_SPACE, segment, with_break_hints
from mentor_desk.domain.validation import parse_changes, record_from_json, record_to_json


def test_short_code_is_derived_from_id_and_readable() -> None:
    record_id = new_id()
    code = short_code(record_id)
    assert code == short_code(record_id)
    assert len(code) == 6
    assert not set(code) & set("0O1IL2Z5S8B")


@pytest.mark.parametrize(
    ("table", "obj", "field"),
    [
        ("households", {"head_name": 5}, "households.head_name"),
        ("households", {"head_name": "x", "moo": 0}, "households.moo"),
        ("households", {"head_name": "x", "moo": True}, "households.moo"),
        ("households", {"head_name": "x", "tags": ["rich"]}, "households.tags"),
        ("households", {"head_name": "x", "risk_level": "extreme"}, "households.risk_level"),
        ("households", {"head_name": "x", "consent_share": "yes"}, "households.consent_share"),
        ("visits", {"date": "2569-11-01"}, "visits.date"),
        ("visits", {"date": "2026-02-30"}, "visits.date"),
        ("visits", {"members_met": ["not-an-id"]}, "visits.members_met"),
        ("members", {"national_id": "1234567890123"}, "members.national_id"),
        ("lessons", {"photos": [{"sha256": "abc"}]}, "lessons.photos"),
        ("households", {"head_name": "a\x00b"}, "households.head_name"),
        ("households", {"code": "AAAAAA"}, "households.code"),
        ("households", {"nickname": "x"}, "households.nickname"),
    ],
)
def test_bad_values_name_their_field_in_thai_and_english(
    table: str, obj: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_changes(table, obj)
    assert caught.value.field == field
    line = caught.value.one_line()
    assert line.startswith(field)
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in line)  # Thai
    assert "/" in line  # then English


def test_values_are_normalised_to_one_stored_form() -> None:
    record_id = new_id()
    record = record_from_json(
        "visits",
        {
            "id": record_id,
            "household_id": new_id(),
            "date": "2026-11-01",
            "topics": ["virtues", "parenting", "virtues"],
            "observations": "พูด" + ZERO_WIDTH_SPACE + "คุย",
        },
    )
    assert record.topics == ("parenting", "virtues")  # vocabulary order, no duplicates
    assert record.observations == "พูดคุย"  # display break hints never stored
    again = record_from_json("visits", record_to_json(record))
    assert again == record


def test_whole_record_rules() -> None:
    with pytest.raises(ValidationError) as caught:
        record_from_json(
            "visits",
            {
                "id": new_id(),
                "household_id": new_id(),
                "date": "2026-11-10",
                "next_visit_date": "2026-11-01",
            },
        )
    assert caught.value.field == "visits.next_visit_date"
    with pytest.raises(ValidationError) as caught:
        record_from_json("households", {"id": new_id(), "head_name": ""})
    assert caught.value.field == "households.head_name"
    with pytest.raises(ValidationError) as caught:
        record_from_json(
            "households", {"id": new_id(), "head_name": "x", "subdistrict_code": "999999"}
        )
    assert caught.value.field == "households.subdistrict_code"
    with pytest.raises(ValidationError) as caught:
        record_from_json(
            "households",
            {
                "id": new_id(),
                "head_name": "x",
                "district_code": "4007",
                "subdistrict_code": "400101",
            },
        )
    assert caught.value.field == "households.subdistrict_code"


def test_thai_segmentation_keeps_text_and_marks_word_boundaries() -> None:
    text = "ครอบครัวนี้ไปที่ศูนย์เรียนรู้ชุมชน"
    words = segment(text)
    assert "".join(words) == text
    assert "ศูนย์" in words or "ศูนย์เรียนรู้" in words
    hinted = with_break_hints(text)
    assert hinted.replace(ZERO_WIDTH_SPACE, "") == text
    assert hinted.count(ZERO_WIDTH_SPACE) == len(words) - 1
