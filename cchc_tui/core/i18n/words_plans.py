"""The words of plans as data: where a fact comes from, next year's plan, the dates to
review, the list of plans and switching between them.

Each entry is (Vietnamese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # where a fact comes from (units pane, detail screen, report footnotes)
    "report.source.unit": (
        "(*) Đơn vị không được nêu tên trong văn bản kế hoạch.",
        "(*) A unit the plan's text does not name.",
    ),
    "report.source.item": (
        "(*) Nội dung không có trong lời văn của kế hoạch, lấy từ: {source}.",
        "(*) Not in the plan's own words; taken from: {source}.",
    ),
    "tui.source.legend": (
        "* không có trong văn bản kế hoạch",
        "* not in the plan's text",
    ),
    "tui.source.item": (
        "* Nội dung số {items}: không có trong lời văn của kế hoạch, lấy từ {source}.",
        "* Item {items}: not in the plan's own words; taken from {source}.",
    ),
    # next year's plan and what to review of it
    "review.summary": (
        "Lập từ Kế hoạch số {plan}; cần rà soát: {parts}",
        "Started from plan {plan}; to review: {parts}",
    ),
    "review.short": (
        "{count} mục chuyển từ Kế hoạch {plan} cần rà soát (cchc-tui plan-review).",
        "{count} parts carried over from plan {plan} to review (cchc-tui plan-review).",
    ),
    "review.title": ("Tên kế hoạch", "Title"),
    "review.based_on": ("Văn bản thực hiện", "Plans carried out"),
    "review.period": ("Niên độ kiểm tra", "Period inspected"),
    "review.window": ("Thời gian kiểm tra", "Inspection window"),
    "review.window_days": ("Khoảng ngày kiểm tra", "Window days"),
    "review.self_report_before": ("Hạn gửi báo cáo tự kiểm tra", "Self-inspection report due"),
    "review.days_off": ("Ngày nghỉ bù, làm bù", "Swapped days off and make-up days"),
    "review.checklists": ("Nội dung kiểm tra", "Checklist"),
    "review.report": (
        "Phần đầu, nơi nhận, người ký của văn bản",
        "Letterhead, recipients and signer",
    ),
    "review.window_dropped": (
        "bỏ trống (dời sang năm mới thì trước ngày ban hành)",
        "left out (moved to the new year it would start before the plan is issued)",
    ),
    "review.days_off_dropped": (
        "không chuyển sang: mỗi năm Chính phủ công bố lại, ghi days_off, working_days nếu có",
        "not carried over: announced anew each year; list them in days_off, working_days",
    ),
    "review.checklists_count": (
        "{items} nội dung cho {kinds} loại đơn vị",
        "{items} items for {kinds} kinds of unit",
    ),
    "review.report_parts": (
        "như kế hoạch trước (tệp kế hoạch, mục [report])",
        "as in the previous plan (the plan file's [report])",
    ),
    "review.none": (
        "Kế hoạch {plan}: không còn mục nào cần rà soát.",
        "Plan {plan}: nothing left to review.",
    ),
    "review.heading": (
        "Kế hoạch {plan} lập từ Kế hoạch số {source}; các mục sau chưa được xác nhận:",
        "Plan {plan} was started from plan {source}; not yet confirmed:",
    ),
    "review.confirm_hint": (
        "Đã rà soát xong: cchc-tui plan-review --confirm",
        "Once reviewed: cchc-tui plan-review --confirm",
    ),
    "new_plan_earlier": (
        "Kế hoạch {plan} là của năm {year}: không lập được kế hoạch năm {new} (trước đó) từ nó.",
        "Plan {plan} is for {year}: a plan for {new}, earlier, cannot be started from it.",
    ),
    "new_plan_number": (
        "Số kế hoạch “{number}” không dùng được.",
        "Plan number “{number}” is not usable.",
    ),
    # the plans of the file, next year's plan (command line)
    "plans.col.current": ("", ""),
    "plans.col.number": ("Kế hoạch", "Plan"),
    "plans.col.issued": ("Ngày ban hành", "Issued"),
    "plans.col.year": ("Năm", "Year"),
    "plans.to_review": ("{count} mục cần rà soát", "{count} parts to review"),
    "plans.legend": (
        "* kế hoạch hiện hành (lệnh không có --plan dùng kế hoạch này)",
        "* the current plan (what commands use without --plan)",
    ),
    "done.new_plan": (
        "Đã lập Kế hoạch {plan} năm {year} từ Kế hoạch {source}: {units} đơn vị, chưa có "
        "tiến độ; đây là kế hoạch hiện hành.",
        "Started plan {plan} for {year} from plan {source}: {units} units, no progress yet; "
        "it is now the current plan.",
    ),
    "done.review": (
        "Kế hoạch {plan}: đã xác nhận {count} mục chuyển từ kế hoạch trước.",
        "Plan {plan}: {count} parts carried over confirmed.",
    ),
    "review.show_hint": ("Xem từng mục: cchc-tui plan-review", "Each part: cchc-tui plan-review"),
    "action.review": ("xác nhận các mục cần rà soát", "confirm the parts to review"),
    "action.new_plan": ("lập kế hoạch {plan} từ {source}", "start plan {plan} from {source}"),
    "cli.plans": ("các kế hoạch trong tệp dữ liệu", "the plans in the data file"),
    "cli.new-plan": (
        "lập kế hoạch năm mới từ một kế hoạch: cùng đơn vị, loại đơn vị, nội dung kiểm tra; "
        "ngày dời theo số năm, cần rà soát",
        "start next year's plan from a plan: same units, kinds and checklists; dates moved "
        "by the years between them, to review",
    ),
    "cli.new_number": ("số của kế hoạch mới, ví dụ 45/KH-UBND", "the new plan's number"),
    "cli.from": (
        "kế hoạch gốc (mặc định: --plan, hoặc kế hoạch hiện hành)",
        "the plan to start from (default: --plan, else the current plan)",
    ),
    "cli.issued": ("ngày ban hành kế hoạch mới (DD/MM/YYYY)", "the new plan's issue date"),
    "cli.year": (
        "năm kiểm tra (mặc định: năm ban hành)",
        "the year it inspects (default: the year it is issued)",
    ),
    "cli.year_invalid": ("năm từ {first} đến {last}", "a year from {first} to {last}"),
    "cli.new_plan_output": (
        "ghi kế hoạch mới ra tệp kế hoạch để sửa rồi nhập (không thêm vào tệp dữ liệu)",
        "write the new plan as a plan file to edit and import (not added to the data file)",
    ),
    "cli.plan-review": (
        "các mục kế hoạch mới chuyển từ kế hoạch trước, cần rà soát",
        "what a new plan carried over from the previous one, to review",
    ),
    "cli.confirm": ("xác nhận đã rà soát xong", "confirm they have been reviewed"),
    "cli.metavar.number": ("SỐ-KẾ-HOẠCH", "NUMBER"),
    "cli.metavar.source": ("SỐ-KẾ-HOẠCH", "NUMBER"),
    "cli.metavar.issued": ("NGÀY", "DATE"),
    "cli.metavar.year": ("NĂM", "YEAR"),
    # switching plans in the full-screen app
    "tui.plan_choice": (
        "{number} (năm {year}), ban hành {issued}, {units} đơn vị",
        "{number} ({year}), issued {issued}, {units} units",
    ),
    "tui.plan_current": ("hiện hành", "current"),
    "tui.plan_switched": ("Đang xem Kế hoạch {plan}.", "Now on plan {plan}."),
    "tui.ask.plan": ("Chọn kế hoạch", "Choose a plan"),
    "tui.key.plans": ("Đổi kế hoạch", "Switch plan"),
    "tui.tip.plans": (
        "Chọn kế hoạch khác trong tệp dữ liệu (năm trước, năm sau); lệnh cchc-tui dùng --plan.",
        "Switch to another plan of the data file (last year's, next year's); commands take --plan.",
    ),
    "next_plan.open_follow_up": (
        "Chuyển từ Kế hoạch {plan}: chưa báo cáo khắc phục (hạn {due}) — {issues}.",
        "Carried from plan {plan}: the remediation report is not in (due {due}) — {issues}.",
    ),
}
