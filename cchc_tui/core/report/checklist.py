"""The checklist in the report: totals by item, the shortcomings, and each unit's verdicts
with their evidence ("tài liệu kiểm chứng").

Notes are given in full: a note is what the team wrote down as evidence, and cutting it
would change what it says.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from cchc_tui.core.evidence import evidence_summary, unproven
from cchc_tui.core.i18n import Lang, t, verdict_word
from cchc_tui.core.model import ChecklistItem, ItemResult, Plan, Unit, Verdict
from cchc_tui.core.report.content import Cell, Column, Table
from cchc_tui.core.report.sources import item_label, items_footnotes
from cchc_tui.core.text import one_line

# The order verdicts are counted in, "not assessed" (None) last.
VERDICTS: tuple[Verdict | None, ...] = (*Verdict, None)
SHORTCOMINGS = (Verdict.NOT_MET, Verdict.PARTLY_MET)


def _shared(plan: Plan) -> dict[tuple[str, str], ChecklistItem]:
    """Every item of the plan once, by its id and text: communes and towns usually share
    theirs (the first kind's copy stands for all: copies may differ in their source)."""
    seen: dict[tuple[str, str], ChecklistItem] = {}
    for items in plan.checklists.values():
        for item in items:
            seen.setdefault((item.id, item.text), item)
    return seen


def _verdict(unit: Unit, item: ChecklistItem) -> Verdict | None:
    result = unit.items.get(item.id)
    return None if result is None else result.verdict


def _note(unit: Unit, item: ChecklistItem) -> str:
    result = unit.items.get(item.id)
    return one_line(result.note) if result is not None and result.note else ""


@lru_cache(maxsize=1024)
def _label(item: ChecklistItem) -> str:
    """The item's text, marked when not the plan's words; said once per unit in a national
    plan's tables, so cleaned once."""
    return item_label(item, one_line(item.text))


def _verdict_text(verdict: Verdict | None, note: str, lang: Lang) -> str:
    said = verdict_word(verdict, lang).lower()
    return f"{said} ({note})" if note else said


def results_table(plan: Plan, units: Sequence[Unit], names: dict[str, str], lang: Lang) -> Table:
    """For each item: how many units got each verdict, and which did not meet it."""
    shared = _shared(plan)
    items = list(shared.values())
    tallies = {item: Counter[Verdict | None]() for item in items}
    not_met: dict[ChecklistItem, list[str]] = {item: [] for item in items}
    for unit in units:
        for item in plan.checklist_for(unit.kind):
            verdict = _verdict(unit, item)
            same = shared[item.id, item.text]
            tallies[same][verdict] += 1
            if verdict is Verdict.NOT_MET:
                not_met[same].append(names[unit.key])
    rows: list[tuple[Cell, ...]] = []
    entries = []
    for item in items:
        counts = tallies[item]
        failing = ", ".join(not_met[item])
        rows.append((_label(item), *(counts[v] for v in VERDICTS), failing))
        said = [
            f"{verdict_word(v, lang).lower()} {counts[v]}"
            + (f" ({failing})" if v is Verdict.NOT_MET and failing else "")
            for v in VERDICTS
            if counts[v]
        ]
        entries.append(f"{_label(item)}: {'; '.join(said)}.")
    assessed = any(unit.items for unit in units)
    columns = (
        Column(t("report.col.item", lang), width=36),
        *(Column(verdict_word(v, lang), "number", 8) for v in VERDICTS),
        Column(t("report.col.not_met_units", lang), width=24),
    )
    return Table(
        t("report.results", lang),
        columns,
        tuple(rows) if assessed else (),
        tuple(entries) if assessed else (),
        t("report.no_results", lang),
        footnotes=items_footnotes(items, lang),
    )


def shortcomings_table(
    plan: Plan, units: Sequence[Unit], names: dict[str, str], lang: Lang
) -> Table:
    """Each item not met or partly met, unit by unit: the draft of "tồn tại, hạn chế"."""
    shared = _shared(plan)
    by_item: dict[ChecklistItem, list[Unit]] = {item: [] for item in shared.values()}
    for unit in units:
        if unit.items:
            for item in plan.checklist_for(unit.kind):
                if _verdict(unit, item) in SHORTCOMINGS:
                    by_item[shared[item.id, item.text]].append(unit)
    found = ((unit, item) for item, failing in by_item.items() for unit in failing)
    title, empty = t("report.shortcomings", lang), t("report.no_shortcomings", lang)
    return _verdict_table(title, empty, found, lang, names)


def details_table(plan: Plan, units: Sequence[Unit], names: dict[str, str], lang: Lang) -> Table:
    """Every verdict and item note recorded, unit by unit."""
    found = (
        (unit, item)
        for unit in units
        if unit.items
        for item in plan.checklist_for(unit.kind)
        if item.id in unit.items
    )
    title, empty = t("report.details", lang), t("report.no_results", lang)
    return _verdict_table(title, empty, found, lang, names)


def unit_items_table(plan: Plan, unit: Unit, lang: Lang) -> Table:
    """One unit's checklist, every item, assessed or not (for its conclusion notice)."""
    found = ((unit, item) for item in plan.checklist_for(unit.kind))
    title, empty = t("notice.results", lang), t("report.no_results", lang)
    return _verdict_table(title, empty, found, lang)


def unit_shortcomings(plan: Plan, unit: Unit, lang: Lang) -> tuple[str, ...]:
    """One unit's items not met or partly met, as sentences."""
    found = (
        (unit, item)
        for item in plan.checklist_for(unit.kind)
        if _verdict(unit, item) in SHORTCOMINGS
    )
    return _verdict_table("", "", found, lang).sentences()


def _verdict_table(
    title: str,
    empty: str,
    found: Iterable[tuple[Unit, ChecklistItem]],
    lang: Lang,
    names: dict[str, str] | None = None,
) -> Table:
    """Item, verdict and note for each (unit, item) found; the unit's name first when
    ``names`` are given (a table about many units)."""
    pairs = list(found)
    rows: list[tuple[Cell, ...]] = []
    for unit, item in pairs:
        cells = (
            _label(item),
            verdict_word(_verdict(unit, item), lang),
            _note(unit, item),
            evidence_summary(unit.items.get(item.id), lang),
        )
        rows.append(cells if names is None else (names[unit.key], *cells))

    def entries() -> tuple[str, ...]:
        said = []
        for unit, item in pairs:
            verdict = _verdict_text(_verdict(unit, item), _note(unit, item), lang)
            result = unit.items.get(item.id)
            if evidence := evidence_summary(result, lang):
                verdict += f"; {_evidence_said(result, evidence, lang)}"
            elif unproven(result):
                verdict += f"; {t('evidence.none', lang)}"
            sentence = f"{_label(item)}: {verdict}."
            said.append(sentence if names is None else f"{names[unit.key]} — {sentence}")
        return tuple(said)

    columns = _verdict_columns(lang, with_unit=names is not None)
    footnotes = items_footnotes((item for _, item in pairs), lang)
    return Table(title, columns, tuple(rows), entries, empty, footnotes=footnotes)


def _verdict_columns(lang: Lang, *, with_unit: bool) -> tuple[Column, ...]:
    unit = (Column(t("col.unit", lang), width=24),) if with_unit else ()
    return (
        *unit,
        Column(t("report.col.item", lang), width=36),
        Column(t("col.verdict", lang), width=12),
        Column(t("col.note", lang), width=30),
        Column(t("report.col.evidence", lang), width=30),
    )


def _evidence_said(result: ItemResult | None, evidence: str, lang: Lang) -> str:
    """ "tài liệu kiểm chứng: số 12/BC-UBND …", or the reason it is missing as it is."""
    if result is not None and result.evidence:
        return f"{t('evidence.heading', lang).lower()}: {evidence}"
    return evidence
