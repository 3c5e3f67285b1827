"""The command line: ``cchc-tui`` opens the TUI; its subcommands print text.

Never imports textual (a test enforces it): printing a summary must start as fast
as Python with tinydb, arrow and tabulate. What only some commands use is imported
inside them, so that the others do not pay for it at start-up.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from cchc_tui import __version__
from cchc_tui.core.dates import format_date, parse_date
from cchc_tui.core.errors import UserError
from cchc_tui.core.i18n import (
    LANGS,
    Lang,
    conclusion_word,
    countdown_text,
    error_text,
    kind_word,
    mode_word,
    resolve_lang,
    stage_word,
    step_word,
    t,
    verdict_word,
)
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.core.summary import FORMATS, build_report, render
from cchc_tui.core.text import one_line
from cchc_tui.core.workflow import (
    add_note,
    agenda,
    conclude,
    due_date,
    find_item,
    mark,
    schedule,
    set_item,
    stage,
)
from cchc_tui.store import open_store

_HELP: dict[str, tuple[str, str]] = {
    "prog": (
        "Theo dõi kế hoạch kiểm tra cải cách hành chính. "
        "Không có lệnh: mở giao diện toàn màn hình.",
        "Track an administrative-reform inspection plan. No command: open the full-screen app.",
    ),
    "db": (
        "tệp dữ liệu (mặc định: $CCHC_TUI_DB, rồi thư mục dữ liệu của người dùng)",
        "data file (default: $CCHC_TUI_DB, then the user data folder)",
    ),
    "today": ("coi ngày này là hôm nay (DD/MM/YYYY)", "take this date as today (DD/MM/YYYY)"),
    "help": ("in hướng dẫn này rồi thoát", "show this help and exit"),
    "version": ("in phiên bản rồi thoát", "show the version and exit"),
    "lang": ("ngôn ngữ: vi hoặc en", "language: vi or en"),
    "plan": (
        "số kế hoạch cần dùng (mặc định: kế hoạch hiện hành)",
        "plan number to use (default: the current plan)",
    ),
    "summary": ("in báo cáo tổng hợp", "print the summary report"),
    "format": ("định dạng", "format"),
    "output": ("ghi ra tệp thay vì màn hình", "write to a file instead of the screen"),
    "agenda": (
        "việc đến hạn trong N ngày tới, quá hạn trước",
        "what is due in the next N days, overdue first",
    ),
    "days": ("số ngày (mặc định 14)", "number of days (default 14)"),
    "units": ("danh sách đơn vị và giai đoạn", "the units and their stage"),
    "filter": ("lọc theo tên (không cần dấu)", "filter by name (diacritics optional)"),
    "schedule": ("đặt ngày kiểm tra trực tiếp", "set the direct inspection date"),
    "mark": (
        "đánh dấu đã thông báo lịch / đã nhận báo cáo / đã kiểm tra",
        "mark schedule notified / report received / inspected",
    ),
    "step": (
        "bước đã làm: notified (thong-bao), report (bao-cao), inspected (kiem-tra)",
        "the step done: notified (thong-bao), report (bao-cao), inspected (kiem-tra)",
    ),
    "conclusion": (
        "bieu-duong (biểu dương), dat (đạt), phe-binh (chấn chỉnh, phê bình)",
        "bieu-duong (commend), dat (satisfactory), phe-binh (correct and criticise)",
    ),
    "on": ("ngày thực hiện (mặc định: hôm nay)", "the day it was done (default: today)"),
    "conclude": (
        "ghi kết luận: bieu-duong, dat, phe-binh",
        "record the conclusion: bieu-duong, dat, phe-binh",
    ),
    "item": ("đánh giá một nội dung kiểm tra", "assess one checklist item"),
    "item_arg": ("số thứ tự hoặc tên nội dung", "item number or name"),
    "verdict": (
        "dat, dat-mot-phan, chua-dat, khong-ap-dung",
        "dat, dat-mot-phan, chua-dat, khong-ap-dung",
    ),
    "note_opt": ("ghi chú cho nội dung", "note for the item"),
    "note": ("thêm ghi chú cho đơn vị", "add a note to a unit"),
    "history": ("lịch sử thay đổi (của một đơn vị)", "change history (of one unit)"),
    "undo": ("hoàn tác thay đổi gần nhất của bạn", "undo your last change"),
    "import": (
        "nhập một tệp kế hoạch (TOML) và dùng nó",
        "import a plan file (TOML) and make it current",
    ),
    "export": (
        "xuất kế hoạch hiện hành ra tệp TOML",
        "export the current plan as a TOML plan file",
    ),
    "check": ("kiểm tra tệp dữ liệu", "check the data file"),
    "restore": (
        "khôi phục tệp dữ liệu từ bản sao lưu tự động",
        "restore the data file from the automatic backup",
    ),
    "unit": (
        "tên đơn vị (không cần dấu, có thể gõ phần đầu)",
        "unit name (diacritics optional, a prefix will do)",
    ),
    "date": ("ngày (DD/MM/YYYY)", "date (DD/MM/YYYY)"),
    "text": ("nội dung", "text"),
    "file": ("tệp", "file"),
}

_ALIASES: dict[str, list[str]] = {
    "summary": ["tong-hop"],
    "agenda": ["viec"],
    "units": ["don-vi"],
    "schedule": ["xep-lich"],
    "mark": ["danh-dau"],
    "conclude": ["ket-luan"],
    "item": ["noi-dung"],
    "note": ["ghi-chu"],
    "history": ["lich-su"],
    "undo": ["hoan-tac"],
    "import": ["nhap"],
    "export": ["xuat"],
    "check": ["kiem-tra"],
    "restore": ["khoi-phuc"],
}


def build_parser(lang: Lang) -> argparse.ArgumentParser:
    def h(key: str) -> str:
        return _HELP[key][1 if lang == "en" else 0]

    # The global options go on the root and on every command, so they work before or after
    # it; SUPPRESS keeps a value given before the command from being reset after it.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("-h", "--help", action="help", help=h("help"))
    common.add_argument(
        "--version", action="version", version=f"cchc-tui {__version__}", help=h("version")
    )
    common.add_argument("--db", metavar="PATH", help=h("db"))
    common.add_argument("--today", metavar="DATE", help=h("today"))
    common.add_argument("--lang", choices=LANGS, help=h("lang"))
    common.add_argument("--plan", metavar="NUMBER", help=h("plan"))
    root = argparse.ArgumentParser(
        prog="cchc-tui", description=h("prog"), parents=[common], add_help=False
    )
    commands = root.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            aliases=_ALIASES[name],
            parents=[common],
            add_help=False,
            help=h(name),
            description=h(name),
        )

    summary = command("summary")
    summary.add_argument("--format", "-f", choices=FORMATS, default="text", help=h("format"))
    summary.add_argument("-o", "--output", metavar="FILE", help=h("output"))
    command("agenda").add_argument("--days", type=int, default=14, help=h("days"))
    command("units").add_argument("--filter", metavar="TEXT", default="", help=h("filter"))
    scheduling = command("schedule")
    scheduling.add_argument("unit", help=h("unit"))
    scheduling.add_argument("date", help=h("date"))
    marking = command("mark")
    marking.add_argument("unit", help=h("unit"))
    marking.add_argument("step", metavar="notified|report|inspected", help=h("step"))
    marking.add_argument("--on", metavar="DATE", help=h("on"))
    concluding = command("conclude")
    concluding.add_argument("unit", help=h("unit"))
    concluding.add_argument("conclusion", metavar="bieu-duong|dat|phe-binh", help=h("conclusion"))
    assessing = command("item")
    assessing.add_argument("unit", help=h("unit"))
    assessing.add_argument("item", help=h("item_arg"))
    assessing.add_argument("verdict", help=h("verdict"))
    assessing.add_argument("--note", default=None, help=h("note_opt"))
    noting = command("note")
    noting.add_argument("unit", help=h("unit"))
    noting.add_argument("text", help=h("text"))
    command("history").add_argument("unit", nargs="?", help=h("unit"))
    command("undo")
    command("import").add_argument("file", help=h("file"))
    command("export").add_argument("-o", "--output", metavar="FILE", help=h("output"))
    command("check")
    command("restore")
    return root


def _prescan_lang(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


class Context:
    """What every command needs: the store, the language, the day taken as today."""

    def __init__(self, args: argparse.Namespace, lang: Lang) -> None:
        self.args = args
        self.lang = lang
        self.today: date = _today_option(args) or date.today()
        self.plan: str | None = getattr(args, "plan", None)
        # Checking or restoring a missing file must not quietly create a fresh one, and
        # importing into one creates it from the imported plan, not from the sample.
        create = _canonical(args.command) not in ("check", "restore", "import")
        self.store, created = open_store(getattr(args, "db", None), create=create)
        if created:
            self.err(t("created", lang, path=self.store.path, plan=self.store.load().plan.number))

    def load(self) -> Snapshot:
        return self.store.load(self.plan)

    def say(self, text: str) -> None:
        print(text)

    def err(self, text: str) -> None:
        print(text, file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        lang = resolve_lang(_prescan_lang(argv))
    except UserError:
        lang = "vi"
    args = build_parser(lang).parse_args(argv)
    try:
        lang = resolve_lang(getattr(args, "lang", None))
        if args.command is None:
            return _run_tui(args, lang)
        context = Context(args, lang)
        return _COMMANDS[_canonical(args.command)](context)
    except UserError as error:
        print(f"cchc-tui: {t('error', lang)}: {error_text(error, lang)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(t("interrupted", lang), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _canonical(name: str) -> str:
    for command, aliases in _ALIASES.items():
        if name == command or name in aliases:
            return command
    return name


def _today_option(args: argparse.Namespace) -> date | None:
    """``--today`` read as a date; given but empty is an error, not "use the real date"."""
    typed = getattr(args, "today", None)
    return None if typed is None else parse_date(typed)


def _run_tui(args: argparse.Namespace, lang: Lang) -> int:
    today = _today_option(args)
    from cchc_tui.tui.app import run  # the only path that loads textual

    return run(
        db=getattr(args, "db", None), today=today, lang=lang, plan=getattr(args, "plan", None)
    )


# --- commands ------------------------------------------------------------------------


def _summary(ctx: Context) -> int:
    text = render(build_report(ctx.load(), ctx.today), ctx.args.format, ctx.lang)
    _emit(ctx, text, ctx.args.output)
    return 0


def _emit(ctx: Context, text: str, output: str | None) -> None:
    if output is None or output == "-":
        sys.stdout.write(text)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UserError("output_failed", path=output, detail=exc.strerror or str(exc)) from None
    ctx.err(t("done.saved", ctx.lang, path=output))


def _agenda(ctx: Context) -> int:
    snapshot = ctx.load()
    days = ctx.args.days
    due = agenda(snapshot.plan, list(snapshot.units), ctx.today, days)
    ctx.say(f"{t('agenda.title', ctx.lang)} — {t('plan.as_of', ctx.lang)} {format_date(ctx.today)}")
    if not due:
        ctx.say(t("agenda.empty", ctx.lang, days=days))
        return 0
    from tabulate import tabulate

    rows = [
        [
            countdown_text(d.days_left, ctx.lang),
            format_date(d.due),
            step_word(d.step, ctx.lang),
            one_line(d.unit.display_name),
        ]
        for d in due
    ]
    ctx.say(tabulate(rows, tablefmt="plain", disable_numparse=True))
    return 0


def _units(ctx: Context) -> int:
    from tabulate import tabulate

    snapshot = ctx.load()
    units = snapshot.index.filter(ctx.args.filter) if ctx.args.filter else list(snapshot.units)
    rows = [
        [
            n,
            one_line(u.display_name),
            kind_word(u.kind, ctx.lang),
            mode_word(u.mode, ctx.lang, short=True),
            format_date(u.inspection_date),
            stage_word(stage(u), ctx.lang),
        ]
        for n, u in enumerate(units, 1)
    ]
    keys = ("col.no", "col.unit", "col.kind", "col.mode", "col.date", "col.stage")
    ctx.say(tabulate(rows, [t(k, ctx.lang) for k in keys], disable_numparse=True))
    return 0


def _schedule(ctx: Context) -> int:
    snapshot = ctx.load()
    unit = snapshot.find(ctx.args.unit)
    day = parse_date(ctx.args.date)
    ctx.store.apply(schedule(snapshot.plan, unit, day), ctx.plan)
    ctx.say(t("done.schedule", ctx.lang, unit=unit.display_name, date=format_date(day)))
    return 0


def _mark(ctx: Context) -> int:
    from cchc_tui.core.choices import MARKABLE_STEPS, parse_choice

    snapshot = ctx.load()
    unit = snapshot.find(ctx.args.unit)
    step = parse_choice(ctx.args.step, MARKABLE_STEPS, "step")
    on = ctx.today if ctx.args.on is None else parse_date(ctx.args.on)
    after = ctx.store.apply(mark(snapshot.plan, unit, step, on, ctx.today), ctx.plan)
    due = due_date(snapshot.plan, unit, step)
    timing = t("late" if due and on > due else "on_time", ctx.lang)
    if due:
        timing += f", {t('col.due', ctx.lang).lower()} {format_date(due)}"
    ctx.say(
        t(
            "done.mark",
            ctx.lang,
            unit=unit.display_name,
            # the stage reached ("đã nhận báo cáo"), not the step's to-do word ("nhận báo cáo")
            step=stage_word(stage(after.unit(unit.key)), ctx.lang).lower(),
            date=format_date(on),
            timing=timing,
        )
    )
    return 0


def _conclude(ctx: Context) -> int:
    from cchc_tui.core.choices import CONCLUSIONS, parse_choice

    snapshot = ctx.load()
    unit = snapshot.find(ctx.args.unit)
    conclusion = parse_choice(ctx.args.conclusion, CONCLUSIONS, "conclusion")
    ctx.store.apply(conclude(unit, conclusion, ctx.today), ctx.plan)
    ctx.say(
        t(
            "done.conclude",
            ctx.lang,
            unit=unit.display_name,
            conclusion=conclusion_word(conclusion, ctx.lang),
        )
    )
    return 0


def _item(ctx: Context) -> int:
    from cchc_tui.core.choices import VERDICTS, parse_choice

    snapshot = ctx.load()
    unit = snapshot.find(ctx.args.unit)
    item = find_item(snapshot.plan, unit, ctx.args.item)
    verdict = parse_choice(ctx.args.verdict, VERDICTS, "verdict")
    ctx.store.apply(set_item(snapshot.plan, unit, item, verdict, ctx.args.note), ctx.plan)
    ctx.say(
        t(
            "done.item",
            ctx.lang,
            unit=unit.display_name,
            item=item.text,
            verdict=verdict_word(verdict, ctx.lang),
        )
    )
    return 0


def _note(ctx: Context) -> int:
    snapshot = ctx.load()
    unit = snapshot.find(ctx.args.unit)
    ctx.store.apply(
        add_note(unit, ctx.args.text, ctx.store.user, datetime.now().astimezone()), ctx.plan
    )
    ctx.say(t("done.note", ctx.lang, unit=unit.display_name))
    return 0


def _history(ctx: Context) -> int:
    from tabulate import tabulate

    from cchc_tui.core.history import describe_entry

    snapshot = ctx.load()
    unit_key = snapshot.find(ctx.args.unit).key if ctx.args.unit else None
    entries = ctx.store.history(ctx.plan, unit_key)
    if not entries:
        ctx.say(t("history.empty", ctx.lang))
        return 0
    rows = [
        [f"#{e.id}", e.at.replace("T", " ")[:16], e.who, *describe_entry(e, snapshot, ctx.lang)]
        for e in entries
    ]
    headers = [t(k, ctx.lang) for k in ("col.no", "col.when", "col.who", "col.unit", "col.change")]
    ctx.say(tabulate(rows, headers, disable_numparse=True))
    return 0


def _undo(ctx: Context) -> int:
    from cchc_tui.core.history import describe_entry

    entry, snapshot = ctx.store.undo(ctx.plan)
    unit, change = describe_entry(entry, snapshot, ctx.lang)
    ctx.say(t("done.undo", ctx.lang, what=f"#{entry.id} {unit} {change}".replace("  ", " ")))
    return 0


def _import(ctx: Context) -> int:
    from cchc_tui.core.planfile import parse_plan_file

    path = Path(ctx.args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        detail = getattr(exc, "strerror", None) or str(exc)
        raise UserError("plan_file_unreadable", path=str(path), detail=detail) from None
    plan_file = parse_plan_file(text, str(path))
    if ctx.store.exists():
        ctx.store.import_plan(plan_file)
    else:
        ctx.store.create(plan_file)
        ctx.err(t("created_from_import", ctx.lang, path=ctx.store.path, plan=plan_file.plan.number))
    ctx.say(t("done.import", ctx.lang, plan=plan_file.plan.number, units=len(plan_file.units)))
    return 0


def _export(ctx: Context) -> int:
    from cchc_tui.core.planfile import dump_plan_file

    snapshot = ctx.load()
    _emit(ctx, dump_plan_file(snapshot.plan, snapshot.units), ctx.args.output)
    return 0


def _check(ctx: Context) -> int:
    plans, units, history = ctx.store.check()
    ctx.say(t("check.ok", ctx.lang, plans=plans, units=units, history=history))
    return 0


def _restore(ctx: Context) -> int:
    kept = ctx.store.restore_backup()
    ctx.say(t("done.restore", ctx.lang, path=ctx.store.path, kept=kept))
    return 0


_COMMANDS: dict[str, Callable[[Context], int]] = {
    "summary": _summary,
    "agenda": _agenda,
    "units": _units,
    "schedule": _schedule,
    "mark": _mark,
    "conclude": _conclude,
    "item": _item,
    "note": _note,
    "history": _history,
    "undo": _undo,
    "import": _import,
    "export": _export,
    "check": _check,
    "restore": _restore,
}
