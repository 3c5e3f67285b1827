"""Evidence for each verdict, and the follow-up after a conclusion: shortcomings, the day to
fix them by (given, or the plan's ``follow_up_days`` in its kind of days), the remediation
report as a step with its countdown, and "Đã khắc phục"."""

from __future__ import annotations

from datetime import date

import pytest
from msgspec.structs import replace

from cchc_tui.core.deadlines import agenda, next_deadline, stage
from cchc_tui.core.errors import RuleError, UserError
from cchc_tui.core.evidence import evidence_text, parse_evidence, unproven, with_evidence
from cchc_tui.core.follow_up import conclude_with_follow_up, follow_up_text, set_follow_up
from cchc_tui.core.model import (
    Conclusion,
    CountDays,
    Evidence,
    ItemResult,
    Plan,
    Stage,
    Step,
    Unit,
    Verdict,
)
from cchc_tui.core.planfile import PlanFile
from cchc_tui.core.workflow import find_item, mark, progress_problem, set_item
from tests.core.progress import INSPECTION_DAY as D
from tests.core.progress import applied, unit_named, walk

OCT_6 = date(2023, 10, 6)  # a Friday: the conclusion
PIECE = "12/BC-UBND; 20/09/2023; Báo cáo kết quả CCHC 9 tháng; https://example.vn/12.pdf"


@pytest.fixture
def inspected(sample: PlanFile, plan: Plan) -> Unit:
    """Xã Hồng Khê, inspected on 05/10/2023."""
    unit = unit_named(sample, "Xã Hồng Khê")
    return walk(
        plan,
        unit,
        today=OCT_6,
        inspection=D,
        notified=date(2023, 9, 22),
        report=date(2023, 9, 29),
        inspected=D,
    )


# --- evidence ----------------------------------------------------------------------------


def test_a_piece_of_evidence_is_typed_as_its_parts_in_any_order() -> None:
    piece = parse_evidence(PIECE)
    assert piece == Evidence(
        "12/BC-UBND", date(2023, 9, 20), "Báo cáo kết quả CCHC 9 tháng", "https://example.vn/12.pdf"
    )
    assert parse_evidence("Biên bản họp; Số 03/2023/TT-BNV; /srv/hoso/bb.pdf") == Evidence(
        "03/2023/TT-BNV", None, "Biên bản họp", "/srv/hoso/bb.pdf"
    )
    assert evidence_text(piece, "vi") == (
        "số 12/BC-UBND ngày 20/09/2023, Báo cáo kết quả CCHC 9 tháng (https://example.vn/12.pdf)"
    )
    for typed, key in (
        (" ; ;", "evidence_empty"),
        ("20/09/2023", "evidence_empty"),
        ("12/BC-UBND; 13/BC-UBND", "evidence_two.ref"),
        ("Báo cáo; 32/13/2023", "date_invalid"),
    ):
        with pytest.raises(UserError) as refused:
            parse_evidence(typed)
        assert refused.value.key == key, typed


def test_evidence_is_added_kept_once_and_dropped_by_its_number() -> None:
    first, second = parse_evidence("Kế hoạch CCHC năm 2023"), parse_evidence(PIECE)
    result = ItemResult(Verdict.MET, evidence=(first,))
    assert with_evidence(result, [second, first], []) == (first, second)
    assert with_evidence(result, [second], [1]) == (second,)
    with pytest.raises(UserError) as unknown:
        with_evidence(result, [], [3])
    assert unknown.value.params == {"number": 3, "count": 1}


def test_met_without_evidence_or_a_reason_is_flagged(plan: Plan, inspected: Unit) -> None:
    item = find_item(plan, inspected, "1")
    unit = applied(inspected, set_item(plan, inspected, item, Verdict.MET))
    assert unproven(unit.items[item.id])
    why = set_item(plan, unit, item, Verdict.MET, missing="Xã chưa lưu hồ sơ")
    unit = applied(unit, why)
    assert not unproven(unit.items[item.id])
    # documents found later replace the reason
    unit = applied(unit, set_item(plan, unit, item, Verdict.MET, evidence=(parse_evidence(PIECE),)))
    assert unit.items[item.id].missing == "" and len(unit.items[item.id].evidence) == 1
    with pytest.raises(UserError) as both:
        set_item(plan, unit, item, Verdict.MET, missing="không có")
    assert both.value.key == "evidence_both"
    assert not unproven(ItemResult(Verdict.NOT_MET))


# --- follow-up ---------------------------------------------------------------------------


def test_a_conclusion_with_shortcomings_and_a_deadline_adds_the_remediation_report(
    plan: Plan, inspected: Unit
) -> None:
    change = conclude_with_follow_up(
        plan,
        inspected,
        Conclusion.CRITICISE,
        OCT_6,
        fix_by=date(2023, 10, 20),
        issues=["Chưa niêm yết TTHC", "  Chưa niêm yết TTHC ", "Chậm số hóa"],
    )
    assert [edit.field for edit in change.edits] == [
        "conclusion",
        "concluded_on",
        "fix_by",
        "issues",
    ]
    unit = applied(inspected, change)
    assert unit.issues == ("Chưa niêm yết TTHC", "Chậm số hóa")
    assert (stage(unit), progress_problem(unit)) == (Stage.CONCLUDED, None)
    deadline = next_deadline(plan, unit, OCT_6)
    assert deadline is not None and (deadline.step, deadline.days_left) == (Step.FIXED, 14)
    assert [(d.step, d.due) for d in agenda(plan, [unit], OCT_6, 14)] == [
        (Step.FIXED, date(2023, 10, 20))
    ]
    assert follow_up_text(unit, "vi") == (
        "tồn tại, hạn chế: Chưa niêm yết TTHC; Chậm số hóa; hạn báo cáo khắc phục 20/10/2023"
    )
    fixed = applied(unit, mark(plan, unit, Step.FIXED, date(2023, 10, 18), date(2023, 10, 18)))
    assert stage(fixed) is Stage.FIXED
    with pytest.raises(RuleError) as again:
        set_follow_up(fixed, date(2023, 10, 25))
    assert again.value.key == "rule.already_fixed"


def test_the_plans_follow_up_days_set_the_deadline_in_its_kind_of_days(
    plan: Plan, inspected: Unit
) -> None:
    assert plan.follow_up_days is None  # the seed gives none: nothing is made up
    bare = conclude_with_follow_up(plan, inspected, Conclusion.CRITICISE, OCT_6)
    assert [edit.field for edit in bare.edits] == ["conclusion", "concluded_on"]
    calendar = replace(plan, follow_up_days=15)
    unit = applied(
        inspected, conclude_with_follow_up(calendar, inspected, Conclusion.CRITICISE, OCT_6)
    )
    assert unit.fix_by == date(2023, 10, 21)  # a Saturday, said with its weekday elsewhere
    working = replace(plan, follow_up_days=15, count_days=CountDays.WORKING)
    unit = applied(
        inspected, conclude_with_follow_up(working, inspected, Conclusion.CRITICISE, OCT_6)
    )
    assert unit.fix_by == date(2023, 10, 27)  # 15 working days after Friday 06/10
    deadline = next_deadline(working, unit, OCT_6)
    assert deadline is not None and (deadline.days_left, deadline.working_days) == (15, True)
    satisfied = conclude_with_follow_up(calendar, inspected, Conclusion.SATISFACTORY, OCT_6)
    assert "fix_by" not in [edit.field for edit in satisfied.edits]


def test_impossible_follow_ups_are_refused(plan: Plan, inspected: Unit) -> None:
    with pytest.raises(RuleError) as early:
        conclude_with_follow_up(plan, inspected, Conclusion.CRITICISE, OCT_6, fix_by=D)
    assert early.value.key == "rule.fix_before_conclusion"
    with pytest.raises(RuleError) as unconcluded:
        set_follow_up(inspected, date(2023, 10, 20))
    assert unconcluded.value.key == "rule.follow_up_needs_conclusion"
    with pytest.raises(RuleError) as nothing_asked:
        mark(plan, inspected, Step.FIXED, OCT_6, OCT_6)
    assert nothing_asked.value.key == "rule.no_follow_up"
    with pytest.raises(UserError) as blank:
        conclude_with_follow_up(plan, inspected, Conclusion.SATISFACTORY, OCT_6, issues=[" "])
    assert blank.value.key == "issue_empty"


def test_a_follow_up_without_its_conclusion_is_unsound(inspected: Unit) -> None:
    assert progress_problem(replace(inspected, fix_by=date(2023, 10, 20))) == ("fix_by", None)
    concluded = replace(
        inspected, conclusion=Conclusion.CRITICISE, concluded_on=OCT_6, fixed_on=OCT_6
    )
    assert progress_problem(concluded) == ("fixed_on", None)
