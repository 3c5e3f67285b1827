"""The words of the command line's help: the program, its options and each command.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    "cli.prog": Words(
        vi="Theo dõi kế hoạch kiểm tra cải cách hành chính. "
        "Không có lệnh: mở giao diện toàn màn hình.",
        en="Track an administrative-reform inspection plan. No command: open the full-screen app.",
    ),
    "cli.db": Words(
        vi="tệp dữ liệu (mặc định: $CCHC_TUI_DB, rồi thư mục dữ liệu của người dùng)",
        en="data file (default: $CCHC_TUI_DB, then the user data folder)",
    ),
    "cli.today": Words(
        vi="coi ngày này là hôm nay (DD/MM/YYYY)", en="take this date as today (DD/MM/YYYY)"
    ),
    "cli.help": Words(vi="in hướng dẫn này rồi thoát", en="show this help and exit"),
    "cli.version": Words(vi="in phiên bản rồi thoát", en="show the version and exit"),
    "cli.lang": Words(vi="ngôn ngữ: vi hoặc en", en="language: vi or en"),
    "cli.plan": Words(
        vi="số kế hoạch cần dùng (mặc định: kế hoạch hiện hành)",
        en="plan number to use (default: the current plan)",
    ),
    "cli.summary": Words(vi="in báo cáo tổng hợp", en="print the summary report"),
    "cli.format": Words(vi="định dạng", en="format"),
    "cli.output": Words(
        vi="ghi ra tệp thay vì màn hình", en="write to a file instead of the screen"
    ),
    "cli.agenda": Words(
        vi="việc đến hạn trong N ngày tới, quá hạn trước",
        en="what is due in the next N days, overdue first",
    ),
    "cli.days": Words(vi="số ngày (mặc định 14)", en="number of days (default 14)"),
    "cli.units": Words(vi="danh sách đơn vị và giai đoạn", en="the units and their stage"),
    "cli.filter": Words(
        vi="lọc theo tên (không cần dấu)", en="filter by name (diacritics optional)"
    ),
    "cli.schedule": Words(vi="đặt ngày kiểm tra trực tiếp", en="set the direct inspection date"),
    "cli.mark": Words(
        vi="đánh dấu đã thông báo lịch / đã nhận báo cáo / đã kiểm tra / đã khắc phục",
        en="mark schedule notified / report received / inspected / fixes reported",
    ),
    "cli.step": Words(
        vi="bước đã làm: thong-bao (notified), bao-cao (report), kiem-tra (inspected), "
        "khac-phuc (fixed: đã nhận báo cáo khắc phục)",
        en="the step done: notified (thong-bao), report (bao-cao), inspected (kiem-tra), "
        "fixed (khac-phuc: the remediation report came)",
    ),
    "cli.conclusion": Words(
        vi="bieu-duong (biểu dương), dat (đạt), phe-binh (chấn chỉnh, phê bình)",
        en="bieu-duong (commend), dat (satisfactory), phe-binh (correct and criticise)",
    ),
    "cli.on": Words(
        vi="ngày thực hiện (mặc định: hôm nay)", en="the day it was done (default: today)"
    ),
    "cli.conclude": Words(
        vi="ghi kết luận: bieu-duong, dat, phe-binh",
        en="record the conclusion: bieu-duong, dat, phe-binh",
    ),
    "cli.item": Words(vi="đánh giá một nội dung kiểm tra", en="assess one checklist item"),
    "cli.item_arg": Words(vi="số thứ tự hoặc tên nội dung", en="item number or name"),
    "cli.verdict": Words(
        vi="dat, dat-mot-phan, chua-dat, khong-ap-dung",
        en="dat, dat-mot-phan, chua-dat, khong-ap-dung",
    ),
    "cli.note_opt": Words(vi="ghi chú cho nội dung", en="note for the item"),
    "cli.note": Words(vi="thêm ghi chú cho đơn vị", en="add a note to a unit"),
    "cli.history": Words(vi="lịch sử thay đổi (của một đơn vị)", en="change history (of one unit)"),
    "cli.undo": Words(vi="hoàn tác thay đổi gần nhất của bạn", en="undo your last change"),
    "cli.import": Words(
        vi="nhập một tệp kế hoạch (TOML) và dùng nó",
        en="import a plan file (TOML) and make it current",
    ),
    "cli.export": Words(
        vi="xuất kế hoạch hiện hành ra tệp TOML",
        en="export the current plan as a TOML plan file",
    ),
    "cli.check": Words(vi="kiểm tra tệp dữ liệu", en="check the data file"),
    "cli.restore": Words(
        vi="khôi phục tệp dữ liệu từ bản sao lưu tự động",
        en="restore the data file from the automatic backup",
    ),
    "cli.unit": Words(
        vi="tên đơn vị (không cần dấu, có thể gõ phần đầu)",
        en="unit name (diacritics optional, a prefix will do)",
    ),
    "cli.date": Words(vi="ngày (DD/MM/YYYY)", en="date (DD/MM/YYYY)"),
    "cli.text": Words(vi="nội dung", en="text"),
    "cli.file": Words(vi="tệp", en="file"),
    "cli.timeline": Words(
        vi="biểu đồ lịch kiểm tra trực tiếp theo ngày, và các trùng lịch",
        en="the direct inspections day by day, and the clashes",
    ),
    "cli.width": Words(
        vi="số cột (mặc định: độ rộng cửa sổ, hoặc 80)",
        en="columns to fit (default: the terminal's width, or 80)",
    ),
    "cli.metavar.width": Words(vi="SỐ-CỘT", en="COLUMNS"),
    "cli.width_invalid": Words(vi="ít nhất {least} cột", en="at least {least} columns"),
}
