"""Demo data: a realistic, repeatable sample database for trying Mentor Desk, for training
mentors, and for benchmarks.

    from mentor_desk.demo import generate, DemoSummary
    summary = generate(store, seed=1, visits=400, lessons=24)
"""

from __future__ import annotations

from mentor_desk.demo.generator import DemoSummary, default_families, generate

__all__ = ["DemoSummary", "default_families", "generate"]
