"""The words of plans as data: where a fact comes from, next year's plan, the dates to
review, the list of plans and switching between them.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    # where a fact comes from (units pane, detail screen, report footnotes)
    "report.source.unit": Words(
        vi="(*) Đơn vị không được nêu tên trong văn bản kế hoạch.",
        en="(*) A unit the plan's text does not name.",
    ),
    "report.source.item": Words(
        vi="(*) Nội dung không có trong lời văn của kế hoạch, lấy từ: {source}.",
        en="(*) Not in the plan's own words; taken from: {source}.",
    ),
    # next year's plan and what to review of it
    "review.summary": Words(
        vi="Lập từ Kế hoạch số {plan}; cần rà soát: {parts}",
        en="Started from plan {plan}; to review: {parts}",
    ),
    "review.short": Words(
        vi="{count} mục chuyển từ Kế hoạch {plan} cần rà soát (cchc-tui plan-review).",
        en="{count} parts carried over from plan {plan} to review (cchc-tui plan-review).",
    ),
    "review.title": Words(vi="Tên kế hoạch", en="Title"),
    "review.based_on": Words(vi="Văn bản thực hiện", en="Plans carried out"),
    "review.period": Words(vi="Niên độ kiểm tra", en="Period inspected"),
    "review.window": Words(vi="Thời gian kiểm tra", en="Inspection window"),
    "review.window_days": Words(vi="Khoảng ngày kiểm tra", en="Window days"),
    "review.self_report_before": Words(
        vi="Hạn gửi báo cáo tự kiểm tra", en="Self-inspection report due"
    ),
    "review.days_off": Words(vi="Ngày nghỉ bù, làm bù", en="Swapped days off and make-up days"),
    "review.checklists": Words(vi="Nội dung kiểm tra", en="Checklist"),
    "review.report": Words(
        vi="Phần đầu, nơi nhận, người ký của văn bản",
        en="Letterhead, recipients and signer",
    ),
    "review.window_dropped": Words(
        vi="bỏ trống (dời sang năm mới thì trước ngày ban hành)",
        en="left out (moved to the new year it would start before the plan is issued)",
    ),
    "review.days_off_dropped": Words(
        vi="không chuyển sang: mỗi năm Chính phủ công bố lại, ghi days_off, working_days nếu có",
        en="not carried over: announced anew each year; list them in days_off, working_days",
    ),
    "review.checklists_count": Words(
        vi="{items} nội dung cho {kinds} loại đơn vị",
        en="{items} items for {kinds} kinds of unit",
    ),
    "review.report_parts": Words(
        vi="như kế hoạch trước (tệp kế hoạch, mục [report])",
        en="as in the previous plan (the plan file's [report])",
    ),
    "review.none": Words(
        vi="Kế hoạch {plan}: không còn mục nào cần rà soát.",
        en="Plan {plan}: nothing left to review.",
    ),
    "review.heading": Words(
        vi="Kế hoạch {plan} lập từ Kế hoạch số {source}; các mục sau chưa được xác nhận:",
        en="Plan {plan} was started from plan {source}; not yet confirmed:",
    ),
    "review.confirm_hint": Words(
        vi="Đã rà soát xong: cchc-tui plan-review --confirm",
        en="Once reviewed: cchc-tui plan-review --confirm",
    ),
    "new_plan_earlier": Words(
        vi="Kế hoạch {plan} là của năm {year}: không lập được kế hoạch năm {new} (trước đó) từ nó.",
        en="Plan {plan} is for {year}: a plan for {new}, earlier, cannot be started from it.",
    ),
    "new_plan_number": Words(
        vi="Số kế hoạch “{number}” không dùng được.",
        en="Plan number “{number}” is not usable.",
    ),
    "plans.to_review": Words(vi="{count} mục cần rà soát", en="{count} parts to review"),
    "review.show_hint": Words(
        vi="Xem từng mục: cchc-tui plan-review", en="Each part: cchc-tui plan-review"
    ),
    "action.review": Words(vi="xác nhận các mục cần rà soát", en="confirm the parts to review"),
    "action.new_plan": Words(
        vi="lập kế hoạch {plan} từ {source}", en="start plan {plan} from {source}"
    ),
    "next_plan.open_follow_up": Words(
        vi="Chuyển từ Kế hoạch {plan}: chưa báo cáo khắc phục (hạn {due}) — {issues}.",
        en="Carried from plan {plan}: the remediation report is not in (due {due}) — {issues}.",
    ),
}
