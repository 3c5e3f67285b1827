"""Words of the history log (issue 15): restoring the backup, who made a change.

Each entry is a ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    "restore_sound": Words(
        vi="Tệp dữ liệu {path} vẫn tốt, không cần khôi phục: bản sao lưu sẽ bỏ {count} thay đổi "
        "đã lưu ({ids}). Nếu vẫn muốn quay về bản sao lưu: {command}",
        en="The data file {path} is sound and needs no restore: the backup would drop {count} "
        "saved change(s) ({ids}). To go back to the backup anyway: {command}",
    ),
    "done.restore_forced": Words(
        vi="Đã đưa {path} về bản sao lưu; tệp trước đó được giữ ở {kept}. Các thay đổi bị bỏ "
        "({ids}) được ghi vào lịch sử là đã hoàn tác.",
        en="Put {path} back to the backup; the file it replaced is kept as {kept}. The changes "
        "dropped ({ids}) are recorded in the history as undone.",
    ),
    "history.restore": Words(
        vi="Khôi phục bản sao lưu, bỏ các thay đổi {ids}",
        en="Backup restored, changes {ids} dropped",
    ),
    "history.restore_found": Words(
        vi="Tệp dữ liệu bị thay bằng bản cũ hơn; các thay đổi {ids} không còn trong đó",
        en="The data file was replaced by an older copy; changes {ids} are not in it",
    ),
    "history.restore_none": Words(
        vi="Khôi phục bản sao lưu",
        en="Backup restored",
    ),
    # Where the history log is damaged (``Detail("log_…")``), inside "… is damaged (…)".
    "detail.log_line": Words(
        vi="dòng {line} của nhật ký không đọc được",
        en="line {line} of the log is unreadable",
    ),
    "detail.log_field": Words(
        vi="dòng {line}, thay đổi #{change}: trường {field} hỏng",
        en="line {line}, change #{change}: field {field} is broken",
    ),
    "detail.log_change_field": Words(
        vi="thay đổi #{change}: trường {field} hỏng",
        en="change #{change}: field {field} is broken",
    ),
    "detail.log_order": Words(
        vi="dòng {line}, thay đổi #{change}: số thứ tự không lớn hơn dòng trước",
        en="line {line}, change #{change}: its number is not above the line before",
    ),
    "detail.log_short": Words(
        vi="nhật ký ngắn hơn phần tệp dữ liệu đã ghi nhận",
        en="the log is shorter than the data file records",
    ),
    "detail.log_last": Words(
        vi="thay đổi cuối trong nhật ký không phải #{change} như tệp dữ liệu ghi",
        en="its last change is not #{change}, as the data file records",
    ),
    "detail.log_last_line": Words(
        vi="dòng cuối của nhật ký không đọc được",
        en="the log's last line is unreadable",
    ),
    "detail.log_missing": Words(
        vi="không có tệp nhật ký thay đổi, dù tệp dữ liệu ghi là có",
        en="the log file is missing, though the data file records changes in it",
    ),
    "cli.force": Words(
        vi="khôi phục cả khi tệp dữ liệu vẫn tốt (bỏ các thay đổi sau bản sao lưu)",
        en="restore even when the data file is sound (drops the changes after the backup)",
    ),
}
