"""The frozen app's entry point (PyInstaller needs a script): the same `main` as the
`mentor-desk` command, so `--self-test` and every command work in the packaged app too."""

from __future__ import annotations

import multiprocessing
import sys

from mentor_desk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
