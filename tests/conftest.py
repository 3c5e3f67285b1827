"""Shared fixtures: a fresh data file per test, a fixed user, never the wall clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from cchc_tui.core.model import Plan
from cchc_tui.core.planfile import PlanFile
from cchc_tui.store import Store
from cchc_tui.store.paths import sample_plan

SEPT_20 = date(2023, 9, 20)
# The plan files shipped with the app: the sample and the examples.
DATA = Path(__file__).resolve().parents[1] / "data"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests first: with the suite spread over the CPUs (pytest-xdist), one that
    runs for minutes would otherwise start late and finish long after the rest."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CCHC_TUI_USER", "tester")
    monkeypatch.delenv("CCHC_TUI_DB", raising=False)
    monkeypatch.delenv("CCHC_TUI_LANG", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


@pytest.fixture(scope="session")
def sample() -> PlanFile:
    return sample_plan()


@pytest.fixture
def plan(sample: PlanFile) -> Plan:
    return sample.plan


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cchc.json"


@pytest.fixture
def store(db_path: Path, sample: PlanFile) -> Iterator[Store]:
    created = Store(db_path, "tester", lock_timeout=2)
    created.create(sample)
    yield created
