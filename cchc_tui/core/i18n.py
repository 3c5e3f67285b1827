"""The words on screen and in summaries, in Vietnamese (default) and English.

Every message a person can see is here under a key, so a refusal raised deep in the
core (``RuleError("report_before_notice", ...)``) reads the same in the CLI, the TUI
and the tests.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import date
from typing import Any, Literal

from cchc_tui.core.dates import format_date
from cchc_tui.core.errors import UserError
from cchc_tui.core.model import Conclusion, Kind, Mode, Stage, Step, Verdict
from cchc_tui.core.text import one_line

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")

_WORDS: Mapping[str, tuple[str, str]] = {
    # kinds
    "kind.office": ("Phòng", "Office"),
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
    "plan.based_on": ("Căn cứ", "Based on"),
    "plan.period": ("Niên độ kiểm tra", "Period inspected"),
    "plan.window": ("Thời gian kiểm tra", "Inspection window"),
    "plan.self_due": ("Hạn gửi báo cáo tự kiểm tra", "Self-inspection report due"),
    "plan.self_due_value": ("trước ngày {date}", "before {date}"),
    "plan.leads": (
        "Thông báo lịch trước {notify} ngày; đơn vị gửi báo cáo trước {report} ngày kiểm tra",
        "Notify {notify} days ahead; the unit reports {report} days before the inspection",
    ),
    "plan.receiver": ("Nơi nhận báo cáo", "Reports go to"),
    "plan.as_of": ("Số liệu tính đến ngày", "Figures as of"),
    # summary
    "summary.title": (
        "BÁO CÁO TỔNG HỢP TIẾN ĐỘ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
        "PROGRESS REPORT ON THE ADMINISTRATIVE REFORM INSPECTION",
    ),
    "summary.stages": ("Tiến độ theo bước", "Progress by stage"),
    "summary.units": ("Danh sách đơn vị", "Units"),
    "summary.overdue": ("Việc quá hạn", "Overdue"),
    "summary.commend": ("Đơn vị được biểu dương", "Units commended"),
    "summary.criticise": ("Đơn vị bị chấn chỉnh, phê bình", "Units to correct and criticise"),
    "summary.checklist": ("Kết quả kiểm tra theo nội dung", "Checklist results"),
    "summary.none": ("Không có.", "None."),
    "summary.no_results": ("Chưa có đơn vị nào được đánh giá.", "No unit assessed yet."),
    "summary.total": ("Tổng số đơn vị", "Units in all"),
    "summary.late_steps": ("Bước trễ hạn", "Late steps"),
    "col.no": ("TT", "No."),
    "col.unit": ("Đơn vị", "Unit"),
    "col.kind": ("Loại", "Kind"),
    "col.mode": ("Hình thức", "Mode"),
    "col.date": ("Ngày KT", "Date"),
    "col.stage": ("Giai đoạn", "Stage"),
    "col.next": ("Việc tiếp theo", "Next step"),
    "col.due": ("Hạn", "Due"),
    "col.countdown": ("Còn lại", "Countdown"),
    "col.conclusion": ("Kết luận", "Conclusion"),
    "col.step": ("Bước", "Step"),
    "col.count": ("Số đơn vị", "Units"),
    "col.item": ("Nội dung", "Item"),
    "col.verdict": ("Kết quả", "Verdict"),
    "col.note": ("Ghi chú", "Note"),
    "col.when": ("Thời gian", "When"),
    "col.who": ("Người sửa", "Who"),
    "col.change": ("Thay đổi", "Change"),
    "count.of": ("{done}/{total}", "{done}/{total}"),
    "progress.notified": ("Đã thông báo lịch", "Schedule notified"),
    "progress.direct_report": ("Đã nhận báo cáo (trực tiếp)", "Reports received (direct)"),
    "progress.inspected": ("Đã kiểm tra", "Inspected"),
    "progress.self_report": ("Báo cáo tự kiểm tra", "Self-inspection reports"),
    "progress.concluded": ("Đã kết luận", "Concluded"),
    "progress.scheduled": ("Đã xếp lịch", "Scheduled"),
    "agenda.empty": (
        "Không có việc đến hạn trong {days} ngày tới.",
        "Nothing due in the next {days} days.",
    ),
    "agenda.title": ("Việc đến hạn", "Due"),
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
    # command results
    "done.schedule": ("{unit}: ngày kiểm tra {date}.", "{unit}: inspection on {date}."),
    "done.mark": ("{unit}: {step} ngày {date} ({timing}).", "{unit}: {step} on {date} ({timing})."),
    "done.conclude": ("{unit}: kết luận {conclusion}.", "{unit}: concluded {conclusion}."),
    "done.item": ("{unit}: {item} — {verdict}.", "{unit}: {item} — {verdict}."),
    "done.note": ("{unit}: đã thêm ghi chú.", "{unit}: note added."),
    "done.undo": ("Đã hoàn tác: {what}", "Undone: {what}"),
    "done.import": (
        "Đã nhập kế hoạch {plan} ({units} đơn vị), đang dùng kế hoạch này.",
        "Imported plan {plan} ({units} units); it is now the current plan.",
    ),
    "done.saved": ("Đã ghi {path}.", "Wrote {path}."),
    "done.restore": (
        "Đã khôi phục {path} từ bản sao lưu; tệp hỏng được giữ ở {kept}.",
        "Restored {path} from the backup; the damaged file is kept as {kept}.",
    ),
    "check.ok": (
        "Tệp dữ liệu tốt: {plans} kế hoạch, {units} đơn vị, {history} thay đổi.",
        "Data file is sound: {plans} plan(s), {units} units, {history} changes.",
    ),
    "created_from_import": (
        "Chưa có tệp dữ liệu, đã tạo {path} từ kế hoạch {plan}.",
        "No data file yet: created {path} from plan {plan}.",
    ),
    "detail.empty": ("tệp rỗng", "the file is empty"),
    "detail.json": (
        "không đọc được JSON ở dòng {line}, cột {column}",
        "unreadable JSON at line {line}, column {column}",
    ),
    "detail.not_ours": ("không có dấu hiệu của cchc-tui", "it carries no cchc-tui marker"),
    "detail.exists": ("tệp đã có sẵn", "the file already exists"),
    "detail.table": ("thiếu hoặc hỏng bảng {table}", "table {table} is missing or broken"),
    "created": (
        "Chưa có tệp dữ liệu, đã tạo {path} từ kế hoạch mẫu {plan}.",
        "No data file yet: created {path} from the sample plan {plan}.",
    ),
    # errors
    "error": ("lỗi", "error"),
    "date_empty": ("Chưa nhập ngày (dạng DD/MM/YYYY).", "No date given (use DD/MM/YYYY)."),
    "date_format": (
        "Ngày không hợp lệ: “{text}” (nhập dạng DD/MM/YYYY, ví dụ 25/09/2023).",
        "Not a date: “{text}” (use DD/MM/YYYY, e.g. 25/09/2023).",
    ),
    "date_invalid": ("Không có ngày “{text}” trên lịch.", "“{text}” is not a day of the calendar."),
    "date_range": (
        "Ngày “{text}” nằm ngoài khoảng {first}–{last}.",
        "The date “{text}” is outside {first}–{last}.",
    ),
    "unit_unknown": (
        "Không tìm thấy đơn vị “{query}”.{suggestions_text}",
        "No unit named “{query}”.{suggestions_text}",
    ),
    "unit_ambiguous": (
        "“{query}” khớp nhiều đơn vị: {candidates}. Hãy gõ rõ hơn.",
        "“{query}” matches several units: {candidates}. Type more of the name.",
    ),
    "suggestions": (" Có thể là: {names}.", " Did you mean: {names}."),
    "item_unknown": (
        "Đơn vị {unit} không có nội dung “{query}”. Các nội dung: {items}.",
        "{unit} has no checklist item “{query}”. Items: {items}.",
    ),
    "choice_unknown": (
        "“{value}” không phải {what} hợp lệ. Chọn một trong: {choices}.",
        "“{value}” is not a valid {what}. Choose one of: {choices}.",
    ),
    "what.verdict": ("kết quả", "verdict"),
    "what.conclusion": ("kết luận", "conclusion"),
    "what.step": ("bước", "step"),
    "what.format": ("định dạng", "format"),
    "what.lang": ("ngôn ngữ", "language"),
    "note_empty": ("Ghi chú trống.", "The note is empty."),
    "note_too_long": (
        "Ghi chú dài {length} ký tự, tối đa {limit}.",
        "The note is {length} characters long; the limit is {limit}.",
    ),
    "plan_unknown": (
        "Không có kế hoạch số “{plan}” trong tệp. Có: {plans}.",
        "No plan numbered “{plan}” in the file. There are: {plans}.",
    ),
    "plan_exists": (
        "Tệp đã có kế hoạch số {plan}; không nhập lại.",
        "The file already holds plan {plan}; not imported again.",
    ),
    "plan_file_syntax": (
        "Tệp kế hoạch {path} sai cú pháp TOML ở dòng {line}: {detail}.",
        "Plan file {path} is not valid TOML at line {line}: {detail}.",
    ),
    "plan_file_field": (
        "Tệp kế hoạch {path}, dòng {line}, {where}: trường “{field}” {problem}.",
        "Plan file {path}, line {line}, {where}: field “{field}” {problem}.",
    ),
    "plan_file_unreadable": (
        "Không đọc được tệp kế hoạch {path}: {detail}.",
        "Cannot read the plan file {path}: {detail}.",
    ),
    "field.missing": ("bị thiếu", "is missing"),
    "field.type": ("phải là {expected}", "must be {expected}"),
    "field.duplicate": ("bị trùng: {value}", "is duplicated: {value}"),
    "rule.self_no_schedule": (
        "{unit} tự kiểm tra, không có lịch kiểm tra trực tiếp.",
        "{unit} inspects itself; it has no direct inspection date.",
    ),
    "rule.self_step": (
        "{unit} tự kiểm tra: chỉ có bước nhận báo cáo và kết luận.",
        "{unit} inspects itself: its only steps are the report and the conclusion.",
    ),
    "rule.already_inspected": (
        "{unit} đã được kiểm tra ngày {date}; không đổi ngày kiểm tra được nữa.",
        "{unit} was inspected on {date}; its date can no longer change.",
    ),
    "rule.date_before_issue": (
        "Ngày {date} trước ngày ban hành kế hoạch ({issued}).",
        "{date} is before the plan was issued ({issued}).",
    ),
    "rule.not_scheduled": (
        "{unit} chưa có ngày kiểm tra: hãy xếp lịch trước.",
        "{unit} has no inspection date yet: schedule it first.",
    ),
    "rule.already_done": (
        "{unit}: bước “{step}” đã làm ngày {date}. Dùng hoàn tác nếu cần sửa.",
        "{unit}: “{step}” was already done on {date}. Undo it to change it.",
    ),
    "rule.needs_step": (
        "{unit}: phải “{needed}” trước khi “{step}”.",
        "{unit}: “{needed}” must come before “{step}”.",
    ),
    "rule.in_future": (
        "Ngày {date} ở sau hôm nay ({today}): không ghi nhận việc chưa xảy ra.",
        "{date} is after today ({today}): a step cannot be done in the future.",
    ),
    "rule.before_previous": (
        "{unit}: ngày {date} trước ngày {needed} ({previous}).",
        "{unit}: {date} is before “{needed}” ({previous}).",
    ),
    "rule.after_inspection": (
        "{unit}: ngày {date} sau ngày kiểm tra ({inspection}).",
        "{unit}: {date} is after the inspection date ({inspection}).",
    ),
    "rule.reschedule_before_notice": (
        "{unit}: ngày kiểm tra {date} trước ngày đã thông báo lịch ({notified}).",
        "{unit}: the inspection date {date} is before the schedule was notified ({notified}).",
    ),
    "rule.same_value": ("{unit}: không có gì thay đổi.", "{unit}: nothing to change."),
    "conflict": (
        "{unit}: “{field}” vừa được {who} đổi lúc {when} (từ {old} thành {new}). "
        "Đã tải lại dữ liệu mới; hãy xem rồi làm lại nếu vẫn cần.",
        "{unit}: “{field}” was just changed by {who} at {when} ({old} → {new}). "
        "The new data is loaded; look at it and try again if still needed.",
    ),
    "conflict_unknown_who": ("người khác", "someone else"),
    "undo_nothing": (
        "Không có thay đổi nào của {user} để hoàn tác.",
        "{user} has nothing to undo.",
    ),
    "undo_conflict": (
        "Không hoàn tác được #{id}: “{field}” của {unit} đã bị đổi sau đó.",
        "Cannot undo #{id}: {unit}'s “{field}” was changed since.",
    ),
    "db_missing_dir": (
        "Không có thư mục {path}. Kiểm tra lại đường dẫn --db.",
        "The folder {path} does not exist. Check the --db path.",
    ),
    "db_is_dir": (
        "{path} là một thư mục, không phải tệp dữ liệu.",
        "{path} is a folder, not a data file.",
    ),
    "db_unreadable": (
        "Không có quyền đọc tệp dữ liệu {path}.",
        "No permission to read the data file {path}.",
    ),
    "db_missing": ("Không có tệp dữ liệu {path}.", "There is no data file at {path}."),
    "db_sticky": (
        "Thư mục {path} có bit sticky (chmod +t): chỉ người tạo tệp dữ liệu mới lưu được. "
        "Người quản trị hãy bỏ bit này: chmod -t {path}",
        "The folder {path} is sticky (chmod +t): only the data file's owner can save changes. "
        "Ask the administrator to remove it: chmod -t {path}",
    ),
    "db_lock_denied": (
        "Không mở được tệp khóa {lock} ({detail}). Người quản trị hãy cho nhóm quyền ghi: "
        "chmod g+rw {lock}",
        "Cannot open the lock file {lock} ({detail}). Ask the administrator to let the group "
        "write it: chmod g+rw {lock}",
    ),
    "undo_order": (
        "Không hoàn tác được #{id} của {unit}: bước sau đó đã được ghi nhận; hãy hoàn tác bước "
        "đó trước.",
        "Cannot undo #{id} of {unit}: a later step builds on it; undo that step first.",
    ),
    "db_read_only": (
        "Tệp dữ liệu {path} chỉ đọc (không có quyền ghi tệp hoặc thư mục); "
        "không lưu được thay đổi.",
        "The data file {path} is read-only (no write permission on the file or folder); "
        "changes cannot be saved.",
    ),
    "db_corrupt": (
        "Tệp dữ liệu {path} bị hỏng ({detail}).{restore}",
        "The data file {path} is damaged ({detail}).{restore}",
    ),
    "db_foreign": (
        "Tệp {path} không phải tệp dữ liệu của cchc-tui ({detail}). Không sửa gì.{restore}",
        "{path} is not a cchc-tui data file ({detail}). Nothing was changed.{restore}",
    ),
    "db_newer": (
        "Tệp {path} có phiên bản dữ liệu {found}, mới hơn bản này hỗ trợ ({supported}). "
        "Hãy cập nhật cchc-tui.",
        "{path} has data version {found}, newer than this cchc-tui supports ({supported}). "
        "Please upgrade cchc-tui.",
    ),
    "db_restore_hint": (
        " Khôi phục bản sao lưu tự động: cchc-tui --db {path} restore",
        " Restore the automatic backup with: cchc-tui --db {path} restore",
    ),
    "db_no_backup": ("Không có bản sao lưu {path}.", "There is no backup at {path}."),
    "db_backup_bad": (
        "Bản sao lưu {path} cũng không dùng được ({detail}).",
        "The backup {path} cannot be used either ({detail}).",
    ),
    "db_locked": (
        "Tệp dữ liệu đang được người khác lưu (đã chờ {seconds} giây). Hãy thử lại sau ít phút. "
        "Khóa tự mở khi chương trình kia kết thúc; nếu vẫn bị khóa, xem chương trình nào đang "
        "giữ bằng lệnh: fuser -v {lock}. Đừng xóa tệp khóa.",
        "Someone else is saving the data file (waited {seconds} s). Try again in a minute. The "
        "lock frees itself when their program ends; if it stays locked, see which program holds "
        "it with: fuser -v {lock}. Do not delete the lock file.",
    ),
    "db_write_failed": (
        "Không ghi được tệp dữ liệu {path} ({detail}); tệp cũ vẫn nguyên vẹn.",
        "Could not write the data file {path} ({detail}); the old file is intact.",
    ),
    "db_unit_field": (
        "đơn vị #{doc} thiếu hoặc sai trường “{field}”",
        "unit #{doc} has a missing or wrong field “{field}”",
    ),
    "output_failed": ("Không ghi được {path}: {detail}.", "Could not write {path}: {detail}."),
    "interrupted": ("Đã dừng.", "Stopped."),
    "fieldname.inspection_date": ("Ngày kiểm tra", "Inspection date"),
    "fieldname.notified_on": ("Ngày thông báo lịch", "Notified on"),
    "fieldname.report_on": ("Ngày nhận báo cáo", "Report received on"),
    "fieldname.inspected_on": ("Ngày kiểm tra thực tế", "Inspected on"),
    "fieldname.conclusion": ("Kết luận", "Conclusion"),
    "fieldname.concluded_on": ("Ngày kết luận", "Concluded on"),
    "fieldname.items": ("Nội dung kiểm tra", "Checklist item"),
    "fieldname.notes": ("Ghi chú", "Note"),
    "fieldname.plan": ("Kế hoạch", "Plan"),
    # --- the full-screen app (cchc_tui/tui) -------------------------------------------
    "tui.title": ("Kế hoạch {number}", "Plan {number}"),
    "tui.today": ("Hôm nay {date}", "Today {date}"),
    "tui.read_only_tag": ("CHỈ ĐỌC", "READ-ONLY"),
    "tui.read_only_banner": (
        "CHỈ ĐỌC — chỉ xem được, không sửa được: {reason}",
        "READ-ONLY — you can look but not change anything: {reason}",
    ),
    "tui.pane.plan": ("Kế hoạch", "Plan"),
    "tui.pane.units": ("Đơn vị", "Units"),
    "tui.pane.checklist": ("Nội dung kiểm tra", "Checklist"),
    "tui.pane.calendar": ("Lịch", "Calendar"),
    "tui.pane.agenda": ("Việc đến hạn", "Due"),
    "tui.pane.app": ("Chung", "Everywhere"),
    "tui.pane.moving": ("Di chuyển trong danh sách", "Moving in a list"),
    "tui.pane.dialog": ("Hộp thoại", "Dialogs"),
    "tui.pane.summary": ("Báo cáo tổng hợp", "Summary report"),
    "tui.pane.detail": ("Chi tiết đơn vị", "Unit detail"),
    "tui.pane.filter": ("Ô lọc", "Filter box"),
    "tui.no_unit": ("Chưa chọn đơn vị.", "No unit selected."),
    "tui.no_match": ("Không có đơn vị nào khớp “{query}”.", "No unit matches “{query}”."),
    "tui.filter_placeholder": (
        "Gõ tên đơn vị, không cần dấu (vd: hong khe)",
        "Type a unit name, diacritics optional (e.g. hong khe)",
    ),
    "tui.filter_count": (
        "{shown}/{total} đơn vị khớp “{query}”",
        "{shown}/{total} units match “{query}”",
    ),
    "tui.sorted_by": ("sắp xếp: {order}", "sorted by {order}"),
    "tui.sort.plan": ("thứ tự kế hoạch", "plan order"),
    "tui.sort.name": ("tên", "name"),
    "tui.sort.date": ("ngày kiểm tra", "inspection date"),
    "tui.sort.stage": ("giai đoạn", "stage"),
    "tui.sort.deadline": ("hạn gần nhất", "nearest deadline"),
    "tui.next": ("Việc tiếp theo", "Next"),
    "tui.next_due": ("{step}, hạn {date} ({countdown})", "{step}, due {date} ({countdown})"),
    "tui.all_done": ("Đã xong mọi bước.", "Every step is done."),
    "tui.notes_count": ("{count} ghi chú — Enter xem chi tiết", "{count} notes — Enter for detail"),
    "tui.month": ("Tháng {month}/{year}", "{month_name} {year}"),
    "tui.weekdays_short": ("T2 T3 T4 T5 T6 T7 CN", "Mo Tu We Th Fr Sa Su"),
    "tui.weekday.0": ("Thứ Hai", "Monday"),
    "tui.weekday.1": ("Thứ Ba", "Tuesday"),
    "tui.weekday.2": ("Thứ Tư", "Wednesday"),
    "tui.weekday.3": ("Thứ Năm", "Thursday"),
    "tui.weekday.4": ("Thứ Sáu", "Friday"),
    "tui.weekday.5": ("Thứ Bảy", "Saturday"),
    "tui.weekday.6": ("Chủ nhật", "Sunday"),
    "tui.legend": ("◆ kiểm tra  • hạn  ! quá hạn", "◆ inspection  • due  ! overdue"),
    "tui.legend_today": ("hôm nay", "today"),
    "tui.day_empty": ("{date}: không có việc.", "{date}: nothing due."),
    "tui.day_inspection": ("kiểm tra {unit}", "inspection of {unit}"),
    "tui.day_deadline": ("{step} — {unit}", "{step} — {unit}"),
    "tui.changed_by": ("{who} vừa sửa {unit}: {change}", "{who} just changed {unit}: {change}"),
    "tui.changed_many": (
        "{count} thay đổi mới từ {who}. Mới nhất — {unit}: {change}",
        "{count} new changes by {who}. Latest — {unit}: {change}",
    ),
    "tui.reloaded": (
        "Tệp dữ liệu vừa được thay đổi; đã tải lại.",
        "The data file changed; reloaded.",
    ),
    "tui.refused": ("Không thực hiện", "Not done"),
    "tui.done": ("Đã lưu", "Saved"),
    "tui.copied": (
        "Đã chép báo cáo ({lines} dòng) vào bộ nhớ tạm qua terminal (OSC 52).",
        "Copied the report ({lines} lines) to the clipboard through the terminal (OSC 52).",
    ),
    "tui.ask.schedule": ("Ngày kiểm tra — {unit}", "Inspection date — {unit}"),
    "tui.ask.mark": ("{step}: ngày thực hiện — {unit}", "{step}: done on — {unit}"),
    "tui.ask.conclude": ("Kết luận — {unit}", "Conclusion — {unit}"),
    "tui.ask.note": ("Ghi chú mới — {unit}", "New note — {unit}"),
    "tui.ask.item_note": ("Ghi chú cho “{item}” — {unit}", "Note on “{item}” — {unit}"),
    "tui.ask.save": ("Lưu báo cáo vào tệp", "Save the report to a file"),
    "tui.date_hint": ("DD/MM/YYYY, ví dụ 25/09/2023", "DD/MM/YYYY, e.g. 25/09/2023"),
    "tui.date_reads": ("{weekday}, {date}", "{weekday}, {date}"),
    "tui.dialog_keys": ("Enter: đồng ý · Esc: bỏ qua", "Enter: accept · Esc: cancel"),
    "tui.help_title": ("Phím tắt", "Keys"),
    "tui.help_intro": (
        "Mọi phím đều dùng được không cần chuột. Phím ở khung đang chọn hiện ở dòng cuối.",
        "Everything works without a mouse. The keys of the focused pane show on the bottom line.",
    ),
    "tui.summary_title": (
        "Báo cáo tổng hợp — định dạng {format}",
        "Summary report — {format} format",
    ),
    "tui.detail.steps": ("Các bước", "Steps"),
    "tui.detail.notes": ("Ghi chú", "Notes"),
    "tui.detail.history": ("Lịch sử thay đổi", "Change history"),
    "tui.detail.kind": ("{kind}, {mode}", "{kind}, {mode}"),
    "tui.detail.not_in_seed": (
        "(đơn vị không được nêu tên trong văn bản kế hoạch)",
        "(unit not named in the plan's text)",
    ),
    "tui.detail.done_on": ("xong {date}", "done {date}"),
    "tui.detail.due_on": ("hạn {date}", "due {date}"),
    "tui.detail.no_notes": ("Chưa có ghi chú.", "No notes yet."),
    "tui.detail.note_by": ("{at} {by}: {text}", "{at} {by}: {text}"),
    # key labels (footer) and what each key does (help); ids are the Binding ids
    "tui.key.quit": ("Thoát", "Quit"),
    "tui.tip.quit": (
        "Thoát chương trình; mọi thay đổi đã được lưu.",
        "Quit; every change is already saved.",
    ),
    "tui.key.help": ("Trợ giúp", "Help"),
    "tui.tip.help": ("Danh sách mọi phím.", "Every key."),
    "tui.key.undo": ("Hoàn tác", "Undo"),
    "tui.tip.undo": (
        "Hoàn tác thay đổi gần nhất của bạn (cũng ghi vào lịch sử).",
        "Undo your last change (recorded in the history too).",
    ),
    "tui.key.summary": ("Tổng hợp", "Summary"),
    "tui.tip.summary": (
        "Xem báo cáo tổng hợp (như lệnh cchc-tui summary), chép, lưu hoặc in.",
        "Open the summary report (as cchc-tui summary) to copy, save or print it.",
    ),
    "tui.key.pane-plan": ("Kế hoạch", "Plan"),
    "tui.tip.pane-plan": ("Sang khung kế hoạch.", "Go to the plan pane."),
    "tui.key.pane-units": ("Đơn vị", "Units"),
    "tui.tip.pane-units": (
        "Sang khung đơn vị và nội dung kiểm tra.",
        "Go to the units and checklist.",
    ),
    "tui.key.pane-calendar": ("Lịch", "Calendar"),
    "tui.tip.pane-calendar": (
        "Sang khung lịch và việc đến hạn.",
        "Go to the calendar and what is due.",
    ),
    "tui.key.next-pane": ("Khung sau", "Next pane"),
    "tui.tip.next-pane": ("Sang khung tiếp theo.", "Move to the next pane."),
    "tui.key.prev-pane": ("Khung trước", "Previous pane"),
    "tui.tip.prev-pane": ("Về khung trước.", "Move to the previous pane."),
    "tui.key.up": ("Lên", "Up"),
    "tui.tip.up": ("Lên một dòng.", "One line up."),
    "tui.key.down": ("Xuống", "Down"),
    "tui.tip.down": ("Xuống một dòng.", "One line down."),
    "tui.key.page-up": ("Trang trước", "Page up"),
    "tui.tip.page-up": ("Lên một trang.", "One page up."),
    "tui.key.page-down": ("Trang sau", "Page down"),
    "tui.tip.page-down": ("Xuống một trang.", "One page down."),
    "tui.key.first": ("Đầu", "First"),
    "tui.tip.first": ("Về dòng đầu.", "To the first line."),
    "tui.key.last": ("Cuối", "Last"),
    "tui.tip.last": ("Đến dòng cuối.", "To the last line."),
    "tui.key.open-detail": ("Chi tiết", "Detail"),
    "tui.tip.open-detail": (
        "Mở chi tiết đơn vị: các bước, hạn, ghi chú, lịch sử.",
        "Open the unit: steps, deadlines, notes, history.",
    ),
    "tui.key.filter": ("Lọc", "Filter"),
    "tui.tip.filter": (
        "Lọc đơn vị theo tên, không cần dấu: gõ “hong” ra Hồng Khê, Tân Hồng.",
        "Filter units by name, diacritics optional: “hong” finds Hồng Khê, Tân Hồng.",
    ),
    "tui.key.sort": ("Sắp xếp", "Sort"),
    "tui.tip.sort": (
        "Đổi cách sắp xếp: thứ tự kế hoạch, tên, ngày kiểm tra, giai đoạn, hạn gần nhất.",
        "Change the order: plan order, name, inspection date, stage, nearest deadline.",
    ),
    "tui.key.schedule": ("Ngày KT", "Date"),
    "tui.tip.schedule": (
        "Đặt hoặc đổi ngày kiểm tra trực tiếp của đơn vị.",
        "Set or move the unit's direct inspection date.",
    ),
    "tui.key.mark-notified": ("Báo lịch", "Notified"),
    "tui.tip.mark-notified": (
        "Ghi nhận đã thông báo lịch kiểm tra (hôm nay hoặc ngày khác).",
        "Record that the schedule was notified (today or another day).",
    ),
    "tui.key.mark-report": ("Nhận BC", "Report in"),
    "tui.tip.mark-report": (
        "Ghi nhận đã nhận báo cáo của đơn vị (hôm nay hoặc ngày khác).",
        "Record that the unit's report came in (today or another day).",
    ),
    "tui.key.mark-inspected": ("Đã KT", "Inspected"),
    "tui.tip.mark-inspected": (
        "Ghi nhận đã kiểm tra đơn vị (hôm nay hoặc ngày khác).",
        "Record that the unit was inspected (today or another day).",
    ),
    "tui.key.conclude": ("Kết luận", "Conclude"),
    "tui.tip.conclude": (
        "Ghi kết luận: biểu dương, đạt, chấn chỉnh phê bình.",
        "Record the conclusion: commend, satisfactory, correct and criticise.",
    ),
    "tui.key.add-note": ("Ghi chú", "Note"),
    "tui.tip.add-note": ("Thêm một ghi chú cho đơn vị.", "Add a note to the unit."),
    "tui.key.cycle-verdict": ("Đổi KQ", "Verdict"),
    "tui.tip.cycle-verdict": (
        "Đổi kết quả nội dung: chưa đánh giá → đạt → đạt một phần → chưa đạt → không áp dụng.",
        "Cycle the item's verdict: not assessed → met → partly met → not met → not applicable.",
    ),
    "tui.key.item-note": ("Ghi chú ND", "Item note"),
    "tui.tip.item-note": ("Sửa ghi chú của nội dung kiểm tra.", "Edit the checklist item's note."),
    "tui.key.filter-done": ("Xong", "Done"),
    "tui.tip.filter-done": ("Giữ bộ lọc, về danh sách.", "Keep the filter, back to the list."),
    "tui.key.filter-clear": ("Bỏ lọc", "Clear"),
    "tui.tip.filter-clear": ("Xóa bộ lọc, về danh sách.", "Clear the filter, back to the list."),
    "tui.key.prev-month": ("Tháng trước", "Prev month"),
    "tui.tip.prev-month": ("Lùi một tháng.", "One month back."),
    "tui.key.next-month": ("Tháng sau", "Next month"),
    "tui.tip.next-month": ("Tới một tháng.", "One month on."),
    "tui.key.go-today": ("Hôm nay", "Today"),
    "tui.tip.go-today": ("Về ngày hôm nay.", "Back to today."),
    "tui.key.day-left": ("Ngày trước", "Day before"),
    "tui.tip.day-left": ("Sang ngày hôm trước.", "The day before."),
    "tui.key.day-right": ("Ngày sau", "Day after"),
    "tui.tip.day-right": ("Sang ngày hôm sau.", "The day after."),
    "tui.key.week-up": ("Tuần trước", "Week before"),
    "tui.tip.week-up": ("Lùi một tuần.", "One week back."),
    "tui.key.week-down": ("Tuần sau", "Week after"),
    "tui.tip.week-down": ("Tới một tuần.", "One week on."),
    "tui.key.jump-day": ("Đến đơn vị", "Go to unit"),
    "tui.tip.jump-day": (
        "Đến đơn vị có việc trong ngày đang chọn (nhấn lại để sang đơn vị tiếp theo).",
        "Go to the unit with something on the chosen day (again for the next one).",
    ),
    "tui.key.jump-agenda": ("Đến đơn vị", "Go to unit"),
    "tui.tip.jump-agenda": ("Đến đơn vị của việc đang chọn.", "Go to the unit of the chosen line."),
    "tui.key.copy": ("Chép", "Copy"),
    "tui.tip.copy": (
        "Chép báo cáo vào bộ nhớ tạm (OSC 52, dùng được qua SSH).",
        "Copy the report to the clipboard (OSC 52, works over SSH).",
    ),
    "tui.key.save": ("Lưu tệp", "Save"),
    "tui.tip.save": ("Lưu báo cáo vào một tệp.", "Save the report to a file."),
    "tui.key.print": ("In & thoát", "Print & quit"),
    "tui.tip.print": (
        "Thoát và in báo cáo ra terminal để nó còn lại trong lịch sử cuộn.",
        "Quit and print the report to the terminal so it stays in the scrollback.",
    ),
    "tui.key.format": ("Định dạng", "Format"),
    "tui.tip.format": (
        "Đổi định dạng: text, markdown, csv, tsv, html, json.",
        "Change the format: text, markdown, csv, tsv, html, json.",
    ),
    "tui.key.close": ("Đóng", "Close"),
    "tui.tip.close": ("Đóng và quay lại.", "Close and go back."),
    "tui.key.accept": ("Đồng ý", "Accept"),
    "tui.tip.accept": ("Chấp nhận giá trị đã nhập.", "Accept what was typed."),
    "tui.key.cancel": ("Bỏ qua", "Cancel"),
    "tui.tip.cancel": ("Đóng hộp thoại, không thay đổi gì.", "Close the dialog; nothing changes."),
}


def resolve_lang(requested: str | None = None) -> Lang:
    """``--lang`` if given, else ``CCHC_TUI_LANG``, else Vietnamese."""
    value = (requested or os.environ.get("CCHC_TUI_LANG") or "vi").strip().lower()[:2]
    if value not in LANGS:
        raise UserError("choice_unknown", value=value, what="lang", choices="vi, en")
    return "en" if value == "en" else "vi"


def t(key: str, lang: Lang, **params: Any) -> str:
    """The text for ``key`` in ``lang``, with ``params`` filled in."""
    vi, en = _WORDS[key]
    template = en if lang == "en" else vi
    return template.format(**params) if params else template


def word(prefix: str, code: str | None, lang: Lang) -> str:
    """A label for a stored code, e.g. ``word("stage", "reported", "vi")``."""
    return t(f"{prefix}.{code if code is not None else 'none'}", lang)


def kind_word(kind: Kind, lang: Lang) -> str:
    return word("kind", kind, lang)


def mode_word(mode: Mode, lang: Lang, short: bool = False) -> str:
    return word("mode_short" if short else "mode", mode, lang)


def stage_word(stage: Stage, lang: Lang) -> str:
    return word("stage", stage, lang)


def step_word(step: Step, lang: Lang) -> str:
    return word("step", step, lang)


def conclusion_word(conclusion: Conclusion | None, lang: Lang) -> str:
    return word("conclusion", conclusion, lang) if conclusion else ""


def verdict_word(verdict: Verdict | None, lang: Lang) -> str:
    return word("verdict", verdict, lang)


def countdown_text(days_left: int, lang: Lang) -> str:
    """ "còn 3 ngày" / "hôm nay" / "quá hạn 2 ngày" and their English forms."""
    if days_left == 0:
        return t("countdown.today", lang)
    if days_left == 1:
        return t("countdown.left_one", lang)
    if days_left == -1:
        return t("countdown.overdue_one", lang)
    if days_left > 0:
        return t("countdown.left", lang, n=days_left)
    return t("countdown.overdue", lang, n=-days_left)


def error_text(error: UserError, lang: Lang) -> str:
    """The message for an error, with nested codes (choices, suggestions) put into words."""
    params = dict(error.params)
    if "what" in params:
        params["what"] = t(f"what.{params['what']}", lang)
    if error.key == "unit_unknown":
        names = params.get("suggestions", "")
        params["suggestions_text"] = t("suggestions", lang, names=names) if names else ""
    if "restore" in params:
        params["restore"] = (
            t("db_restore_hint", lang, path=params["restore"]) if params["restore"] else ""
        )
    if "problem" in params:
        problem, *detail = params["problem"]
        params["problem"] = t(f"field.{problem}", lang, **dict(detail))
    if "detail" in params:
        params["detail"] = _detail_text(str(params["detail"]), lang)
    for name in ("step", "needed"):
        if params.get(name) in set(Step):
            params[name] = step_word(Step(params[name]), lang)
    if error.key == "conflict":
        params["who"] = params.get("who") or t("conflict_unknown_who", lang)
        params["field"] = field_word(params["field"], lang)
        params["old"] = value_text(params["old"], lang)
        params["new"] = value_text(params["new"], lang)
    # What a person typed is quoted back: one line, no control characters, so a message
    # stays one line and cannot drive the terminal.
    safe = {name: one_line(v) if isinstance(v, str) else v for name, v in params.items()}
    return t(error.key, lang, **safe)


def _detail_text(detail: str, lang: Lang) -> str:
    """The store's technical detail of a damaged file, in words where it has some."""
    if detail in ("empty", "exists"):
        return t(f"detail.{detail}", lang)
    if detail in ("no _meta", "_meta.app"):
        return t("detail.not_ours", lang)
    if detail.startswith("table "):
        return t("detail.table", lang, table=detail.removeprefix("table "))
    if detail.startswith("JSON") and (found := re.search(r"line (\d+) column (\d+)", detail)):
        return t("detail.json", lang, line=found.group(1), column=found.group(2))
    return detail


def value_text(value: Any, lang: Lang) -> str:
    """A stored value as people read it: dates DD/MM/YYYY, codes in words, notes quoted."""
    if value is None:
        return "—"
    if isinstance(value, dict):
        if "text" in value:
            return f"“{one_line(str(value['text']), 60)}”"
        verdict = value.get("verdict")
        shown = verdict_word(Verdict(verdict), lang) if verdict in set(Verdict) else "—"
        note = value.get("note")
        return f"{shown} “{one_line(str(note), 40)}”" if note else shown
    if isinstance(value, str):
        if value in set(Conclusion):
            return conclusion_word(Conclusion(value), lang)
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return one_line(value, 60)
    return str(value)


def field_word(field: str, lang: Lang) -> str:
    """A stored field's name as people say it: "inspection_date" -> "Ngày KT"."""
    head = field.split(".", 1)[0]
    key = f"fieldname.{head}"
    return t(key, lang) if key in _WORDS else field
