"""The command line's words of what goes wrong outside the plan: no terminal for the app,
text in another encoding, a file the system refuses, output that cannot be written, a plan
file that is no regular file or too big.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    "tui_needs_terminal": Words(
        vi="Giao diện toàn màn hình cần một terminal ở đầu vào và đầu ra chuẩn. Không có "
        "terminal thì dùng các lệnh, ví dụ: cchc-tui summary",
        en="The full-screen app needs a terminal on standard input and output. Without one, use "
        "the commands, e.g. cchc-tui summary",
    ),
    "text_not_utf8": Words(
        vi="“{text}” không phải chữ UTF-8: terminal đang dùng bảng mã khác (Latin-1, TCVN3, "
        "VNI…). Hãy chuyển terminal sang UTF-8 rồi gõ lại; chưa có gì được lưu.",
        en="“{text}” is not UTF-8 text: the terminal uses another encoding (Latin-1, TCVN3, "
        "VNI…). Switch the terminal to UTF-8 and type it again; nothing was saved.",
    ),
    "os_error": Words(vi="Không dùng được {path}: {detail}.", en="Cannot use {path}: {detail}."),
    "os_error_plain": Words(vi="Hệ thống từ chối: {detail}.", en="The system refused: {detail}."),
    "stdout_failed_saved": Words(
        vi="Thay đổi ĐÃ được lưu, nhưng không in được kết quả ra đầu ra chuẩn: {detail}.",
        en="The change WAS saved, but its output could not be written: {detail}.",
    ),
    "stdout_failed": Words(
        vi="Không in được kết quả ra đầu ra chuẩn: {detail}. Tệp dữ liệu không thay đổi.",
        en="The output could not be written: {detail}. The data file is unchanged.",
    ),
    "plan_file_not_regular": Words(
        vi="{path} không phải tệp thường (thiết bị, ống dẫn hay thư mục); không nhập.",
        en="{path} is not a regular file (a device, a pipe or a folder); not imported.",
    ),
    "plan_file_too_big": Words(
        vi="Tệp kế hoạch {path} lớn hơn {limit} MB; không nhập.",
        en="The plan file {path} is larger than {limit} MB; not imported.",
    ),
}
