"""The command line's own words: argparse's messages (keyed ``argparse.<its English
message>``, installed for it by ``cli.parser``), the names of arguments in help and usage
(``cli.metavar.<dest>``), and how a usage error reads.

Each entry is (Vietnamese, English); argparse's English is its message itself, with its
``%s`` / ``%(name)s`` placeholders, which the Vietnamese keeps."""

from __future__ import annotations

_ARGPARSE_VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "the following arguments are required: %s": "thiếu tham số: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "không có lựa chọn %(value)r (chọn một trong: %(choices)s)"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "không có lệnh %(parser_name)r (chọn một trong: %(choices)s)"
    ),
    "unrecognized arguments: %s": "không hiểu: %s",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "chỉ nhận nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn %(option)s chưa rõ, có thể là: %(matches)s"
    ),
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "not allowed with argument %s": "không dùng cùng với %s",
    "ignored explicit argument %r": "không nhận giá trị %r",
    "unexpected option string: %s": "tùy chọn không đúng chỗ: %s",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
}

WORDS: dict[str, tuple[str, str]] = {
    **{f"argparse.{english}": (vi, english) for english, vi in _ARGPARSE_VI.items()},
    "cli.usage_error": (
        "{prog}: lỗi: {message}. Xem: {prog} --help",
        "{prog}: error: {message}. See: {prog} --help",
    ),
    "cli.metavar.command": ("LỆNH", "COMMAND"),
    "cli.metavar.db": ("TỆP", "PATH"),
    "cli.metavar.today": ("NGÀY", "DATE"),
    "cli.metavar.plan": ("SỐ-KẾ-HOẠCH", "NUMBER"),
    "cli.metavar.unit": ("ĐƠN-VỊ", "UNIT"),
    "cli.metavar.date": ("NGÀY", "DATE"),
    "cli.metavar.on": ("NGÀY", "DATE"),
    "cli.metavar.sent": ("NGÀY", "DATE"),
    "cli.metavar.ref": ("SỐ-VĂN-BẢN", "TEXT"),
    "cli.metavar.step": (
        "thong-bao|bao-cao|kiem-tra|khac-phuc",
        "notified|report|inspected|fixed",
    ),
    "cli.metavar.conclusion": ("bieu-duong|dat|phe-binh", "bieu-duong|dat|phe-binh"),
    "cli.metavar.item": ("NỘI-DUNG", "ITEM"),
    "cli.metavar.verdict": ("KẾT-QUẢ", "VERDICT"),
    "cli.metavar.note": ("GHI-CHÚ", "NOTE"),
    "cli.metavar.text": ("GHI-CHÚ", "TEXT"),
    "cli.metavar.file": ("TỆP", "FILE"),
    "cli.metavar.output": ("TỆP", "FILE"),
    "cli.metavar.days": ("SỐ-NGÀY", "DAYS"),
    "cli.metavar.filter": ("TÊN", "TEXT"),
    "cli.days_invalid": (
        "phải là một số ngày từ 0 đến {most}",
        "must be a number of days from 0 to {most}",
    ),
    "cli.no_match": ("Không có đơn vị nào khớp “{query}”.", "No unit matches “{query}”."),
    "choice.step.notified": ("thong-bao (notified)", "notified (thong-bao)"),
    "choice.step.report": ("bao-cao (report)", "report (bao-cao)"),
    "choice.step.inspected": ("kiem-tra (inspected)", "inspected (kiem-tra)"),
}
