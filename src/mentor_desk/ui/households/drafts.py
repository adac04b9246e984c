"""Unsaved visits, kept in a small JSON file in the data folder so nothing typed is lost when
the window closes, the laptop's battery dies, or the mentor opens another screen.

One draft per visit being written: `new:<household id>` for a new visit (`new:` before a
household is chosen), `visit:<id>` for changes to a saved visit. The file is rewritten whole
(write to a temporary file, then rename) so a crash never leaves half a file behind.
GUI thread: this is a few kilobytes of JSON, not the database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

DRAFTS_FILE = "visit-drafts.json"
FORMAT_VERSION = 1
NEW_PREFIX = "new:"
EDIT_PREFIX = "visit:"


def draft_key(*, visit_id: str | None, household_id: str) -> str:
    """The key of the draft of a visit being written."""
    return f"{EDIT_PREFIX}{visit_id}" if visit_id else f"{NEW_PREFIX}{household_id}"


class VisitDrafts:
    """The drafts file of one data folder."""

    def __init__(self, home: Path) -> None:
        self.path = home / DRAFTS_FILE

    def load(self, key: str) -> dict[str, Any] | None:
        """The draft stored under a key, or None."""
        return self._read().get(key)

    def newest_new_visit(self) -> tuple[str, dict[str, Any]] | None:
        """The most recently kept draft of a new visit, with its key, or None."""
        drafts = [(k, d) for k, d in self._read().items() if k.startswith(NEW_PREFIX)]
        if not drafts:
            return None
        return max(drafts, key=lambda item: str(item[1].get("kept_at", "")))

    def keep(self, key: str, values: dict[str, Any]) -> None:
        """Store a draft (replacing the one under the same key), stamped with the time."""
        drafts = self._read()
        drafts[key] = {**values, "kept_at": dt.datetime.now().isoformat(timespec="seconds")}
        self._write(drafts)

    def discard(self, *keys: str) -> None:
        drafts = self._read()
        removed = [drafts.pop(key, None) for key in keys]
        if any(draft is not None for draft in removed):
            self._write(drafts)

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            # A damaged drafts file must not stop the visit screen; keep it aside for
            # whoever wants to look, and start again.
            with contextlib.suppress(OSError):
                self.path.replace(self.path.with_suffix(".damaged"))
            return {}
        drafts = data.get("drafts") if isinstance(data, dict) else None
        if not isinstance(drafts, dict):
            return {}
        return {k: v for k, v in drafts.items() if isinstance(v, dict)}

    def _write(self, drafts: dict[str, dict[str, Any]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        scratch = self.path.with_suffix(".tmp")
        text = json.dumps({"version": FORMAT_VERSION, "drafts": drafts}, ensure_ascii=False)
        scratch.write_text(text, encoding="utf-8")
        os.replace(scratch, self.path)
