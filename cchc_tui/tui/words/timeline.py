"""The full-screen app's words for the timeline pane and its keys.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    "tui.key.panel-timeline": Words(vi="Biểu đồ", en="Timeline"),
    "tui.tip.panel-timeline": Words(
        vi="Biểu đồ lịch: mỗi đơn vị kiểm tra trực tiếp một dòng theo ngày, và các trùng lịch.",
        en="The timeline: each unit inspected directly day by day, and the clashes.",
    ),
    "tui.timeline_title": Words(
        vi="Biểu đồ lịch kiểm tra — Kế hoạch {number}",
        en="Inspection timeline — plan {number}",
    ),
    "tui.key.week-back": Words(vi="Tuần trước", en="Week back"),
    "tui.tip.week-back": Words(vi="Lùi một tuần (← h).", en="One week back (← h)."),
    "tui.key.week-on": Words(vi="Tuần sau", en="Week on"),
    "tui.tip.week-on": Words(vi="Sang một tuần (→ l).", en="One week on (→ l)."),
    "tui.key.timeline-today": Words(vi="Hôm nay", en="Today"),
    "tui.tip.timeline-today": Words(
        vi="Về tuần trước và tuần có hôm nay.",
        en="Back to last week and this week.",
    ),
    "tui.pane.timeline": Words(vi="Biểu đồ lịch", en="Timeline"),
}
