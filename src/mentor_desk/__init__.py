"""Mentor Desk (สมุดพี่เลี้ยงชุมชน): an offline-first notebook for Thailand's community mentors."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("mentor-desk")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"
