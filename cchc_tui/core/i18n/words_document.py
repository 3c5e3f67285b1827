"""The words of the documents the office hands in: the report's sentences, sections and
columns, the letterhead of Nghị định 30/2020, the conclusion notice, and their messages.

Each entry is (Vietnamese, English). The seed's own words where it has them: "Thực hiện
Kế hoạch số …", "Tự kiểm tra", "Ngày kiểm tra" in full, the year in the title."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # the letterhead (Nghị định 30/2020/NĐ-CP, Phụ lục I)
    "doc.nation": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM"),
    "doc.motto": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "doc.number": ("Số: …/{code}", "No.: …/{code}"),
    "doc.place_date": ("{place}, ngày … tháng … năm {year}", "{place}, … {year}"),
    "doc.recipients": ("Nơi nhận:", "Recipients:"),
    "doc.archive": ("Lưu: VT.", "File: VT."),
    "doc.signer_body": ("TM. ỦY BAN NHÂN DÂN", "ON BEHALF OF THE PEOPLE'S COMMITTEE"),
    "doc.signer_head": ("CHỦ TỊCH", "CHAIRPERSON"),
    "doc.appendix": ("PHỤ LỤC {number}", "APPENDIX {number}"),
    "doc.attachment": (
        "(Kèm theo {kind} số …/{code} ngày … tháng … năm {year} của {issuer})",
        "(Attached to {kind} no. …/{code} of … {year}, {issuer})",
    ),
    "doc.report_kind": ("BÁO CÁO", "REPORT"),
    "doc.report_subject": (
        "Kết quả kiểm tra công tác cải cách hành chính năm {year}",
        "On the results of the administrative reform inspection, {year}",
    ),
    "doc.notice_kind": ("THÔNG BÁO", "NOTICE"),
    "doc.notice_subject": (
        "Kết luận kiểm tra công tác cải cách hành chính năm {year} tại {unit}",
        "Of the conclusions of the administrative reform inspection, {year}, at {unit}",
    ),
    "doc.as_of": (
        "Kế hoạch số {number} — số liệu tính đến ngày {date}.",
        "Plan no. {number} — figures as of {date}.",
    ),
    # the lead paragraph
    "report.lead": (
        "Thực hiện Kế hoạch số {number} ngày {date} của {issuer} về việc {title}; "
        "đến ngày {today}, {progress}.",
        "Under plan no. {number} of {date} issued by {issuer} ({title}): as of {today}, "
        "{progress}.",
    ),
    "report.lead.inspected": (
        "Đoàn kiểm tra đã kiểm tra trực tiếp {done}/{total} đơn vị{names}",
        "the team has inspected {done} of {total} units directly{names}",
    ),
    "report.lead.direct_steps": (
        "đã thông báo lịch kiểm tra đến {notified}/{total} đơn vị, "
        "nhận báo cáo của {reported}/{total} đơn vị được kiểm tra trực tiếp{late}",
        "notified {notified} of {total} units of their inspection date and received "
        "{reported} of {total} reports from units inspected directly{late}",
    ),
    "report.lead.self": (
        "{done}/{total} đơn vị tự kiểm tra đã gửi báo cáo{late}",
        "{done} of {total} self-inspecting units have sent their report{late}",
    ),
    "report.lead.late": (" ({count} đơn vị gửi trễ hạn: {names})", " ({count} late: {names})"),
    "report.lead.missing": (
        "còn {count} đơn vị chưa gửi báo cáo: {names}",
        "{count} units have not reported yet: {names}",
    ),
    "report.names_more": ("{names} và {more} đơn vị khác", "{names} and {more} other units"),
    # sections
    "report.organisation": ("Công tác tổ chức kiểm tra", "How the inspection is organised"),
    "report.results": ("Kết quả kiểm tra theo nội dung", "Results by checklist item"),
    "report.shortcomings": ("Tồn tại, hạn chế", "Shortcomings"),
    "report.conclusions": ("Biểu dương, chấn chỉnh, phê bình", "Commendations and criticism"),
    "report.overdue": ("Việc quá hạn", "Overdue work"),
    "report.units": ("Tình hình từng đơn vị", "Each unit"),
    "report.details": ("Kết quả đánh giá chi tiết theo đơn vị", "Each unit's checklist"),
    "report.progress": ("Tiến độ thực hiện", "Progress"),
    "report.progress.scheduled": ("Đã có lịch kiểm tra", "Inspection date set"),
    "report.progress.notified": ("Đã thông báo lịch kiểm tra", "Schedule notified"),
    "report.progress.direct_report": (
        "Đã nhận báo cáo (đơn vị kiểm tra trực tiếp)",
        "Reports received (units inspected directly)",
    ),
    "report.progress.inspected": ("Đã kiểm tra trực tiếp", "Inspected directly"),
    "report.progress.self_report": ("Đã nhận báo cáo tự kiểm tra", "Self-inspection reports"),
    "report.progress.concluded": ("Đã kết luận", "Concluded"),
    "report.progress.entry": ("{label}: {done}/{total} đơn vị.", "{label}: {done} of {total}."),
    "report.no_results": ("Chưa có đơn vị nào được đánh giá.", "No unit assessed yet."),
    "report.no_shortcomings": (
        "Chưa ghi nhận nội dung chưa đạt hoặc đạt một phần.",
        "No item recorded as not met or partly met.",
    ),
    "report.no_overdue": ("Không có việc quá hạn.", "Nothing overdue."),
    "report.no_conclusion": ("Chưa có đơn vị nào được kết luận.", "No unit concluded yet."),
    "report.concluded_as": (
        "{conclusion} ({count} đơn vị): {names}.",
        "{conclusion} ({count}): {names}.",
    ),
    # columns
    "report.col.item": ("Nội dung kiểm tra", "Checklist item"),
    "report.col.done": ("Đã thực hiện", "Done"),
    "report.col.total": ("Tổng số đơn vị", "Units"),
    "report.col.not_met_units": ("Đơn vị chưa đạt", "Units not meeting it"),
    "report.col.mode": ("Hình thức kiểm tra", "Inspection"),
    "report.col.inspection_date": ("Ngày kiểm tra", "Inspection date"),
    "report.col.notified_on": ("Ngày thông báo lịch", "Notified on"),
    "report.col.report_sent_on": ("Ngày gửi báo cáo", "Report sent on"),
    "report.col.report_on": ("Ngày nhận báo cáo", "Report received on"),
    "report.col.report_ref": ("Số báo cáo", "Report no."),
    "report.col.inspected_on": ("Ngày đã kiểm tra", "Inspected on"),
    "report.col.stage": ("Tình trạng", "Status"),
    "report.col.late": ("Các bước thực hiện trễ hạn", "Steps done late"),
    "report.col.next": ("Việc tiếp theo", "Next step"),
    "report.col.due": ("Hạn", "Due"),
    "report.col.countdown": ("Thời hạn", "Time left"),
    "report.col.days_left": ("Số ngày còn lại", "Days left"),
    "report.col.conclusion": ("Kết luận", "Conclusion"),
    "report.col.concluded_on": ("Ngày kết luận", "Concluded on"),
    "report.col.notes": ("Ghi chú", "Notes"),
    "report.col.plan": ("Kế hoạch", "Plan"),
    "report.col.as_of": ("Tính đến ngày", "As of"),
    "report.sheet_title": (
        "Kế hoạch số {number} — {title} — số liệu tính đến ngày {date}",
        "Plan {number} — {title} — figures as of {date}",
    ),
    # sentences about one unit
    "report.unit.on_day": ("{mode} ngày {date}", "{mode} on {date}"),
    "report.unit.done.notified": ("đã thông báo lịch {date}", "schedule notified {date}"),
    "report.unit.done.report.direct": ("đã nhận báo cáo {date}", "report received {date}"),
    "report.unit.done.report.self": ("đã gửi báo cáo {date}", "report sent {date}"),
    "report.unit.done.inspected": ("đã kiểm tra {date}", "inspected {date}"),
    "report.unit.planned": ("dự kiến {date}", "planned for {date}"),
    "report.unit.concluded": ("kết luận: {conclusion}", "conclusion: {conclusion}"),
    "report.unit.unscheduled": ("chưa có lịch kiểm tra", "no inspection date yet"),
    "report.unit.awaiting_conclusion": ("chờ kết luận", "awaiting the conclusion"),
    "report.unit.due": ("hạn {step} {date}, {countdown}", "{step} due {date}, {countdown}"),
    "report.unit.step.notified": ("thông báo lịch", "notice"),
    "report.unit.step.report.direct": ("nhận báo cáo", "report"),
    "report.unit.step.report.self": ("gửi báo cáo", "report"),
    "report.unit.step.inspected": ("kiểm tra", "inspection"),
    "report.unit.notes": ("Ghi chú: {notes}", "Notes: {notes}"),
    "report.late_by": ("trễ hạn {n} ngày", "{n} days late"),
    "report.late_by_one": ("trễ hạn 1 ngày", "1 day late"),
    "report.late_step": ("{step} ({n} ngày)", "{step} ({n} days)"),
    # the conclusion notice for one unit
    "notice.visit.direct": (
        "ngày {date}, Đoàn kiểm tra đã kiểm tra trực tiếp công tác cải cách hành chính tại {unit}",
        "on {date} the team inspected administrative reform at {unit}",
    ),
    "notice.visit.self": (
        "{unit} đã tự kiểm tra và gửi báo cáo ngày {date}",
        "{unit} inspected itself and sent its report on {date}",
    ),
    "notice.lead": (
        "Thực hiện Kế hoạch số {number} ngày {date} của {issuer} về việc {title}; {visit}. "
        "{issuer_short} thông báo kết luận kiểm tra như sau:",
        "Under plan no. {number} of {date} issued by {issuer} ({title}), {visit}. "
        "{issuer_short} gives its conclusions as follows:",
    ),
    "notice.results": ("Kết quả kiểm tra", "Results"),
    "notice.conclusion": ("Kết luận", "Conclusion"),
    "notice.conclusion_text": ("{unit}: {conclusion}.", "{unit}: {conclusion}."),
    "notice.notes": ("Ghi chú của Đoàn kiểm tra", "The team's notes"),
    "notice.request": ("Yêu cầu", "Request"),
    "notice.request_text": (
        "Đề nghị {unit} khắc phục các tồn tại, hạn chế nêu trên và báo cáo kết quả khắc phục "
        "về {receiver} trước ngày … tháng … năm ….",
        "{unit} is asked to remedy the shortcomings above and report on it to {receiver} by … .",
    ),
    "notice.none": ("Không có.", "None."),
    # the form names people see, and messages
    "report.format.text": ("văn bản", "text"),
    "report.format.markdown": ("Markdown", "Markdown"),
    "report.format.csv": ("CSV", "CSV"),
    "report.format.tsv": ("TSV", "TSV"),
    "report.format.html": ("HTML", "HTML"),
    "report.format.json": ("JSON", "JSON"),
    "report.binary_to_terminal": (
        "Định dạng {format} là tệp nhị phân, không in ra màn hình: "
        "thêm -o TỆP (ví dụ -o {example}).",
        "The {format} format is a binary file, not for the screen: "
        "add -o FILE (e.g. -o {example}).",
    ),
    "report.not_concluded": (
        "{unit} chưa có kết luận kiểm tra: thông báo kết luận chỉ lập cho đơn vị đã kết luận.",
        "{unit} has no conclusion yet: a conclusion notice is drawn up once a unit is concluded.",
    ),
    "report.output_is_data": (
        "{path} là tệp dữ liệu của cchc-tui: hãy chọn tệp khác để ghi báo cáo.",
        "{path} is cchc-tui's data file: choose another file for the report.",
    ),
    "report.saving": ("Đang ghi {path}…", "Writing {path}…"),
    "report.save_hint": (
        "Đuôi tệp chọn định dạng: .txt .md .csv .tsv .html .json .docx .xlsx",
        "The file's extension picks the format: .txt .md .csv .tsv .html .json .docx .xlsx",
    ),
    "cli.unit_notice": (
        "thông báo kết luận kiểm tra của đơn vị này (đơn vị đã kết luận)",
        "the conclusion notice for this unit (once concluded)",
    ),
}
