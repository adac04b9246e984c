"""Thai people for the demo: given names by sex and generation, Isan surnames, titles used
in speech, fake but well-formed phone numbers and national ids.

Names are drawn from common Thai given names of each generation, so a grandmother is called
ทองใบ or บุญเรือง and her granddaughter ณัฐณิชา, the way real house registers read.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from operator import mul

from mentor_desk.demo.draw import between, pick

# Given names by sex and the generation that commonly carries them.
FEMALE_OLDER: tuple[str, ...] = (
    "ทองใบ", "บุญเรือง", "คำปุ่น", "ลำดวน", "บัวผัน", "สมศรี", "คำแพง", "ทองม้วน", "สายทอง",
    "หนูเพียร", "บัวลอง", "ประไพ", "แสงเดือน", "สมจิตร", "บุญมา", "คำมี", "จันทร์เพ็ญ",
    "ทองสุข", "บัวพันธ์", "หอมจันทร์",
)  # fmt: skip
FEMALE_ADULT: tuple[str, ...] = (
    "สมพร", "วันเพ็ญ", "อรุณี", "นิตยา", "พิมพ์ใจ", "กาญจนา", "สุดารัตน์", "ศิริพร", "อัมพร",
    "รัตนา", "วิไลวรรณ", "ปราณี", "อุไรวรรณ", "พรทิพย์", "เยาวลักษณ์", "ดวงใจ", "เพ็ญศรี",
    "นงลักษณ์", "จุฑามาศ", "สุภาวดี", "ชลธิชา", "ธิดารัตน์", "กัญญารัตน์", "ศศิธร",
    "เบญจวรรณ", "อริสา", "พิมพ์ชนก", "ปิยะธิดา",
)  # fmt: skip
FEMALE_CHILD: tuple[str, ...] = (
    "ณัฐณิชา", "ปุณยาพร", "กชกร", "พิชชาพร", "ธัญชนก", "ปาณิสรา", "อภิชญา", "ชนิดาภา",
    "ภัทรธิดา", "ณิชาภัทร", "พัชราภา", "กัลยรัตน์", "ศิรินทิพย์", "อรณิชา", "ขวัญข้าว",
)  # fmt: skip
MALE_OLDER: tuple[str, ...] = (
    "บุญมี", "ทองดี", "คำพอง", "บุญเลิศ", "สมบัติ", "ประเสริฐ", "บุญส่ง", "หนูกัน", "คำผาย",
    "ทองคำ", "สมาน", "ประยูร", "บุญทัน", "เสถียร", "คำสิงห์", "บุญหลาย", "สีทา", "ทองหล่อ",
)  # fmt: skip
MALE_ADULT: tuple[str, ...] = (
    "สมชาย", "สุวิทย์", "วิชัย", "สมพงษ์", "สุรพล", "อุดม", "ธีรวัฒน์", "อนุชา", "ณัฐพล",
    "ศักดิ์ดา", "วีระพงษ์", "กิตติศักดิ์", "สุริยา", "ภานุวัฒน์", "เอกชัย", "จักรพันธ์",
    "ประสิทธิ์", "ไพโรจน์", "สมเกียรติ", "อำนาจ", "ชาตรี", "บุญชัย",
)  # fmt: skip
MALE_CHILD: tuple[str, ...] = (
    "ธนากร", "ภูมิพัฒน์", "ณัฐวุฒิ", "กิตติพัฒน์", "ธนพล", "ปัณณวัฒน์", "ภาคิน", "พีรพัฒน์",
    "ศุภกร", "ธีรภัทร", "ชยพล", "ภูริช", "ก้องภพ", "ต้นกล้า",
)  # fmt: skip
SURNAMES = (
    "ศรีสุข", "พรมมา", "แสนสุข", "บุญมา", "ทองดี", "ศรีบุญเรือง", "คำแก้ว", "ภูมิสวัสดิ์",
    "จันทร์หอม", "พลราชม", "ศรีวงษ์", "บุตรดี", "สีหาวงศ์", "แก้วมณี", "อินทร์แก้ว",
    "โคตรพันธ์", "ศรีภูมิ", "วงศ์สุวรรณ", "นามวงศ์", "บุญเรือง", "สุวรรณศรี", "มูลสาร",
    "จันทะคุณ", "ไชยสิทธิ์", "พันธ์โยธี", "ศรีเมือง", "หอมจันทร์", "ภูผาใจ", "ชัยมงคล",
    "บุญประเสริฐ", "ทองแสน", "วรรณทอง", "แสนทวีสุข", "คำภูแสน", "ยอดคำ", "ประทุมวงศ์",
    "โพธิ์ศรี", "ดวงมณี", "ศรีหาบุตร", "พิมพ์ศรี", "บุญศรีเมือง", "นาคสุข",
)  # fmt: skip
NICKNAMES = (
    "ฟ้า", "ต้นข้าว", "ภูมิ", "ใบเตย", "มิ้นท์", "บีม", "แบม", "น้ำใส", "ข้าวหอม", "ปาล์ม",
    "เฟิร์น", "ไอซ์", "ต้นกล้า", "ขิม", "ดาว", "โฟกัส", "น้ำหวาน", "แตงโม",
)  # fmt: skip
MONK_NAMES = (
    "พระครูสุนทรธรรมโกวิท", "พระอธิการบุญมี ปัญญาวโร", "พระครูปลัดสมชาย ฐิตธัมโม",
    "พระอาจารย์ทองสุข สุจิตโต", "พระครูวิมลธรรมรัต",
)  # fmt: skip

ADULT_AGE = 20
ELDER_AGE = 60
CHILD_TITLE_AGE = 15  # เด็กชาย/เด็กหญิง until fifteen, as on a Thai id card
CHECKSUM_WEIGHTS = tuple(range(13, 1, -1))  # digit i of the first twelve weighs 13 - i


@dataclass(frozen=True)
class Person:
    """A generated person: formal parts of the name, sex and birth year (CE)."""

    given: str
    surname: str
    sex: str
    birth_year: int

    def age(self, year: int) -> int:
        """Age in whole years during the given year."""
        return year - self.birth_year

    def formal_name(self, *, year: int, married: bool = False) -> str:
        """The name as written on forms: title, given name and surname."""
        return (
            f"{formal_title(self.sex, self.age(year), married=married)}{self.given} {self.surname}"
        )

    def spoken_name(self, year: int) -> str:
        """How a mentor refers to the person in a note: kinship title and given name."""
        return f"{spoken_title(self.sex, self.age(year))}{self.given}"


def formal_title(sex: str, age: int, *, married: bool = False) -> str:
    """นาย / นาง / น.ส. for adults, ด.ช. / ด.ญ. for children under fifteen."""
    if age < CHILD_TITLE_AGE:
        return "ด.ช." if sex == "male" else "ด.ญ."
    if sex == "male":
        return "นาย"
    return "นาง" if married else "น.ส."


def spoken_title(sex: str, age: int) -> str:
    """The kinship title Isan mentors use in notes (แม่ใหญ่, พ่อใหญ่, ป้า, ลุง, น้อง ...)."""
    if age >= 70:
        return "แม่ใหญ่" if sex == "female" else "พ่อใหญ่"
    if age >= ELDER_AGE:
        return "ยาย" if sex == "female" else "ตา"
    if age >= 45:
        return "ป้า" if sex == "female" else "ลุง"
    if age >= ADULT_AGE:
        return "แม่" if sex == "female" else "พ่อ"
    return "น้อง"


def given_name(rng: random.Random, *, sex: str, birth_year: int, current_year: int) -> str:
    """A given name typical of the person's sex and generation."""
    age = current_year - birth_year
    if sex == "female":
        pool = FEMALE_OLDER if age >= 50 else FEMALE_ADULT if age >= 18 else FEMALE_CHILD
    else:
        pool = MALE_OLDER if age >= 50 else MALE_ADULT if age >= 18 else MALE_CHILD
    return pick(rng, pool)


def make_person(
    rng: random.Random, *, sex: str, birth_year: int, current_year: int, surname: str
) -> Person:
    """A person of the given sex, birth year and family name."""
    given = given_name(rng, sex=sex, birth_year=birth_year, current_year=current_year)
    return Person(given=given, surname=surname, sex=sex, birth_year=birth_year)


def surname(rng: random.Random) -> str:
    """A common Isan family name."""
    return pick(rng, SURNAMES)


def phone_number(rng: random.Random) -> str:
    """A fake but well-formed Thai mobile number, 08x-xxx-xxxx."""
    return f"08{between(rng, 0, 9)}-{between(rng, 0, 999):03d}-{between(rng, 0, 9999):04d}"


def national_id(rng: random.Random, *, birth_year: int, office_code: str) -> str:
    """A 13-digit national id with a correct check digit.

    The first digit follows the real scheme (3: on a house register before 1984, 1: born
    and registered on time since then); the next four are the registry office code.
    """
    first = "1" if birth_year >= 1984 else "3"
    body = f"{first}{office_code[:4]:0>4}{between(rng, 0, 99999):05d}{between(rng, 0, 99):02d}"
    total = sum(map(mul, CHECKSUM_WEIGHTS, map(int, body)))
    return body + str((11 - total % 11) % 10)


def mentor_names(rng: random.Random, count: int) -> tuple[str, ...]:
    """Distinct full names for the district's mentors (mostly women, as in real rosters)."""
    names: list[str] = []
    while len(names) < count:
        if rng.random() < 0.7:
            name = f"นาง{rng.choice(FEMALE_ADULT)} {surname(rng)}"
        else:
            name = f"นาย{rng.choice(MALE_ADULT)} {surname(rng)}"
        if name not in names:
            names.append(name)
    return tuple(names)
