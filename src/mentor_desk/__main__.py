"""`python -m mentor_desk` runs the command line."""

from __future__ import annotations

import sys

from mentor_desk.cli import main

sys.exit(main())
