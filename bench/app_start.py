"""Started as a child process by bench_ui: opens the real app (`mentor-desk --home DIR`) or a
bare PySide6 window, prints "shown" once the window has been shown and painted, and quits.

Usage: python bench/app_start.py bare | app DIR
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def quit_when_shown(window_class: type) -> type:
    """A subclass of `window_class` that reports its first showing and quits the app."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QShowEvent
    from PySide6.QtWidgets import QApplication

    class Shown(window_class):  # type: ignore[misc, valid-type]
        def showEvent(self, event: QShowEvent) -> None:
            super().showEvent(event)
            QTimer.singleShot(0, self._report)  # after this event, when the window is up

        def _report(self) -> None:
            print("shown", flush=True)
            QApplication.quit()

    return Shown


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = quit_when_shown(QMainWindow)()
    window.setCentralWidget(QLabel("Mentor Desk"))
    window.resize(1366, 768)
    window.show()
    return app.exec()


def mentor_desk(home: str) -> int:
    import mentor_desk.ui.main_window as main_window

    # run_app builds its window from this name; the subclass only adds the report.
    main_window.MainWindow = quit_when_shown(main_window.MainWindow)  # type: ignore[misc]
    from mentor_desk.cli import main

    return main(["--home", home])


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "bare" else mentor_desk(sys.argv[2]))
