from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return ROOT / "data" / "corpus" / "a_res_80_118.txt"


@pytest.fixture(scope="session")
def seed_claims(seed_path):
    import statclaims

    return statclaims.extract(seed_path)
