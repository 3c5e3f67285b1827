"""The words of the documents the office hands in: the report's sentences, sections and
columns, the letterhead of Nghị định 30/2020, the conclusion notice, and their messages.

Each entry is ``Words(vi=…, en=…)``. The seed's own words where it has them: "Thực hiện
Kế hoạch số …", "Tự kiểm tra", "Ngày kiểm tra" in full, the year in the title."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    # the letterhead (Nghị định 30/2020/NĐ-CP, Phụ lục I)
    "doc.nation": Words(
        vi="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en="SOCIALIST REPUBLIC OF VIETNAM"
    ),
    "doc.motto": Words(vi="Độc lập - Tự do - Hạnh phúc", en="Independence - Freedom - Happiness"),
    "doc.number": Words(vi="Số: …/{code}", en="No.: …/{code}"),
    "doc.place_date": Words(vi="{place}, ngày … tháng … năm {year}", en="{place}, … {year}"),
    "doc.recipients": Words(vi="Nơi nhận:", en="Recipients:"),
    "doc.archive": Words(vi="Lưu: VT.", en="File: VT."),
    "doc.signer_body": Words(vi="TM. ỦY BAN NHÂN DÂN", en="ON BEHALF OF THE PEOPLE'S COMMITTEE"),
    "doc.signer_head": Words(vi="CHỦ TỊCH", en="CHAIRPERSON"),
    "doc.appendix": Words(vi="PHỤ LỤC {number}", en="APPENDIX {number}"),
    "doc.attachment": Words(
        vi="(Kèm theo {kind} số …/{code} ngày … tháng … năm {year} của {issuer})",
        en="(Attached to {kind} no. …/{code} of … {year}, {issuer})",
    ),
    "doc.report_kind": Words(vi="BÁO CÁO", en="REPORT"),
    "doc.report_subject": Words(
        vi="Kết quả kiểm tra công tác cải cách hành chính năm {year}",
        en="On the results of the administrative reform inspection, {year}",
    ),
    "doc.notice_kind": Words(vi="THÔNG BÁO", en="NOTICE"),
    "doc.notice_subject": Words(
        vi="Kết luận kiểm tra công tác cải cách hành chính năm {year} tại {unit}",
        en="Of the conclusions of the administrative reform inspection, {year}, at {unit}",
    ),
    "doc.as_of": Words(
        vi="Kế hoạch số {number} — số liệu tính đến ngày {date}.",
        en="Plan no. {number} — figures as of {date}.",
    ),
    # the lead paragraph
    "report.lead": Words(
        vi="Thực hiện Kế hoạch số {number} ngày {date} của {issuer} về việc {title}; "
        "đến ngày {today}, {progress}.",
        en="Under plan no. {number} of {date} issued by {issuer} ({title}): as of {today}, "
        "{progress}.",
    ),
    "report.lead.inspected": Words(
        vi="Đoàn kiểm tra đã kiểm tra trực tiếp {done}/{total} đơn vị{names}",
        en="the team has inspected {done} of {total} units directly{names}",
    ),
    "report.lead.direct_steps": Words(
        vi="đã thông báo lịch kiểm tra đến {notified}/{total} đơn vị, "
        "nhận báo cáo của {reported}/{total} đơn vị được kiểm tra trực tiếp{late}",
        en="notified {notified} of {total} units of their inspection date and received "
        "{reported} of {total} reports from units inspected directly{late}",
    ),
    "report.lead.self": Words(
        vi="{done}/{total} đơn vị tự kiểm tra đã gửi báo cáo{late}",
        en="{done} of {total} self-inspecting units have sent their report{late}",
    ),
    "report.lead.late": Words(
        vi=" ({count} đơn vị gửi trễ hạn: {names})", en=" ({count} late: {names})"
    ),
    "report.lead.missing": Words(
        vi="còn {count} đơn vị chưa gửi báo cáo: {names}",
        en="{count} units have not reported yet: {names}",
    ),
    "report.names_more": Words(
        vi="{names} và {more} đơn vị khác", en="{names} and {more} other units"
    ),
    # sections
    "report.organisation": Words(
        vi="Công tác tổ chức kiểm tra", en="How the inspection is organised"
    ),
    "report.results": Words(vi="Kết quả kiểm tra theo nội dung", en="Results by checklist item"),
    "report.shortcomings": Words(vi="Tồn tại, hạn chế", en="Shortcomings"),
    "report.conclusions": Words(
        vi="Biểu dương, chấn chỉnh, phê bình", en="Commendations and criticism"
    ),
    "report.overdue": Words(vi="Việc quá hạn", en="Overdue work"),
    "report.units": Words(vi="Tình hình từng đơn vị", en="Each unit"),
    "report.details": Words(vi="Kết quả đánh giá chi tiết theo đơn vị", en="Each unit's checklist"),
    "report.progress": Words(vi="Tiến độ thực hiện", en="Progress"),
    "report.progress.scheduled": Words(vi="Đã có lịch kiểm tra", en="Inspection date set"),
    "report.progress.notified": Words(vi="Đã thông báo lịch kiểm tra", en="Schedule notified"),
    "report.progress.direct_report": Words(
        vi="Đã nhận báo cáo (đơn vị kiểm tra trực tiếp)",
        en="Reports received (units inspected directly)",
    ),
    "report.progress.inspected": Words(vi="Đã kiểm tra trực tiếp", en="Inspected directly"),
    "report.progress.self_report": Words(
        vi="Đã nhận báo cáo tự kiểm tra", en="Self-inspection reports"
    ),
    "report.progress.concluded": Words(vi="Đã kết luận", en="Concluded"),
    "report.progress.entry": Words(
        vi="{label}: {done}/{total} đơn vị.", en="{label}: {done} of {total}."
    ),
    "report.no_results": Words(vi="Chưa có đơn vị nào được đánh giá.", en="No unit assessed yet."),
    "report.no_shortcomings": Words(
        vi="Chưa ghi nhận nội dung chưa đạt hoặc đạt một phần.",
        en="No item recorded as not met or partly met.",
    ),
    "report.no_overdue": Words(vi="Không có việc quá hạn.", en="Nothing overdue."),
    "report.no_conclusion": Words(
        vi="Chưa có đơn vị nào được kết luận.", en="No unit concluded yet."
    ),
    "report.concluded_as": Words(
        vi="{conclusion} ({count} đơn vị): {names}.",
        en="{conclusion} ({count}): {names}.",
    ),
    # columns
    "report.col.item": Words(vi="Nội dung kiểm tra", en="Checklist item"),
    "report.col.done": Words(vi="Đã thực hiện", en="Done"),
    "report.col.total": Words(vi="Tổng số đơn vị", en="Units"),
    "report.col.not_met_units": Words(vi="Đơn vị chưa đạt", en="Units not meeting it"),
    "report.col.mode": Words(vi="Hình thức kiểm tra", en="Inspection"),
    "report.col.inspection_date": Words(vi="Ngày kiểm tra", en="Inspection date"),
    "report.col.notified_on": Words(vi="Ngày thông báo lịch", en="Notified on"),
    "report.col.report_sent_on": Words(vi="Ngày gửi báo cáo", en="Report sent on"),
    "report.col.report_on": Words(vi="Ngày nhận báo cáo", en="Report received on"),
    "report.col.report_ref": Words(vi="Số báo cáo", en="Report no."),
    "report.col.inspected_on": Words(vi="Ngày đã kiểm tra", en="Inspected on"),
    "report.col.stage": Words(vi="Tình trạng", en="Status"),
    "report.col.late": Words(vi="Các bước thực hiện trễ hạn", en="Steps done late"),
    "report.col.next": Words(vi="Việc tiếp theo", en="Next step"),
    "report.col.due": Words(vi="Hạn", en="Due"),
    "report.col.countdown": Words(vi="Thời hạn", en="Time left"),
    "report.col.days_left": Words(vi="Số ngày còn lại", en="Days left"),
    "report.col.conclusion": Words(vi="Kết luận", en="Conclusion"),
    "report.col.concluded_on": Words(vi="Ngày kết luận", en="Concluded on"),
    "report.col.notes": Words(vi="Ghi chú", en="Notes"),
    "report.col.plan": Words(vi="Kế hoạch", en="Plan"),
    "report.col.as_of": Words(vi="Tính đến ngày", en="As of"),
    "report.sheet_title": Words(
        vi="Kế hoạch số {number} — {title} — số liệu tính đến ngày {date}",
        en="Plan {number} — {title} — figures as of {date}",
    ),
    # sentences about one unit
    "report.unit.on_day": Words(vi="{mode} ngày {date}", en="{mode} on {date}"),
    "report.unit.done.notified": Words(
        vi="đã thông báo lịch {date}", en="schedule notified {date}"
    ),
    "report.unit.done.report.direct": Words(
        vi="đã nhận báo cáo {date}", en="report received {date}"
    ),
    "report.unit.done.report.self": Words(vi="đã gửi báo cáo {date}", en="report sent {date}"),
    "report.unit.done.inspected": Words(vi="đã kiểm tra {date}", en="inspected {date}"),
    "report.unit.planned": Words(vi="dự kiến {date}", en="planned for {date}"),
    "report.unit.concluded": Words(vi="kết luận: {conclusion}", en="conclusion: {conclusion}"),
    "report.unit.unscheduled": Words(vi="chưa có lịch kiểm tra", en="no inspection date yet"),
    "report.unit.awaiting_conclusion": Words(vi="chờ kết luận", en="awaiting the conclusion"),
    "report.unit.due": Words(
        vi="hạn {step} {date}, {countdown}", en="{step} due {date}, {countdown}"
    ),
    "report.unit.step.notified": Words(vi="thông báo lịch", en="notice"),
    "report.unit.step.report.direct": Words(vi="nhận báo cáo", en="report"),
    "report.unit.step.report.self": Words(vi="gửi báo cáo", en="report"),
    "report.unit.step.inspected": Words(vi="kiểm tra", en="inspection"),
    "report.unit.notes": Words(vi="Ghi chú: {notes}", en="Notes: {notes}"),
    "report.late_by": Words(vi="trễ hạn {n} ngày", en="{n} days late"),
    "report.late_by_one": Words(vi="trễ hạn 1 ngày", en="1 day late"),
    "report.late_step": Words(vi="{step} ({n} ngày)", en="{step} ({n} days)"),
    # the conclusion notice for one unit
    "notice.visit.direct": Words(
        vi="ngày {date}, Đoàn kiểm tra đã kiểm tra trực tiếp công tác cải cách hành chính tại {unit}",
        en="on {date} the team inspected administrative reform at {unit}",
    ),
    "notice.visit.self": Words(
        vi="{unit} đã tự kiểm tra và gửi báo cáo ngày {date}",
        en="{unit} inspected itself and sent its report on {date}",
    ),
    "notice.lead": Words(
        vi="Thực hiện Kế hoạch số {number} ngày {date} của {issuer} về việc {title}; {visit}. "
        "{issuer_short} thông báo kết luận kiểm tra như sau:",
        en="Under plan no. {number} of {date} issued by {issuer} ({title}), {visit}. "
        "{issuer_short} gives its conclusions as follows:",
    ),
    "notice.results": Words(vi="Kết quả kiểm tra", en="Results"),
    "notice.conclusion": Words(vi="Kết luận", en="Conclusion"),
    "notice.conclusion_text": Words(vi="{unit}: {conclusion}.", en="{unit}: {conclusion}."),
    "notice.notes": Words(vi="Ghi chú của Đoàn kiểm tra", en="The team's notes"),
    "notice.request": Words(vi="Yêu cầu", en="Request"),
    "notice.request_text": Words(
        vi="Đề nghị {unit} khắc phục các tồn tại, hạn chế nêu trên và báo cáo kết quả khắc phục "
        "về {receiver} trước ngày … tháng … năm ….",
        en="{unit} is asked to remedy the shortcomings above and report on it to {receiver} by … .",
    ),
    "notice.none": Words(vi="Không có.", en="None."),
    # the form names people see, and messages
    "report.format.text": Words(vi="văn bản", en="text"),
    "report.format.markdown": Words(vi="Markdown", en="Markdown"),
    "report.format.csv": Words(vi="CSV", en="CSV"),
    "report.format.tsv": Words(vi="TSV", en="TSV"),
    "report.format.html": Words(vi="HTML", en="HTML"),
    "report.format.json": Words(vi="JSON", en="JSON"),
    "report.binary_to_terminal": Words(
        vi="Định dạng {format} là tệp nhị phân, không in ra màn hình: "
        "thêm -o TỆP (ví dụ -o {example}).",
        en="The {format} format is a binary file, not for the screen: "
        "add -o FILE (e.g. -o {example}).",
    ),
    "report.not_concluded": Words(
        vi="{unit} chưa có kết luận kiểm tra: thông báo kết luận chỉ lập cho đơn vị đã kết luận.",
        en="{unit} has no conclusion yet: a conclusion notice is drawn up once a unit is concluded.",
    ),
    "report.output_is_data": Words(
        vi="{path} là tệp dữ liệu của cchc-tui: hãy chọn tệp khác để ghi báo cáo.",
        en="{path} is cchc-tui's data file: choose another file for the report.",
    ),
    "report.saving": Words(vi="Đang ghi {path}…", en="Writing {path}…"),
    "report.save_hint": Words(
        vi="Đuôi tệp chọn định dạng: .txt .md .csv .tsv .html .json .docx .xlsx",
        en="The file's extension picks the format: .txt .md .csv .tsv .html .json .docx .xlsx",
    ),
}
