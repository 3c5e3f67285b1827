"""The words of procedure results (kết quả giải quyết thủ tục hành chính, TTHC), as the seed's
page words them where it has words ("Số hồ sơ xử lý", "Trước & đúng hạn", "Trễ hạn").

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    "tthc.heading": Words(
        vi="Kết quả giải quyết thủ tục hành chính", en="Administrative procedure results"
    ),
    "tthc.title": Words(vi="Kết quả giải quyết TTHC", en="Procedure results (TTHC)"),
    "tthc.body": Words(vi="Cơ quan, đơn vị", en="Body"),
    "tthc.period": Words(vi="Kỳ số liệu", en="Period"),
    "tthc.received": Words(vi="Số hồ sơ xử lý", en="Files received"),
    "tthc.on_time": Words(vi="Trước và đúng hạn", en="On time or early"),
    "tthc.late": Words(vi="Trễ hạn", en="Late"),
    "tthc.pending": Words(vi="Đang giải quyết", en="In progress"),
    "tthc.online": Words(vi="Trực tuyến", en="Online"),
    "tthc.on_time_rate": Words(vi="Tỷ lệ đúng hạn", en="On-time rate"),
    "tthc.late_rate": Words(vi="Tỷ lệ trễ hạn", en="Late rate"),
    "tthc.as_of": Words(vi="Cập nhật", en="Updated"),
    "tthc.check": Words(vi="Kiểm tra số liệu", en="Check"),
    "tthc.updated": Words(vi="cập nhật {date}", en="updated {date}"),
    "tthc.received_n": Words(vi="{n} hồ sơ xử lý", en="{n} files received"),
    "tthc.settled_n": Words(
        vi="giải quyết trước và đúng hạn {on_time} ({on_time_rate}), trễ hạn {late} ({late_rate})",
        en="settled on time or early {on_time} ({on_time_rate}), late {late} ({late_rate})",
    ),
    "tthc.pending_n": Words(vi="đang giải quyết {n}", en="{n} in progress"),
    "tthc.online_n": Words(vi="trực tuyến {n} ({rate})", en="{n} online ({rate})"),
    "tthc.unaccounted": Words(
        vi="Số liệu không khớp: {terms} = {total} ≠ {received} hồ sơ xử lý; "
        "{n} hồ sơ không rõ kết quả{pending}.",
        en="The figures do not add up: {terms} = {total} ≠ {received} files received; "
        "{n} files are not accounted for{pending}.",
    ),
    "tthc.too_many": Words(
        vi="Số liệu không khớp: {terms} = {total}, nhiều hơn {received} hồ sơ xử lý {n} hồ sơ.",
        en="The figures do not add up: {terms} = {total}, {n} more than the {received} files "
        "received.",
    ),
    "tthc.pending_unknown": Words(
        vi=" (chưa ghi số đang giải quyết)",
        en=" (the number in progress is not recorded)",
    ),
    "tthc.short": Words(
        vi="{period}: {received}/{on_time}/{late}",
        en="{period}: {received}/{on_time}/{late}",
    ),
    "tthc.none": Words(vi="Chưa ghi kết quả giải quyết TTHC.", en="No procedure results recorded."),
    "tthc.period_empty": Words(
        vi="Chưa nhập kỳ số liệu (--period).", en="No period given (--period)."
    ),
    "tthc.period_unknown": Words(
        vi="Không có số liệu kỳ “{period}”. Các kỳ đã ghi: {periods}.",
        en="No figures for the period “{period}”. Periods recorded: {periods}.",
    ),
    "tthc.count_range": Words(
        vi="Số “{value}” không hợp lệ ({name}): phải từ 0 đến {most}.",
        en="“{value}” is not a valid count ({name}): it must be 0 to {most}.",
    ),
    "tthc.count_format": Words(
        vi="“{value}” không phải số hồ sơ (chỉ gõ chữ số, ví dụ 11429 hoặc 11.429).",
        en="“{value}” is not a number of files (digits only, e.g. 11429 or 11,429).",
    ),
    "tthc.online_over": Words(
        vi="Số hồ sơ trực tuyến ({online}) nhiều hơn số hồ sơ xử lý ({received}).",
        en="More files online ({online}) than received ({received}).",
    ),
    "tthc.needs": Words(
        vi="Ghi số liệu cần đủ --period, --received, --on-time và --late.",
        en="Recording figures needs --period, --received, --on-time and --late.",
    ),
    "action.tthc": Words(vi="kết quả giải quyết TTHC", en="procedure results"),
    "fieldname.tthc": Words(vi="Kết quả giải quyết TTHC", en="Procedure results"),
    "tthc.adds_up": Words(vi="khớp", en="adds up"),
    "tthc.none_body": Words(
        vi="Chưa ghi kết quả giải quyết TTHC của cơ quan ban hành kế hoạch.",
        en="No procedure results recorded for the issuing body.",
    ),
    "tthc.none_units": Words(
        vi="Chưa đơn vị nào báo cáo kết quả giải quyết TTHC.",
        en="No unit has reported procedure results.",
    ),
    "tthc.units_title": Words(
        vi="Kết quả TTHC của từng đơn vị", en="Each unit's procedure results"
    ),
    "tthc.units_reported": Words(
        vi="{count}/{total} đơn vị đã báo cáo kết quả giải quyết TTHC (chi tiết ở phụ lục).",
        en="{count} of {total} units reported procedure results (see the appendix).",
    ),
    "tthc.units_mismatch": Words(
        vi="Số liệu của {count} đơn vị không khớp: {names}.",
        en="The figures of {count} units do not add up: {names}.",
    ),
}
