"""The ``tthc`` command's help and what it says.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    "done.tthc": Words(vi="{body} — {sentence}", en="{body} — {sentence}"),
    "done.tthc_removed": Words(
        vi="{body}: đã bỏ số liệu kỳ “{period}”.",
        en="{body}: removed the figures for “{period}”.",
    ),
    "cli.tthc": Words(
        vi="kết quả giải quyết TTHC: xem, hoặc ghi số liệu một kỳ của cơ quan ban hành "
        "(không nêu đơn vị) hay của một đơn vị",
        en="procedure results: list them, or record one period's figures for the issuing body "
        "(no unit) or a unit",
    ),
    "cli.tthc_unit": Words(
        vi="đơn vị (bỏ trống: cơ quan ban hành kế hoạch)",
        en="the unit (none: the body that issued the plan)",
    ),
    "cli.period": Words(
        vi="kỳ số liệu, ví dụ “Đến tháng 04/2024”", en="the period, e.g. “To April 2024”"
    ),
    "cli.tthc_received": Words(vi="số hồ sơ xử lý", en="files received"),
    "cli.tthc_on_time": Words(
        vi="số hồ sơ giải quyết trước và đúng hạn", en="files settled on time or early"
    ),
    "cli.tthc_late": Words(vi="số hồ sơ trễ hạn", en="files settled late"),
    "cli.tthc_pending": Words(
        vi="số hồ sơ đang giải quyết (nếu biết)", en="files in progress (if known)"
    ),
    "cli.tthc_online": Words(
        vi="số hồ sơ trực tuyến (nếu biết)", en="files received online (if known)"
    ),
    "cli.tthc_on": Words(vi="ngày cập nhật số liệu", en="the day the figures were taken"),
    "cli.tthc_remove": Words(vi="bỏ số liệu của kỳ này", en="remove this period's figures"),
    "cli.tthc_count_invalid": Words(
        vi="phải là số hồ sơ (chữ số, ví dụ 11429 hoặc 11.429)",
        en="must be a number of files (digits, e.g. 11429 or 11,429)",
    ),
    "cli.metavar.period": Words(vi="KỲ", en="PERIOD"),
    "cli.metavar.received": Words(vi="SỐ", en="N"),
    "cli.metavar.on_time": Words(vi="SỐ", en="N"),
    "cli.metavar.late": Words(vi="SỐ", en="N"),
    "cli.metavar.pending": Words(vi="SỐ", en="N"),
    "cli.metavar.online": Words(vi="SỐ", en="N"),
}
