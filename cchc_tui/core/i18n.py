"""The words on screen and in summaries, in Vietnamese (default) and English.

Every message a person can see is here under a key, so a refusal raised deep in the
core (``RuleError("report_before_notice", ...)``) reads the same in the CLI, the TUI
and the tests.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Literal

from cchc_tui.core.errors import UserError
from cchc_tui.core.model import Conclusion, Kind, Mode, Stage, Step, Verdict

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
    "done.export": ("Đã xuất kế hoạch ra {path}.", "Plan exported to {path}."),
    "done.saved": ("Đã ghi {path}.", "Wrote {path}."),
    "done.restore": (
        "Đã khôi phục {path} từ bản sao lưu; tệp hỏng được giữ ở {kept}.",
        "Restored {path} from the backup; the damaged file is kept as {kept}.",
    ),
    "check.ok": (
        "Tệp dữ liệu tốt: {plans} kế hoạch, {units} đơn vị, {history} thay đổi.",
        "Data file is sound: {plans} plan(s), {units} units, {history} changes.",
    ),
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
        "Tệp {path} không phải tệp dữ liệu của cchc-tui ({detail}). Không sửa gì.",
        "{path} is not a cchc-tui data file ({detail}). Nothing was changed.",
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
        "Tệp dữ liệu đang bị khóa quá {seconds} giây bởi người khác ({lock}). Thử lại sau; "
        "nếu không ai đang dùng, xóa tệp khóa đó.",
        "The data file has been locked for over {seconds} s by someone else ({lock}). Try again "
        "later; if nobody is using it, delete that lock file.",
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
    if error.key == "conflict" and not params.get("who"):
        params["who"] = t("conflict_unknown_who", lang)
    return t(error.key, lang, **params)


def field_word(field: str, lang: Lang) -> str:
    """A stored field's name as people say it: "inspection_date" -> "Ngày KT"."""
    head = field.split(".", 1)[0]
    key = f"fieldname.{head}"
    return t(key, lang) if key in _WORDS else field
