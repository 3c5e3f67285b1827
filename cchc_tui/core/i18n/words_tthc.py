"""The words of procedure results (kết quả giải quyết thủ tục hành chính, TTHC), as the seed's
page words them where it has words ("Số hồ sơ xử lý", "Trước & đúng hạn", "Trễ hạn").

Each entry is (Vietnamese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "tthc.heading": ("Kết quả giải quyết thủ tục hành chính", "Administrative procedure results"),
    "tthc.title": ("Kết quả giải quyết TTHC", "Procedure results (TTHC)"),
    "tthc.body": ("Cơ quan, đơn vị", "Body"),
    "tthc.period": ("Kỳ số liệu", "Period"),
    "tthc.received": ("Số hồ sơ xử lý", "Files received"),
    "tthc.on_time": ("Trước và đúng hạn", "On time or early"),
    "tthc.late": ("Trễ hạn", "Late"),
    "tthc.pending": ("Đang giải quyết", "In progress"),
    "tthc.online": ("Trực tuyến", "Online"),
    "tthc.on_time_rate": ("Tỷ lệ đúng hạn", "On-time rate"),
    "tthc.late_rate": ("Tỷ lệ trễ hạn", "Late rate"),
    "tthc.as_of": ("Cập nhật", "Updated"),
    "tthc.check": ("Kiểm tra số liệu", "Check"),
    "tthc.updated": ("cập nhật {date}", "updated {date}"),
    "tthc.received_n": ("{n} hồ sơ xử lý", "{n} files received"),
    "tthc.settled_n": (
        "giải quyết trước và đúng hạn {on_time} ({on_time_rate}), trễ hạn {late} ({late_rate})",
        "settled on time or early {on_time} ({on_time_rate}), late {late} ({late_rate})",
    ),
    "tthc.pending_n": ("đang giải quyết {n}", "{n} in progress"),
    "tthc.online_n": ("trực tuyến {n} ({rate})", "{n} online ({rate})"),
    "tthc.unaccounted": (
        "Số liệu không khớp: {terms} = {total} ≠ {received} hồ sơ xử lý; "
        "{n} hồ sơ không rõ kết quả{pending}.",
        "The figures do not add up: {terms} = {total} ≠ {received} files received; "
        "{n} files are not accounted for{pending}.",
    ),
    "tthc.too_many": (
        "Số liệu không khớp: {terms} = {total}, nhiều hơn {received} hồ sơ xử lý {n} hồ sơ.",
        "The figures do not add up: {terms} = {total}, {n} more than the {received} files "
        "received.",
    ),
    "tthc.pending_unknown": (
        " (chưa ghi số đang giải quyết)",
        " (the number in progress is not recorded)",
    ),
    "tthc.short": (
        "{period}: {received}/{on_time}/{late}",
        "{period}: {received}/{on_time}/{late}",
    ),
    "tthc.none": ("Chưa ghi kết quả giải quyết TTHC.", "No procedure results recorded."),
    "tthc.period_empty": ("Chưa nhập kỳ số liệu (--period).", "No period given (--period)."),
    "tthc.period_unknown": (
        "Không có số liệu kỳ “{period}”. Các kỳ đã ghi: {periods}.",
        "No figures for the period “{period}”. Periods recorded: {periods}.",
    ),
    "tthc.count_range": (
        "Số “{value}” không hợp lệ ({name}): phải từ 0 đến {most}.",
        "“{value}” is not a valid count ({name}): it must be 0 to {most}.",
    ),
    "tthc.count_format": (
        "“{value}” không phải số hồ sơ (chỉ gõ chữ số, ví dụ 11429 hoặc 11.429).",
        "“{value}” is not a number of files (digits only, e.g. 11429 or 11,429).",
    ),
    "tthc.online_over": (
        "Số hồ sơ trực tuyến ({online}) nhiều hơn số hồ sơ xử lý ({received}).",
        "More files online ({online}) than received ({received}).",
    ),
    "tthc.needs": (
        "Ghi số liệu cần đủ --period, --received, --on-time và --late.",
        "Recording figures needs --period, --received, --on-time and --late.",
    ),
    "done.tthc": ("{body} — {sentence}", "{body} — {sentence}"),
    "done.tthc_removed": (
        "{body}: đã bỏ số liệu kỳ “{period}”.",
        "{body}: removed the figures for “{period}”.",
    ),
    "action.tthc": ("kết quả giải quyết TTHC", "procedure results"),
    "fieldname.tthc": ("Kết quả giải quyết TTHC", "Procedure results"),
    "cli.tthc": (
        "kết quả giải quyết TTHC: xem, hoặc ghi số liệu một kỳ của cơ quan ban hành "
        "(không nêu đơn vị) hay của một đơn vị",
        "procedure results: list them, or record one period's figures for the issuing body "
        "(no unit) or a unit",
    ),
    "cli.tthc_unit": (
        "đơn vị (bỏ trống: cơ quan ban hành kế hoạch)",
        "the unit (none: the body that issued the plan)",
    ),
    "cli.period": ("kỳ số liệu, ví dụ “Đến tháng 04/2024”", "the period, e.g. “To April 2024”"),
    "cli.tthc_received": ("số hồ sơ xử lý", "files received"),
    "cli.tthc_on_time": ("số hồ sơ giải quyết trước và đúng hạn", "files settled on time or early"),
    "cli.tthc_late": ("số hồ sơ trễ hạn", "files settled late"),
    "cli.tthc_pending": ("số hồ sơ đang giải quyết (nếu biết)", "files in progress (if known)"),
    "cli.tthc_online": ("số hồ sơ trực tuyến (nếu biết)", "files received online (if known)"),
    "cli.tthc_on": ("ngày cập nhật số liệu", "the day the figures were taken"),
    "cli.tthc_remove": ("bỏ số liệu của kỳ này", "remove this period's figures"),
    "cli.tthc_count_invalid": (
        "phải là số hồ sơ (chữ số, ví dụ 11429 hoặc 11.429)",
        "must be a number of files (digits, e.g. 11429 or 11,429)",
    ),
    "cli.metavar.period": ("KỲ", "PERIOD"),
    "cli.metavar.received": ("SỐ", "N"),
    "cli.metavar.on_time": ("SỐ", "N"),
    "cli.metavar.late": ("SỐ", "N"),
    "cli.metavar.pending": ("SỐ", "N"),
    "cli.metavar.online": ("SỐ", "N"),
    "tthc.adds_up": ("khớp", "adds up"),
    "tthc.none_body": (
        "Chưa ghi kết quả giải quyết TTHC của cơ quan ban hành kế hoạch.",
        "No procedure results recorded for the issuing body.",
    ),
    "tthc.none_units": (
        "Chưa đơn vị nào báo cáo kết quả giải quyết TTHC.",
        "No unit has reported procedure results.",
    ),
    "tthc.units_title": ("Kết quả TTHC của từng đơn vị", "Each unit's procedure results"),
    "tthc.units_reported": (
        "{count}/{total} đơn vị đã báo cáo kết quả giải quyết TTHC (chi tiết ở phụ lục).",
        "{count} of {total} units reported procedure results (see the appendix).",
    ),
    "tthc.units_mismatch": (
        "Số liệu của {count} đơn vị không khớp: {names}.",
        "The figures of {count} units do not add up: {names}.",
    ),
}
