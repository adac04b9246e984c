"""Helpers of the booklet tests: a source of lessons without a database, photos made on the
spot, and readers of what a PDF holds (text per page, images per page)."""

from __future__ import annotations

import io
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

from mentor_desk.domain.records import Lesson, Photo
from mentor_desk.printing.extraction import extract_text

EXIF_ORIENTATION = 0x0112


@dataclass
class LessonsOnDisk:
    """A BookletSource over plain lessons and photo files (no database needed)."""

    lesson_list: list[Lesson]
    photos: dict[str, Path] = field(default_factory=dict)
    missing_folder: Path = Path("/nonexistent-mentor-desk-photos")
    area: str = "อำเภอน้ำพอง จังหวัดขอนแก่น"

    def lessons(self) -> Sequence[Lesson]:
        return self.lesson_list

    def photo_path(self, sha256: str) -> Path:
        return self.photos.get(sha256, self.missing_folder / sha256)

    def place_name(self, subdistrict_code: str) -> str:
        return {"400701": "น้ำพอง", "400702": "วังชัย"}.get(subdistrict_code, "")

    def home_area(self) -> str:
        return self.area


def write_photo(
    path: Path,
    *,
    size: tuple[int, int] = (640, 480),
    colour: tuple[int, int, int] = (60, 140, 110),
    orientation: int = 1,
) -> Path:
    """A JPEG with a recognisable shape (a light block in its top-left corner)."""
    image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).rectangle((0, 0, size[0] // 3, size[1] // 3), fill=(240, 230, 200))
    exif = Image.Exif()
    if orientation != 1:
        exif[EXIF_ORIENTATION] = orientation
    image.save(path, format="JPEG", quality=85, exif=exif.tobytes())
    return path


def jpeg_bytes(colour: tuple[int, int, int], size: tuple[int, int] = (800, 600)) -> bytes:
    """A plain JPEG, for the store's add_photo."""
    out = io.BytesIO()
    image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).ellipse((size[0] // 4, size[1] // 4, size[0] // 2, size[1] // 2))
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()


def page_texts(pdf: Path, pages: int) -> list[str]:
    """The extracted text of each page (index 0 is page 1)."""
    text = extract_text(pdf)
    parts = text.split("\f")
    return parts[:pages]


def flat(text: str) -> str:
    """Text with all whitespace removed, for finding titles that wrap over lines."""
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class ImageRow:
    """One image drawn on a page, as ``pdfimages -list`` reports it."""

    page: int
    width: int
    height: int
    encoding: str


def images_per_page(pdf: Path) -> list[ImageRow]:
    """Every image drawn, page by page (an image drawn twice is listed twice)."""
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    rows = []
    for line in listing:
        columns = line.split()
        rows.append(ImageRow(int(columns[0]), int(columns[3]), int(columns[4]), columns[8]))
    return rows


def fonts_of(pdf: Path) -> list[tuple[str, str]]:
    """(font name without subset prefix, embedded yes/no) of every font in the PDF."""
    listing = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    fonts = []
    for row in listing:
        columns = row.split()
        fonts.append((columns[0].split("+", 1)[-1], columns[-5]))
    return fonts


def lesson(
    lesson_id: str,
    *,
    title: str,
    text: str = "",
    photos: tuple[Photo, ...] = (),
    **fields: object,
) -> Lesson:
    """A lesson with every section holding ``text`` (sections empty when it is empty)."""
    sections = {
        name: text
        for name in (
            "context",
            "actions",
            "results",
            "success_factors",
            "challenges",
            "recommendations",
        )
    }
    values: dict[str, object] = {"kind": "lesson_learned", **sections, **fields}
    return Lesson(id=lesson_id, title=title, photos=photos, **values)  # type: ignore[arg-type]
