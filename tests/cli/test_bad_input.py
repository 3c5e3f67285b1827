"""Bad input: one clear line in the person's language, a non-zero exit, the file untouched."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from cchc_tui.store import Store
from cchc_tui.store.paths import sample_plan_text
from tests.cli.conftest import TODAY, Outcome, Run

PREFIX = {"vi": "cchc-tui: lỗi: ", "en": "cchc-tui: error: "}


def assert_refused(outcome: Outcome, lang: str, *said: str) -> None:
    """Refused the way a person should see it: one line, no traceback, nothing on stdout."""
    assert outcome.code != 0
    assert outcome.out == ""
    assert outcome.err.count("\n") == 1, outcome.err
    assert outcome.err.startswith(PREFIX[lang]), outcome.err
    assert "Traceback" not in outcome.err
    for words in said:
        assert words in outcome.err, (words, outcome.err)


# (arguments, Vietnamese words, English words)
COMMAND_CASES = [
    (
        ("schedule", "hong khe", "31/02/2023"),
        "Không có ngày “31/02/2023” trên lịch.",
        "“31/02/2023” is not a day of the calendar.",
    ),
    (
        ("schedule", "hong khe", "2023-13-01"),
        "Không có ngày “2023-13-01” trên lịch.",
        "“2023-13-01” is not a day of the calendar.",
    ),
    (("schedule", "hong khe", "mai"), "Ngày không hợp lệ: “mai”", "Not a date: “mai”"),
    (("schedule", "hong khe", ""), "Chưa nhập ngày", "No date given"),
    (("schedule", "hong khe", "05/10/1900"), "nằm ngoài khoảng 2000–2100", "outside 2000–2100"),
    (("schedule", "hong khe", "05/10/2200"), "nằm ngoài khoảng 2000–2100", "outside 2000–2100"),
    (("mark", "hong khe", "notified", "--on", ""), "Chưa nhập ngày", "No date given"),
    (
        ("mark", "hong khe", "notified", "--on", "32/09/2023"),
        "Không có ngày “32/09/2023”",
        "“32/09/2023” is not a day",
    ),
    (("--today", "mai", "summary"), "Ngày không hợp lệ: “mai”", "Not a date: “mai”"),
    (
        ("--today", "2023-02-29", "agenda"),
        "Không có ngày “2023-02-29”",
        "“2023-02-29” is not a day",
    ),
    (("note", "ha noi", "x"), "Không tìm thấy đơn vị “ha noi”.", "No unit named “ha noi”."),
    (
        ("schedule", "tan", "05/10/2023"),
        "“tan” khớp nhiều đơn vị: Xã Tân Hồng, Xã Tân Việt. Hãy gõ rõ hơn.",
        "“tan” matches several units: Xã Tân Hồng, Xã Tân Việt.",
    ),
    (("history", "zzz"), "Không tìm thấy đơn vị “zzz”.", "No unit named “zzz”."),
    (
        ("conclude", "ke sat", "tot"),
        "“tot” không phải kết luận hợp lệ. Chọn một trong: bieu-duong, dat, phe-binh.",
        "“tot” is not a valid conclusion. Choose one of: bieu-duong, dat, phe-binh.",
    ),
    (
        ("item", "ke sat", "1", "tot"),
        "“tot” không phải kết quả hợp lệ",
        "“tot” is not a valid verdict",
    ),
    (("mark", "hong khe", "xong"), "“xong” không phải bước hợp lệ", "“xong” is not a valid step"),
    (
        ("item", "ke sat", "99", "dat"),
        "Thị trấn Kẻ Sặt không có nội dung kiểm tra số 99.",
        "Thị trấn Kẻ Sặt has no checklist item number 99.",
    ),
    (("note", "ke sat", "  "), "Ghi chú trống.", "The note is empty."),
    (
        ("schedule", "ke sat", "05/10/2023"),
        "Thị trấn Kẻ Sặt tự kiểm tra",
        "Thị trấn Kẻ Sặt inspects itself",
    ),
    (
        ("mark", "ke sat", "inspected"),
        "chỉ có bước nhận báo cáo và kết luận",
        "its only steps are the report and the conclusion",
    ),
    (("mark", "hong khe", "report"), "Xã Hồng Khê: phải", "Xã Hồng Khê: "),
    (("conclude", "ke sat", "dat"), "Thị trấn Kẻ Sặt: phải", "Thị trấn Kẻ Sặt: "),
    (
        ("mark", "ke sat", "report", "--on", "21/09/2023"),
        "Ngày 21/09/2023 chưa đến (hôm nay là 20/09/2023)",
        "is after today (20/09/2023)",
    ),
    (
        ("mark", "ke sat", "report", "--on", "14/09/2023"),
        "trước ngày ban hành kế hoạch",
        "before the plan was issued",
    ),
    (
        ("schedule", "hong khe", "14/09/2023"),
        "trước ngày ban hành kế hoạch (15/09/2023)",
        "before the plan was issued (15/09/2023)",
    ),
    (("--plan", "1/KH", "summary"), "Không có kế hoạch số “1/KH”", "No plan numbered “1/KH”"),
    (
        ("import", "khong-co.toml"),
        "Không đọc được tệp kế hoạch khong-co.toml",
        "Cannot read the plan file khong-co.toml",
    ),
]


@pytest.fixture
def scheduled(cli: Run) -> None:
    assert cli("schedule", "hong khe", "05/10/2023").code == 0


@pytest.mark.parametrize(
    ("args", "vi", "en"), COMMAND_CASES, ids=[" ".join(case[0]) for case in COMMAND_CASES]
)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_bad_command_input_is_refused_and_changes_nothing(
    cli: Run, store: Store, scheduled: None, lang: str, args: tuple[str, ...], vi: str, en: str
) -> None:
    before = store.path.read_bytes()
    outcome = cli("--lang", lang, "--today", TODAY, *args)
    assert_refused(outcome, lang, vi if lang == "vi" else en)
    assert store.path.read_bytes() == before


def test_an_out_of_order_step_is_named_in_words(cli: Run, scheduled: None) -> None:
    outcome = cli("--today", TODAY, "mark", "hong khe", "report")
    assert outcome.err == (
        "cchc-tui: lỗi: Xã Hồng Khê: phải “Thông báo lịch” trước khi “Nhận báo cáo”.\n"
    )


# --- data files that are not ours, or not usable -----------------------------------------


def _valid_with(change: str) -> bytes:
    """A sound data file of ours with one thing changed, written by the real store."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "db.json"
        from cchc_tui.store.paths import sample_plan

        Store(path, "tester").create(sample_plan())
        data = json.loads(path.read_bytes())
    if change == "newer":
        data["_meta"]["1"]["schema"] = 99
    elif change == "other-app":
        data["_meta"]["1"]["app"] = "something-else"
    elif change == "no-units-table":
        del data["units"]
    return json.dumps(data).encode()


DATA_FILE_CASES = [
    ("corrupt", b'{"_meta": {"1": {"app": "cchc-tui"', "bị hỏng", "is damaged"),
    ("empty", b"", "bị hỏng", "is damaged"),
    ("whitespace", b" \n\n", "bị hỏng", "is damaged"),
    ("not-json", b"<html>hello</html>", "bị hỏng", "is damaged"),
    (
        "foreign-json",
        b'{"name": "budget", "rows": [1, 2]}',
        "không phải tệp dữ liệu của cchc-tui",
        "is not a cchc-tui data file",
    ),
    (
        "json-list",
        b"[1, 2, 3]",
        "không phải tệp dữ liệu của cchc-tui",
        "is not a cchc-tui data file",
    ),
    (
        "tinydb-without-meta",
        b'{"_default": {"1": {"name": "x"}}}',
        "không phải tệp dữ liệu của cchc-tui",
        "is not a cchc-tui data file",
    ),
    ("other-app", None, "không phải tệp dữ liệu của cchc-tui", "is not a cchc-tui data file"),
    ("newer", None, "phiên bản dữ liệu 99, mới hơn", "has data version 99, newer"),
    ("no-units-table", None, "bị hỏng", "is damaged"),
]


@pytest.mark.parametrize(
    ("name", "content", "vi", "en"), DATA_FILE_CASES, ids=[case[0] for case in DATA_FILE_CASES]
)
@pytest.mark.parametrize(
    "command",
    [("summary",), ("note", "hong khe", "x"), ("check",), ("undo",)],
    ids=["read", "write", "check", "undo"],
)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_unusable_data_file_is_named_and_left_as_it_was(
    run: Run,
    db_path: Path,
    lang: str,
    command: tuple[str, ...],
    name: str,
    content: bytes | None,
    vi: str,
    en: str,
) -> None:
    db_path.write_bytes(content if content is not None else _valid_with(name))
    before = db_path.read_bytes()
    outcome = run("--db", str(db_path), "--lang", lang, "--today", TODAY, *command)
    assert_refused(outcome, lang, str(db_path), vi if lang == "vi" else en)
    assert outcome.code == 3
    assert db_path.read_bytes() == before


def test_a_folder_given_as_the_data_file(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "thu-muc"
    folder.mkdir()
    for lang, said in (("vi", "là một thư mục"), ("en", "is a folder")):
        for command in (("summary",), ("note", "hong khe", "x")):
            outcome = run("--db", str(folder), "--lang", lang, *command)
            assert_refused(outcome, lang, said)
    assert list(folder.iterdir()) == []


def test_a_data_file_in_a_missing_folder_is_not_created(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "khong-co" / "db.json"
    outcome = run("--db", str(target), "summary")
    assert_refused(outcome, "vi", "Không có thư mục", "Kiểm tra lại đường dẫn --db")
    assert not target.parent.exists()


# --- plan files -----------------------------------------------------------------------


PLAN_FILE_CASES = [
    (
        "missing-field",
        ('issuer = "UBND huyện Bình Giang, tỉnh Hải Dương"\n', ""),
        "dòng 10, [plan]: trường “issuer” bị thiếu",
        "line 10, [plan]: field “issuer” is missing",
    ),
    (
        "wrong-type",
        ("report_lead_days = 5", 'report_lead_days = "năm"'),
        "dòng 32, [plan]: trường “report_lead_days” phải là",
        "line 32, [plan]: field “report_lead_days” must be",
    ),
    (
        "unit-field",
        ('mode = "direct"', 'mode = "online"'),
        "dòng 130, [[units]] #1: trường “mode” phải là direct | self",
        "line 130, [[units]] #1: field “mode” must be direct | self",
    ),
    (
        "syntax",
        ("[plan]\n", "[plan]\nthis is not toml\n"),
        "sai cú pháp TOML ở dòng 11",
        "is not valid TOML at line 11",
    ),
]


@pytest.mark.parametrize(
    ("name", "edit", "vi", "en"), PLAN_FILE_CASES, ids=[case[0] for case in PLAN_FILE_CASES]
)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_wrong_plan_file_is_refused_with_line_and_field(
    cli: Run,
    store: Store,
    tmp_path: Path,
    lang: str,
    name: str,
    edit: tuple[str, str],
    vi: str,
    en: str,
) -> None:
    text = sample_plan_text()
    assert edit[0] in text
    plan_path = tmp_path / f"{name}.toml"
    plan_path.write_text(text.replace(*edit, 1), encoding="utf-8")
    before = store.path.read_bytes()
    outcome = cli("--lang", lang, "import", str(plan_path))
    assert_refused(outcome, lang, str(plan_path), vi if lang == "vi" else en)
    assert store.path.read_bytes() == before


def test_a_wrong_plan_file_does_not_create_a_missing_data_file(
    run: Run, tmp_path: Path, db_path: Path
) -> None:
    plan_path = tmp_path / "sai.toml"
    plan_path.write_text("[plan]\nnumber = 1\n", encoding="utf-8")
    assert_refused(run("--db", str(db_path), "import", str(plan_path)), "vi", "sai.toml")
    assert not db_path.exists()


# --- no permission -------------------------------------------------------------------------

NOBODY = 65534
# Run as root, os.access() says every file is writable, so the test drops to "nobody"
# after loading every module the command needs (the interpreter may sit in root's home).
AS_NOBODY = """
import contextlib, io, os, shutil, sys
from cchc_tui.cli import main

db, scratch, *argv = sys.argv[1:]
shutil.copyfile(db, scratch)
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    main(["--db", scratch, *argv])
if os.geteuid() == 0:
    try:
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)
    except PermissionError:
        sys.exit(77)
sys.exit(main(["--db", db, *argv]))
""".replace("NOBODY", str(NOBODY))


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder outside pytest's root-only temp tree, that "nobody" can reach."""
    with tempfile.TemporaryDirectory(prefix="cchc-ro-") as folder:
        yield Path(folder)


def run_without_rights(db: Path, scratch: Path, *argv: str) -> Outcome:
    done = subprocess.run(
        [sys.executable, "-c", AS_NOBODY, str(db), str(scratch), "--today", TODAY, *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if done.returncode == 77:
        pytest.skip("running as root without the right to become another user (setuid)")
    return Outcome(done.returncode, done.stdout, done.stderr)


@pytest.mark.parametrize(
    ("file_mode", "folder_mode"),
    [(0o444, 0o777), (0o666, 0o555)],
    ids=["read-only-file", "read-only-folder"],
)
def test_without_write_permission_changes_are_refused_and_reading_works(
    store: Store, shared_folder: Path, tmp_path: Path, file_mode: int, folder_mode: int
) -> None:
    db = shared_folder / "chung.json"
    db.write_bytes(store.path.read_bytes())
    db.chmod(file_mode)
    shared_folder.chmod(folder_mode)
    try:
        before = db.read_bytes()
        refused = run_without_rights(db, tmp_path / "scratch.json", "note", "hong khe", "x")
        assert_refused(refused, "vi", f"Tệp dữ liệu {db} chỉ đọc", "không lưu được thay đổi")
        assert refused.code == 3
        assert db.read_bytes() == before
        assert sorted(p.name for p in shared_folder.iterdir()) == ["chung.json"]
        read = run_without_rights(db, tmp_path / "scratch2.json", "summary")
        assert (read.code, read.err) == (0, "")
        assert "Xã Hồng Khê" in read.out
    finally:
        shared_folder.chmod(stat.S_IRWXU)


def test_without_read_permission_the_file_is_named(
    store: Store, shared_folder: Path, tmp_path: Path
) -> None:
    db = shared_folder / "rieng.json"
    db.write_bytes(store.path.read_bytes())
    db.chmod(0o600)
    shared_folder.chmod(0o777)
    refused = run_without_rights(db, tmp_path / "scratch.json", "summary")
    assert_refused(refused, "vi", f"Không có quyền đọc tệp dữ liệu {db}")
    assert os.stat(db).st_mode & 0o777 == 0o600
