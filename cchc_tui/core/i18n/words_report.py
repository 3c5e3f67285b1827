"""The words of the tables that print units (the units pane, `units`, `agenda`) and of
the progress bars; the report's own words are in ``words_document``.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    "col.no": Words(vi="TT", en="No."),
    "col.unit": Words(vi="Đơn vị", en="Unit"),
    "col.kind": Words(vi="Loại", en="Kind"),
    "col.mode": Words(vi="Hình thức", en="Mode"),
    "col.date": Words(vi="Ngày KT", en="Date"),
    "col.stage": Words(vi="Giai đoạn", en="Stage"),
    "col.item": Words(vi="Nội dung", en="Item"),
    "col.verdict": Words(vi="Kết quả", en="Verdict"),
    "col.note": Words(vi="Ghi chú", en="Note"),
    "progress.notified": Words(vi="Đã thông báo lịch", en="Schedule notified"),
    "progress.direct_report": Words(
        vi="Đã nhận báo cáo (trực tiếp)", en="Reports received (direct)"
    ),
    "progress.inspected": Words(vi="Đã kiểm tra", en="Inspected"),
    "progress.self_report": Words(vi="Báo cáo tự kiểm tra", en="Self-inspection reports"),
    "progress.concluded": Words(vi="Đã kết luận", en="Concluded"),
    "progress.scheduled": Words(vi="Đã xếp lịch", en="Scheduled"),
    "agenda.empty": Words(
        vi="Không có việc đến hạn trong {days} ngày tới.",
        en="Nothing due in the next {days} days.",
    ),
}
