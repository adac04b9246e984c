"""The demo's place: one real district from `geothai`, its real subdistricts, plausible
Isan villages (หมู่ที่ 1..n) within them, the mentors who work there, and the local
agencies a mentor refers families to.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import geothai

from mentor_desk.demo.names import mentor_names

DISTRICT_CODE = "4007"  # อำเภอน้ำพอง จังหวัดขอนแก่น
DISTRICT_CENTRE = (16.70, 102.86)  # latitude, longitude of the district town
SUBDISTRICT_SPREAD = 0.12  # degrees: how far a subdistrict may lie from the district town
VILLAGE_SPREAD = 0.015  # degrees: how far houses lie from the village centre

VILLAGE_NAMES = (
    "บ้านหนองบัว", "บ้านโนนสะอาด", "บ้านดอนแดง", "บ้านหนองแวง", "บ้านโคกสี", "บ้านโนนสว่าง",
    "บ้านนาคำ", "บ้านโนนทอง", "บ้านหัวนา", "บ้านดอนหัน", "บ้านหนองผือ", "บ้านโคกกลาง",
    "บ้านนาดี", "บ้านหนองไผ่", "บ้านโนนรัง", "บ้านป่าแดง", "บ้านหนองเม็ก", "บ้านโพธิ์ชัย",
    "บ้านศรีสุข", "บ้านโนนเขวา", "บ้านคำบอน", "บ้านโคกงาม", "บ้านดงเย็น", "บ้านหนองแสง",
    "บ้านหนองตะไก้", "บ้านห้วยทราย", "บ้านโนนพยอม", "บ้านหนองหว้า", "บ้านท่าข่อย",
    "บ้านดอนยาง", "บ้านโคกล่าม", "บ้านหนองโน",
)  # fmt: skip
TEMPLE_NAMES = (
    "วัดโพธิ์ศรี", "วัดศรีสว่าง", "วัดสระแก้ว", "วัดศรีมงคล", "วัดป่าสามัคคีธรรม",
    "วัดโพธิ์ชัย", "วัดบูรพาราม", "วัดศรีสุมังคล์", "วัดสว่างอารมณ์", "วัดป่าศรีธรรมาราม",
)  # fmt: skip
MIN_MENTORS, MAX_MENTORS = 4, 6


@dataclass(frozen=True)
class Village:
    """A village (หมู่บ้าน) of a subdistrict."""

    moo: int
    name: str
    subdistrict_code: str
    subdistrict_name: str
    temple: str
    latitude: float
    longitude: float

    @property
    def label(self) -> str:
        """'บ้านหนองบัว หมู่ที่ 3' as written in an address."""
        return f"{self.name} หมู่ที่ {self.moo}"

    @property
    def health_centre(self) -> str:
        return f"รพ.สต.{self.name}"

    @property
    def school(self) -> str:
        return f"โรงเรียน{self.name}"


@dataclass(frozen=True)
class Mentor:
    """A community mentor and the villages in their care."""

    name: str
    subdistrict_code: str
    subdistrict_name: str
    villages: tuple[Village, ...]


@dataclass(frozen=True)
class DemoArea:
    """The district of the demo, its villages and mentors, with names of local agencies."""

    province_code: str
    province_name: str
    district_code: str
    district_name: str
    mentors: tuple[Mentor, ...]

    @property
    def label(self) -> str:
        """'อำเภอน้ำพอง จังหวัดขอนแก่น'."""
        return f"อำเภอ{self.district_name} จังหวัด{self.province_name}"

    @property
    def hospital(self) -> str:
        return f"โรงพยาบาล{self.district_name}"

    @property
    def one_stop_crisis_centre(self) -> str:
        return f"ศูนย์พึ่งได้ (OSCC) โรงพยาบาล{self.district_name}"

    @property
    def social_development_office(self) -> str:
        return f"พมจ.{self.province_name}"

    @property
    def police_station(self) -> str:
        return f"สถานีตำรวจภูธร{self.district_name}"

    @property
    def adult_education(self) -> str:
        return f"กศน.อำเภอ{self.district_name}"

    @property
    def community_development_office(self) -> str:
        return f"สำนักงานพัฒนาชุมชนอำเภอ{self.district_name}"


def local_government(subdistrict_name: str) -> str:
    """The subdistrict administrative organisation (อบต.) of a subdistrict."""
    return f"อบต.{subdistrict_name}"


def build_area(rng: random.Random, *, families: int) -> DemoArea:
    """Pick mentors, their subdistricts and villages in the demo district.

    More families bring more villages, so a large demo does not crowd thousands of houses
    into three hamlets.
    """
    district = geothai.district(DISTRICT_CODE)
    if district is None:
        raise LookupError(f"geothai does not know district {DISTRICT_CODE}")
    province = geothai.province(district.province_code)
    if province is None:
        raise LookupError(f"geothai does not know province {district.province_code}")
    subdistricts = list(geothai.subdistricts(DISTRICT_CODE))
    mentor_count = rng.randint(MIN_MENTORS, MAX_MENTORS)
    chosen = rng.sample(subdistricts, min(mentor_count, len(subdistricts)))
    names = mentor_names(rng, mentor_count)
    villages_each = max(2, min(12, families // (mentor_count * 12) + 2))
    mentors: list[Mentor] = []
    for index, name in enumerate(names):
        sub = chosen[index % len(chosen)]
        villages = _villages(rng, code=sub.code, name=sub.name_th, count=villages_each)
        mentors.append(Mentor(name, sub.code, sub.name_th, villages))
    return DemoArea(
        province_code=province.code,
        province_name=province.name_th,
        district_code=district.code,
        district_name=district.name_th,
        mentors=tuple(mentors),
    )


def _villages(rng: random.Random, *, code: str, name: str, count: int) -> tuple[Village, ...]:
    """`count` villages of one subdistrict with distinct names and village numbers."""
    total = max(count, rng.randint(8, 16))  # the subdistrict's number of villages
    moos = sorted(rng.sample(range(1, total + 1), count))
    names = rng.sample(VILLAGE_NAMES, count)
    centre_lat = DISTRICT_CENTRE[0] + rng.uniform(-SUBDISTRICT_SPREAD, SUBDISTRICT_SPREAD)
    centre_lon = DISTRICT_CENTRE[1] + rng.uniform(-SUBDISTRICT_SPREAD, SUBDISTRICT_SPREAD)
    return tuple(
        Village(
            moo=moo,
            name=village_name,
            subdistrict_code=code,
            subdistrict_name=name,
            temple=rng.choice(TEMPLE_NAMES),
            latitude=round(centre_lat + rng.uniform(-0.03, 0.03), 5),
            longitude=round(centre_lon + rng.uniform(-0.03, 0.03), 5),
        )
        for moo, village_name in zip(moos, names, strict=True)
    )
