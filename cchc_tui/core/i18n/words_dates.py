"""The words of deadlines and days off: working-day countdowns, due dates that fall on a
day off, sent and received reports, planned and actual inspection days, the scheduling
warnings, the plan file's date keys.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    # countdowns in working days (plans with count_days = "working")
    "countdown.left_working": Words(vi="còn {n} ngày làm việc", en="in {n} working days"),
    "countdown.left_one_working": Words(vi="còn 1 ngày làm việc", en="in 1 working day"),
    "countdown.overdue_working": Words(
        vi="quá hạn {n} ngày làm việc", en="{n} working days overdue"
    ),
    "countdown.overdue_one_working": Words(
        vi="quá hạn 1 ngày làm việc", en="1 working day overdue"
    ),
    # a due date, and the working day before it when it falls on a day off
    "due.on": Words(vi="hạn {date}", en="due {date}"),
    "due.on_day_off": Words(vi="hạn {date} ({off})", en="due {date} ({off})"),
    "due.send_by": Words(
        vi="gửi chậm nhất {weekday} {date}",
        en="send by {weekday} {date} at the latest",
    ),
    "day_off.plan": Words(vi="ngày nghỉ theo kế hoạch", en="a day off in the plan"),
    "day_off.holiday": Words(vi="{weekday}, {holiday}", en="{weekday}, {holiday}"),
    "day_off.is": Words(vi="{date} là ngày nghỉ: {off}", en="{date} is a day off: {off}"),
    # reports: sent and received
    "report.received": Words(vi="nhận ngày {date}", en="received {date}"),
    "report.sent": Words(vi="gửi ngày {date}", en="sent {date}"),
    "report.ref": Words(vi="số {ref}", en="no. {ref}"),
    # inspection: the day it happened and the day planned
    "inspection.planned": Words(
        vi="dự kiến kiểm tra ngày {planned}", en="inspection planned for {planned}"
    ),
    "inspection.on": Words(vi="kiểm tra ngày {date}", en="inspected on {date}"),
    "inspection.moved": Words(
        vi="kiểm tra ngày {date}, dự kiến {planned}",
        en="inspected on {date}, planned for {planned}",
    ),
    # scheduling warnings: said, never refused
    "warn.prefix": Words(vi="Lưu ý", en="Note"),
    "warn.notified_passed": Words(
        vi="hạn thông báo lịch {date} đã qua (thông báo trước {lead} ngày kiểm tra)",
        en="the notice deadline {date} has passed (notify {lead} days before the inspection)",
    ),
    "warn.report_passed": Words(
        vi="hạn gửi báo cáo {date} đã qua (gửi trước {lead} ngày kiểm tra)",
        en="the report deadline {date} has passed (report {lead} days before the inspection)",
    ),
    "warn.outside_window": Words(
        vi="{date} ngoài thời gian kiểm tra {window}",
        en="{date} is outside the inspection window {window}",
    ),
    "warn.window_from": Words(vi="từ {start}", en="from {start}"),
    "warn.window_until": Words(vi="đến {end}", en="until {end}"),
    "warn.same_day": Words(
        vi="ngày {date} đã có lịch kiểm tra {names}",
        en="{names} already inspected on {date}",
    ),
    "warn.more_units": Words(vi="và {n} đơn vị khác", en="and {n} more units"),
    # refusals
    "rule.sent_after_received": Words(
        vi="{unit}: ngày gửi {sent} ở sau ngày nhận {on}.",
        en="{unit}: sent on {sent}, after it was received on {on}.",
    ),
    "sent_only_report": Words(
        vi="--sent và --ref chỉ dùng khi đánh dấu nhận báo cáo.",
        en="--sent and --ref go only with marking a report received.",
    ),
    # field names in the history
    "fieldname.report_sent_on": Words(vi="Ngày gửi báo cáo", en="Report sent on"),
    "fieldname.report_ref": Words(vi="Số văn bản báo cáo", en="Report document no."),
    # the plan file's date keys
    "plan_file_unknown_key": Words(
        vi="Tệp kế hoạch {path}, dòng {line}, {where}: không có khóa “{name}”.",
        en="Plan file {path}, line {line}, {where}: unknown key “{name}”.",
    ),
    "plan_file_unknown_key_hint": Words(
        vi="Tệp kế hoạch {path}, dòng {line}, {where}: không có khóa “{name}” (có phải “{known}”?).",
        en="Plan file {path}, line {line}, {where}: unknown key “{name}” (did you mean “{known}”?).",
    ),
    "field.before_issue": Words(
        vi="không được trước ngày ban hành kế hoạch {issued}",
        en="cannot be before the plan was issued on {issued}",
    ),
    "field.window_order": Words(vi="phải sau window_start", en="must come after window_start"),
    "field.off_and_working": Words(
        vi="{date} vừa là ngày nghỉ vừa là ngày làm bù",
        en="{date} is both a day off and a make-up working day",
    ),
    "field.not_a_day_off": Words(
        vi="có {date}, vốn là ngày làm việc chứ không phải ngày nghỉ được làm bù",
        en="holds {date}, a working day anyway rather than a day off made up",
    ),
    # month and weekday names (the calendar, due dates, the timeline)
    "tui.month": Words(vi="Tháng {month}/{year}", en="{month_name} {year}"),
    "tui.weekdays_short": Words(vi="T2 T3 T4 T5 T6 T7 CN", en="Mo Tu We Th Fr Sa Su"),
    "tui.weekday.0": Words(vi="Thứ Hai", en="Monday"),
    "tui.weekday.1": Words(vi="Thứ Ba", en="Tuesday"),
    "tui.weekday.2": Words(vi="Thứ Tư", en="Wednesday"),
    "tui.weekday.3": Words(vi="Thứ Năm", en="Thursday"),
    "tui.weekday.4": Words(vi="Thứ Sáu", en="Friday"),
    "tui.weekday.5": Words(vi="Thứ Bảy", en="Saturday"),
    "tui.weekday.6": Words(vi="Chủ nhật", en="Sunday"),
    # a step done on a day
    "tui.detail.done_on": Words(vi="xong {date}", en="done {date}"),
}
