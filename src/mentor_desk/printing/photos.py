"""Photos for paper: upright, no larger than the page needs, and never a reason to fail a print.

A photo is decoded with Pillow, turned upright by its EXIF orientation, scaled down to what
its place on the page needs at ``PRINT_DPI`` and embedded as a JPEG, so a booklet of a
hundred stories stays small enough to e-mail. JPEG decoding uses Pillow's draft mode, which
decodes a 30-megapixel photo at 1/2, 1/4 or 1/8 of its size directly, so huge photos cost
little time and memory. A photo that is missing, unreadable or absurdly large is reported
as a ``PhotoProblem`` (in Thai) and left out; the print goes on without it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

PRINT_DPI = 200  # sharp on an office laser printer; more only makes the file larger
JPEG_QUALITY = 82
POINTS_PER_INCH = 72.0
# Refuse to decode anything larger: a photo this big is a mistake or an attack.
MAX_SOURCE_PIXELS = 150_000_000
MAX_SOURCE_BYTES = 60 * 1024 * 1024
# A stored JPEG at most this much larger than needed is embedded as it is (no re-encoding).
PASS_THROUGH_SLACK = 1.3
# Shrink by whole factors first, then resample: as sharp as plain LANCZOS at print sizes.
RESIZE_REDUCING_GAP = 3.0
_EXIF_ORIENTATION = 0x0112
_DECODE_ERRORS = (
    UnidentifiedImageError,
    OSError,
    ValueError,
    SyntaxError,
    Image.DecompressionBombError,
)


@dataclass(frozen=True)
class PhotoProblem:
    """Why a photo was left out of a print, in Thai, and which file it was."""

    path: Path
    message_th: str
    detail: str = ""

    def one_line(self) -> str:
        """The problem as one line for a log or the command line."""
        return f"{self.message_th}: {self.path.name}" + (f" ({self.detail})" if self.detail else "")


@dataclass(frozen=True)
class PrintPhoto:
    """A photo ready to embed: JPEG (or PNG) bytes and its size in pixels."""

    data: bytes
    width_px: int
    height_px: int

    @property
    def aspect(self) -> float:
        """Height / width."""
        return self.height_px / self.width_px

    def fitted_size(self, *, max_width: float, max_height: float) -> tuple[float, float]:
        """The largest (width, height) in points that keeps the aspect and fits the box."""
        width = max_width
        height = width * self.aspect
        if height > max_height:
            height = max_height
            width = height / self.aspect
        return width, height

    def reader(self) -> ImageReader:
        """A ReportLab image reader over the bytes (JPEG data is embedded as it is)."""
        return ImageReader(io.BytesIO(self.data))


def load_print_photo(
    path: Path, *, max_width: float, max_height: float, dpi: int = PRINT_DPI
) -> PrintPhoto | PhotoProblem:
    """Prepare the photo at ``path`` for a place of at most ``max_width`` × ``max_height``
    points on the page; returns a PhotoProblem instead of raising when it cannot be used."""
    try:
        size = path.stat().st_size
    except OSError as error:
        return PhotoProblem(path, "ไม่พบไฟล์ภาพ จึงไม่ได้ใส่ภาพนี้", type(error).__name__)
    if size > MAX_SOURCE_BYTES:
        return PhotoProblem(path, "ไฟล์ภาพใหญ่เกินไป จึงไม่ได้ใส่ภาพนี้", f"{size} bytes")
    try:
        data = path.read_bytes()
        return _prepare(data, path=path, box=(max_width, max_height), dpi=dpi)
    except _DECODE_ERRORS as error:
        return PhotoProblem(path, "เปิดไฟล์ภาพไม่ได้หรือไฟล์เสียหาย จึงไม่ได้ใส่ภาพนี้", f"{error}"[:200])


def _prepare(
    data: bytes, *, path: Path, box: tuple[float, float], dpi: int
) -> PrintPhoto | PhotoProblem:
    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
        if width < 1 or height < 1 or width * height > MAX_SOURCE_PIXELS:
            return PhotoProblem(
                path, "ภาพมีขนาดพิกเซลใหญ่เกินไป จึงไม่ได้ใส่ภาพนี้", f"{width}x{height} pixels"
            )
        orientation = image.getexif().get(_EXIF_ORIENTATION, 1)
        turned = orientation in (5, 6, 7, 8)
        upright = (height, width) if turned else (width, height)
        needed = _needed_pixels(upright, box=box, dpi=dpi)
        if (
            image.format == "JPEG"
            and orientation == 1
            and image.mode in ("RGB", "L")
            and width <= needed[0] * PASS_THROUGH_SLACK
        ):
            # Decoding (cheaply, at 1/8 size) proves the file whole: a truncated or corrupt
            # photo must not reach the PDF.
            image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
            image.load()
            return PrintPhoto(data, width, height)
        if image.format == "JPEG":
            # Decode at the smallest power-of-two reduction still at least as large as needed
            # (asked in the stored orientation, which a turned photo has sideways).
            image.draft("RGB", (needed[1], needed[0]) if turned else needed)
        image.load()
        upright_image = ImageOps.exif_transpose(image)
        return _encode(upright_image, needed)


def _needed_pixels(size: tuple[int, int], *, box: tuple[float, float], dpi: int) -> tuple[int, int]:
    width, height = size
    scale = min(box[0] / width, box[1] / height) * dpi / POINTS_PER_INCH
    scale = min(scale, 1.0)  # never enlarge
    return max(1, round(width * scale)), max(1, round(height * scale))


def _encode(image: Image.Image, box_pixels: tuple[int, int]) -> PrintPhoto:
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        image = Image.new("RGB", rgba.size, "white")
        image.paste(rgba, mask=rgba.getchannel("A"))
    elif image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    ratio = max(image.width / box_pixels[0], image.height / box_pixels[1])
    # A draft decode usually lands just above the size needed; that is sharp enough as it is.
    if ratio > PASS_THROUGH_SLACK:
        target = (max(1, round(image.width / ratio)), max(1, round(image.height / ratio)))
        image = image.resize(target, Image.Resampling.LANCZOS, reducing_gap=RESIZE_REDUCING_GAP)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return PrintPhoto(out.getvalue(), image.width, image.height)


class PhotoFlowable(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A prepared photo drawn at a fixed size, centred in the width it is given."""

    def __init__(self, photo: PrintPhoto, *, width: float, height: float) -> None:
        super().__init__()
        self.photo = photo
        self.photo_width = width
        self.photo_height = height
        self._available_width = width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Takes the whole available width (the photo is centred in it)."""
        self._available_width = max(available_width, self.photo_width)
        return self._available_width, self.photo_height

    def draw(self) -> None:
        """Draw the photo (ReportLab embeds identical photos only once)."""
        x = (self._available_width - self.photo_width) / 2
        self.canv.drawImage(
            self.photo.reader(), x, 0, width=self.photo_width, height=self.photo_height
        )
