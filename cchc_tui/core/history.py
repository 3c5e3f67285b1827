"""Putting recorded changes into words, for `history`, `undo` and the TUI's notices."""

from __future__ import annotations

from collections.abc import Iterable

from cchc_tui.core.i18n import Lang, field_word, t, value_text
from cchc_tui.core.model import Unit
from cchc_tui.core.review import REVIEW_PARTS
from cchc_tui.core.snapshot import HistoryEntry, Snapshot
from cchc_tui.core.text import one_line
from cchc_tui.core.workflow import Edit


def author_text(entry: HistoryEntry) -> str:
    """Who made a change, safe to print: the OS account, and the name given beside it."""
    return one_line(entry.author)


def ids_text(ids: Iterable[int]) -> str:
    """ "#12, #13, #14": the first and last ten of a long list."""
    shown = [f"#{number}" for number in ids]
    if len(shown) > 20:
        shown = [*shown[:10], "…", *shown[-10:]]
    return ", ".join(shown)


def describe_entry(entry: HistoryEntry, snapshot: Snapshot, lang: Lang) -> tuple[str, str]:
    """(unit name, what changed) for one history entry."""
    unit_name, unit = _unit_of(entry, snapshot)
    if _whole_plan(entry):
        return "", _plan_change(entry, lang)
    action = t(f"action.{entry.action}", lang) if entry.action in _ACTIONS else entry.action
    if entry.undoes is not None:
        action = t("history.undo", lang, id=entry.undoes)
    changes = describe_edits(entry.edits, unit, snapshot, lang, _NAMED_BY.get(entry.action))
    return unit_name, f"{action}: {changes}" if changes else action


def describe_undo(entry: HistoryEntry, snapshot: Snapshot, lang: Lang) -> str:
    """What undoing ``entry`` would do: "#12: Xã Hồng Khê — Ngày kiểm tra: 05/10/2023 → —"."""
    unit_name, unit = _unit_of(entry, snapshot)
    if _whole_plan(entry):  # an import, undone, removes the plan
        return f"#{entry.id}: {_plan_change(entry, lang)}"
    back = tuple(Edit(edit.field, edit.new, edit.old) for edit in entry.edits)
    said = describe_edits(back, unit, snapshot, lang)
    return f"#{entry.id}: {unit_name} — {said}" if unit_name else f"#{entry.id}: {said}"


def describe_edits(
    edits: Iterable[Edit],
    unit: Unit | None,
    snapshot: Snapshot,
    lang: Lang,
    named: str | None = None,
) -> str:
    """Each field's old → new; the field ``named`` already (by the action's word) is not
    named again: "kết luận: — → Đạt", not "kết luận: Kết luận: — → Đạt"."""
    parts = []
    for edit in edits:
        old, new = _named_members(edit, snapshot), _named_members(edit, snapshot, new=True)
        values = f"{value_text(old, lang)} → {value_text(new, lang)}"
        if edit.field.partition(".")[0] == named:
            parts.append(values)
        else:
            parts.append(f"{_field_label(edit.field, unit, snapshot, lang)}: {values}")
    return "; ".join(parts)


def _whole_plan(entry: HistoryEntry) -> bool:
    """A change said of the plan as a whole (imported, started from another, its review
    confirmed, or the undoing of one); the team and procedure results are said field by
    field like a unit's changes."""
    done = entry.args.get("of") if entry.action == "undo" else entry.action
    return entry.unit is None and (done in ("import", "review") or not entry.edits)


def _plan_change(entry: HistoryEntry, lang: Lang) -> str:
    """A change to a whole plan: imported, started from another plan, its review confirmed;
    or the undoing of one of those (its ``args`` say which)."""
    args = entry.args
    done = str(args.get("of", "")) if entry.action == "undo" else entry.action
    plan = one_line(str(args.get("plan", "")))
    if done == "import" and args.get("from"):
        said = t("action.new_plan", lang, plan=plan, source=one_line(str(args["from"])))
    elif done == "import":
        said = f"{t('action.import', lang)} {plan}".strip()
    elif done == "restore":
        rolled = ids_text(n for n in args.get("rolled_back", ()) if isinstance(n, int))
        key = "history.restore_found" if args.get("how") == "found" else "history.restore"
        said = t(key, lang, ids=rolled) if rolled else t("history.restore_none", lang)
    elif done == "review":
        parts = ", ".join(
            t(f"review.{part}", lang) for part in args.get("parts", ()) if part in REVIEW_PARTS
        )
        said = f"{t('action.review', lang)}: {parts}"
    else:
        said = done
    if entry.action == "undo" and entry.undoes is not None:
        return f"{t('history.undo', lang, id=entry.undoes)}: {said}"
    if entry.action == "undo":  # recorded before undo entries named what they undid
        return f"{t('action.undo', lang)} {plan}".strip()
    return said


def _unit_of(entry: HistoryEntry, snapshot: Snapshot) -> tuple[str, Unit | None]:
    if entry.unit is None:
        return "", None
    try:
        unit = snapshot.unit(entry.unit)
    except KeyError:
        return one_line(entry.unit), None
    return one_line(unit.display_name), unit


def _named_members(edit: Edit, snapshot: Snapshot, *, new: bool = False) -> object:
    """An assignment's member ids as their names ("Nguyễn Văn An, Trần Thị Bình")."""
    value = edit.new if new else edit.old
    if not edit.field.startswith("team_units.") or not isinstance(value, list):
        return value
    team = snapshot.records.team
    return ", ".join(one_line(m.name) if (m := team.member(one)) else one for one in value)


def _field_label(field: str, unit: Unit | None, snapshot: Snapshot, lang: Lang) -> str:
    """The field as people say it; a checklist item also says which item it was, an
    assignment which unit."""
    label = field_word(field, lang)
    head, _, item_id = field.partition(".")
    if head == "team_units":
        try:
            return f"{label} {one_line(snapshot.unit(item_id).display_name)}"
        except KeyError:
            return f"{label} {one_line(item_id)}"
    if head != "items" or unit is None:
        return label
    texts = {item.id: item.text for item in snapshot.plan.checklist_for(unit.kind)}
    return f"{label} “{one_line(texts.get(item_id, item_id), 40)}”"


_ACTIONS = (
    "schedule",
    "mark",
    "conclude",
    "item",
    "note",
    "import",
    "undo",
    "team_add",
    "team_edit",
    "team_remove",
    "team_decision",
    "team_assign",
    "team_unassign",
    "evidence",
    "follow_up",
    "tthc",
)
# The field an action's own word already names ("kết luận" sets the conclusion).
_NAMED_BY = {
    "conclude": "conclusion",
    "note": "notes",
    "team_add": "team_members",
    "team_decision": "team_decision",
    "tthc": "tthc",
}
