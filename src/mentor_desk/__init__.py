"""Mentor Desk (สมุดพี่เลี้ยงชุมชน): an offline-first notebook for Thailand's community mentors."""

from __future__ import annotations

from functools import cache


@cache
def _installed_version() -> str:
    # importlib.metadata is slow to import; only the screens and commands that show the
    # version pay for it, not every start.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("mentor-desk")
    except PackageNotFoundError:  # running from a source tree without installing
        return "0.0.0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module 'mentor_desk' has no attribute {name!r}")
