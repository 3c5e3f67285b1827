"""The plan commands' help and what they say (import, export, plans, new-plan, plan-review).

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    # the plans of the file, next year's plan (command line)
    "plans.col.current": Words(vi="", en=""),
    "plans.col.number": Words(vi="Kế hoạch", en="Plan"),
    "plans.col.issued": Words(vi="Ngày ban hành", en="Issued"),
    "plans.col.year": Words(vi="Năm", en="Year"),
    "plans.legend": Words(
        vi="* kế hoạch hiện hành (lệnh không có --plan dùng kế hoạch này)",
        en="* the current plan (what commands use without --plan)",
    ),
    "done.new_plan": Words(
        vi="Đã lập Kế hoạch {plan} năm {year} từ Kế hoạch {source}: {units} đơn vị, chưa có "
        "tiến độ; đây là kế hoạch hiện hành.",
        en="Started plan {plan} for {year} from plan {source}: {units} units, no progress yet; "
        "it is now the current plan.",
    ),
    "done.review": Words(
        vi="Kế hoạch {plan}: đã xác nhận {count} mục chuyển từ kế hoạch trước.",
        en="Plan {plan}: {count} parts carried over confirmed.",
    ),
    "cli.plans": Words(vi="các kế hoạch trong tệp dữ liệu", en="the plans in the data file"),
    "cli.new-plan": Words(
        vi="lập kế hoạch năm mới từ một kế hoạch: cùng đơn vị, loại đơn vị, nội dung kiểm tra; "
        "ngày dời theo số năm, cần rà soát",
        en="start next year's plan from a plan: same units, kinds and checklists; dates moved "
        "by the years between them, to review",
    ),
    "cli.new_number": Words(vi="số của kế hoạch mới, ví dụ 45/KH-UBND", en="the new plan's number"),
    "cli.from": Words(
        vi="kế hoạch gốc (mặc định: --plan, hoặc kế hoạch hiện hành)",
        en="the plan to start from (default: --plan, else the current plan)",
    ),
    "cli.issued": Words(
        vi="ngày ban hành kế hoạch mới (DD/MM/YYYY)", en="the new plan's issue date"
    ),
    "cli.year": Words(
        vi="năm kiểm tra (mặc định: năm ban hành)",
        en="the year it inspects (default: the year it is issued)",
    ),
    "cli.year_invalid": Words(vi="năm từ {first} đến {last}", en="a year from {first} to {last}"),
    "cli.new_plan_output": Words(
        vi="ghi kế hoạch mới ra tệp kế hoạch để sửa rồi nhập (không thêm vào tệp dữ liệu)",
        en="write the new plan as a plan file to edit and import (not added to the data file)",
    ),
    "cli.plan-review": Words(
        vi="các mục kế hoạch mới chuyển từ kế hoạch trước, cần rà soát",
        en="what a new plan carried over from the previous one, to review",
    ),
    "cli.confirm": Words(vi="xác nhận đã rà soát xong", en="confirm they have been reviewed"),
    "cli.metavar.number": Words(vi="SỐ-KẾ-HOẠCH", en="NUMBER"),
    "cli.metavar.source": Words(vi="SỐ-KẾ-HOẠCH", en="NUMBER"),
    "cli.metavar.issued": Words(vi="NGÀY", en="DATE"),
    "cli.metavar.year": Words(vi="NĂM", en="YEAR"),
}
