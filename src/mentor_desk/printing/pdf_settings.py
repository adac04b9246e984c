"""PDF writing settings shared by every print.

ReportLab wraps every stream (page content, fonts, photos) in ASCII85 by default, a
7-bit-safe encoding from the days of e-mailing PostScript: it makes files a quarter larger
and, without ReportLab's optional C accelerator, encoding the photos of a booklet that way
costs more time than all of its Thai layout. Mentor Desk writes binary PDFs, which every
viewer and printer reads.
"""

from __future__ import annotations

from reportlab import rl_config


def use_binary_streams() -> None:
    """Write PDF streams compressed but not ASCII85-encoded (idempotent; process-wide)."""
    rl_config.useA85 = 0
