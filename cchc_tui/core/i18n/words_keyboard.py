"""Words for keys typed in bursts and screens that say what they mean: the questions that
guard one-key changes (undo, a verdict) and the keys that answer them, what Ctrl+C says,
the units table's next step, a checklist item named by its number.

Each entry is (Vietnamese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "tui.ask.undo": ("Hoàn tác", "Undo"),
    "tui.undo_question": ("Hoàn tác {what}?", "Undo {what}?"),
    "tui.confirm_keys": (
        "Enter hoặc y: đồng ý · Esc hoặc n: thôi",
        "Enter or y: yes · Esc or n: no",
    ),
    "tui.key.confirm-yes": ("Đồng ý", "Yes"),
    "tui.tip.confirm-yes": ("Làm điều hộp thoại hỏi.", "Do what the dialog asks about."),
    "tui.key.confirm-no": ("Thôi", "No"),
    "tui.tip.confirm-no": ("Không làm, đóng hộp thoại.", "Do nothing; close the dialog."),
    "tui.ask.verdict": ("Kết quả “{item}” — {unit}", "Verdict on “{item}” — {unit}"),
    "tui.verdict_keys": (
        "v hoặc dấu cách: kết quả sau · Enter: ghi · Esc: bỏ qua",
        "v or space: next verdict · Enter: record · Esc: cancel",
    ),
    "tui.key.next-verdict": ("Kết quả sau", "Next verdict"),
    "tui.tip.next-verdict": (
        "Trong hộp chọn kết quả: chuyển sang kết quả tiếp theo (Enter để ghi).",
        "In the verdict dialog: move to the next verdict (Enter records it).",
    ),
    "undo_moved": (
        "Thay đổi gần nhất của bạn không còn là #{id} (tệp vừa được sửa); nhấn u để xem lại.",
        "Your last change is no longer #{id} (the file just changed); press u to look again.",
    ),
    "item_number": ("số {query}", "number {query}"),
    "item_words": ("“{query}”", "“{query}”"),
    "tui.col.next": ("Việc tiếp theo", "Next step"),
    "tui.step_short.schedule": ("Xếp lịch", "Set date"),
    "tui.step_short.notified": ("Báo lịch", "Notify"),
    "tui.step_short.report": ("Nhận BC", "Report"),
    "tui.step_short.inspected": ("Kiểm tra", "Inspect"),
    "tui.step_short.concluded": ("Kết luận", "Conclude"),
    "tui.quit_hint_title": ("Thoát?", "Quit?"),
    "tui.quit_hint": (
        "Nhấn q để thoát (Ctrl+C không thoát chương trình).",
        "Press q to quit (Ctrl+C does not quit).",
    ),
}
