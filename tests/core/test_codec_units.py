"""A plan's units read at once by msgspec (``codec_units``) are the units the field-by-field
reading (``codec.unit_from_dict``) makes, and it never takes a record that reading refuses."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from msgspec.structs import replace

from cchc_tui.core.codec import unit_from_dict, unit_to_dict
from cchc_tui.core.codec_units import units_from_dicts
from cchc_tui.core.errors import FieldProblem
from cchc_tui.core.model import ItemResult, Mode, TthcFigures, Unit, Verdict
from cchc_tui.core.planfile import PlanFile
from tests.core.test_codec_items import UNIT as WRITTEN

# Every kind of result (test_codec_items), notes in the order a reading sorts them, and
# the follow-up and procedure figures besides.
UNIT = replace(
    WRITTEN,
    notified_on=date(2023, 9, 25),
    notes=tuple(sorted(WRITTEN.notes, key=lambda note: note.at)),
    tthc=(TthcFigures("Quý III/2023", 120, 118, 2, 0, 45, date(2023, 9, 30)),),
    fix_by=date(2023, 11, 1),
)
RECORD = unit_to_dict(UNIT, "96/KH-UBND")

# Where a damaged or odd value may sit: the unit's own fields, an item's, a piece of
# evidence's, a note's and a period's figures.
PLACES: list[tuple[str, ...]] = [
    *((name,) for name in RECORD),
    ("in_seed",),
    ("report_ref",),
    *(("items", "ke-hoach", name) for name in ("verdict", "note", "evidence", "missing")),
    ("items", "so-hoa"),
    *(("items", "ke-hoach", "evidence", 0, name) for name in ("ref", "on", "text", "link")),
    ("items", "ke-hoach", "evidence", 1),
    *(("notes", "n1", name) for name in ("text", "by", "at")),
    ("notes", "n2"),
    *(("tthc", "quy-iii-2023", name) for name in TthcFigures.__struct_fields__),
]

DAYS = st.sampled_from(["2023-10-05", "20231005", "2023-W40-4", "2023-13-01", "05/10/2023", ""])
CODES = st.sampled_from([*map(str, Verdict), *map(str, Mode), "bieu-duong", "DAT", "x"])
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=2**64 - 1),
    st.floats(allow_nan=False),
    st.text(max_size=5),
    DAYS,
    CODES,
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=6,
)


def put(record: dict[str, Any], place: tuple[str | int, ...], value: Any) -> None:
    *path, last = place
    target: Any = record
    for step in path:
        target = target[step]
    target[last] = value


def test_a_whole_unit_reads_as_the_field_by_field_reading_reads_it() -> None:
    assert units_from_dicts([RECORD]) == [unit_from_dict(RECORD)] == [UNIT]


def test_every_unit_as_written_is_read_the_fast_way(sample: PlanFile) -> None:
    records = [unit_to_dict(unit, sample.plan.number) for unit in sample.units]
    assert units_from_dicts(records) == list(sample.units)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PLACES), VALUES | SCALARS), min_size=1, max_size=3))
def test_msgspec_takes_no_record_the_slow_reading_refuses_nor_reads_one_otherwise(
    damage: list[tuple[tuple[str | int, ...], Any]],
) -> None:
    record = copy.deepcopy(RECORD)
    for place, value in damage:
        try:
            put(record, place, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change took the container away
    [fast] = units_from_dicts([record])
    if fast is None:
        return
    try:
        slow = unit_from_dict(record)
    except (FieldProblem, AttributeError, TypeError, ValueError, KeyError) as refused:
        raise AssertionError(f"msgspec took what the slow reading refuses: {refused!r}") from None
    assert fast == slow


def test_what_only_the_lenient_reading_takes_is_left_to_it() -> None:
    record = copy.deepcopy(RECORD)
    record["title"] = None
    record["items"]["tuyen-truyen"]["note"] = None
    record["items"]["kiem-tra"]["evidence"] = None
    assert units_from_dicts([record, RECORD]) == [None, UNIT]
    assert unit_from_dict(record) == Unit(
        **{
            **{name: getattr(UNIT, name) for name in Unit.__struct_fields__},
            "title": "",
            "items": {**UNIT.items, "tuyen-truyen": ItemResult(Verdict.PARTLY_MET)},
        }
    )


def test_an_item_cleared_to_null_is_no_result() -> None:
    record = copy.deepcopy(RECORD)
    record["items"]["so-hoa"] = None
    [unit] = units_from_dicts([record])
    assert unit is not None
    assert "so-hoa" not in unit.items
    assert unit == unit_from_dict(record)


def test_values_the_workflow_clears_to_null_are_read_the_fast_way() -> None:
    """Clearing every shortcoming stores ``"issues": null``, undoing a report's receipt
    ``"report_ref": null``: a plan worked on as usual stays on msgspec's way."""
    record = copy.deepcopy(RECORD)
    record["issues"] = None
    record["report_ref"] = None
    [unit] = units_from_dicts([record])
    assert unit == unit_from_dict(record) == replace(UNIT, issues=(), report_ref="")
