"""The core's words of what goes wrong outside the plan: a data folder the system refuses
and its reasons (errno), a plan file nested too deep or with values out of bounds.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    "data_folder_unusable": Words(
        vi="Không tạo được thư mục dữ liệu {path} ({detail}). Hãy chọn tệp dữ liệu bằng --db TỆP"
        " hoặc biến CCHC_TUI_DB.",
        en="Cannot make the data folder {path} ({detail}). Choose the data file with --db FILE "
        "or the CCHC_TUI_DB variable.",
    ),
    "os.ENAMETOOLONG": Words(vi="tên tệp quá dài", en="file name too long"),
    "os.ENOSPC": Words(vi="hết chỗ trống trên đĩa", en="no space left on the device"),
    "os.EDQUOT": Words(vi="hết hạn mức đĩa của người dùng", en="disk quota exceeded"),
    "os.EACCES": Words(vi="không có quyền", en="permission denied"),
    "os.EPERM": Words(vi="không được phép", en="operation not permitted"),
    "os.EROFS": Words(vi="ổ đĩa chỉ cho đọc", en="read-only file system"),
    "os.ENOTDIR": Words(
        vi="một phần đường dẫn không phải thư mục", en="part of the path is no folder"
    ),
    "os.EISDIR": Words(vi="đó là một thư mục", en="it is a folder"),
    "os.ENOENT": Words(vi="không có tệp hay thư mục này", en="no such file or folder"),
    "os.EIO": Words(vi="lỗi đọc ghi của thiết bị", en="input/output error"),
    "os.ELOOP": Words(vi="quá nhiều liên kết tượng trưng", en="too many symbolic links"),
    "os.EFBIG": Words(vi="tệp quá lớn", en="file too large"),
    "os.ENXIO": Words(vi="không có thiết bị này", en="no such device"),
    "plan_file_too_deep": Words(
        vi="Tệp kế hoạch {path} lồng nhau quá sâu (bảng trong bảng, danh sách trong danh sách); "
        "không nhập.",
        en="The plan file {path} is nested too deep (tables in tables, lists in lists); not "
        "imported.",
    ),
    "field.range": Words(vi="phải từ {least} đến {most}", en="must be from {least} to {most}"),
    "field.too_long": Words(
        vi="dài {length} ký tự, tối đa {limit}", en="is {length} characters long, at most {limit}"
    ),
    "field.too_many": Words(
        vi="có {count} mục, tối đa {limit}", en="has {count} entries, at most {limit}"
    ),
}
