"""The README's promises: two Quick start commands, the second one what CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)]


def test_quick_start_has_exactly_two_commands() -> None:
    commands = quick_start_commands()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)
    assert "--demo" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    test_command = quick_start_commands()[1].split("&& ")[-1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci


def test_readme_lists_every_command_line_command() -> None:
    from mentor_desk.cli import commands

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in [*commands(), "restore"]:
        assert f"mentor-desk [--home DIR] {command}" in text or f"| {command} " in text, command


def test_user_guide_pictures_exist() -> None:
    guide = (ROOT / "docs" / "guide-th.md").read_text(encoding="utf-8")
    pictures = re.findall(r"\]\((screenshots/[^)]+\.png)\)", guide)
    assert len(pictures) >= 8
    for picture in pictures:
        assert (ROOT / "docs" / picture).is_file(), picture
