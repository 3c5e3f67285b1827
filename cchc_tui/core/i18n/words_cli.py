"""The words of the command line's help: the program, its options and each command.

Each entry is (Vietnamese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "cli.prog": (
        "Theo dõi kế hoạch kiểm tra cải cách hành chính. "
        "Không có lệnh: mở giao diện toàn màn hình.",
        "Track an administrative-reform inspection plan. No command: open the full-screen app.",
    ),
    "cli.db": (
        "tệp dữ liệu (mặc định: $CCHC_TUI_DB, rồi thư mục dữ liệu của người dùng)",
        "data file (default: $CCHC_TUI_DB, then the user data folder)",
    ),
    "cli.today": ("coi ngày này là hôm nay (DD/MM/YYYY)", "take this date as today (DD/MM/YYYY)"),
    "cli.help": ("in hướng dẫn này rồi thoát", "show this help and exit"),
    "cli.version": ("in phiên bản rồi thoát", "show the version and exit"),
    "cli.lang": ("ngôn ngữ: vi hoặc en", "language: vi or en"),
    "cli.plan": (
        "số kế hoạch cần dùng (mặc định: kế hoạch hiện hành)",
        "plan number to use (default: the current plan)",
    ),
    "cli.summary": ("in báo cáo tổng hợp", "print the summary report"),
    "cli.format": ("định dạng", "format"),
    "cli.output": ("ghi ra tệp thay vì màn hình", "write to a file instead of the screen"),
    "cli.agenda": (
        "việc đến hạn trong N ngày tới, quá hạn trước",
        "what is due in the next N days, overdue first",
    ),
    "cli.days": ("số ngày (mặc định 14)", "number of days (default 14)"),
    "cli.units": ("danh sách đơn vị và giai đoạn", "the units and their stage"),
    "cli.filter": ("lọc theo tên (không cần dấu)", "filter by name (diacritics optional)"),
    "cli.schedule": ("đặt ngày kiểm tra trực tiếp", "set the direct inspection date"),
    "cli.mark": (
        "đánh dấu đã thông báo lịch / đã nhận báo cáo / đã kiểm tra / đã khắc phục",
        "mark schedule notified / report received / inspected / fixes reported",
    ),
    "cli.step": (
        "bước đã làm: thong-bao (notified), bao-cao (report), kiem-tra (inspected), "
        "khac-phuc (fixed: đã nhận báo cáo khắc phục)",
        "the step done: notified (thong-bao), report (bao-cao), inspected (kiem-tra), "
        "fixed (khac-phuc: the remediation report came)",
    ),
    "cli.conclusion": (
        "bieu-duong (biểu dương), dat (đạt), phe-binh (chấn chỉnh, phê bình)",
        "bieu-duong (commend), dat (satisfactory), phe-binh (correct and criticise)",
    ),
    "cli.on": ("ngày thực hiện (mặc định: hôm nay)", "the day it was done (default: today)"),
    "cli.conclude": (
        "ghi kết luận: bieu-duong, dat, phe-binh",
        "record the conclusion: bieu-duong, dat, phe-binh",
    ),
    "cli.item": ("đánh giá một nội dung kiểm tra", "assess one checklist item"),
    "cli.item_arg": ("số thứ tự hoặc tên nội dung", "item number or name"),
    "cli.verdict": (
        "dat, dat-mot-phan, chua-dat, khong-ap-dung",
        "dat, dat-mot-phan, chua-dat, khong-ap-dung",
    ),
    "cli.note_opt": ("ghi chú cho nội dung", "note for the item"),
    "cli.note": ("thêm ghi chú cho đơn vị", "add a note to a unit"),
    "cli.history": ("lịch sử thay đổi (của một đơn vị)", "change history (of one unit)"),
    "cli.undo": ("hoàn tác thay đổi gần nhất của bạn", "undo your last change"),
    "cli.import": (
        "nhập một tệp kế hoạch (TOML) và dùng nó",
        "import a plan file (TOML) and make it current",
    ),
    "cli.export": (
        "xuất kế hoạch hiện hành ra tệp TOML",
        "export the current plan as a TOML plan file",
    ),
    "cli.check": ("kiểm tra tệp dữ liệu", "check the data file"),
    "cli.restore": (
        "khôi phục tệp dữ liệu từ bản sao lưu tự động",
        "restore the data file from the automatic backup",
    ),
    "cli.unit": (
        "tên đơn vị (không cần dấu, có thể gõ phần đầu)",
        "unit name (diacritics optional, a prefix will do)",
    ),
    "cli.date": ("ngày (DD/MM/YYYY)", "date (DD/MM/YYYY)"),
    "cli.text": ("nội dung", "text"),
    "cli.file": ("tệp", "file"),
}
