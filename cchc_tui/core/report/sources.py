"""Where each fact of the report comes from: a unit the plan's text does not name, an item
taken from elsewhere (the photo caption of the article the sample plan was read from),
is marked "(*)" in its table, and a footnote under the table says what the mark means."""

from __future__ import annotations

from collections.abc import Iterable

from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.model import ChecklistItem, Unit

MARK = " (*)"


def unit_name(unit: Unit, name: str) -> str:
    """The unit's name as a table of units prints it: marked when the plan does not name it."""
    return name if unit.in_seed else name + MARK


def units_footnotes(units: Iterable[Unit], lang: Lang) -> tuple[str, ...]:
    return (t("report.source.unit", lang),) if any(not unit.in_seed for unit in units) else ()


def item_label(item: ChecklistItem, label: str) -> str:
    """The item's text as a table prints it: marked when it is not the plan's words."""
    return label + MARK if item.source else label


def items_footnotes(items: Iterable[ChecklistItem], lang: Lang) -> tuple[str, ...]:
    """One footnote per source the marked items come from, in the order first met."""
    sources = dict.fromkeys(item.source for item in items if item.source)
    return tuple(t("report.source.item", lang, source=source) for source in sources)
