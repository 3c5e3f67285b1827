"""The words of the timeline (``cchc-tui timeline`` and the TUI's timeline screen): the
letters of the steps, the legend, the clashes.

Each entry is (Vietnamese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "timeline.title": (
        "Biểu đồ lịch kiểm tra — Kế hoạch {number} (tính đến ngày {date})",
        "Inspection timeline — plan {number} (as of {date})",
    ),
    "timeline.unit": ("Đơn vị", "Unit"),
    "timeline.letter.notified": ("T", "N"),
    "timeline.letter.report": ("B", "R"),
    "timeline.letter.inspected": ("K", "I"),
    "timeline.legend": (
        "T thông báo lịch · B báo cáo · K kiểm tra · ✓ đã làm · ! quá hạn · "
        "░ ngày nghỉ · ▼ hôm nay",
        "N schedule notice · R report · I inspection · ✓ done · ! overdue · ░ day off · ▼ today",
    ),
    "timeline.empty": (
        "Chưa đơn vị kiểm tra trực tiếp nào có ngày kiểm tra.",
        "No unit inspected directly has an inspection day yet.",
    ),
    "timeline.unscheduled": (
        "Chưa xếp lịch ({count} đơn vị): {names}.",
        "Not scheduled yet ({count}): {names}.",
    ),
    "timeline.clashes": ("Cảnh báo ({count}):", "Warnings ({count}):"),
    "timeline.no_clash": ("Không có trùng lịch.", "No clashes."),
    "timeline.clash.same_day": (
        "{weekday} {day}: {count} đơn vị cùng được kiểm tra — {names}.",
        "{weekday} {day}: {count} units inspected the same day — {names}.",
    ),
    "timeline.clash.team_member": (
        "{weekday} {day}: {who} (Đoàn kiểm tra) được phân công kiểm tra {count} đơn vị cùng "
        "ngày — {names}.",
        "{weekday} {day}: {who} (of the team) is assigned to {count} units on the same day — "
        "{names}.",
    ),
    "timeline.clash.notice_late": (
        "{names} kiểm tra {weekday} {day}: hạn thông báo lịch ({lead} ngày trước) là {due}, "
        "đã qua — không còn thông báo kịp; dời ngày kiểm tra hoặc ghi nhận thông báo muộn.",
        "{names}, inspected {weekday} {day}: the schedule notice ({lead} days ahead) was due "
        "{due} — it can no longer be sent in time; move the day or record a late notice.",
    ),
    "cli.timeline": (
        "biểu đồ lịch kiểm tra trực tiếp theo ngày, và các trùng lịch",
        "the direct inspections day by day, and the clashes",
    ),
    "cli.width": (
        "số cột (mặc định: độ rộng cửa sổ, hoặc 80)",
        "columns to fit (default: the terminal's width, or 80)",
    ),
    "cli.metavar.width": ("SỐ-CỘT", "COLUMNS"),
    "cli.width_invalid": ("ít nhất {least} cột", "at least {least} columns"),
    "tui.key.panel-timeline": ("Biểu đồ", "Timeline"),
    "tui.tip.panel-timeline": (
        "Biểu đồ lịch: mỗi đơn vị kiểm tra trực tiếp một dòng theo ngày, và các trùng lịch.",
        "The timeline: each unit inspected directly day by day, and the clashes.",
    ),
    "tui.timeline_title": (
        "Biểu đồ lịch kiểm tra — Kế hoạch {number}",
        "Inspection timeline — plan {number}",
    ),
    "tui.key.week-back": ("Tuần trước", "Week back"),
    "tui.tip.week-back": ("Lùi một tuần (← h).", "One week back (← h)."),
    "tui.key.week-on": ("Tuần sau", "Week on"),
    "tui.tip.week-on": ("Sang một tuần (→ l).", "One week on (→ l)."),
    "tui.key.timeline-today": ("Hôm nay", "Today"),
    "tui.tip.timeline-today": (
        "Về tuần trước và tuần có hôm nay.",
        "Back to last week and this week.",
    ),
    "tui.pane.timeline": ("Biểu đồ lịch", "Timeline"),
}
