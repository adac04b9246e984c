"""Photos stored by content: SHA-256 named files beside the database, EXIF stripped.

A photo is decoded, turned upright by its EXIF orientation, scaled down to a size worth
keeping on an old laptop, and re-encoded without metadata (GPS positions in EXIF must never
travel with a record about a vulnerable family). The stored bytes are what is hashed.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from mentor_desk.domain.errors import StoreError, ValidationError
from mentor_desk.store.permissions import make_private_folder

MAX_INPUT_BYTES = 40 * 1024 * 1024
MAX_STORED_BYTES = 8 * 1024 * 1024
MAX_SIDE_PIXELS = 2560
JPEG_QUALITY = 85
ACCEPTED_FORMATS = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/jpeg",
    "MPO": "image/jpeg",
}


@dataclass(frozen=True)
class Attachment:
    """A stored photo."""

    sha256: str
    size: int
    mime: str
    width: int
    height: int


def prepare_photo(data: bytes) -> tuple[bytes, Attachment]:
    """Clean a photo for storage: upright, at most MAX_SIDE_PIXELS, no metadata.

    Raises ValidationError for something that is not a photo or is too large.
    """
    if len(data) > MAX_INPUT_BYTES:
        raise ValidationError(
            "attachments.file",
            f"ไฟล์ภาพใหญ่เกิน {MAX_INPUT_BYTES // (1024 * 1024)} MB",
            f"photo larger than {MAX_INPUT_BYTES} bytes",
        )
    try:
        with Image.open(io.BytesIO(data)) as opened:
            source_format = opened.format or ""
            if source_format not in ACCEPTED_FORMATS:
                raise ValidationError(
                    "attachments.file",
                    "รับเฉพาะไฟล์ภาพ JPEG, PNG หรือ WebP",
                    f"unsupported image format {source_format or 'unknown'}",
                )
            image = ImageOps.exif_transpose(opened)
            image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError) as error:
        raise ValidationError(
            "attachments.file", "เปิดไฟล์ภาพไม่ได้ หรือไฟล์เสียหาย", f"not a readable image: {error}"
        ) from error
    image.thumbnail((MAX_SIDE_PIXELS, MAX_SIDE_PIXELS), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if source_format == "PNG":
        image.save(out, format="PNG", optimize=True)
        mime = "image/png"
    else:
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
        mime = "image/jpeg"
    stored = out.getvalue()
    if len(stored) > MAX_STORED_BYTES:
        raise ValidationError(
            "attachments.file", "ไฟล์ภาพใหญ่เกินไปแม้ย่อแล้ว", f"{len(stored)} bytes after cleaning"
        )
    sha = hashlib.sha256(stored).hexdigest()
    return stored, Attachment(sha, len(stored), mime, image.width, image.height)


def check_received_photo(sha256: str, data: bytes) -> tuple[bytes, Attachment]:
    """Check a photo that arrived from another device: its bytes hash to its name and it
    opens as an accepted image. Raises ValidationError otherwise."""
    if hashlib.sha256(data).hexdigest() != sha256 or len(data) > MAX_STORED_BYTES:
        raise ValidationError("attachments.file", "ไฟล์ภาพเสียหาย", f"{sha256}: hash or size")
    try:
        with Image.open(io.BytesIO(data)) as image:
            mime = ACCEPTED_FORMATS.get(image.format or "")
            width, height = image.size
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise ValidationError("attachments.file", "ไฟล์ภาพเสียหาย", f"{sha256}: {error}") from error
    if mime is None:
        raise ValidationError("attachments.file", "ไม่ใช่ไฟล์ภาพที่รับได้", f"{sha256}")
    return data, Attachment(sha256, len(data), mime, width, height)


class AttachmentFolder:
    """The folder of attachment files, `<sha[:2]>/<sha>`."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def write(self, sha256: str, data: bytes) -> Path:
        """Store bytes under their hash: written to a temporary file, synced, then renamed,
        so a crash never leaves a half-written photo under a real name."""
        target = self.path_of(sha256)
        if target.exists() and target.stat().st_size == len(data):
            return target
        try:
            make_private_folder(self.root)
            make_private_folder(target.parent)
            # mkstemp creates the file owner-only (0o600)
            fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(temp, target)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError as error:
            raise StoreError("บันทึกไฟล์ภาพไม่ได้ (พื้นที่เต็มหรือโฟลเดอร์เขียนไม่ได้)", f"{error}") from error
        return target

    def verify(self, sha256: str) -> str | None:
        """None if the file exists and hashes to its name; else what is wrong, in English."""
        path = self.path_of(sha256)
        if not path.is_file():
            return "missing file"
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        if digest.hexdigest() != sha256:
            return "content does not match its SHA-256 (corrupted)"
        return None

    def stored_hashes(self) -> set[str]:
        """Hashes of every attachment file present in the folder."""
        if not self.root.exists():
            return set()
        return {p.name for p in self.root.glob("??/*") if p.is_file() and len(p.name) == 64}
