"""A second start on the same data folder brings the first window forward."""

from __future__ import annotations

from pathlib import Path

from mentor_desk.ui.widgets.single_instance import (
    InstanceServer,
    ask_running_instance_to_show,
    server_name,
)


def test_a_second_start_asks_the_first_to_come_forward(qtbot, app, tmp_path: Path) -> None:
    raised = []
    server = InstanceServer(tmp_path / "home", on_raise=lambda: raised.append(True))
    try:
        assert server.listening
        assert not ask_running_instance_to_show(tmp_path / "other-home")
        assert ask_running_instance_to_show(tmp_path / "home")
        qtbot.waitUntil(lambda: raised == [True])
    finally:
        server.close()
    assert not ask_running_instance_to_show(tmp_path / "home")


def test_each_data_folder_has_its_own_name(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "x" / ".." / "a")
