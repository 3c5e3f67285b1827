"""The words of plans as data: where a fact comes from, next year's plan, the dates to
review, the list of plans and switching between them.

Each entry is (Vietnamese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # where a fact comes from (units pane, detail screen, report footnotes)
    "report.source.unit": (
        "(*) Đơn vị không được nêu tên trong văn bản kế hoạch.",
        "(*) A unit the plan's text does not name.",
    ),
    "report.source.item": (
        "(*) Nội dung không có trong lời văn của kế hoạch, lấy từ: {source}.",
        "(*) Not in the plan's own words; taken from: {source}.",
    ),
    "tui.source.legend": (
        "* không có trong văn bản kế hoạch",
        "* not in the plan's text",
    ),
    "tui.source.item": (
        "* Nội dung số {items}: không có trong lời văn của kế hoạch, lấy từ {source}.",
        "* Item {items}: not in the plan's own words; taken from {source}.",
    ),
}
