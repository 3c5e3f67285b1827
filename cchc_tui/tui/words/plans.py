"""The full-screen app's words for several plans: choosing one, the plan's sources.

Each entry is ``Words(vi=…, en=…)``."""

from __future__ import annotations

from cchc_tui.core.i18n.table import Words

WORDS: dict[str, Words] = {
    "tui.source.legend": Words(
        vi="* không có trong văn bản kế hoạch",
        en="* not in the plan's text",
    ),
    "tui.source.item": Words(
        vi="* Nội dung số {items}: không có trong lời văn của kế hoạch, lấy từ {source}.",
        en="* Item {items}: not in the plan's own words; taken from {source}.",
    ),
    # switching plans in the full-screen app
    "tui.plan_choice": Words(
        vi="{number} (năm {year}), ban hành {issued}, {units} đơn vị",
        en="{number} ({year}), issued {issued}, {units} units",
    ),
    "tui.plan_current": Words(vi="hiện hành", en="current"),
    "tui.plan_switched": Words(vi="Đang xem Kế hoạch {plan}.", en="Now on plan {plan}."),
    "tui.ask.plan": Words(vi="Chọn kế hoạch", en="Choose a plan"),
    "tui.key.plans": Words(vi="Đổi kế hoạch", en="Switch plan"),
    "tui.tip.plans": Words(
        vi="Chọn kế hoạch khác trong tệp dữ liệu (năm trước, năm sau); lệnh cchc-tui dùng --plan.",
        en="Switch to another plan of the data file (last year's, next year's); commands take --plan.",
    ),
}
