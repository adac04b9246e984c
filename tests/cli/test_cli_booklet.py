"""`mentor-desk booklet`: run in a subprocess as scripts and districts run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentor_desk.demo import generate
from mentor_desk.store import Store

pytestmark = pytest.mark.poppler


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("MENTOR_DESK_HOME", None)
    return subprocess.run(
        [sys.executable, "-m", "mentor_desk", "--home", str(home), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=180,
    )


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("cli-booklet") / "home"
    with Store(home) as store:
        generate(store, seed=2, visits=40, lessons=6)
    return home


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])


def test_booklet_of_the_good_deed_stories_on_a5(demo_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "เรื่องเล่าความดี.pdf"
    done = run(
        demo_home,
        "booklet",
        str(target),
        "--kind",
        "good_deed",
        "--chapters",
        "theme",
        "--page-size",
        "A5",
        "--thai-digits",
        "--title",
        "เรื่องเล่าความดีอำเภอน้ำพอง",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"booklet written to {target}")
    assert target.is_file() and pdf_pages(target) >= 4
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    assert "เรื่องเล่าความดีอำเภอน้ำพอง" in info.stdout  # the PDF's title


def test_an_empty_selection_exits_2_with_one_line_and_no_file(
    demo_home: Path, tmp_path: Path
) -> None:
    target = tmp_path / "none.pdf"
    done = run(demo_home, "booklet", str(target), "--from", "2599-01-01", "--to", "2599-12-31")
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert "ไม่มีบทเรียนที่ตรงกับเงื่อนไข" in done.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--from", "2026-13-01"], "--from"),
        (["--foreword-file", "/nonexistent/foreword.txt"], "--foreword-file"),
    ],
)
def test_bad_options_exit_2_with_one_line(
    demo_home: Path, tmp_path: Path, options: list[str], message: str
) -> None:
    done = run(demo_home, "booklet", str(tmp_path / "b.pdf"), *options)
    assert done.returncode == 2
    (line,) = done.stderr.strip().splitlines()
    assert message in line
    assert not (tmp_path / "b.pdf").exists()


def test_buddhist_era_dates_are_accepted(demo_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "year.pdf"
    done = run(demo_home, "booklet", str(target), "--from", "2500-01-01", "--to", "2600-12-31")
    assert done.returncode == 0, done.stderr
    assert "6 lessons" in done.stdout
