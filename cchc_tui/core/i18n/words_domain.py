"""The words of the plan's own vocabulary: kinds, modes, stages, steps, verdicts,
countdowns, the plan header, field and action names.

Each entry is (Vietnamese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # the kinds of a plan that declares none (files of earlier versions)
    "kind.office": ("Cơ quan chuyên môn", "Specialised office"),
    "kind.commune": ("Xã", "Commune"),
    "kind.town": ("Thị trấn", "Town"),
    # modes
    "mode.direct": ("Kiểm tra trực tiếp", "Direct inspection"),
    "mode.self": ("Tự kiểm tra", "Self-inspection"),
    "mode_short.direct": ("Trực tiếp", "Direct"),
    "mode_short.self": ("Tự KT", "Self"),
    # stages
    "stage.unscheduled": ("Chưa xếp lịch", "Not scheduled"),
    "stage.awaiting_report": ("Chờ báo cáo", "Awaiting report"),
    "stage.scheduled": ("Đã xếp lịch", "Scheduled"),
    "stage.notified": ("Đã thông báo lịch", "Schedule notified"),
    "stage.reported": ("Đã nhận báo cáo", "Report received"),
    "stage.inspected": ("Đã kiểm tra", "Inspected"),
    "stage.concluded": ("Đã kết luận", "Concluded"),
    # steps (what is to be done next)
    "step.schedule": ("Xếp lịch kiểm tra", "Set inspection date"),
    "step.notified": ("Thông báo lịch", "Notify schedule"),
    "step.report": ("Nhận báo cáo", "Receive report"),
    "step.inspected": ("Kiểm tra", "Inspect"),
    "step.concluded": ("Kết luận", "Conclude"),
    # conclusions
    "conclusion.bieu-duong": ("Biểu dương", "Commend"),
    "conclusion.dat": ("Đạt", "Satisfactory"),
    "conclusion.phe-binh": ("Chấn chỉnh, phê bình", "Correct and criticise"),
    # verdicts
    "verdict.dat": ("Đạt", "Met"),
    "verdict.dat-mot-phan": ("Đạt một phần", "Partly met"),
    "verdict.chua-dat": ("Chưa đạt", "Not met"),
    "verdict.khong-ap-dung": ("Không áp dụng", "Not applicable"),
    "verdict.none": ("Chưa đánh giá", "Not assessed"),
    # countdowns
    "countdown.left": ("còn {n} ngày", "in {n} days"),
    "countdown.left_one": ("còn 1 ngày", "in 1 day"),
    "countdown.today": ("hôm nay", "today"),
    "countdown.overdue": ("quá hạn {n} ngày", "{n} days overdue"),
    "countdown.overdue_one": ("quá hạn 1 ngày", "1 day overdue"),
    "late": ("trễ hạn", "late"),
    "on_time": ("đúng hạn", "on time"),
    # plan header
    "plan.number": ("Kế hoạch số", "Plan no."),
    "plan.issued": ("ngày {date} của {issuer}", "of {date}, {issuer}"),
    "plan.based_on": ("Thực hiện", "Carrying out"),
    "plan.period": ("Niên độ kiểm tra", "Period inspected"),
    "plan.window": ("Thời gian kiểm tra", "Inspection window"),
    "plan.self_due": ("Hạn gửi báo cáo tự kiểm tra", "Self-inspection report due"),
    "plan.self_due_value": ("trước ngày {date}", "before {date}"),
    "plan.leads": (
        "Đoàn kiểm tra thông báo lịch kiểm tra trước {notify:02d} ngày kiểm tra; "
        "đơn vị được kiểm tra gửi báo cáo trước {report:02d} ngày kiểm tra",
        "The team notifies the schedule {notify} days before the inspection; "
        "the unit sends its report {report} days before it",
    ),
    "plan.receiver": ("Gửi báo cáo về", "Reports go to"),
    "history.empty": ("Chưa có thay đổi nào.", "No changes yet."),
    "history.undo": ("hoàn tác #{id}", "undo #{id}"),
    # actions as recorded in history
    "action.schedule": ("xếp lịch", "schedule"),
    "action.mark": ("đánh dấu", "mark"),
    "action.conclude": ("kết luận", "conclude"),
    "action.item": ("đánh giá nội dung", "assess item"),
    "action.note": ("ghi chú", "note"),
    "action.import": ("nhập kế hoạch", "import plan"),
    "action.undo": ("hoàn tác", "undo"),
    "what.verdict": ("kết quả", "verdict"),
    "what.conclusion": ("kết luận", "conclusion"),
    "what.step": ("bước", "step"),
    "what.format": ("định dạng", "format"),
    "what.lang": ("ngôn ngữ", "language"),
    "fieldname.inspection_date": ("Ngày kiểm tra", "Inspection date"),
    "fieldname.notified_on": ("Ngày thông báo lịch", "Notified on"),
    "fieldname.report_on": ("Ngày nhận báo cáo", "Report received on"),
    "fieldname.inspected_on": ("Ngày kiểm tra thực tế", "Inspected on"),
    "fieldname.conclusion": ("Kết luận", "Conclusion"),
    "fieldname.concluded_on": ("Ngày kết luận", "Concluded on"),
    "fieldname.items": ("Nội dung kiểm tra", "Checklist item"),
    "fieldname.notes": ("Ghi chú", "Note"),
    "fieldname.plan": ("Kế hoạch", "Plan"),
}
