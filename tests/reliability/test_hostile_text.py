"""Hostile text: markup, escape sequences, control and bidi characters, NFD Vietnamese and
very long lines. Saved cleaned and NFC; printed summaries and history never carry anything a
terminal would act on (retitle, clear, write the clipboard); NFD and NFC names find the
same unit."""

from __future__ import annotations

import html
import io
import re
import unicodedata
import zipfile
from datetime import date, timedelta
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_tui.cli import main
from cchc_tui.core.dates import EARLIEST, LATEST, format_date, parse_date
from cchc_tui.core.errors import UserError
from cchc_tui.core.model import Verdict
from cchc_tui.core.planfile import PlanFile
from cchc_tui.core.report import EXTENSIONS, FORMATS, TEXT_FORMATS, build_report, render
from cchc_tui.core.text import clean_text, fold
from cchc_tui.core.workflow import add_note, set_item
from cchc_tui.store import Store
from tests.reliability.scenario import START
from tests.reliability.tools import SEPT_20, TODAY, run_cli, unsafe_characters

HOSTILE = {
    "rich markup": "[bold red]Đạt[/] [link=https://evil.example]bấm[/link] [@click=app.quit]x[/]",
    "terminal title": "đổi tên \x1b]0;pwned\x07 cửa sổ",
    "clear screen": "\x1b[2J\x1b[H xóa màn hình",
    "clipboard (OSC 52)": "\x1b]52;c;cm0gLXJmIH4vKg==\x07 chép",
    "C0 controls": "chuông\x07 lùi\x08 nul\x00 form\x0c",
    "C1 controls": "csi\x9b31m nel\x85 osc\x9d0;x\x9c",
    "bidi": "\u202eevil\u202c and \u200f\u2066isolate\u2069",
    "NFD Vietnamese": unicodedata.normalize("NFD", "Đã kiểm tra xã Hồng Khê, kết quả tốt"),
    "10,000 characters": "Nội dung rất dài " * 625,
}
UNIT = "hong khe"


def stored_notes(db: Path) -> list[str]:
    return [note.text for note in Store(db, "reader").load().find(UNIT).notes]


def assert_clean(text: str, allowed: str = "\n\t") -> None:
    assert unsafe_characters(text, allowed) == [], repr(text[:200])
    assert "\x1b" not in text
    assert unicodedata.is_normalized("NFC", text)


def readable(fmt: str, payload: str | bytes) -> str:
    """The text a form holds, as the program opening it reads it: a docx's or xlsx's XML
    text (Excel would turn a "_x001B_" there back into ESC, so none may be left), a CSV's
    lines without its byte order mark and CRLF ends."""
    if isinstance(payload, bytes):
        with zipfile.ZipFile(io.BytesIO(payload)) as package:
            xml = "\n".join(
                package.read(name).decode("utf-8")
                for name in package.namelist()
                if name.endswith(".xml")
            )
        assert not re.search(r"_x[0-9A-Fa-f]{4}_", xml)
        return html.unescape(re.sub(r"<[^>]*>", "\n", xml))
    if fmt in ("csv", "tsv"):
        return payload.removeprefix("\ufeff").replace("\r\n", "\n")
    return payload


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_note_is_saved_clean_and_nfc(
    store: Store, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(store.path), "note", UNIT, text]) == 0
    assert main(["--db", str(store.path), "item", UNIT, "1", "dat", "--note", text]) == 0
    capsys.readouterr()
    [saved] = stored_notes(store.path)
    assert saved == clean_text(text).strip()
    assert_clean(saved)
    item_note = store.load().find(UNIT).items
    assert {result.note for result in item_note.values()} == {saved}


def test_a_control_between_a_letter_and_its_accent_leaves_them_joined() -> None:
    cleaned = clean_text("Hồng Khe\x07\u0302")
    assert cleaned == "Hồng Khê"
    assert clean_text(cleaned) == cleaned


@pytest.mark.slow
def test_printed_summaries_and_history_carry_no_control_characters(
    store: Store, tmp_path: Path
) -> None:
    for text in HOSTILE.values():
        assert main(["--db", str(store.path), "note", UNIT, text]) == 0
    item_note = ["item", UNIT, "1", "dat", "--note", HOSTILE["C1 controls"]]
    assert main(["--db", str(store.path), *item_note]) == 0
    for fmt in FORMATS:
        target = tmp_path / f"report.{EXTENSIONS[fmt]}"
        shown = run_cli(store.path, "--today", TODAY, "summary", "-f", fmt, "-o", str(target))
        assert shown.code == 0, shown.err
        payload = target.read_bytes()
        text = readable(fmt, payload if fmt not in TEXT_FORMATS else payload.decode("utf-8"))
        assert_clean(text)
        # The 10,000-character note comes out whole, in every form.
        assert HOSTILE["10,000 characters"].strip() in " ".join(text.split()), fmt
    for command in (["history"], ["history", UNIT], ["export"], ["units"], ["agenda"]):
        shown = run_cli(store.path, "--today", TODAY, *command)
        assert shown.code == 0, shown.err
        assert_clean(shown.out)


@pytest.mark.parametrize("fmt", FORMATS)
def test_text_written_raw_into_the_file_is_cleaned_on_display(store: Store, fmt: str) -> None:
    """A file edited by hand (or by an older program) holds text never cleaned on save:
    printing it still must not let the terminal act on it."""
    data = orjson.loads(store.path.read_bytes())
    unit = next(doc for doc in data["units"].values() if doc["key"] == "xa-hong-khe")
    unit["name"] = "Hồng Khê\x1b]0;pwned\x07\x9b2J\u202e"
    raw_note = HOSTILE["clipboard (OSC 52)"] + "\x85\x7f"
    unit["notes"] = {"n1": {"text": raw_note, "by": "x", "at": "a"}}
    unit["items"] = {"1": {"verdict": "dat", "note": HOSTILE["C1 controls"] + "\x7f"}}
    store.path.write_bytes(orjson.dumps(data))
    snapshot = Store(store.path, "reader").load()
    assert_clean(readable(fmt, render(build_report(snapshot, SEPT_20, "vi"), fmt)))


def test_nfd_and_nfc_names_find_the_same_unit(store: Store) -> None:
    name = "Xã Hồng Khê"
    for typed in (
        unicodedata.normalize("NFD", name),
        unicodedata.normalize("NFC", name),
        "XÃ HỒNG KHÊ",
        unicodedata.normalize("NFD", "hồng khê"),
        "hong khe",
    ):
        assert main(["--db", str(store.path), "note", typed, f"tìm bằng {typed!r}"]) == 0
    assert len(stored_notes(store.path)) == 5


@settings(max_examples=60, deadline=None)
@given(
    name_index=st.integers(min_value=0, max_value=27),
    form=st.sampled_from(["NFC", "NFD", "NFKC", "NFKD"]),
    upper=st.booleans(),
)
def test_any_form_of_a_unit_name_finds_that_unit(
    sample: PlanFile, name_index: int, form: str, upper: bool
) -> None:
    from cchc_tui.core.kinds import kind_words
    from cchc_tui.core.names import UnitIndex

    unit = sample.units[name_index]
    typed = unicodedata.normalize(form, unit.display_name)
    index = UnitIndex(sample.units, kind_words(sample.plan))
    assert index.find(typed.upper() if upper else typed).key == unit.key
    assert index.find(fold(unit.display_name)).key == unit.key


# --- fuzzing note text through the store ------------------------------------------------

TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(["\x1b", "\x07", "\x9b", "\x9c", "\x85", "\u202e", "\u200f", "[", "/"]),
        st.sampled_from(["\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "đ", "ư", "ơ"]),
    ),
    max_size=300,
)


@pytest.mark.slow
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=TEXT, verdict=st.sampled_from(list(Verdict)))
def test_any_note_text_is_saved_clean_and_round_trips(
    store: Store, text: str, verdict: Verdict
) -> None:
    snapshot = store.load()
    unit = snapshot.find(UNIT)
    try:
        change = add_note(unit, text, "fuzz", START + timedelta(microseconds=len(unit.notes)), "a1")
    except UserError:  # nothing left once cleaned: refused, not saved empty
        assert not clean_text(text).strip()
        return
    after = store.apply(change).find(UNIT)
    saved = after.notes[-1].text if after.notes[-1].by == "fuzz" else None
    assert saved == clean_text(text).strip()
    assert_clean(saved)
    assert clean_text(saved) == saved  # cleaning again changes nothing

    item = snapshot.plan.checklist_for(unit.kind)[0]
    current = unit.items.get(item.id)
    if current is None or current.verdict is not verdict or current.note != saved:
        store.apply(set_item(snapshot.plan, unit, item, verdict, text))
    reloaded = Store(store.path, "reader").load()
    assert reloaded.find(UNIT).items[item.id].note == saved
    assert [n.text for n in reloaded.find(UNIT).notes] == [n.text for n in after.notes]
    for fmt in FORMATS:
        assert_clean(readable(fmt, render(build_report(reloaded, SEPT_20, "en"), fmt)))


# --- fuzzing the date parser ------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=30))
def test_any_typed_date_is_read_or_refused_with_a_message(text: str) -> None:
    try:
        day = parse_date(text)
    except UserError as error:
        assert error.key.startswith("date_")
        return
    assert EARLIEST <= day <= LATEST


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=EARLIEST, max_value=LATEST))
def test_every_day_reads_back_from_both_forms(day: date) -> None:
    assert parse_date(format_date(day)) == day
    assert parse_date(day.isoformat()) == day
    assert parse_date(f" {day.day}/{day.month}/{day.year} ") == day


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(max_value=EARLIEST - timedelta(days=1))
    | st.dates(min_value=LATEST + timedelta(days=1))
)
def test_far_past_and_future_days_are_refused(day: date) -> None:
    with pytest.raises(UserError) as refused:
        parse_date(f"{day.day:02d}/{day.month:02d}/{day.year:04d}")
    assert refused.value.key == "date_range"
