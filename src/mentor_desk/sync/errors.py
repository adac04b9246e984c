"""Errors of the sync layer, a branch of the app's one hierarchy (`MentorDeskError`).

Every refusal carries a Thai sentence for the user (`message_th`) and English details for the
copyable "details" box and the log (`detail`). `code` is a stable short name for the command
line's JSON summary. The bundle reader turns every failure of the libraries under it (zipfile,
json, pyrage, cryptography) into one of these; nothing raw escapes to the caller.
"""

from __future__ import annotations

from typing import ClassVar

from mentor_desk.domain.errors import MentorDeskError


class SyncError(MentorDeskError):
    """Base of every error the sync layer raises on purpose.

    Each subclass has a default Thai message; a raise site may give a more precise one.
    """

    code: ClassVar[str] = "sync"
    message_th: str = "เกิดข้อผิดพลาดในการรับส่งข้อมูล"

    def __init__(self, detail: str = "", *, message_th: str | None = None) -> None:
        super().__init__(message_th or type(self).message_th, detail)


class KeyStoreError(SyncError):
    """The device's own keys, a public key file or the trust store is missing or malformed."""

    code = "key-store"
    message_th = "กุญแจของเครื่องหรือรายชื่อเครื่องที่เชื่อถือมีปัญหา"


class BundleError(SyncError):
    """A bundle file could not be written, or was refused when read."""

    code = "bundle"
    message_th = "ใช้ไฟล์ข้อมูลนี้ไม่ได้"


class BundleUnreadableError(BundleError):
    """The file itself could not be opened or read (missing, no permission, device error)."""

    code = "unreadable"
    message_th = "เปิดไฟล์ไม่ได้ ตรวจสอบว่าไฟล์ยังอยู่และแฟลชไดรฟ์ยังเสียบอยู่"


class BundleWriteError(BundleError):
    """Writing a bundle failed part-way; no partial file is left behind."""

    code = "write-failed"
    message_th = "บันทึกไฟล์ไม่สำเร็จ ตรวจสอบพื้นที่ว่างและแฟลชไดรฟ์ แล้วลองใหม่อีกครั้ง"


class BundleCorruptError(BundleError):
    """The file is truncated, damaged, or not a Mentor Desk bundle at all."""

    code = "corrupt"
    message_th = "ไฟล์เสียหายหรือไม่สมบูรณ์ (อาจคัดลอกมาไม่ครบ) กรุณาขอไฟล์ใหม่จากผู้ส่ง"


class WrongKeyError(BundleError):
    """The file was not encrypted to any key this device holds."""

    code = "wrong-key"
    message_th = "ไฟล์นี้ไม่ได้ส่งถึงเครื่องนี้ จึงเปิดอ่านไม่ได้"


class WrongPassphraseError(WrongKeyError):
    """The passphrase does not open the file (or the file needs a key, not a passphrase)."""

    code = "wrong-passphrase"
    message_th = "รหัสผ่านไม่ถูกต้อง หรือไฟล์นี้ไม่ได้ล็อกด้วยรหัสผ่าน"


class BadSignatureError(BundleError):
    """The manifest's signature does not verify against the sender's trusted key."""

    code = "bad-signature"
    message_th = "ลายเซ็นของไฟล์ไม่ถูกต้อง ไฟล์อาจถูกแก้ไขหรือปลอมแปลง จึงไม่นำเข้า"


class ContentMismatchError(BadSignatureError):
    """A member differs from what the signed manifest lists (changed, added or missing)."""

    code = "content-mismatch"
    message_th = "เนื้อหาในไฟล์ไม่ตรงกับที่ผู้ส่งลงนามไว้ ไฟล์อาจถูกแก้ไข จึงไม่นำเข้า"


class UntrustedDeviceError(BundleError):
    """The bundle was signed by a device that is not in the trust store."""

    code = "untrusted-device"
    message_th = "ไฟล์นี้มาจากเครื่องที่ยังไม่ได้ลงทะเบียน กรุณาลงทะเบียนกุญแจของเครื่องผู้ส่งก่อน"


class RevokedDeviceError(BundleError):
    """The bundle was signed by a device whose trust has been revoked."""

    code = "revoked-device"
    message_th = "ไฟล์นี้มาจากเครื่องที่ถูกยกเลิกสิทธิ์แล้ว จึงไม่รับข้อมูลจากไฟล์นี้"


class NewerFormatError(BundleError):
    """The bundle needs a newer reader than this version of the app."""

    code = "newer-format"
    message_th = "ไฟล์นี้สร้างจากโปรแกรมรุ่นใหม่กว่า กรุณาอัปเดตโปรแกรม Mentor Desk ก่อนนำเข้า"


class SchemaSkewError(BundleError):
    """The records use a database schema version this app cannot take in."""

    code = "schema-skew"
    message_th = "ข้อมูลในไฟล์ใช้โครงสร้างคนละรุ่นกับโปรแกรมนี้ กรุณาอัปเดตโปรแกรมให้เป็นรุ่นเดียวกัน"


class LimitExceededError(BundleError):
    """A size, count or compression-ratio limit was exceeded (zip-bomb defence included)."""

    code = "limit-exceeded"
    message_th = "ไฟล์มีขนาดหรือจำนวนรายการเกินขีดจำกัดที่ปลอดภัย จึงไม่นำเข้า"


class UnsafeMemberError(BundleError):
    """The archive holds a member whose name is unsafe, unexpected or duplicated."""

    code = "unsafe-member"
    message_th = "ไฟล์มีส่วนประกอบที่ไม่ปลอดภัยหรือไม่รู้จัก จึงไม่นำเข้า"


class InvalidManifestError(BundleError):
    """The manifest is not strict JSON or lacks a required, well-typed field."""

    code = "invalid-manifest"
    message_th = "ส่วนหัวของไฟล์ไม่ถูกต้อง ไฟล์อาจเสียหายหรือไม่ได้สร้างจาก Mentor Desk"


class InvalidRecordError(BundleError):
    """A line of records.jsonl is not a strict JSON object (or the record count is off)."""

    code = "invalid-records"
    message_th = "ข้อมูลบางรายการในไฟล์ไม่ถูกต้อง จึงไม่นำเข้าไฟล์นี้"
