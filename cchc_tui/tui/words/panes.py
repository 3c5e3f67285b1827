"""The words of the full-screen app: panes, dialogs, notices, the calendar and the
agenda, and every key's label (``tui.key.<binding id>``) and help (``tui.tip.<binding id>``).

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    "tui.title": Words(vi="Kế hoạch {number}", en="Plan {number}"),
    "tui.today": Words(vi="Hôm nay {date}", en="Today {date}"),
    "tui.read_only_tag": Words(vi="CHỈ ĐỌC", en="READ-ONLY"),
    "tui.read_only_banner": Words(
        vi="CHỈ ĐỌC — chỉ xem được, không sửa được: {reason}",
        en="READ-ONLY — you can look but not change anything: {reason}",
    ),
    "tui.pane.plan": Words(vi="Kế hoạch", en="Plan"),
    "tui.pane.units": Words(vi="Đơn vị", en="Units"),
    "tui.pane.checklist": Words(vi="Nội dung kiểm tra", en="Checklist"),
    "tui.pane.calendar": Words(vi="Lịch", en="Calendar"),
    "tui.pane.agenda": Words(vi="Việc đến hạn", en="Due"),
    "tui.pane.app": Words(vi="Chung", en="Everywhere"),
    "tui.pane.moving": Words(vi="Di chuyển trong danh sách", en="Moving in a list"),
    "tui.pane.dialog": Words(vi="Hộp thoại", en="Dialogs"),
    "tui.pane.summary": Words(vi="Báo cáo tổng hợp", en="Summary report"),
    "tui.pane.detail": Words(vi="Chi tiết đơn vị", en="Unit detail"),
    "tui.pane.filter": Words(vi="Ô lọc", en="Filter box"),
    "tui.no_unit": Words(vi="Chưa chọn đơn vị.", en="No unit selected."),
    "tui.filter_placeholder": Words(
        vi="Gõ tên đơn vị, không cần dấu (vd: hong khe)",
        en="Type a unit name, diacritics optional (e.g. hong khe)",
    ),
    "tui.filter_count": Words(
        vi="{shown}/{total} đơn vị khớp “{query}”",
        en="{shown}/{total} units match “{query}”",
    ),
    "tui.sorted_by": Words(vi="sắp xếp: {order}", en="sorted by {order}"),
    "tui.sort.plan": Words(vi="thứ tự kế hoạch", en="plan order"),
    "tui.sort.name": Words(vi="tên", en="name"),
    "tui.sort.date": Words(vi="ngày kiểm tra", en="inspection date"),
    "tui.sort.stage": Words(vi="giai đoạn", en="stage"),
    "tui.sort.deadline": Words(vi="hạn gần nhất", en="nearest deadline"),
    "tui.next": Words(vi="Việc tiếp theo", en="Next"),
    "tui.next_due": Words(
        vi="{step}, hạn {date} ({countdown})", en="{step}, due {date} ({countdown})"
    ),
    "tui.all_done": Words(vi="Đã xong mọi bước.", en="Every step is done."),
    "tui.legend": Words(vi="◆ kiểm tra  • hạn  ! quá hạn", en="◆ inspection  • due  ! overdue"),
    "tui.legend_today": Words(vi="hôm nay", en="today"),
    "tui.day_empty": Words(vi="{date}: không có việc.", en="{date}: nothing due."),
    "tui.day_inspection": Words(vi="kiểm tra {unit}", en="inspection of {unit}"),
    "tui.day_deadline": Words(vi="{step} — {unit}", en="{step} — {unit}"),
    "tui.changed_by": Words(
        vi="{who} vừa sửa {unit}: {change}", en="{who} just changed {unit}: {change}"
    ),
    "tui.changed_many": Words(
        vi="{count} thay đổi mới từ {who}. Mới nhất — {unit}: {change}",
        en="{count} new changes by {who}. Latest — {unit}: {change}",
    ),
    "tui.reloaded": Words(
        vi="Tệp dữ liệu vừa được thay đổi; đã tải lại.",
        en="The data file changed; reloaded.",
    ),
    "tui.refused": Words(vi="Không thực hiện", en="Not done"),
    "tui.done": Words(vi="Đã lưu", en="Saved"),
    "tui.copied": Words(
        vi="Đã chép báo cáo ({lines} dòng) vào bộ nhớ tạm qua terminal (OSC 52).",
        en="Copied the report ({lines} lines) to the clipboard through the terminal (OSC 52).",
    ),
    "tui.ask.schedule": Words(vi="Ngày kiểm tra — {unit}", en="Inspection date — {unit}"),
    "tui.ask.mark": Words(vi="{step}: ngày thực hiện — {unit}", en="{step}: done on — {unit}"),
    "tui.ask.conclude": Words(vi="Kết luận — {unit}", en="Conclusion — {unit}"),
    "tui.ask.note": Words(vi="Ghi chú mới — {unit}", en="New note — {unit}"),
    "tui.ask.item_note": Words(vi="Ghi chú cho “{item}” — {unit}", en="Note on “{item}” — {unit}"),
    "tui.ask.save": Words(vi="Lưu báo cáo vào tệp", en="Save the report to a file"),
    "tui.date_hint": Words(vi="DD/MM/YYYY, ví dụ 25/09/2023", en="DD/MM/YYYY, e.g. 25/09/2023"),
    "tui.date_reads": Words(vi="{weekday}, {date}", en="{weekday}, {date}"),
    "tui.dialog_keys": Words(vi="Enter: đồng ý · Esc: bỏ qua", en="Enter: accept · Esc: cancel"),
    "tui.help_title": Words(vi="Phím tắt", en="Keys"),
    "tui.help_intro": Words(
        vi="Mọi phím đều dùng được không cần chuột. Phím ở khung đang chọn hiện ở dòng cuối.",
        en="Everything works without a mouse. The keys of the focused pane show on the bottom line.",
    ),
    "tui.summary_more": Words(
        vi="… Màn hình chỉ hiện phần đầu; còn {lines} dòng nữa. Toàn văn: w lưu tệp, c chép, "
        "p in ra.",
        en="… Only the beginning is shown; {lines} more lines. The whole text: w saves it, "
        "c copies it, p prints it.",
    ),
    "tui.summary_title": Words(
        vi="Báo cáo tổng hợp — định dạng {format}",
        en="Summary report — {format} format",
    ),
    "tui.detail.steps": Words(vi="Các bước", en="Steps"),
    "tui.detail.notes": Words(vi="Ghi chú", en="Notes"),
    "tui.detail.history": Words(vi="Lịch sử thay đổi", en="Change history"),
    "tui.detail.kind": Words(vi="{kind} — {mode}", en="{kind} — {mode}"),
    "tui.detail.not_in_seed": Words(
        vi="(đơn vị không được nêu tên trong văn bản kế hoạch)",
        en="(unit not named in the plan's text)",
    ),
    "tui.detail.no_notes": Words(vi="Chưa có ghi chú.", en="No notes yet."),
    "tui.detail.note_by": Words(vi="{at} {by}: {text}", en="{at} {by}: {text}"),
    # key labels (footer) and what each key does (help); ids are the Binding ids
    "tui.key.quit": Words(vi="Thoát", en="Quit"),
    "tui.tip.quit": Words(
        vi="Thoát chương trình; mọi thay đổi đã được lưu.",
        en="Quit; every change is already saved.",
    ),
    "tui.key.help": Words(vi="Giúp", en="Help"),
    "tui.tip.help": Words(vi="Danh sách mọi phím.", en="Every key."),
    "tui.key.undo": Words(vi="Hoàn tác", en="Undo"),
    "tui.tip.undo": Words(
        vi="Hoàn tác thay đổi gần nhất của bạn, sau khi hỏi lại (cũng ghi vào lịch sử).",
        en="Undo your last change, after asking (recorded in the history too).",
    ),
    "tui.key.summary": Words(vi="Tổng hợp", en="Summary"),
    "tui.tip.summary": Words(
        vi="Xem báo cáo tổng hợp (như lệnh cchc-tui summary), chép, lưu hoặc in.",
        en="Open the summary report (as cchc-tui summary) to copy, save or print it.",
    ),
    "tui.key.pane-plan": Words(vi="Kế hoạch", en="Plan"),
    "tui.tip.pane-plan": Words(vi="Sang khung kế hoạch.", en="Go to the plan pane."),
    "tui.key.pane-units": Words(vi="Đơn vị", en="Units"),
    "tui.tip.pane-units": Words(
        vi="Sang khung đơn vị và nội dung kiểm tra.",
        en="Go to the units and checklist.",
    ),
    "tui.key.pane-calendar": Words(vi="Lịch", en="Calendar"),
    "tui.tip.pane-calendar": Words(
        vi="Sang khung lịch và việc đến hạn.",
        en="Go to the calendar and what is due.",
    ),
    "tui.key.next-pane": Words(vi="Khung sau", en="Next pane"),
    "tui.tip.next-pane": Words(vi="Sang khung tiếp theo.", en="Move to the next pane."),
    "tui.key.prev-pane": Words(vi="Khung trước", en="Previous pane"),
    "tui.tip.prev-pane": Words(vi="Về khung trước.", en="Move to the previous pane."),
    "tui.key.up": Words(vi="Lên", en="Up"),
    "tui.tip.up": Words(vi="Lên một dòng.", en="One line up."),
    "tui.key.down": Words(vi="Xuống", en="Down"),
    "tui.tip.down": Words(vi="Xuống một dòng.", en="One line down."),
    "tui.key.page-up": Words(vi="Trang trước", en="Page up"),
    "tui.tip.page-up": Words(vi="Lên một trang.", en="One page up."),
    "tui.key.page-down": Words(vi="Trang sau", en="Page down"),
    "tui.tip.page-down": Words(vi="Xuống một trang.", en="One page down."),
    "tui.key.first": Words(vi="Đầu", en="First"),
    "tui.tip.first": Words(vi="Về dòng đầu.", en="To the first line."),
    "tui.key.last": Words(vi="Cuối", en="Last"),
    "tui.tip.last": Words(vi="Đến dòng cuối.", en="To the last line."),
    "tui.key.open-detail": Words(vi="Xem", en="Open"),
    "tui.tip.open-detail": Words(
        vi="Mở chi tiết đơn vị: các bước, hạn, ghi chú, lịch sử.",
        en="Open the unit: steps, deadlines, notes, history.",
    ),
    "tui.key.filter": Words(vi="Lọc", en="Filter"),
    "tui.tip.filter": Words(
        vi="Lọc đơn vị theo tên, không cần dấu: gõ “hong” ra Hồng Khê, Tân Hồng.",
        en="Filter units by name, diacritics optional: “hong” finds Hồng Khê, Tân Hồng.",
    ),
    "tui.key.sort": Words(vi="Sắp xếp", en="Sort"),
    "tui.tip.sort": Words(
        vi="Đổi cách sắp xếp: thứ tự kế hoạch, tên, ngày kiểm tra, giai đoạn, hạn gần nhất.",
        en="Change the order: plan order, name, inspection date, stage, nearest deadline.",
    ),
    "tui.key.schedule": Words(vi="Ngày KT", en="Date"),
    "tui.tip.schedule": Words(
        vi="Đặt hoặc đổi ngày kiểm tra trực tiếp của đơn vị.",
        en="Set or move the unit's direct inspection date.",
    ),
    "tui.key.mark-notified": Words(vi="Báo lịch", en="Notified"),
    "tui.tip.mark-notified": Words(
        vi="Ghi nhận đã thông báo lịch kiểm tra (hôm nay hoặc ngày khác).",
        en="Record that the schedule was notified (today or another day).",
    ),
    "tui.key.mark-report": Words(vi="Nhận BC", en="Report in"),
    "tui.tip.mark-report": Words(
        vi="Ghi nhận đã nhận báo cáo của đơn vị (hôm nay hoặc ngày khác).",
        en="Record that the unit's report came in (today or another day).",
    ),
    "tui.key.mark-inspected": Words(vi="Đã KT", en="Inspected"),
    "tui.tip.mark-inspected": Words(
        vi="Ghi nhận đã kiểm tra đơn vị (hôm nay hoặc ngày khác).",
        en="Record that the unit was inspected (today or another day).",
    ),
    "tui.key.conclude": Words(vi="Kết luận", en="Conclude"),
    "tui.tip.conclude": Words(
        vi="Ghi kết luận: biểu dương, đạt, chấn chỉnh phê bình.",
        en="Record the conclusion: commend, satisfactory, correct and criticise.",
    ),
    "tui.key.add-note": Words(vi="Ghi chú", en="Note"),
    "tui.tip.add-note": Words(vi="Thêm một ghi chú cho đơn vị.", en="Add a note to the unit."),
    "tui.key.cycle-verdict": Words(vi="Kết quả", en="Verdict"),
    "tui.tip.cycle-verdict": Words(
        vi="Chọn kết quả nội dung: v hoặc dấu cách chuyển lựa chọn, Enter ghi một lần.",
        en="Choose the item's verdict: v or space move on, Enter records it once.",
    ),
    "tui.key.item-note": Words(vi="Ghi chú ND", en="Item note"),
    "tui.tip.item-note": Words(
        vi="Sửa ghi chú của nội dung kiểm tra.", en="Edit the checklist item's note."
    ),
    "tui.key.filter-done": Words(vi="Xong", en="Done"),
    "tui.tip.filter-done": Words(
        vi="Giữ bộ lọc, về danh sách.", en="Keep the filter, back to the list."
    ),
    "tui.key.filter-clear": Words(vi="Bỏ lọc", en="Clear"),
    "tui.tip.filter-clear": Words(
        vi="Xóa bộ lọc, về danh sách.", en="Clear the filter, back to the list."
    ),
    "tui.key.prev-month": Words(vi="Tháng trước", en="Prev month"),
    "tui.tip.prev-month": Words(vi="Lùi một tháng.", en="One month back."),
    "tui.key.next-month": Words(vi="Tháng sau", en="Next month"),
    "tui.tip.next-month": Words(vi="Sang tháng sau.", en="On to the next month."),
    "tui.key.go-today": Words(vi="Hôm nay", en="Today"),
    "tui.tip.go-today": Words(vi="Về ngày hôm nay.", en="Back to today."),
    "tui.key.day-left": Words(vi="Ngày trước", en="Day before"),
    "tui.tip.day-left": Words(vi="Sang ngày hôm trước.", en="The day before."),
    "tui.key.day-right": Words(vi="Ngày sau", en="Day after"),
    "tui.tip.day-right": Words(vi="Sang ngày hôm sau.", en="The day after."),
    "tui.key.week-up": Words(vi="Tuần trước", en="Week before"),
    "tui.tip.week-up": Words(vi="Lùi một tuần.", en="One week back."),
    "tui.key.week-down": Words(vi="Tuần sau", en="Week after"),
    "tui.tip.week-down": Words(vi="Sang tuần sau.", en="On to the next week."),
    "tui.key.jump-day": Words(vi="Đến đơn vị", en="Go to unit"),
    "tui.tip.jump-day": Words(
        vi="Đến đơn vị có việc trong ngày đang chọn (nhấn lại để sang đơn vị tiếp theo).",
        en="Go to the unit with something on the chosen day (again for the next one).",
    ),
    "tui.key.jump-agenda": Words(vi="Đến đơn vị", en="Go to unit"),
    "tui.tip.jump-agenda": Words(
        vi="Đến đơn vị của việc đang chọn.", en="Go to the unit of the chosen line."
    ),
    "tui.key.copy": Words(vi="Chép", en="Copy"),
    "tui.tip.copy": Words(
        vi="Chép báo cáo vào bộ nhớ tạm (OSC 52, dùng được qua SSH).",
        en="Copy the report to the clipboard (OSC 52, works over SSH).",
    ),
    "tui.key.save": Words(vi="Lưu tệp", en="Save"),
    "tui.tip.save": Words(vi="Lưu báo cáo vào một tệp.", en="Save the report to a file."),
    "tui.key.print": Words(vi="In & thoát", en="Print & quit"),
    "tui.tip.print": Words(
        vi="Thoát và in báo cáo ra terminal để nó còn lại trong lịch sử cuộn.",
        en="Quit and print the report to the terminal so it stays in the scrollback.",
    ),
    "tui.key.format": Words(vi="Định dạng", en="Format"),
    "tui.tip.format": Words(
        vi="Đổi định dạng: text, markdown, csv, tsv, html, json.",
        en="Change the format: text, markdown, csv, tsv, html, json.",
    ),
    "tui.key.close": Words(vi="Đóng", en="Close"),
    "tui.tip.close": Words(vi="Đóng và quay lại.", en="Close and go back."),
    "tui.key.accept": Words(vi="Đồng ý", en="Accept"),
    "tui.tip.accept": Words(vi="Chấp nhận giá trị đã nhập.", en="Accept what was typed."),
    "tui.key.cancel": Words(vi="Bỏ qua", en="Cancel"),
    "tui.tip.cancel": Words(
        vi="Đóng hộp thoại, không thay đổi gì.", en="Close the dialog; nothing changes."
    ),
    # the calendar: days off
    "tui.day_off": Words(vi="nghỉ: {off}", en="day off: {off}"),
    "tui.legend_off": Words(vi="ngày nghỉ", en="day off"),
    "tui.working_made_up": Words(vi="ngày làm bù", en="make-up working day"),
    # the agenda's short step words (the pane is narrow)
    "agenda.step.notified": Words(vi="Báo lịch", en="Notify"),
    "agenda.step.report": Words(vi="Báo cáo", en="Report"),
    "agenda.step.inspected": Words(vi="Kiểm tra", en="Inspect"),
    # plan header
    "plan.number": Words(vi="Kế hoạch số", en="Plan no."),
    # columns of the units pane
    "col.due": Words(vi="Hạn", en="Due"),
    "col.conclusion": Words(vi="Kết luận", en="Conclusion"),
}
