"""The words of the timeline (``cchc-tui timeline`` and the TUI's timeline screen): the
letters of the steps, the legend, the clashes.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    "timeline.title": Words(
        vi="Biểu đồ lịch kiểm tra — Kế hoạch {number} (tính đến ngày {date})",
        en="Inspection timeline — plan {number} (as of {date})",
    ),
    "timeline.unit": Words(vi="Đơn vị", en="Unit"),
    "timeline.letter.notified": Words(vi="T", en="N"),
    "timeline.letter.report": Words(vi="B", en="R"),
    "timeline.letter.inspected": Words(vi="K", en="I"),
    "timeline.legend": Words(
        vi="T thông báo lịch · B báo cáo · K kiểm tra · ✓ đã làm · ! quá hạn · "
        "░ ngày nghỉ · ▼ hôm nay",
        en="N schedule notice · R report · I inspection · ✓ done · ! overdue · ░ day off · ▼ today",
    ),
    "timeline.empty": Words(
        vi="Chưa đơn vị kiểm tra trực tiếp nào có ngày kiểm tra.",
        en="No unit inspected directly has an inspection day yet.",
    ),
    "timeline.unscheduled": Words(
        vi="Chưa xếp lịch ({count} đơn vị): {names}.",
        en="Not scheduled yet ({count}): {names}.",
    ),
    "timeline.clashes": Words(vi="Cảnh báo ({count}):", en="Warnings ({count}):"),
    "timeline.no_clash": Words(vi="Không có trùng lịch.", en="No clashes."),
    "timeline.clash.same_day": Words(
        vi="{weekday} {day}: {count} đơn vị cùng được kiểm tra — {names}.",
        en="{weekday} {day}: {count} units inspected the same day — {names}.",
    ),
    "timeline.clash.team_member": Words(
        vi="{weekday} {day}: {who} (Đoàn kiểm tra) được phân công kiểm tra {count} đơn vị cùng "
        "ngày — {names}.",
        en="{weekday} {day}: {who} (of the team) is assigned to {count} units on the same day — "
        "{names}.",
    ),
    "timeline.clash.notice_late": Words(
        vi="{names} kiểm tra {weekday} {day}: hạn thông báo lịch ({lead} ngày trước) là {due}, "
        "đã qua — không còn thông báo kịp; dời ngày kiểm tra hoặc ghi nhận thông báo muộn.",
        en="{names}, inspected {weekday} {day}: the schedule notice ({lead} days ahead) was due "
        "{due} — it can no longer be sent in time; move the day or record a late notice.",
    ),
}
