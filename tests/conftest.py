"""Shared fixtures and Hypothesis profiles.

``CI=true`` (as set by the CI runner) selects the ``ci`` profile: more examples,
no deadline, derandomized so that a red run can be reproduced.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The shared checks of the meeting tests assert in a helper module: show their failures in full.
pytest.register_assert_rewrite("meeting_support")

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The seed readouts shipped with the project, in name order."""
    return sorted(SEEDS.glob("*.txt"))


def seed_text(prefix: str) -> str:
    """The text of the seed whose name starts with ``prefix`` (e.g. "000")."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")
