"""What commands say: results, refusals and errors (the data file, the plan file, the rules).

Each entry is (Vietnamese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # command results
    "done.schedule": ("{unit}: ngày kiểm tra {date}.", "{unit}: inspection on {date}."),
    "done.mark": ("{unit}: {step} ngày {date} ({timing}).", "{unit}: {step} on {date} ({timing})."),
    "done.conclude": (
        "{unit}: đã ghi kết luận: {conclusion}.",
        "{unit}: conclusion recorded: {conclusion}.",
    ),
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
        "{unit} không có nội dung kiểm tra {which}. Các nội dung: {items}.",
        "{unit} has no checklist item {which}. Items: {items}.",
    ),
    "choice_unknown": (
        "“{value}” không phải {what} hợp lệ. Chọn một trong: {choices}.",
        "“{value}” is not a valid {what}. Choose one of: {choices}.",
    ),
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
    "rule.already_done": (
        "{unit}: bước “{step}” đã làm ngày {date}. Dùng hoàn tác nếu cần sửa.",
        "{unit}: “{step}” was already done on {date}. Undo it to change it.",
    ),
    "rule.needs_step": (
        "{unit}: phải “{needed}” trước khi “{step}”.",
        "{unit}: “{needed}” must come before “{step}”.",
    ),
    "rule.in_future": (
        "Ngày {date} chưa đến (hôm nay là {today}): không ghi nhận việc chưa xảy ra.",
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
    "output_failed": ("Không ghi được {path}: {detail}.", "Could not write {path}: {detail}."),
    "interrupted": ("Đã dừng.", "Stopped."),
}
