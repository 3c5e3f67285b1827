"""The timeline in words: each day's cell, the header over the days, the clashes, and the
whole of it as text for ``cchc-tui timeline``.

A day is three columns: " K✓" (a step's letter, then ✓ done, ! overdue, or a space when
it is due), " · " for a working day without a mark, " ░ " for a day off. The text form
lays the days out in whole weeks, as many as the width holds next to the names; a longer
timeline goes on in further blocks below, each with its own header, so nothing is ever
wider than the terminal (80 columns for a file or a pipe).
"""

from __future__ import annotations

import textwrap
from datetime import date

from cchc_tui.core.dates import format_date
from cchc_tui.core.due_words import weekday_word
from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.model import Plan
from cchc_tui.core.text import one_line
from cchc_tui.core.timeline import Clash, Mark, Timeline

CELL = 3
NAME_WIDTH = (12, 26)
TODAY_MARK = "▼"
WORKING, OFF = " · ", " ░ "


def cell_text(mark: Mark | None, off: bool, lang: Lang) -> str:
    """One day of one unit's row, three columns."""
    if mark is None:
        return OFF if off else WORKING
    status = "✓" if mark.done else "!" if mark.overdue else " "
    return f" {t(f'timeline.letter.{mark.step}', lang)}{status}"


def header_lines(days: list[date], today: date, lang: Lang) -> list[str]:
    """Over the days: the month where each starts, ▼ over today (if shown), weekdays,
    and the day numbers."""
    width = CELL * len(days)
    months = [" "] * width
    for n, day in enumerate(days):
        if n == 0 or day.day == 1:
            label = t("tui.month", lang, month=day.month, year=day.year, month_name=f"{day:%B}")
            start = n * CELL + 1
            fits = start + len(label) <= width
            if fits and all(c == " " for c in months[max(start - 1, 0) : start + len(label)]):
                months[start : start + len(label)] = label
    lines = ["".join(months)[:width].rstrip()]
    if today in days:
        lines.append(" " * (days.index(today) * CELL + 1) + TODAY_MARK)
    names = t("tui.weekdays_short", lang).split()
    lines.append("".join(f"{names[day.weekday()]:>{CELL}}" for day in days))
    lines.append("".join(f"{day.day:>{CELL}}" for day in days))
    return lines


def clash_text(clash: Clash, plan: Plan, lang: Lang) -> str:
    return t(
        f"timeline.clash.{clash.kind}",
        lang,
        day=format_date(clash.day),
        weekday=weekday_word(clash.day, lang),
        names=", ".join(clash.names),
        count=len(clash.names),
        due=format_date(clash.due),
        lead=plan.notify_lead_days,
        who=clash.who,
    )


def footer_lines(timeline: Timeline, plan: Plan, lang: Lang) -> list[str]:
    """Under the days: the legend, who has no day yet, and the clashes."""
    lines = [t("timeline.legend", lang)]
    if timeline.unscheduled:
        names = ", ".join(one_line(unit.display_name) for unit in timeline.unscheduled)
        lines.append(t("timeline.unscheduled", lang, count=len(timeline.unscheduled), names=names))
    lines.append("")
    if not timeline.clashes:
        lines.append(t("timeline.no_clash", lang))
        return lines
    lines.append(t("timeline.clashes", lang, count=len(timeline.clashes)))
    lines += [f"{n}. {clash_text(c, plan, lang)}" for n, c in enumerate(timeline.clashes, 1)]
    return lines


def row_names(timeline: Timeline) -> tuple[list[str], int]:
    """Each row's unit name on one line, and the width of the name column."""
    names = [one_line(row.unit.display_name) for row in timeline.rows]
    least, most = NAME_WIDTH
    return names, min(max([least, *map(len, names)]), most)


def timeline_text(timeline: Timeline, plan: Plan, lang: Lang, width: int) -> str:
    """The whole timeline as text no wider than ``width`` (but a week is always shown)."""
    title = t(
        "timeline.title", lang, number=one_line(plan.number), date=format_date(timeline.today)
    )
    lines = [title, ""]
    if not timeline.rows:
        lines.append(t("timeline.empty", lang))
    names, name_width = row_names(timeline)
    name_cells = [one_line(name, name_width).ljust(name_width) for name in names]
    weeks = max(1, (width - name_width - 1) // (CELL * 7))
    days = timeline.days
    for start in range(0, len(days) if timeline.rows else 0, 7 * weeks):
        block = days[start : start + 7 * weeks]
        head = header_lines(block, timeline.today, lang)
        heading = t("timeline.unit", lang)
        for n, line in enumerate(head):
            label = heading if n == len(head) - 2 else ""
            lines.append(f"{label:<{name_width}} {line}".rstrip())
        for name_cell, row in zip(name_cells, timeline.rows, strict=True):
            cells = "".join(
                cell_text(row.marks.get(day), day in timeline.days_off, lang) for day in block
            )
            lines.append(f"{name_cell} {cells}".rstrip())
        lines.append("")
    footer = [_wrapped(line, width) for line in footer_lines(timeline, plan, lang)]
    return "\n".join([*lines, *footer]) + "\n"


def _wrapped(line: str, width: int) -> str:
    """A line of the footer wrapped to ``width``, a numbered one under its text."""
    number = line.split(" ", 1)[0] if line[:1].isdigit() else ""
    indent = " " * (len(number) + 1) if number else ""
    return textwrap.fill(line, width, subsequent_indent=indent, break_on_hyphens=False) or line
