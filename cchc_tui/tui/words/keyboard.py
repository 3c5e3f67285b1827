"""Words for keys typed in bursts and screens that say what they mean: the questions that
guard one-key changes (undo, a verdict) and the keys that answer them, the units table's
next step.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    "tui.ask.undo": Words(vi="Hoàn tác", en="Undo"),
    "tui.undo_question": Words(vi="Hoàn tác {what}?", en="Undo {what}?"),
    "tui.confirm_keys": Words(
        vi="Enter hoặc y: đồng ý · Esc hoặc n: thôi",
        en="Enter or y: yes · Esc or n: no",
    ),
    "tui.key.confirm-yes": Words(vi="Đồng ý", en="Yes"),
    "tui.tip.confirm-yes": Words(vi="Làm điều hộp thoại hỏi.", en="Do what the dialog asks about."),
    "tui.key.confirm-no": Words(vi="Thôi", en="No"),
    "tui.tip.confirm-no": Words(
        vi="Không làm, đóng hộp thoại.", en="Do nothing; close the dialog."
    ),
    "tui.ask.verdict": Words(vi="Kết quả “{item}” — {unit}", en="Verdict on “{item}” — {unit}"),
    "tui.verdict_keys": Words(
        vi="v hoặc dấu cách: kết quả sau · Enter: ghi · Esc: bỏ qua",
        en="v or space: next verdict · Enter: record · Esc: cancel",
    ),
    "tui.key.next-verdict": Words(vi="Kết quả sau", en="Next verdict"),
    "tui.tip.next-verdict": Words(
        vi="Trong hộp chọn kết quả: chuyển sang kết quả tiếp theo (Enter để ghi).",
        en="In the verdict dialog: move to the next verdict (Enter records it).",
    ),
    "tui.col.next": Words(vi="Việc tiếp theo", en="Next step"),
    "tui.step_short.schedule": Words(vi="Xếp lịch", en="Set date"),
    "tui.step_short.notified": Words(vi="Báo lịch", en="Notify"),
    "tui.step_short.report": Words(vi="Nhận BC", en="Report"),
    "tui.step_short.inspected": Words(vi="Kiểm tra", en="Inspect"),
    "tui.step_short.concluded": Words(vi="Kết luận", en="Conclude"),
    "tui.quit_hint_title": Words(vi="Thoát?", en="Quit?"),
    "tui.quit_hint": Words(
        vi="Nhấn q để thoát (Ctrl+C không thoát chương trình).",
        en="Press q to quit (Ctrl+C does not quit).",
    ),
}
