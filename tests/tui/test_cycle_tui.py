"""The rest of the cycle from the keyboard, on the sample plan at a fixed today: evidence in the
checklist, the team (m) and who goes where (t), the fixes asked for after a conclusion (f, x),
procedure results (p). Each typed the way a fast typist or a paste sends it."""

from __future__ import annotations

from datetime import date

from textual.pilot import Pilot

from cchc_tui.core.model import Conclusion, Role, Step
from cchc_tui.core.team import add_member
from cchc_tui.core.workflow import conclude, mark, schedule
from cchc_tui.store import Store
from cchc_tui.tui.dialogs.evidence import EvidenceDialog
from cchc_tui.tui.dialogs.form import FormDialog
from cchc_tui.tui.panes.checklist import ChecklistView
from cchc_tui.tui.screens.team import TeamScreen
from cchc_tui.tui.screens.tthc import TthcScreen
from tests.tui.conftest import (
    MakeApp,
    find_unit,
    notices,
    paste,
    schedule_in_file,
    screen_text,
    settle,
)

OCT_12 = date(2023, 10, 12)
D = date(2023, 10, 2)


async def fields(pilot: Pilot[object], *texts: str, last_enter: bool = True) -> None:
    """Paste each text and Enter after it (the last Enter optional)."""
    for number, text in enumerate(texts, 1):
        await paste(pilot, text)
        if number < len(texts) or last_enter:
            await pilot.press("enter")


def inspected_and_concluded(store: Store, query: str = "vinh hung") -> None:
    """Xã Vĩnh Hưng inspected on 02/10/2023 and criticised on 10/10/2023."""
    for build in (
        lambda s, u: schedule(s.plan, u, D),
        lambda s, u: mark(s.plan, u, Step.NOTIFIED, date(2023, 9, 20), OCT_12),
        lambda s, u: mark(s.plan, u, Step.REPORT, date(2023, 9, 26), OCT_12),
        lambda s, u: mark(s.plan, u, Step.INSPECTED, D, OCT_12),
        lambda s, u: conclude(u, Conclusion.CRITICISE, date(2023, 10, 10)),
    ):
        snapshot = store.load()
        store.apply(build(snapshot, snapshot.find(query)))


async def test_evidence_is_added_in_one_burst_and_counted_in_the_checklist(
    make: MakeApp, store: Store
) -> None:
    app = make(today=OCT_12)
    async with app.run_test(size=(120, 40)) as pilot:
        await find_unit(pilot, "hong khe")
        await pilot.press("tab")
        assert isinstance(app.focused, ChecklistView)
        await pilot.press("v", "enter")  # Đạt, with no evidence yet
        await settle(pilot)
        assert "Đạt            !" in screen_text(app)
        await pilot.press("b")
        assert isinstance(app.screen, EvidenceDialog)
        await paste(pilot, "12/BC-UBND; 20/09/2023; Báo cáo CCHC 9 tháng")
        assert "số 12/BC-UBND ngày 20/09/2023, Báo cáo CCHC 9 tháng" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        result = store.load().find("hong khe").items["ke-hoach"]
        assert [(p.ref, p.on, p.text) for p in result.evidence] == [
            ("12/BC-UBND", date(2023, 9, 20), "Báo cáo CCHC 9 tháng")
        ]
        assert "Đạt            1" in screen_text(app)
        await pilot.press("b", "tab")  # to the reason line
        await paste(pilot, "không có")
        await pilot.press("enter")
        await settle(pilot)
        assert any("Đã ghi tài liệu kiểm chứng" in n for n in notices(app))
        await pilot.press("b", "tab", "tab", "delete")  # the piece listed, taken away
        await settle(pilot)
        assert store.load().find("hong khe").items["ke-hoach"].evidence == ()


async def test_the_team_screen_adds_members_and_the_decision_from_a_burst(
    make: MakeApp, store: Store
) -> None:
    app = make(today=OCT_12)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, TeamScreen)
        assert "Chưa ghi quyết định thành lập Đoàn" in screen_text(app)
        await pilot.press("a")
        assert isinstance(app.screen, FormDialog)
        await fields(pilot, "Nguyễn Văn An", "truong doan", "Phòng Nội vụ")
        await settle(pilot)
        await pilot.press("a")
        await fields(pilot, "Trần Thị Bình", "truong-doan", "")  # a second leader: refused
        assert "Đoàn đã có Trưởng đoàn: Nguyễn Văn An" in screen_text(app)
        await pilot.press("escape", "d")
        await fields(pilot, "215/QĐ-UBND")
        await pilot.press("ctrl+u")
        await fields(pilot, "20/09/2023")
        await settle(pilot)
        team = store.load().records.team
        assert [(m.name, m.role, m.office) for m in team.members] == [
            ("Nguyễn Văn An", Role.LEADER, "Phòng Nội vụ")
        ]
        assert team.decision is not None and team.decision.number == "215/QĐ-UBND"
        text = screen_text(app)
        assert "Thành lập theo Quyết định số 215/QĐ-UBND ngày 20/09/2023" in text
        assert "Nguyễn Văn An" in text and "Trưởng đoàn" in text


async def test_t_puts_a_member_on_a_unit_and_a_double_booking_is_shown(
    make: MakeApp, store: Store
) -> None:
    snapshot = store.load()
    store.apply(add_member(snapshot.records.team, "Nguyễn Văn An", Role.LEADER))
    for query in ("hong khe", "kinh te"):
        schedule_in_file(store.path, query, date(2023, 10, 5))
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        for query in ("hong khe", "kinh te"):
            await find_unit(pilot, query)
            await pilot.press("t", "enter")
            await settle(pilot)
        team = store.load().records.team
        assert team.of_unit("xa-hong-khe") and team.of_unit("phong-kinh-te-ha-tang")
        await pilot.press("m")
        await pilot.pause()
        assert (
            "! Nguyễn Văn An được phân công kiểm tra 2 đơn vị cùng ngày 05/10/2023: "
            "Phòng Kinh tế - Hạ tầng, Xã Hồng Khê"
        ) in screen_text(app)
        await pilot.press("escape")
        await find_unit(pilot, "hong khe")
        await pilot.press("t", "enter")  # chosen again: taken off
        await settle(pilot)
        assert store.load().records.team.of_unit("xa-hong-khe") == ()


async def test_fixes_are_asked_for_then_reported_and_the_unit_is_done(
    make: MakeApp, store: Store
) -> None:
    inspected_and_concluded(store)
    app = make(today=OCT_12)
    async with app.run_test(size=(120, 40)) as pilot:
        await find_unit(pilot, "vinh hung")
        await pilot.press("f")
        assert isinstance(app.screen, FormDialog)
        await fields(pilot, "20/10/2023", "Chưa niêm yết TTHC; Chậm số hóa")
        await settle(pilot)
        unit = store.load().find("vinh hung")
        assert (unit.fix_by, unit.issues) == (
            date(2023, 10, 20),
            ("Chưa niêm yết TTHC", "Chậm số hóa"),
        )
        assert "Khắc phục: còn 8 ngày" in screen_text(app)
        await pilot.press("enter")  # the unit's page says the request and its step
        await pilot.pause()
        page = screen_text(app)
        assert "Tồn tại, hạn chế: Chưa niêm yết TTHC; Chậm số hóa; hạn báo cáo khắc phục" in page
        assert "Báo cáo khắc phục, hạn 20/10/2023, còn 8 ngày" in page
        await pilot.press("escape")
        await pilot.press("x", "enter")  # the remediation report came today
        await settle(pilot)
        assert store.load().find("vinh hung").fixed_on == OCT_12
        await pilot.press("f")  # nothing left to ask once it is reported
        await settle(pilot)
        assert not isinstance(app.screen, FormDialog)
        assert any("đã báo cáo khắc phục ngày 12/10/2023" in n for n in notices(app))


async def test_procedure_results_are_recorded_and_shown_honestly(
    make: MakeApp, store: Store
) -> None:
    app = make(today=date(2024, 4, 15))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, TthcScreen)
        await pilot.press("a")
        await fields(pilot, "", "Đến tháng 04/2024", "11429", "11273", "4", "", "")
        await pilot.press("ctrl+u")
        await fields(pilot, "14/04/2024")
        await settle(pilot)
        (figures,) = store.load().records.tthc
        assert (figures.received, figures.on_time, figures.late, figures.on) == (
            11429,
            11273,
            4,
            date(2024, 4, 14),
        )
        text = " ".join(screen_text(app).split())
        assert "0,04 % ⚠ 152" in text
        assert "trễ hạn 4 (0,04 %). Số liệu không khớp: 11.273 + 4 = 11.277 ≠ 11.429" in text
        await pilot.press("a")
        await fields(pilot, "vinh hung", "Quý I/2024", "mười")
        await fields(pilot, "1", "0", "", "", "")
        assert "“mười” không phải số hồ sơ" in screen_text(app)
        await pilot.press("escape", "x", "enter")  # remove the body's period, asked first
        await settle(pilot)
        assert store.load().records.tthc == ()
