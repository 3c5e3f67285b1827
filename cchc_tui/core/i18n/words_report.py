"""The words of the summary report and of the tables that print units.

Each entry is (Vietnamese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # summary
    "summary.title": (
        "BÁO CÁO TỔNG HỢP TIẾN ĐỘ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
        "PROGRESS REPORT ON THE ADMINISTRATIVE REFORM INSPECTION",
    ),
    "summary.stages": ("Tiến độ theo bước", "Progress by stage"),
    "summary.units": ("Danh sách đơn vị", "Units"),
    "summary.overdue": ("Việc quá hạn", "Overdue"),
    "summary.commend": ("Đơn vị được biểu dương", "Units commended"),
    "summary.criticise": ("Đơn vị bị chấn chỉnh, phê bình", "Units to correct and criticise"),
    "summary.checklist": ("Kết quả kiểm tra theo nội dung", "Checklist results"),
    "summary.none": ("Không có.", "None."),
    "summary.no_results": ("Chưa có đơn vị nào được đánh giá.", "No unit assessed yet."),
    "summary.total": ("Tổng số đơn vị", "Units in all"),
    "summary.late_steps": ("Bước trễ hạn", "Late steps"),
    "col.no": ("TT", "No."),
    "col.unit": ("Đơn vị", "Unit"),
    "col.kind": ("Loại", "Kind"),
    "col.mode": ("Hình thức", "Mode"),
    "col.date": ("Ngày KT", "Date"),
    "col.stage": ("Giai đoạn", "Stage"),
    "col.next": ("Việc tiếp theo", "Next step"),
    "col.due": ("Hạn", "Due"),
    "col.countdown": ("Còn lại", "Countdown"),
    "col.conclusion": ("Kết luận", "Conclusion"),
    "col.step": ("Bước", "Step"),
    "col.count": ("Số đơn vị", "Units"),
    "col.item": ("Nội dung", "Item"),
    "col.verdict": ("Kết quả", "Verdict"),
    "col.note": ("Ghi chú", "Note"),
    "col.when": ("Thời gian", "When"),
    "col.who": ("Người sửa", "Who"),
    "col.change": ("Thay đổi", "Change"),
    "count.of": ("{done}/{total}", "{done}/{total}"),
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
    "agenda.title": ("Việc đến hạn", "Due"),
}
