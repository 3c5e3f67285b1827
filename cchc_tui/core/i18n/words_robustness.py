"""The words of what goes wrong outside the plan: no terminal, text in another encoding,
a file or folder the system refuses, output that cannot be written, a plan file too big,
too deep or with values out of range.

Each entry is (Vietnamese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "tui_needs_terminal": (
        "Giao diện toàn màn hình cần một terminal ở đầu vào và đầu ra chuẩn. "
        "Không có terminal thì dùng các lệnh, ví dụ: cchc-tui summary",
        "The full-screen app needs a terminal on standard input and output. "
        "Without one, use the commands, e.g. cchc-tui summary",
    ),
    "text_not_utf8": (
        "“{text}” không phải chữ UTF-8: terminal đang dùng bảng mã khác (Latin-1, TCVN3, "
        "VNI…). Hãy chuyển terminal sang UTF-8 rồi gõ lại; chưa có gì được lưu.",
        "“{text}” is not UTF-8 text: the terminal uses another encoding (Latin-1, TCVN3, "
        "VNI…). Switch the terminal to UTF-8 and type it again; nothing was saved.",
    ),
    "data_folder_unusable": (
        "Không tạo được thư mục dữ liệu {path} ({detail}). "
        "Hãy chọn tệp dữ liệu bằng --db TỆP hoặc biến CCHC_TUI_DB.",
        "Cannot make the data folder {path} ({detail}). "
        "Choose the data file with --db FILE or the CCHC_TUI_DB variable.",
    ),
    "os_error": ("Không dùng được {path}: {detail}.", "Cannot use {path}: {detail}."),
    "os_error_plain": ("Hệ thống từ chối: {detail}.", "The system refused: {detail}."),
    "stdout_failed_saved": (
        "Thay đổi ĐÃ được lưu, nhưng không in được kết quả ra đầu ra chuẩn: {detail}.",
        "The change WAS saved, but its output could not be written: {detail}.",
    ),
    "stdout_failed": (
        "Không in được kết quả ra đầu ra chuẩn: {detail}. Tệp dữ liệu không thay đổi.",
        "The output could not be written: {detail}. The data file is unchanged.",
    ),
    # The system's reasons (errno), as strerror says them in English.
    "os.ENAMETOOLONG": ("tên tệp quá dài", "file name too long"),
    "os.ENOSPC": ("hết chỗ trống trên đĩa", "no space left on the device"),
    "os.EDQUOT": ("hết hạn mức đĩa của người dùng", "disk quota exceeded"),
    "os.EACCES": ("không có quyền", "permission denied"),
    "os.EPERM": ("không được phép", "operation not permitted"),
    "os.EROFS": ("ổ đĩa chỉ cho đọc", "read-only file system"),
    "os.ENOTDIR": ("một phần đường dẫn không phải thư mục", "part of the path is no folder"),
    "os.EISDIR": ("đó là một thư mục", "it is a folder"),
    "os.ENOENT": ("không có tệp hay thư mục này", "no such file or folder"),
    "os.EIO": ("lỗi đọc ghi của thiết bị", "input/output error"),
    "os.ELOOP": ("quá nhiều liên kết tượng trưng", "too many symbolic links"),
    "os.EFBIG": ("tệp quá lớn", "file too large"),
    "os.ENXIO": ("không có thiết bị này", "no such device"),
    # A plan file that is no plan file: a device, too big, nested without end.
    "plan_file_not_regular": (
        "{path} không phải tệp thường (thiết bị, ống dẫn hay thư mục); không nhập.",
        "{path} is not a regular file (a device, a pipe or a folder); not imported.",
    ),
    "plan_file_too_big": (
        "Tệp kế hoạch {path} lớn hơn {limit} MB; không nhập.",
        "The plan file {path} is larger than {limit} MB; not imported.",
    ),
    "plan_file_too_deep": (
        "Tệp kế hoạch {path} lồng nhau quá sâu (bảng trong bảng, danh sách trong danh sách); "
        "không nhập.",
        "The plan file {path} is nested too deep (tables in tables, lists in lists); not imported.",
    ),
    "field.range": ("phải từ {least} đến {most}", "must be from {least} to {most}"),
    "field.too_long": (
        "dài {length} ký tự, tối đa {limit}",
        "is {length} characters long, at most {limit}",
    ),
    "field.too_many": ("có {count} mục, tối đa {limit}", "has {count} entries, at most {limit}"),
}
