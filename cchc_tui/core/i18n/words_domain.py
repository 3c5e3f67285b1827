"""The words of the plan's own vocabulary: kinds, modes, stages, steps, verdicts,
countdowns, the plan header, field and action names.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    # the kinds of a plan that declares none (files of earlier versions)
    "kind.office": Words(vi="Cơ quan chuyên môn", en="Specialised office"),
    "kind.commune": Words(vi="Xã", en="Commune"),
    "kind.town": Words(vi="Thị trấn", en="Town"),
    # modes
    "mode.direct": Words(vi="Kiểm tra trực tiếp", en="Direct inspection"),
    "mode.self": Words(vi="Tự kiểm tra", en="Self-inspection"),
    "mode_short.direct": Words(vi="Trực tiếp", en="Direct"),
    "mode_short.self": Words(vi="Tự KT", en="Self"),
    # stages
    "stage.unscheduled": Words(vi="Chưa xếp lịch", en="Not scheduled"),
    "stage.awaiting_report": Words(vi="Chờ báo cáo", en="Awaiting report"),
    "stage.scheduled": Words(vi="Đã xếp lịch", en="Scheduled"),
    "stage.notified": Words(vi="Đã thông báo lịch", en="Schedule notified"),
    "stage.reported": Words(vi="Đã nhận báo cáo", en="Report received"),
    "stage.inspected": Words(vi="Đã kiểm tra", en="Inspected"),
    "stage.concluded": Words(vi="Đã kết luận", en="Concluded"),
    # steps (what is to be done next)
    "step.schedule": Words(vi="Xếp lịch kiểm tra", en="Set inspection date"),
    "step.notified": Words(vi="Thông báo lịch", en="Notify schedule"),
    "step.report": Words(vi="Nhận báo cáo", en="Receive report"),
    "step.inspected": Words(vi="Kiểm tra", en="Inspect"),
    "step.concluded": Words(vi="Kết luận", en="Conclude"),
    # the steps as typed on the command line (a refusal lists them)
    "choice.step.notified": Words(vi="thong-bao (notified)", en="notified (thong-bao)"),
    "choice.step.report": Words(vi="bao-cao (report)", en="report (bao-cao)"),
    "choice.step.inspected": Words(vi="kiem-tra (inspected)", en="inspected (kiem-tra)"),
    # conclusions
    "conclusion.bieu-duong": Words(vi="Biểu dương", en="Commend"),
    "conclusion.dat": Words(vi="Đạt", en="Satisfactory"),
    "conclusion.phe-binh": Words(vi="Chấn chỉnh, phê bình", en="Correct and criticise"),
    # verdicts
    "verdict.dat": Words(vi="Đạt", en="Met"),
    "verdict.dat-mot-phan": Words(vi="Đạt một phần", en="Partly met"),
    "verdict.chua-dat": Words(vi="Chưa đạt", en="Not met"),
    "verdict.khong-ap-dung": Words(vi="Không áp dụng", en="Not applicable"),
    "verdict.none": Words(vi="Chưa đánh giá", en="Not assessed"),
    # countdowns
    "countdown.left": Words(vi="còn {n} ngày", en="in {n} days"),
    "countdown.left_one": Words(vi="còn 1 ngày", en="in 1 day"),
    "countdown.today": Words(vi="hôm nay", en="today"),
    "countdown.overdue": Words(vi="quá hạn {n} ngày", en="{n} days overdue"),
    "countdown.overdue_one": Words(vi="quá hạn 1 ngày", en="1 day overdue"),
    "late": Words(vi="trễ hạn", en="late"),
    "on_time": Words(vi="đúng hạn", en="on time"),
    "plan.issued": Words(vi="ngày {date} của {issuer}", en="of {date}, {issuer}"),
    "plan.based_on": Words(vi="Thực hiện", en="Carrying out"),
    "plan.period": Words(vi="Niên độ kiểm tra", en="Period inspected"),
    "plan.window": Words(vi="Thời gian kiểm tra", en="Inspection window"),
    "plan.self_due": Words(vi="Hạn gửi báo cáo tự kiểm tra", en="Self-inspection report due"),
    "plan.self_due_value": Words(vi="trước ngày {date}", en="before {date}"),
    "plan.leads": Words(
        vi="Đoàn kiểm tra thông báo lịch kiểm tra trước {notify:02d} ngày kiểm tra; "
        "đơn vị được kiểm tra gửi báo cáo trước {report:02d} ngày kiểm tra",
        en="The team notifies the schedule {notify} days before the inspection; "
        "the unit sends its report {report} days before it",
    ),
    "plan.receiver": Words(vi="Gửi báo cáo về", en="Reports go to"),
    "history.empty": Words(vi="Chưa có thay đổi nào.", en="No changes yet."),
    "history.undo": Words(vi="hoàn tác #{id}", en="undo #{id}"),
    # actions as recorded in history
    "action.schedule": Words(vi="xếp lịch", en="schedule"),
    "action.mark": Words(vi="đánh dấu", en="mark"),
    "action.conclude": Words(vi="kết luận", en="conclude"),
    "action.item": Words(vi="đánh giá nội dung", en="assess item"),
    "action.note": Words(vi="ghi chú", en="note"),
    "action.import": Words(vi="nhập kế hoạch", en="import plan"),
    "action.undo": Words(vi="hoàn tác", en="undo"),
    "what.verdict": Words(vi="kết quả", en="verdict"),
    "what.conclusion": Words(vi="kết luận", en="conclusion"),
    "what.step": Words(vi="bước", en="step"),
    "what.format": Words(vi="định dạng", en="format"),
    "what.lang": Words(vi="ngôn ngữ", en="language"),
    "fieldname.inspection_date": Words(vi="Ngày kiểm tra", en="Inspection date"),
    "fieldname.notified_on": Words(vi="Ngày thông báo lịch", en="Notified on"),
    "fieldname.report_on": Words(vi="Ngày nhận báo cáo", en="Report received on"),
    "fieldname.inspected_on": Words(vi="Ngày kiểm tra thực tế", en="Inspected on"),
    "fieldname.conclusion": Words(vi="Kết luận", en="Conclusion"),
    "fieldname.concluded_on": Words(vi="Ngày kết luận", en="Concluded on"),
    "fieldname.items": Words(vi="Nội dung kiểm tra", en="Checklist item"),
    "fieldname.notes": Words(vi="Ghi chú", en="Note"),
    "fieldname.plan": Words(vi="Kế hoạch", en="Plan"),
}
