"""The one rule of lessons from other communities: on a mentor's database a lesson is read-only
when this database wrote none of its content; review fields do not count; a district edits
none by this rule."""

from __future__ import annotations

from mentor_desk.store.lesson_origin import content_writers, from_another_community, written_by

HERE, MENTOR_A, DISTRICT = "here", "mentor-a", "district"


def test_content_writers_leave_out_the_review_fields() -> None:
    stamps = {
        "title": [[10, MENTOR_A]],
        "results": [[30, HERE], [29, MENTOR_A, "ค่าเดิม"]],  # a conflict keeps both writers
        "status": [[40, DISTRICT]],
        "reviewer_notes": [[40, DISTRICT]],
    }
    assert content_writers(stamps) == {MENTOR_A, HERE}
    assert written_by(stamps, {HERE}) and not written_by(stamps, {DISTRICT})


def test_a_lesson_is_read_only_on_a_mentor_database_that_wrote_none_of_its_content() -> None:
    theirs = {"title": [[10, MENTOR_A]], "status": [[20, DISTRICT]]}
    ours = {"title": [[10, HERE]], "status": [[20, DISTRICT]]}
    reviewed_here = {"title": [[10, MENTOR_A]], "status": [[20, HERE]]}
    assert from_another_community(theirs, own={HERE}, role="mentor")
    assert not from_another_community(ours, own={HERE}, role="mentor")
    # sending a draft for review, or a reviewer's decision, does not make a lesson one's own
    assert from_another_community(reviewed_here, own={HERE}, role="mentor")
    # the district decides through the review and edits by no such rule
    assert not from_another_community(theirs, own={HERE}, role="district")
