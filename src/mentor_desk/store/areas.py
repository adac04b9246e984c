"""Areas of a district for its figures: a subdistrict (by the households' address codes)
and, within it, a village (by the households' village names). Plain SQL conditions, so the
indicators of `store.indicators` count only what lies in the chosen area."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class Area:
    """A subdistrict code and a village name; None for the whole (district or subdistrict)."""

    subdistrict: str | None = None
    village: str | None = None

    @property
    def whole(self) -> bool:
        """True when nothing narrows the figures (the whole district)."""
        return not self.subdistrict and not self.village

    def households(self, alias: str) -> tuple[str, list[str]]:
        """An SQL condition on the households table (as `alias`) and its parameters."""
        return all_of(
            (f"{alias}.subdistrict_code = ?", self.subdistrict),
            (f"{alias}.village_name = ?", self.village),
        )

    def lessons(self, alias: str) -> tuple[str, list[str]]:
        """An SQL condition on the lessons table: its subdistrict, and the village named in
        its area text."""
        return all_of(
            (f"{alias}.subdistrict_code = ?", self.subdistrict),
            (f"instr({alias}.area, ?) > 0", self.village),
        )

    def activities(self, alias: str) -> tuple[str, list[str]]:
        """An SQL condition on the activities table: a household of the area took part."""
        if self.whole:
            return "1", []
        cond, params = self.households("h")
        return (
            f"EXISTS (SELECT 1 FROM json_each({alias}.household_ids) j "
            f"JOIN households h ON h.id = j.value WHERE {cond})",
            params,
        )


def all_of(*conditions: tuple[str, str | None]) -> tuple[str, list[str]]:
    """One SQL condition joining with AND each `(condition, value)` whose value is given
    (its one `?` takes the value), and its parameters; "1" when none is."""
    given = [(sql, value) for sql, value in conditions if value]
    return (" AND ".join(sql for sql, _ in given) or "1"), [value for _, value in given]


@dataclass(frozen=True)
class AreaChoice:
    """A village households are registered in, within its subdistrict."""

    subdistrict_code: str
    village: str
    moo: int | None


def area_choices(db: Database) -> list[AreaChoice]:
    """Every (subdistrict, village) of the live households, by subdistrict, moo, name."""
    sql = """
        SELECT subdistrict_code, village_name, min(moo) FROM households
        WHERE _cl % 2 = 1 AND subdistrict_code != ''
        GROUP BY subdistrict_code, village_name
        ORDER BY subdistrict_code, min(moo) IS NULL, min(moo), village_name
    """
    return [AreaChoice(str(sub), str(village), moo) for sub, village, moo in db.execute(sql)]
