"""One writer per data folder: a second Store, in this or another process, is refused with a
clear Thai message; the lock goes with the process that held it, however it ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from mentor_desk.store import Store

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from mentor_desk.store import Store
    store = Store(Path(sys.argv[1]))
    print("open", flush=True)
    time.sleep(float(sys.argv[2]))
    store.close()
    """
)
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def hold(home: Path, seconds: float) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(home), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "open"
    return process


def test_another_process_is_refused_while_this_one_has_the_folder(home: Path) -> None:
    with Store(home) as first:
        first.put("households", {"head_name": "นางบัวผัน ศรีสุข"})
        done = subprocess.run(
            [sys.executable, "-c", HOLDER, str(home), "0"], capture_output=True, text=True, env=ENV
        )
        assert done.returncode != 0 and "DataFolderBusyError" in done.stderr
        with Store(home, lock_wait=0.1) as second:  # the same process shares its lock
            assert len(second.records("households")) == 1
        assert first.lock.held
        holder_refused = subprocess.run(
            [sys.executable, "-c", HOLDER, str(home), "0"], capture_output=True, text=True, env=ENV
        )
        assert holder_refused.returncode != 0  # closing the second did not free the first
    holder = hold(home, 0)  # closing let go of it
    holder.wait()
    assert holder.returncode == 0


def test_the_command_line_waits_then_explains_when_another_program_holds_it(
    home: Path,
) -> None:
    Store(home).close()
    holder = hold(home, 30)
    try:
        started = time.monotonic()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "mentor_desk",
                "--home",
                str(home),
                "put",
                "households",
                '{"head_name": "x"}',
            ],
            capture_output=True,
            text=True,
            env=ENV,
        )
        waited = time.monotonic() - started
        assert done.returncode == 2
        assert "กำลังเปิดอยู่ในสมุดพี่เลี้ยงอีกหน้าต่างหนึ่ง" in done.stderr
        assert waited >= 2.5  # it waited a little for the other program first
    finally:
        holder.kill()
        holder.wait()
    with Store(home, lock_wait=0.1) as store:  # the lock died with its process
        assert store.records("households") == []


def test_the_command_line_gets_in_once_the_other_program_closes(home: Path) -> None:
    Store(home).close()
    holder = hold(home, 1.0)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mentor_desk",
            "--home",
            str(home),
            "put",
            "households",
            '{"head_name": "นางบัวผัน"}',
        ],
        capture_output=True,
        text=True,
        env=ENV,
    )
    holder.wait()
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_holder_leaves_no_stale_lock(home: Path) -> None:
    holder = hold(home, 60)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    with Store(home, lock_wait=0.1) as store:
        assert store.check() == []
