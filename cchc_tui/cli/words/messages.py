"""What the commands say when they are done, and the words only their printed tables use.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    "inspection.as_planned": Words(vi="đúng ngày dự kiến", en="on the planned day"),
    "inspection.planned_short": Words(vi="dự kiến {planned}", en="planned for {planned}"),
    # the command line
    "cli.sent": Words(
        vi="báo cáo: ngày đơn vị gửi (mặc định: ngày nhận --on); đúng hạn tính theo ngày gửi",
        en="a report: the day the unit sent it (default: the day received, --on); "
        "on time is judged by it",
    ),
    "cli.ref": Words(
        vi='báo cáo: số văn bản, ví dụ "12/BC-UBND"',
        en='a report: its document number, e.g. "12/BC-UBND"',
    ),
    "cli.unit_notice": Words(
        vi="thông báo kết luận kiểm tra của đơn vị này (đơn vị đã kết luận)",
        en="the conclusion notice for this unit (once concluded)",
    ),
    # command results
    "done.schedule": Words(vi="{unit}: ngày kiểm tra {date}.", en="{unit}: inspection on {date}."),
    "done.mark": Words(
        vi="{unit}: {step} ngày {date} ({timing}).", en="{unit}: {step} on {date} ({timing})."
    ),
    "done.conclude": Words(
        vi="{unit}: đã ghi kết luận: {conclusion}.",
        en="{unit}: conclusion recorded: {conclusion}.",
    ),
    "done.item": Words(vi="{unit}: {item} — {verdict}.", en="{unit}: {item} — {verdict}."),
    "done.note": Words(vi="{unit}: đã thêm ghi chú.", en="{unit}: note added."),
    "done.import": Words(
        vi="Đã nhập kế hoạch {plan} ({units} đơn vị), đang dùng kế hoạch này.",
        en="Imported plan {plan} ({units} units); it is now the current plan.",
    ),
    "done.restore": Words(
        vi="Đã khôi phục {path} từ bản sao lưu; tệp hỏng được giữ ở {kept}.",
        en="Restored {path} from the backup; the damaged file is kept as {kept}.",
    ),
    "check.ok": Words(
        vi="Tệp dữ liệu tốt: {plans} kế hoạch, {units} đơn vị, {history} thay đổi.",
        en="Data file is sound: {plans} plan(s), {units} units, {history} changes.",
    ),
    "created_from_import": Words(
        vi="Chưa có tệp dữ liệu, đã tạo {path} từ kế hoạch {plan}.",
        en="No data file yet: created {path} from plan {plan}.",
    ),
    "plan_file_unreadable": Words(
        vi="Không đọc được tệp kế hoạch {path}: {detail}.",
        en="Cannot read the plan file {path}: {detail}.",
    ),
    "interrupted": Words(vi="Đã dừng.", en="Stopped."),
    "col.when": Words(vi="Thời gian", en="When"),
    "col.who": Words(vi="Người sửa", en="Who"),
    "col.change": Words(vi="Thay đổi", en="Change"),
    "agenda.heading": Words(vi="Việc đến hạn (tính đến ngày {date})", en="Due (as of {date})"),
}
