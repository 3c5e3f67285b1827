"""Commands that print: the summary, the agenda, the units, the history."""

from __future__ import annotations

import argparse

from cchc_tui.cli.commands import Command, Words, whole_number
from cchc_tui.cli.context import Context, UsageError
from cchc_tui.core.dates import format_date
from cchc_tui.core.deadlines import agenda
from cchc_tui.core.due_words import SENT_STEPS, countdown, due_day_text, send_by_text
from cchc_tui.core.i18n import step_word, t
from cchc_tui.core.report import BINARY_FORMATS, EXTENSIONS, FORMATS
from cchc_tui.core.text import one_line


def _summary_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    parser.add_argument("--format", "-f", choices=FORMATS, default="text", help=h("format"))
    parser.add_argument("-o", "--output", help=h("output"))
    parser.add_argument("--unit", help=h("unit_notice"))


def _summary(ctx: Context) -> int:
    from cchc_tui.core.report import build_notice, build_report, render

    fmt, output = ctx.args.format, ctx.args.output
    to_screen = output in (None, "-")
    if fmt in BINARY_FORMATS and to_screen and ctx.stdout_is_terminal():
        example = f"bao-cao.{EXTENSIONS[fmt]}"
        raise UsageError("report.binary_to_terminal", format=fmt, example=example)
    snapshot = ctx.load()
    if ctx.args.unit:
        document = build_notice(snapshot, snapshot.find(ctx.args.unit), ctx.today, ctx.lang)
    else:
        document = build_report(snapshot, ctx.today, ctx.lang)
    # Wrapped to the terminal only when a person reads it there; a file, a pipe or the
    # clipboard gets one line per paragraph, for the program it is pasted into to wrap.
    width = ctx.terminal_width() if fmt == "text" and to_screen else None
    ctx.emit(render(document, fmt, width), output)
    return 0


AGENDA_MOST_DAYS = 3660  # ten years: further is no agenda, and dates end in 9999


def _agenda_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    message = h("days_invalid").format(most=AGENDA_MOST_DAYS)
    days = whole_number("days", message, most=AGENDA_MOST_DAYS)
    parser.add_argument("--days", type=days, default=14, help=h("days"))


def _agenda(ctx: Context) -> int:
    snapshot = ctx.load()
    days = ctx.args.days
    due = agenda(snapshot.plan, list(snapshot.units), ctx.today, days)
    ctx.say(t("agenda.heading", ctx.lang, date=format_date(ctx.today)))
    if not due:
        ctx.say(t("agenda.empty", ctx.lang, days=days))
        return 0
    from tabulate import tabulate

    plan = snapshot.plan
    rows = [
        [
            countdown(d, ctx.lang),
            due_day_text(plan, d.due, ctx.lang),
            step_word(d.step, ctx.lang),
            one_line(d.unit.display_name),
            (d.step in SENT_STEPS and send_by_text(plan, d.due, ctx.lang)) or "",
        ]
        for d in due
    ]
    ctx.say(tabulate(rows, tablefmt="plain", disable_numparse=True).rstrip())
    return 0


def _units_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    parser.add_argument("--filter", default="", help=h("filter"))


def _units(ctx: Context) -> int:
    from tabulate import tabulate

    from cchc_tui.core.summary import unit_words

    snapshot = ctx.load()
    units = snapshot.index.filter(ctx.args.filter) if ctx.args.filter else list(snapshot.units)
    if not units:
        ctx.say(t("cli.no_match", ctx.lang, query=one_line(ctx.args.filter)))
        return 0
    columns = ("name", "kind", "mode", "date", "stage")
    rows = [
        [n, *(words[column] for column in columns)]
        for n, words in enumerate((unit_words(snapshot.plan, u, ctx.lang) for u in units), 1)
    ]
    keys = ("col.no", "col.unit", "col.kind", "col.mode", "col.date", "col.stage")
    ctx.say(tabulate(rows, [t(k, ctx.lang) for k in keys], disable_numparse=True))
    return 0


def _history_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    parser.add_argument("unit", nargs="?", help=h("unit"))


def _history(ctx: Context) -> int:
    from tabulate import tabulate

    from cchc_tui.core.dates import stamp_text
    from cchc_tui.core.history import author_text, describe_entry

    snapshot = ctx.load()
    unit_key = snapshot.find(ctx.args.unit).key if ctx.args.unit else None
    entries = ctx.store.history(ctx.plan, unit_key)
    if not entries:
        ctx.say(t("history.empty", ctx.lang))
        return 0
    rows = [
        [f"#{e.id}", stamp_text(e.at), author_text(e), *describe_entry(e, snapshot, ctx.lang)]
        for e in entries
    ]
    headers = [t(k, ctx.lang) for k in ("col.no", "col.when", "col.who", "col.unit", "col.change")]
    ctx.say(tabulate(rows, headers, disable_numparse=True))
    return 0


COMMANDS = (
    Command("summary", _summary, ("tong-hop",), _summary_arguments),
    Command("agenda", _agenda, ("viec",), _agenda_arguments),
    Command("units", _units, ("don-vi",), _units_arguments),
    Command("history", _history, ("lich-su",), _history_arguments),
)
