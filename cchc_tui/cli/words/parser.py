"""The command line's own words: argparse's messages (keyed ``argparse.<its English
message>``, installed for it by ``cli.parser``), the names of arguments in help and usage
(``cli.metavar.<dest>``), and how a usage error reads.

argparse's English is its message itself, with its ``%s`` / ``%(name)s`` placeholders,
which the Vietnamese keeps.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

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

WORDS: dict[str, Words] = {
    **{f"argparse.{english}": Words(vi=vi, en=english) for english, vi in _ARGPARSE_VI.items()},
    "cli.usage_error": Words(
        vi="{prog}: lỗi: {message}. Xem: {prog} --help",
        en="{prog}: error: {message}. See: {prog} --help",
    ),
    "cli.metavar.command": Words(vi="LỆNH", en="COMMAND"),
    "cli.metavar.db": Words(vi="TỆP", en="PATH"),
    "cli.metavar.today": Words(vi="NGÀY", en="DATE"),
    "cli.metavar.plan": Words(vi="SỐ-KẾ-HOẠCH", en="NUMBER"),
    "cli.metavar.unit": Words(vi="ĐƠN-VỊ", en="UNIT"),
    "cli.metavar.date": Words(vi="NGÀY", en="DATE"),
    "cli.metavar.on": Words(vi="NGÀY", en="DATE"),
    "cli.metavar.sent": Words(vi="NGÀY", en="DATE"),
    "cli.metavar.ref": Words(vi="SỐ-VĂN-BẢN", en="TEXT"),
    "cli.metavar.step": Words(
        vi="thong-bao|bao-cao|kiem-tra|khac-phuc",
        en="notified|report|inspected|fixed",
    ),
    "cli.metavar.conclusion": Words(vi="bieu-duong|dat|phe-binh", en="bieu-duong|dat|phe-binh"),
    "cli.metavar.item": Words(vi="NỘI-DUNG", en="ITEM"),
    "cli.metavar.verdict": Words(vi="KẾT-QUẢ", en="VERDICT"),
    "cli.metavar.note": Words(vi="GHI-CHÚ", en="NOTE"),
    "cli.metavar.text": Words(vi="GHI-CHÚ", en="TEXT"),
    "cli.metavar.file": Words(vi="TỆP", en="FILE"),
    "cli.metavar.output": Words(vi="TỆP", en="FILE"),
    "cli.metavar.days": Words(vi="SỐ-NGÀY", en="DAYS"),
    "cli.metavar.filter": Words(vi="TÊN", en="TEXT"),
    "cli.days_invalid": Words(
        vi="phải là một số ngày từ 0 đến {most}",
        en="must be a number of days from 0 to {most}",
    ),
    "cli.no_match": Words(
        vi="Không có đơn vị nào khớp “{query}”.", en="No unit matches “{query}”."
    ),
}
