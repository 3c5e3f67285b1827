"""What commands say: results, refusals and errors (the data file, the plan file, the rules).

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    "undo_moved": Words(
        vi="Thay đổi gần nhất của bạn không còn là #{id} (tệp vừa được sửa); nhấn u để xem lại.",
        en="Your last change is no longer #{id} (the file just changed); press u to look again.",
    ),
    "item_number": Words(vi="số {query}", en="number {query}"),
    "item_words": Words(vi="“{query}”", en="“{query}”"),
    "done.undo": Words(vi="Đã hoàn tác: {what}", en="Undone: {what}"),
    "done.saved": Words(vi="Đã ghi {path}.", en="Wrote {path}."),
    "detail.empty": Words(vi="tệp rỗng", en="the file is empty"),
    "detail.json": Words(
        vi="không đọc được JSON ở dòng {line}, cột {column}",
        en="unreadable JSON at line {line}, column {column}",
    ),
    "detail.not_ours": Words(
        vi="không có dấu hiệu của cchc-tui", en="it carries no cchc-tui marker"
    ),
    "detail.exists": Words(vi="tệp đã có sẵn", en="the file already exists"),
    "detail.table": Words(
        vi="thiếu hoặc hỏng bảng {table}", en="table {table} is missing or broken"
    ),
    "created": Words(
        vi="Chưa có tệp dữ liệu, đã tạo {path} từ kế hoạch mẫu {plan}.",
        en="No data file yet: created {path} from the sample plan {plan}.",
    ),
    # errors
    "error": Words(vi="lỗi", en="error"),
    "date_empty": Words(
        vi="Chưa nhập ngày (dạng DD/MM/YYYY).", en="No date given (use DD/MM/YYYY)."
    ),
    "date_format": Words(
        vi="Ngày không hợp lệ: “{text}” (nhập dạng DD/MM/YYYY, ví dụ 25/09/2023).",
        en="Not a date: “{text}” (use DD/MM/YYYY, e.g. 25/09/2023).",
    ),
    "date_invalid": Words(
        vi="Không có ngày “{text}” trên lịch.", en="“{text}” is not a day of the calendar."
    ),
    "date_range": Words(
        vi="Ngày “{text}” nằm ngoài khoảng {first}–{last}.",
        en="The date “{text}” is outside {first}–{last}.",
    ),
    "unit_unknown": Words(
        vi="Không tìm thấy đơn vị “{query}”.{suggestions_text}",
        en="No unit named “{query}”.{suggestions_text}",
    ),
    "unit_ambiguous": Words(
        vi="“{query}” khớp nhiều đơn vị: {candidates}. Hãy gõ rõ hơn.",
        en="“{query}” matches several units: {candidates}. Type more of the name.",
    ),
    "suggestions": Words(vi=" Có thể là: {names}.", en=" Did you mean: {names}."),
    "item_unknown": Words(
        vi="{unit} không có nội dung kiểm tra {which}. Các nội dung: {items}.",
        en="{unit} has no checklist item {which}. Items: {items}.",
    ),
    "choice_unknown": Words(
        vi="“{value}” không phải {what} hợp lệ. Chọn một trong: {choices}.",
        en="“{value}” is not a valid {what}. Choose one of: {choices}.",
    ),
    "note_empty": Words(vi="Ghi chú trống.", en="The note is empty."),
    "note_too_long": Words(
        vi="Ghi chú dài {length} ký tự, tối đa {limit}.",
        en="The note is {length} characters long; the limit is {limit}.",
    ),
    "plan_unknown": Words(
        vi="Không có kế hoạch số “{plan}” trong tệp. Có: {plans}.",
        en="No plan numbered “{plan}” in the file. There are: {plans}.",
    ),
    "plan_exists": Words(
        vi="Tệp đã có kế hoạch số {plan}; không nhập lại.",
        en="The file already holds plan {plan}; not imported again.",
    ),
    "plan_file_syntax": Words(
        vi="Tệp kế hoạch {path} sai cú pháp TOML ở dòng {line}: {detail}.",
        en="Plan file {path} is not valid TOML at line {line}: {detail}.",
    ),
    "plan_file_field": Words(
        vi="Tệp kế hoạch {path}, dòng {line}, {where}: trường “{field}” {problem}.",
        en="Plan file {path}, line {line}, {where}: field “{field}” {problem}.",
    ),
    "field.missing": Words(vi="bị thiếu", en="is missing"),
    "field.type": Words(vi="phải là {expected}", en="must be {expected}"),
    "field.duplicate": Words(vi="bị trùng: {value}", en="is duplicated: {value}"),
    "rule.self_no_schedule": Words(
        vi="{unit} tự kiểm tra, không có lịch kiểm tra trực tiếp.",
        en="{unit} inspects itself; it has no direct inspection date.",
    ),
    "rule.self_step": Words(
        vi="{unit} tự kiểm tra: chỉ có bước nhận báo cáo và kết luận.",
        en="{unit} inspects itself: its only steps are the report and the conclusion.",
    ),
    "rule.already_inspected": Words(
        vi="{unit} đã được kiểm tra ngày {date}; không đổi ngày kiểm tra được nữa.",
        en="{unit} was inspected on {date}; its date can no longer change.",
    ),
    "rule.date_before_issue": Words(
        vi="Ngày {date} trước ngày ban hành kế hoạch ({issued}).",
        en="{date} is before the plan was issued ({issued}).",
    ),
    "rule.already_done": Words(
        vi="{unit}: bước “{step}” đã làm ngày {date}. Dùng hoàn tác nếu cần sửa.",
        en="{unit}: “{step}” was already done on {date}. Undo it to change it.",
    ),
    "rule.needs_step": Words(
        vi="{unit}: phải “{needed}” trước khi “{step}”.",
        en="{unit}: “{needed}” must come before “{step}”.",
    ),
    "rule.in_future": Words(
        vi="Ngày {date} chưa đến (hôm nay là {today}): không ghi nhận việc chưa xảy ra.",
        en="{date} is after today ({today}): a step cannot be done in the future.",
    ),
    "rule.before_previous": Words(
        vi="{unit}: ngày {date} trước ngày {needed} ({previous}).",
        en="{unit}: {date} is before “{needed}” ({previous}).",
    ),
    "rule.after_inspection": Words(
        vi="{unit}: ngày {date} sau ngày kiểm tra ({inspection}).",
        en="{unit}: {date} is after the inspection date ({inspection}).",
    ),
    "rule.reschedule_before_notice": Words(
        vi="{unit}: ngày kiểm tra {date} trước ngày đã thông báo lịch ({notified}).",
        en="{unit}: the inspection date {date} is before the schedule was notified ({notified}).",
    ),
    "rule.same_value": Words(vi="{unit}: không có gì thay đổi.", en="{unit}: nothing to change."),
    "conflict": Words(
        vi="{unit}: “{field}” vừa được {who} đổi lúc {when} (từ {old} thành {new}). "
        "Đã tải lại dữ liệu mới; hãy xem rồi làm lại nếu vẫn cần.",
        en="{unit}: “{field}” was just changed by {who} at {when} ({old} → {new}). "
        "The new data is loaded; look at it and try again if still needed.",
    ),
    "conflict_unknown_who": Words(vi="người khác", en="someone else"),
    "undo_nothing": Words(
        vi="Không có thay đổi nào của {user} để hoàn tác.",
        en="{user} has nothing to undo.",
    ),
    "undo_conflict": Words(
        vi="Không hoàn tác được #{id}: “{field}” của {unit} đã bị đổi sau đó.",
        en="Cannot undo #{id}: {unit}'s “{field}” was changed since.",
    ),
    "db_missing_dir": Words(
        vi="Không có thư mục {path}. Kiểm tra lại đường dẫn --db.",
        en="The folder {path} does not exist. Check the --db path.",
    ),
    "db_is_dir": Words(
        vi="{path} là một thư mục, không phải tệp dữ liệu.",
        en="{path} is a folder, not a data file.",
    ),
    "db_unreadable": Words(
        vi="Không có quyền đọc tệp dữ liệu {path}.",
        en="No permission to read the data file {path}.",
    ),
    "db_missing": Words(vi="Không có tệp dữ liệu {path}.", en="There is no data file at {path}."),
    "db_sticky": Words(
        vi="Thư mục {path} có bit sticky (chmod +t): chỉ người tạo tệp dữ liệu mới lưu được. "
        "Người quản trị hãy bỏ bit này: chmod -t {path}",
        en="The folder {path} is sticky (chmod +t): only the data file's owner can save changes. "
        "Ask the administrator to remove it: chmod -t {path}",
    ),
    "db_lock_denied": Words(
        vi="Không mở được tệp khóa {lock} ({detail}). Người quản trị hãy cho nhóm quyền ghi: "
        "chmod g+rw {lock}",
        en="Cannot open the lock file {lock} ({detail}). Ask the administrator to let the group "
        "write it: chmod g+rw {lock}",
    ),
    "undo_order": Words(
        vi="Không hoàn tác được #{id} của {unit}: bước sau đó đã được ghi nhận; hãy hoàn tác bước "
        "đó trước.",
        en="Cannot undo #{id} of {unit}: a later step builds on it; undo that step first.",
    ),
    "db_read_only": Words(
        vi="Tệp dữ liệu {path} chỉ đọc (không có quyền ghi tệp hoặc thư mục); "
        "không lưu được thay đổi.",
        en="The data file {path} is read-only (no write permission on the file or folder); "
        "changes cannot be saved.",
    ),
    "db_corrupt": Words(
        vi="Tệp dữ liệu {path} bị hỏng ({detail}).{restore}",
        en="The data file {path} is damaged ({detail}).{restore}",
    ),
    "db_foreign": Words(
        vi="Tệp {path} không phải tệp dữ liệu của cchc-tui ({detail}). Không sửa gì.{restore}",
        en="{path} is not a cchc-tui data file ({detail}). Nothing was changed.{restore}",
    ),
    "db_newer": Words(
        vi="Tệp {path} có phiên bản dữ liệu {found}, mới hơn bản này hỗ trợ ({supported}). "
        "Hãy cập nhật cchc-tui.",
        en="{path} has data version {found}, newer than this cchc-tui supports ({supported}). "
        "Please upgrade cchc-tui.",
    ),
    "db_restore_hint": Words(
        vi=" Khôi phục bản sao lưu tự động: cchc-tui --db {path} restore",
        en=" Restore the automatic backup with: cchc-tui --db {path} restore",
    ),
    "db_no_backup": Words(vi="Không có bản sao lưu {path}.", en="There is no backup at {path}."),
    "db_backup_bad": Words(
        vi="Bản sao lưu {path} cũng không dùng được ({detail}).",
        en="The backup {path} cannot be used either ({detail}).",
    ),
    "db_locked": Words(
        vi="Tệp dữ liệu đang được người khác lưu (đã chờ {seconds} giây). Hãy thử lại sau ít phút. "
        "Khóa tự mở khi chương trình kia kết thúc; nếu vẫn bị khóa, xem chương trình nào đang "
        "giữ bằng lệnh: fuser -v {lock}. Đừng xóa tệp khóa.",
        en="Someone else is saving the data file (waited {seconds} s). Try again in a minute. The "
        "lock frees itself when their program ends; if it stays locked, see which program holds "
        "it with: fuser -v {lock}. Do not delete the lock file.",
    ),
    "db_write_failed": Words(
        vi="Không ghi được tệp dữ liệu {path} ({detail}); tệp cũ vẫn nguyên vẹn.",
        en="Could not write the data file {path} ({detail}); the old file is intact.",
    ),
    "output_failed": Words(
        vi="Không ghi được {path}: {detail}.", en="Could not write {path}: {detail}."
    ),
}
