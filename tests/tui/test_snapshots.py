"""Every pane, dialog and screen as a picture (SVG) at 80x24 and 120x40, on a fixed day and
a fixed file: a plan under way, with a team, procedure figures, notes and evidence.

After a wanted change of the screens, update with
``pytest tests/tui/test_snapshots.py --snapshot-update`` and look at the pictures
(tests/tui/__snapshots__/test_snapshots/) before committing them.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

import cchc_tui.store as store_package
from cchc_tui.core.evidence import parse_evidence
from cchc_tui.core.model import Conclusion, Role, Step, TthcFigures, Verdict
from cchc_tui.core.planfile import PlanFile
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.core.team import add_member, assign, set_decision
from cchc_tui.core.tthc import set_tthc
from cchc_tui.core.workflow import Change, add_note, conclude, find_item, mark, schedule, set_item
from cchc_tui.store import Store, transaction
from cchc_tui.store.history_log import log_path
from cchc_tui.tui.app import make_app
from tests.tui.conftest import ENTER, TODAY, bracketed, burst, settle

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}
OCT_12 = date(2023, 10, 12)
NOTED_AT = datetime(2023, 9, 24, 8, 5)
TAB = "\t"

# What to type (one burst, as a terminal sends it) to bring each view up, and the day.
VIEWS: dict[str, tuple[str, date]] = {
    # the panes of the main screen (one at a time at 80x24, side by side at 120x40)
    "units-pane": ("", TODAY),
    "plan-pane": ("1", TODAY),
    "checklist-pane": (f"/{bracketed('hong khe')}{ENTER}{TAB}", TODAY),
    "calendar-pane": ("3", TODAY),
    "agenda-pane": (f"3{TAB}", TODAY),
    # the screens over it
    "detail-screen": (f"/{bracketed('hong khe')}{ENTER}{ENTER}", TODAY),
    "help-screen": ("?", TODAY),
    "summary-screen": ("s", TODAY),
    "team-screen": ("m", TODAY),
    "tthc-screen": ("p", TODAY),
    "timeline-screen": ("L", TODAY),
    # the dialogs
    "choice-dialog": (f"/{bracketed('vinh hung')}{ENTER}c", OCT_12),
    "confirm-dialog": ("u", TODAY),
    "date-dialog": (f"/{bracketed('tan hong')}{ENTER}d", TODAY),
    "evidence-dialog": (f"/{bracketed('hong khe')}{ENTER}{TAB}b", TODAY),
    "form-dialog": ("ma", TODAY),
    "text-dialog": (f"/{bracketed('hong khe')}{ENTER}a", TODAY),
}


class _RecordedAt(datetime):
    """The history's clock while the file is built: every change at 25/09/2023 08:30."""

    @classmethod
    def now(cls, tz: object = None) -> _RecordedAt:  # type: ignore[override]
        return cls(2023, 9, 25, 8, 30)


def _under_way(store: Store) -> None:
    """Hồng Khê notified with a note and a proven checklist item; Tân Hồng late to notify;
    Vĩnh Hưng inspected, waiting for its conclusion; Long Xuyên done and criticised; a team
    with its decision; the issuing body's procedure figures."""
    steps: list[tuple[str | None, Callable[[Snapshot, object], Change]]] = [
        ("hong khe", lambda s, u: schedule(s.plan, u, date(2023, 10, 5))),
        ("hong khe", lambda s, u: mark(s.plan, u, Step.NOTIFIED, TODAY, TODAY)),
        (
            "hong khe",
            lambda s, u: add_note(u, "Gọi điện trước 1 ngày", "tester", NOTED_AT, "0a1b2c3d"),
        ),
        (
            "hong khe",
            lambda s, u: set_item(
                s.plan,
                u,
                find_item(s.plan, u, "1"),
                Verdict.MET,
                evidence=(parse_evidence("12/BC-UBND; 20/09/2023; Báo cáo CCHC 9 tháng"),),
            ),
        ),
        ("tan hong", lambda s, u: schedule(s.plan, u, date(2023, 10, 2))),
        ("vinh hung", lambda s, u: schedule(s.plan, u, date(2023, 10, 2))),
        ("vinh hung", lambda s, u: mark(s.plan, u, Step.NOTIFIED, date(2023, 9, 20), OCT_12)),
        ("vinh hung", lambda s, u: mark(s.plan, u, Step.REPORT, date(2023, 9, 26), OCT_12)),
        ("vinh hung", lambda s, u: mark(s.plan, u, Step.INSPECTED, date(2023, 10, 2), OCT_12)),
        ("long xuyen", lambda s, u: schedule(s.plan, u, date(2023, 9, 22))),
        ("long xuyen", lambda s, u: mark(s.plan, u, Step.NOTIFIED, date(2023, 9, 15), OCT_12)),
        ("long xuyen", lambda s, u: mark(s.plan, u, Step.REPORT, date(2023, 9, 20), OCT_12)),
        ("long xuyen", lambda s, u: mark(s.plan, u, Step.INSPECTED, date(2023, 9, 22), OCT_12)),
        ("long xuyen", lambda s, u: conclude(u, Conclusion.CRITICISE, date(2023, 9, 25))),
        (None, lambda s, _: add_member(s.records.team, "Nguyễn Văn An", Role.LEADER, "Nội vụ")),
        (None, lambda s, _: add_member(s.records.team, "Trần Thị Bình", Role.MEMBER, "Tư pháp")),
        (None, lambda s, _: set_decision(s.plan, s.records.team, "215/QĐ-UBND", TODAY, TODAY)),
        (
            None,
            lambda s, _: assign(
                s.records.team, s.records.team.members[0], [s.find("hong khe"), s.find("tan hong")]
            ),
        ),
        (
            None,
            lambda s, _: set_tthc(
                None,
                s.records.tthc,
                TthcFigures("Quý III/2023", 11429, 11273, 4, on=date(2023, 9, 20)),
                TODAY,
            ),
        ),
    ]
    for query, build in steps:
        snapshot = store.load()
        store.apply(build(snapshot, snapshot.find(query) if query else None))


@pytest.fixture(scope="session")
def under_way_file(tmp_path_factory: pytest.TempPathFactory, sample: PlanFile) -> Path:
    """The file every picture shows, built once; each test opens a copy."""
    path = tmp_path_factory.mktemp("under-way") / "cchc.json"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transaction, "datetime", _RecordedAt)
        store = Store(path, "tester")
        store.create(sample)
        _under_way(store)
    return path


@pytest.fixture
def under_way(
    under_way_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    # The pictures must not depend on the account that runs the tests: the app runs as the
    # account that made the file ("tester"), so undo finds its change.
    monkeypatch.setattr(store_package, "current_user", lambda: "tester")
    copy = tmp_path / "cchc.json"
    shutil.copyfile(under_way_file, copy)
    shutil.copyfile(log_path(under_way_file), log_path(copy))
    yield copy


def bring_up(keys: str) -> Callable[[Pilot[object]], object]:
    async def run_before(pilot: Pilot[object]) -> None:
        await settle(pilot)
        if keys:
            await burst(pilot, keys)
        for screen in pilot.app.screen_stack:  # no blinking cursor in a picture
            for field in screen.query(Input):
                field.cursor_blink = False
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("view", VIEWS)
def test_view(snap_compare, under_way: Path, view: str, size: str) -> None:
    keys, today = VIEWS[view]
    app = make_app(under_way, today=today, lang="vi", plan=None)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=bring_up(keys))


def test_every_stored_picture_is_of_a_view_still_drawn() -> None:
    """syrupy fails a run on a picture no test takes any more, but not under pytest-xdist
    (each worker sees only its share of the tests): a stale picture is found here."""
    pictures = Path(__file__).parent / "__snapshots__" / "test_snapshots"
    stored = {path.name for path in pictures.iterdir()}
    drawn = {f"test_view[{view}-{size}].svg" for view in VIEWS for size in SIZES}
    assert stored == drawn
