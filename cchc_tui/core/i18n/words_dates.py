"""The words of deadlines and days off: working-day countdowns, due dates that fall on a
day off, sent and received reports, planned and actual inspection days, the scheduling
warnings, the plan file's date keys.

Each entry is (Vietnamese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # countdowns in working days (plans with count_days = "working")
    "countdown.left_working": ("còn {n} ngày làm việc", "in {n} working days"),
    "countdown.left_one_working": ("còn 1 ngày làm việc", "in 1 working day"),
    "countdown.overdue_working": ("quá hạn {n} ngày làm việc", "{n} working days overdue"),
    "countdown.overdue_one_working": ("quá hạn 1 ngày làm việc", "1 working day overdue"),
    # a due date, and the working day before it when it falls on a day off
    "due.on": ("hạn {date}", "due {date}"),
    "due.on_day_off": ("hạn {date} ({off})", "due {date} ({off})"),
    "due.send_by": (
        "gửi chậm nhất {weekday} {date}",
        "send by {weekday} {date} at the latest",
    ),
    "day_off.plan": ("ngày nghỉ theo kế hoạch", "a day off in the plan"),
    "day_off.holiday": ("{weekday}, {holiday}", "{weekday}, {holiday}"),
    "day_off.is": ("{date} là ngày nghỉ: {off}", "{date} is a day off: {off}"),
    # reports: sent and received
    "report.received": ("nhận ngày {date}", "received {date}"),
    "report.sent": ("gửi ngày {date}", "sent {date}"),
    "report.ref": ("số {ref}", "no. {ref}"),
    # inspection: the day it happened and the day planned
    "inspection.planned": ("dự kiến kiểm tra ngày {planned}", "inspection planned for {planned}"),
    "inspection.on": ("kiểm tra ngày {date}", "inspected on {date}"),
    "inspection.moved": (
        "kiểm tra ngày {date}, dự kiến {planned}",
        "inspected on {date}, planned for {planned}",
    ),
    "inspection.as_planned": ("đúng ngày dự kiến", "on the planned day"),
    "inspection.planned_short": ("dự kiến {planned}", "planned for {planned}"),
    # the command line
    "cli.sent": (
        "báo cáo: ngày đơn vị gửi (mặc định: ngày nhận --on); đúng hạn tính theo ngày gửi",
        "a report: the day the unit sent it (default: the day received, --on); "
        "on time is judged by it",
    ),
    "cli.ref": (
        'báo cáo: số văn bản, ví dụ "12/BC-UBND"',
        'a report: its document number, e.g. "12/BC-UBND"',
    ),
    # scheduling warnings: said, never refused
    "warn.prefix": ("Lưu ý", "Note"),
    "warn.notified_passed": (
        "hạn thông báo lịch {date} đã qua (thông báo trước {lead} ngày kiểm tra)",
        "the notice deadline {date} has passed (notify {lead} days before the inspection)",
    ),
    "warn.report_passed": (
        "hạn gửi báo cáo {date} đã qua (gửi trước {lead} ngày kiểm tra)",
        "the report deadline {date} has passed (report {lead} days before the inspection)",
    ),
    "warn.outside_window": (
        "{date} ngoài thời gian kiểm tra {window}",
        "{date} is outside the inspection window {window}",
    ),
    "warn.window_from": ("từ {start}", "from {start}"),
    "warn.window_until": ("đến {end}", "until {end}"),
    "warn.same_day": (
        "ngày {date} đã có lịch kiểm tra {names}",
        "{names} already inspected on {date}",
    ),
    "warn.more_units": ("và {n} đơn vị khác", "and {n} more units"),
    # refusals
    "rule.sent_after_received": (
        "{unit}: ngày gửi {sent} ở sau ngày nhận {on}.",
        "{unit}: sent on {sent}, after it was received on {on}.",
    ),
    "sent_only_report": (
        "--sent và --ref chỉ dùng khi đánh dấu nhận báo cáo.",
        "--sent and --ref go only with marking a report received.",
    ),
    # field names in the history
    "fieldname.report_sent_on": ("Ngày gửi báo cáo", "Report sent on"),
    "fieldname.report_ref": ("Số văn bản báo cáo", "Report document no."),
    # the plan file's date keys
    "plan_file_unknown_key": (
        "Tệp kế hoạch {path}, dòng {line}, {where}: không có khóa “{name}”.",
        "Plan file {path}, line {line}, {where}: unknown key “{name}”.",
    ),
    "plan_file_unknown_key_hint": (
        "Tệp kế hoạch {path}, dòng {line}, {where}: không có khóa “{name}” (có phải “{known}”?).",
        "Plan file {path}, line {line}, {where}: unknown key “{name}” (did you mean “{known}”?).",
    ),
    "field.before_issue": (
        "không được trước ngày ban hành kế hoạch {issued}",
        "cannot be before the plan was issued on {issued}",
    ),
    "field.window_order": ("phải sau window_start", "must come after window_start"),
    "field.off_and_working": (
        "{date} vừa là ngày nghỉ vừa là ngày làm bù",
        "{date} is both a day off and a make-up working day",
    ),
    "field.not_a_day_off": (
        "có {date}, vốn là ngày làm việc chứ không phải ngày nghỉ được làm bù",
        "holds {date}, a working day anyway rather than a day off made up",
    ),
    # the calendar: days off
    "tui.day_off": ("nghỉ: {off}", "day off: {off}"),
    "tui.legend_off": ("ngày nghỉ", "day off"),
    "tui.working_made_up": ("ngày làm bù", "make-up working day"),
    # the agenda's short step words (the pane is narrow)
    "agenda.step.notified": ("Báo lịch", "Notify"),
    "agenda.step.report": ("Báo cáo", "Report"),
    "agenda.step.inspected": ("Kiểm tra", "Inspect"),
}
