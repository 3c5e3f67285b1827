"""The plan file people edit by hand: what it holds, and errors that name line and field."""

from __future__ import annotations

from datetime import date

import pytest

from cchc_tui.core.i18n import error_text
from cchc_tui.core.model import Mode
from cchc_tui.core.planfile import PlanFile, dump_plan_file, parse_plan_file
from cchc_tui.store.paths import sample_plan_text
from tests.core.plan_text import broken, line_of, plan_file_error
from tests.core.progress import INSPECTION_DAY, unit_named, walk


def test_the_sample_is_plan_96_with_its_deadlines_and_28_units(sample: PlanFile) -> None:
    plan = sample.plan
    assert (plan.number, plan.issued_on, plan.self_report_before) == (
        "96/KH-UBND",
        date(2023, 9, 15),
        date(2023, 10, 15),
    )
    assert (plan.notify_lead_days, plan.report_lead_days) == (10, 5)
    assert plan.receiver == "Uỷ ban nhân dân huyện (qua phòng Nội vụ)"
    assert len(sample.units) == 28
    direct = [u.display_name for u in sample.units if u.mode is Mode.DIRECT]
    assert direct == [
        "Phòng Kinh tế - Hạ tầng",
        "Phòng Tài nguyên và Môi trường",
        "Xã Hồng Khê",
        "Xã Tân Hồng",
        "Xã Vĩnh Hưng",
        "Xã Thúc Kháng",
        "Xã Long Xuyên",
        "Xã Tân Việt",
        "Xã Nhân Quyền",
        "Xã Hùng Thắng",
    ]
    # the seed names the direct units, Bình Minh, Kẻ Sặt and phòng Nội vụ (which receives
    # the reports); no unit has an invented date
    named = {u.display_name for u in sample.units if u.in_seed}
    assert named == {*direct, "Xã Bình Minh", "Thị trấn Kẻ Sặt", "Phòng Nội vụ"}
    assert all(u.inspection_date is None for u in sample.units)
    sizes = {kind: len(plan.checklist_for(kind)) for kind in plan.kinds}
    assert sizes == {"commune": 6, "town": 6, "office": 3}
    names = {kind.code: kind.name for kind in plan.kinds.values()}
    assert names == {"office": "Cơ quan chuyên môn", "commune": "Xã", "town": "Thị trấn"}


def test_a_dumped_plan_reads_back_with_its_progress(sample: PlanFile) -> None:
    unit = walk(
        sample.plan,
        unit_named(sample, "Xã Hồng Khê"),
        today=date(2023, 10, 1),
        inspection=INSPECTION_DAY,
        notified=date(2023, 9, 20),
    )
    units = tuple(unit if u.key == unit.key else u for u in sample.units)
    again = parse_plan_file(dump_plan_file(sample.plan, units), "export.toml")
    assert again.plan == sample.plan
    assert again.units == units


@pytest.mark.parametrize(
    ("text", "where", "field", "problem", "line_start"),
    [
        (
            broken('issuer = "UBND huyện Bình Giang, tỉnh Hải Dương"\n', ""),
            "[plan]",
            "issuer",
            ("missing",),
            ("[plan]", 0),
        ),
        (
            broken("notify_lead_days = 10", 'notify_lead_days = "mười"'),
            "[plan]",
            "notify_lead_days",
            ("type", ("expected", "0…60")),
            ("notify_lead_days", 0),
        ),
        (
            broken("notify_lead_days = 10", "notify_lead_days = true"),
            "[plan]",
            "notify_lead_days",
            ("type", ("expected", "0…60")),
            ("notify_lead_days", 0),
        ),
        (
            broken("report_lead_days = 5", "report_lead_days = -5"),
            "[plan]",
            "report_lead_days",
            ("range", ("least", 0), ("most", 60)),
            ("report_lead_days", 0),
        ),
        (
            broken("based_on = [", "based_on = [1,"),
            "[plan]",
            "based_on",
            ("type", ("expected", '["…", …]')),
            ("based_on", 0),
        ),
        (
            broken("issued_on = 2023-09-15", 'issued_on = "15/09/2023"'),
            "[plan]",
            "issued_on",
            ("type", ("expected", "YYYY-MM-DD")),
            ("issued_on", 0),
        ),
        (
            broken('title = "Kiểm tra thực hiện', 'title = 5\n# "Kiểm tra thực hiện'),
            "[plan]",
            "title",
            ("type", ("expected", "text")),
            ("title", 0),
        ),
        (
            broken('text = "Công tác tuyên truyền về CCHC"\n', ""),
            "[[checklists.commune]] #2",
            "text",
            ("missing",),
            ("[[checklists.commune]]", 1),
        ),
        (
            broken('id = "ke-hoach"\n', "id = 1\n"),
            "[[checklists.commune]] #1",
            "id",
            ("type", ("expected", "text")),
            ("id = 1", 0),
        ),
        (broken('kind = "commune"\n', ""), "[[units]] #3", "kind", ("missing",), ("[[units]]", 2)),
        (
            broken('mode = "direct"', 'mode = "online"'),
            "[[units]] #1",
            "mode",
            ("type", ("expected", "direct | self")),
            ('mode = "online"', 0),
        ),
        (
            broken("in_seed = true\n", 'in_seed = true\ninspection_date = "05/10/2023"\n'),
            "[[units]] #1",
            "inspection_date",
            ("type", ("expected", "YYYY-MM-DD")),
            ("inspection_date", 0),
        ),
        (
            broken(
                'name = "Tân Hồng"\ntitle = "Xã Tân Hồng"',
                'name = "Hồng Khê"\ntitle = "Xã Hồng Khê"',
            ),
            "[[units]] #4",
            "name",
            ("duplicate", ("value", "Hồng Khê")),
            ('name = "Hồng Khê"', 1),
        ),
        (sample_plan_text().split("[[units]]")[0], "[[units]]", "units", ("missing",), None),
    ],
    ids=[
        "missing-issuer",
        "lead-days-text",
        "lead-days-bool",
        "lead-days-negative",
        "based-on-number",
        "issued-on-text",
        "title-number",
        "item-without-text",
        "item-id-number",
        "unit-without-kind",
        "unknown-mode",
        "unit-date-text",
        "duplicate-unit",
        "no-units",
    ],
)
def test_a_wrong_plan_file_names_the_line_and_the_field(
    text: str,
    where: str,
    field: str,
    problem: tuple[object, ...],
    line_start: tuple[str, int] | None,
) -> None:
    error = plan_file_error(text)
    assert error.key == "plan_file_field"
    expected_line = line_of(text, *line_start) if line_start else 1
    assert (error.params["where"], error.params["field"], error.params["problem"]) == (
        where,
        field,
        problem,
    )
    assert error.params["line"] == expected_line
    assert error.params["path"] == "ke-hoach.toml"


def with_progress(name: str, fields: str) -> str:
    """The sample with TOML lines added to the unit named ``name``."""
    return broken(f'name = "{name}"\n', f'name = "{name}"\n{fields}\n')


@pytest.mark.parametrize(
    ("text", "field", "problem", "line_start"),
    [
        (
            broken("issued_on = 2023-09-15", "issued_on = 2023-09-15T08:00:00"),
            "issued_on",
            ("type", ("expected", "YYYY-MM-DD")),
            "issued_on",
        ),
        (
            with_progress("Hồng Khê", "inspection_date = 2023-10-05T08:00:00"),
            "inspection_date",
            ("type", ("expected", "YYYY-MM-DD")),
            "inspection_date",
        ),
        (
            with_progress("Hồng Khê", "report_on = 2023-09-28"),
            "inspection_date",
            ("missing",),
            None,
        ),
        (
            with_progress("Hồng Khê", "inspection_date = 2023-10-05\nreport_on = 2023-09-28"),
            "notified_on",
            ("missing",),
            None,
        ),
        (
            with_progress(
                "Hồng Khê",
                "inspection_date = 2023-10-05\nnotified_on = 2023-09-20\nreport_on = 2023-09-19",
            ),
            "report_on",
            ("type", ("expected", "≥ notified_on")),
            "report_on",
        ),
        (
            with_progress("Hồng Khê", "inspection_date = 2023-10-05\nnotified_on = 2023-10-06"),
            "notified_on",
            ("type", ("expected", "≤ inspection_date")),
            "notified_on",
        ),
        (
            with_progress(
                "Hồng Khê",
                "inspection_date = 2023-10-05\nnotified_on = 2023-09-20\n"
                'report_on = 2023-09-28\ninspected_on = 2023-10-05\nconclusion = "dat"',
            ),
            "concluded_on",
            ("missing",),
            None,
        ),
        (
            with_progress("Bình Minh", "inspection_date = 2023-10-05"),
            "mode",
            ("type", ("expected", "direct")),
            "mode",
        ),
        (
            with_progress("Bình Minh", 'concluded_on = 2023-10-10\nconclusion = "dat"'),
            "report_on",
            ("missing",),
            None,
        ),
    ],
    ids=[
        "plan-datetime",
        "unit-datetime",
        "report-unscheduled",
        "report-without-notice",
        "report-before-notice",
        "notice-after-inspection",
        "conclusion-without-date",
        "self-unit-scheduled",
        "self-concluded-without-report",
    ],
)
def test_progress_in_a_plan_file_must_follow_the_workflow(
    text: str, field: str, problem: tuple[object, ...], line_start: str | None
) -> None:
    error = plan_file_error(text)
    assert (error.key, error.params["field"], error.params["problem"]) == (
        "plan_file_field",
        field,
        problem,
    )
    if line_start is not None:
        assert text.splitlines()[error.params["line"] - 1].startswith(line_start)
    else:
        assert text.splitlines()[error.params["line"] - 1] == "[[units]]"


def test_progress_in_the_right_order_is_read(sample: PlanFile) -> None:
    text = with_progress(
        "Hồng Khê",
        "inspection_date = 2023-10-05\nnotified_on = 2023-09-20\nreport_on = 2023-09-28\n"
        'inspected_on = 2023-10-05\nconclusion = "bieu-duong"\nconcluded_on = 2023-10-06',
    )
    unit = unit_named(parse_plan_file(text), "Xã Hồng Khê")
    assert (unit.inspected_on, unit.concluded_on) == (INSPECTION_DAY, date(2023, 10, 6))


def test_plan_file_errors_read_well_in_both_languages() -> None:
    error = plan_file_error(broken('mode = "direct"', 'mode = "online"'))
    line = line_of(sample_plan_text(), 'mode = "direct"')
    assert error_text(error, "vi") == (
        f"Tệp kế hoạch ke-hoach.toml, dòng {line}, [[units]] #1: "
        "trường “mode” phải là direct | self."
    )
    assert error_text(error, "en") == (
        f"Plan file ke-hoach.toml, line {line}, [[units]] #1: field “mode” must be direct | self."
    )


def test_bad_toml_syntax_names_the_line() -> None:
    lines = sample_plan_text().splitlines()
    lines.insert(20, "this is not toml")
    error = plan_file_error("\n".join(lines))
    assert error.key == "plan_file_syntax"
    assert error.params["line"] == 21
    assert error_text(error, "vi").startswith(
        "Tệp kế hoạch ke-hoach.toml sai cú pháp TOML ở dòng 21"
    )
