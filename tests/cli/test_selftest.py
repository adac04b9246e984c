"""`mentor-desk --self-test`, run as an installer build runs it: in a subprocess."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentor_desk.cli import selftest


def run_self_test(tmp_path: Path, **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "HOME": str(tmp_path), **extra_env}
    env["MENTOR_DESK_HOME"] = str(tmp_path / "real-home")  # must stay untouched
    return subprocess.run(
        [sys.executable, "-m", "mentor_desk", "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=180,
    )


def test_self_test_passes_and_reports_every_step(tmp_path: Path) -> None:
    result = run_self_test(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for name, _ in selftest.STEPS:
        assert any(line.startswith(f"ok     {name}:") for line in lines), result.stdout
    assert "FAILED" not in result.stdout
    assert lines[-1] == "self-test: all checks passed"
    assert "สมุดพี่เลี้ยงชุมชน" in result.stdout  # the Thai catalogue answered
    assert not (tmp_path / "real-home").exists()  # the mentor's data folder is never used


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="only Linux falls back to offscreen by itself"
)
def test_self_test_without_a_display_draws_offscreen(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "mentor_desk", "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**env, "MENTOR_DESK_HOME": str(tmp_path / "real-home")},
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(offscreen)" in result.stdout


def test_a_failing_step_is_named_and_fails_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(work: Path) -> str:
        raise OSError("disk full")

    monkeypatch.setattr(selftest, "STEPS", (("records", selftest.check_store), ("fonts", broken)))
    out = io.StringIO()
    assert selftest.run_self_test(out=out) == 1
    text = out.getvalue()
    assert "ok     records:" in text
    assert "FAILED fonts: OSError: disk full" in text
    assert text.splitlines()[-1] == "self-test: 1 check(s) FAILED"
