"""Whatever a person types, the CLI reads it or refuses it in one line, and a refusal never
touches the data file or its backup. (The named cases, with their exact messages, are in
tests/cli/test_bad_input.py; here: fuzzing, and every field of a plan file.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_tui.cli import main
from cchc_tui.store import Store
from cchc_tui.store.paths import sample_plan_text
from tests.reliability.tools import TODAY, file_state, no_leftovers, unsafe_characters

SAMPLE_NUMBER = '"96/KH-UBND"'
# A unit may leave out its title and whether the seed names it; a plan its window days and
# how it counts them (calendar days); a kind its English name and the words before names.
OPTIONAL = {"title", "in_seed", "window_start", "window_end", "count_days", "name_en", "words"}
TYPED = st.one_of(
    st.text(max_size=25),
    st.sampled_from(
        [
            "31/02/2023",
            "2023-13-01",
            "mai",
            "",
            " ",
            "01/01/1900",
            "31/12/9999",
            "29/02/2023",
            "05/10/2023",
            "hong khe",
            "tan",
            "phong",
            "dat",
            "tot",
            "bieu-duong",
            "xong",
            "notified",
        ]
    ),
).filter(lambda text: not text.startswith("-"))  # would be read as an option, not a value

# What the person types goes where the capitals are.
COMMANDS = st.sampled_from(
    [
        ("schedule", "UNIT", "DATE"),
        ("schedule", "hong khe", "DATE"),
        ("mark", "hong khe", "STEP"),
        ("mark", "UNIT", "notified", "--on", "DATE"),
        ("conclude", "UNIT", "CHOICE"),
        ("item", "hong khe", "ITEM", "CHOICE"),
        ("note", "UNIT", "TEXT"),
        ("history", "UNIT"),
        ("--today", "DATE", "summary"),
    ]
)


def exact_state(store: Store) -> tuple[object, ...]:
    return file_state(store.path), file_state(store.backup_path), file_state(store.lock_path)


@pytest.mark.slow
@settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(command=COMMANDS, values=st.lists(TYPED, min_size=4, max_size=4))
def test_anything_typed_is_done_or_refused_in_one_line(
    store: Store,
    capsys: pytest.CaptureFixture[str],
    command: tuple[str, ...],
    values: list[str],
) -> None:
    typed = iter(values)
    args = [next(typed) if word.isupper() else word for word in command]
    before = exact_state(store)
    code = main(["--db", str(store.path), "--today", TODAY, "--lang", "en", *args])
    err = capsys.readouterr().err
    if code == 0:
        return
    assert code in (1, 4), (args, err)  # a refusal (1) or a conflict (4), never a crash
    assert err.startswith("cchc-tui: error: "), (args, err)
    assert "Traceback" not in err
    assert exact_state(store) == before, args
    assert no_leftovers(store.path)


def plan_fields() -> list[tuple[str, str, int]]:
    """Each ``key = value`` line of the sample's [plan] table, of its first kind of unit
    and of its first unit, with the table it is in."""
    lines = sample_plan_text().splitlines()
    first_kind = lines.index("[kinds.office]")
    plan = range(lines.index("[plan]"), first_kind)
    kind = range(first_kind + 1, lines.index("", first_kind))
    first_unit = lines.index("[[units]]")
    unit = range(first_unit + 1, lines.index("", first_unit))
    return [
        (table, match.group(1), number)
        for table, numbers in (("plan", plan), ("kind", kind), ("unit", unit))
        for number in numbers
        if (match := re.match(r"(\w+) = ", lines[number]))
    ]


def plan_field_cases() -> list[object]:
    return [
        pytest.param(
            field,
            line,
            fault,
            id=f"{fault} {table} {field}",
        )
        for table, field, line in plan_fields()
        for fault in ("missing", "wrong type")
    ]


@pytest.mark.parametrize(("field", "line", "fault"), plan_field_cases())
def test_a_plan_file_with_a_bad_field_names_the_line_and_the_field(
    store: Store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    field: str,
    line: int,
    fault: str,
) -> None:
    lines = sample_plan_text().replace(SAMPLE_NUMBER, '"97/KH-TEST"').splitlines()
    if lines[line].endswith("["):
        pytest.skip("a list over several lines")
    if fault == "missing":
        del lines[line]
    else:
        lines[line] = f"{field} = {{ wrong = 1 }}"
    plan = tmp_path / "plan.toml"
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = exact_state(store)
    code = main(["--db", str(store.path), "--lang", "en", "import", str(plan)])
    err = capsys.readouterr().err
    if code == 0 and fault == "missing":
        assert field in OPTIONAL
        return
    assert code == 1
    assert err.count("\n") == 1, err
    assert re.search(r"line \d+", err), err
    assert f"“{field}”" in err, err
    assert exact_state(store) == before


@pytest.mark.parametrize("typed", ["0\n0", "x\x1b]0;pwned\x07", "\x1b[2J", "\x9b31m", "\u202eevil"])
def test_a_refusal_never_echoes_control_characters(
    store: Store, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    code = main(["--db", str(store.path), "--lang", "en", "note", typed, "text"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1, err
    assert unsafe_characters(err, allowed="\n") == [], err
