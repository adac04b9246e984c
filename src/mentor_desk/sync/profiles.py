"""Privacy profiles: what each kind of export may carry.

- `full`: everything, for the mentor's own encrypted backup or a handover to a new mentor.
- `district`: what a mentor sends the district. Households without consent to share are
  left out with their members and visits, and so are lessons whose people have not consented
  to being named; every field marked private (names, phone and
  house numbers, national ids, GPS, private notes) stays on the laptop; photos of a
  household's people travel only with consent to photos.
- `province`: what a district sends the province: aggregate figures only, counts from 1 to 4
  suppressed; written by `mentor_desk.sync.province`, never a record.
- `return`: what a district sends back to one mentor (the default when a district exports to
  a mentor's card): that mentor's own records as the district holds them (so the decisions
  on their lessons, status and reviewer notes, travel home), and the lessons the district
  selected from other communities, whose people consented, without private fields and
  without links to another village's activities and visits. Nothing else of another
  mentor's village leaves the district: no household, member, visit or activity.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from mentor_desk.domain.fields import Kind
from mentor_desk.domain.merge import RecordState
from mentor_desk.domain.records import field_specs
from mentor_desk.store.lesson_origin import written_by
from mentor_desk.sync.errors import SyncError

PROFILES = ("district", "full", "province", "return")
RETURN_PROFILE = "return"
SHARED_LESSONS_KEY = "shared_lessons"  # in a return bundle's scope: `ReturnFilter.shared_lessons`
# Links of a lesson to records the recipient never gets from another village.
_LOCAL_LINKS = ("activity_ids", "visit_ids")
_PRIVATE = {
    table: {name for name, spec in field_specs(table).items() if spec.private}
    for table in ("households", "members", "visits", "activities", "lessons")
}


class UnknownProfileError(SyncError):
    code = "profile"
    message_th = "ไม่รู้จักรูปแบบการส่งออกนี้"


def check_profile(profile: str) -> str:
    if profile not in PROFILES:
        raise UnknownProfileError(f"profile must be one of {', '.join(PROFILES)}: {profile!r}")
    return profile


class DistrictFilter:
    """Applies the district profile; needs the sharing consent of every household, which
    the exporter reads first (households are few, so this stays small)."""

    def __init__(self, *, sharing: set[str], photo_consent: set[str]) -> None:
        self.sharing = sharing
        self.photo_consent = photo_consent

    def apply(self, states: Iterable[RecordState]) -> Iterator[RecordState]:
        for state in states:
            kept = self._keep(state)
            if kept is not None:
                yield kept

    def _keep(self, state: RecordState) -> RecordState | None:
        household = _household_of(state)
        if household is not None and household not in self.sharing:
            return None
        if state.table == "lessons" and not _people_consented(state):
            return None  # the story may name people who have not agreed to be named
        fields = {
            name: entries
            for name, entries in state.fields.items()
            if name not in _PRIVATE[state.table]
        }
        if "photos" in fields and household is not None and household not in self.photo_consent:
            fields.pop("photos")
        if state.table == "activities" and "household_ids" in fields:
            fields["household_ids"] = tuple(
                (hlc, device, [h for h in value if h in self.sharing])
                for hlc, device, value in fields["household_ids"]
            )
        return replace(state, fields=fields)


def _people_consented(state: RecordState) -> bool:
    winner = state.winner("people_consented")
    return bool(winner and winner[2])


def _household_of(state: RecordState) -> str | None:
    if state.table == "households":
        return state.id
    if any(
        spec.kind is Kind.REF and name == "household_id"
        for name, spec in field_specs(state.table).items()
    ):
        winner = state.winner("household_id")
        return str(winner[2]) if winner else None
    return None


class ReturnFilter:
    """Applies the return profile for one mentor, whose databases are `recipient_databases`
    (the databases whose files came signed by the mentor's key). The mentor's own records go
    through `own` (the district profile's rules); of everything else only selected,
    consented lessons go, for reading."""

    def __init__(self, *, recipient_databases: set[str], own: DistrictFilter) -> None:
        self.recipient_databases = recipient_databases
        self.own = own

    def apply(self, states: Iterable[RecordState]) -> Iterator[RecordState]:
        for state in states:
            if written_by(state.fields, self.recipient_databases):
                if state.erased:
                    yield state  # holds no personal data and must reach every copy
                else:
                    yield from self.own.apply([state])
            elif _shared_between_communities(state):
                yield replace(
                    state,
                    fields={
                        name: entries
                        for name, entries in state.fields.items()
                        if name not in _PRIVATE["lessons"] and name not in _LOCAL_LINKS
                    },
                    deleted_seen={},
                )

    def shared_lessons(self, lessons: Iterable[RecordState]) -> list[str]:
        """Ids of the lessons of other communities this mentor may hold now: listed in
        every return bundle, so the mentor's copies of the others go (`store.shared_lessons`)."""
        return sorted(
            state.id
            for state in lessons
            if not written_by(state.fields, self.recipient_databases)
            and _shared_between_communities(state)
        )


def _shared_between_communities(state: RecordState) -> bool:
    """A live lesson of another community that the district selected and whose people
    consented: the only record of another village a mentor receives."""
    if state.table != "lessons" or not state.alive or state.erased:
        return False
    status = state.winner("status")
    return bool(status and status[2] == "selected") and _people_consented(state)
