"""The words of the tables that print units (the units pane, `units`, `agenda`) and of
the progress bars; the report's own words are in ``words_document``.

Each entry is (Vietnamese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "col.no": ("TT", "No."),
    "col.unit": ("Đơn vị", "Unit"),
    "col.kind": ("Loại", "Kind"),
    "col.mode": ("Hình thức", "Mode"),
    "col.date": ("Ngày KT", "Date"),
    "col.stage": ("Giai đoạn", "Stage"),
    "col.due": ("Hạn", "Due"),
    "col.conclusion": ("Kết luận", "Conclusion"),
    "col.item": ("Nội dung", "Item"),
    "col.verdict": ("Kết quả", "Verdict"),
    "col.note": ("Ghi chú", "Note"),
    "col.when": ("Thời gian", "When"),
    "col.who": ("Người sửa", "Who"),
    "col.change": ("Thay đổi", "Change"),
    "progress.notified": ("Đã thông báo lịch", "Schedule notified"),
    "progress.direct_report": ("Đã nhận báo cáo (trực tiếp)", "Reports received (direct)"),
    "progress.inspected": ("Đã kiểm tra", "Inspected"),
    "progress.self_report": ("Báo cáo tự kiểm tra", "Self-inspection reports"),
    "progress.concluded": ("Đã kết luận", "Concluded"),
    "progress.scheduled": ("Đã xếp lịch", "Scheduled"),
    "agenda.empty": (
        "Không có việc đến hạn trong {days} ngày tới.",
        "Nothing due in the next {days} days.",
    ),
    "agenda.heading": ("Việc đến hạn (tính đến ngày {date})", "Due (as of {date})"),
}
