"""Commands on the plans of the data file: list them, start next year's plan from one,
review what it carried over, and the timeline of one plan."""

from __future__ import annotations

import argparse

from cchc_tui.cli.commands import Command, Words, whole_number
from cchc_tui.cli.context import Context
from cchc_tui.core.dates import parse_date
from cchc_tui.core.i18n import t
from cchc_tui.core.text import one_line

YEARS = (2000, 2100)
# The timeline fits the terminal, or this many columns in a file or a pipe; a week of days
# and short names need at least MIN_WIDTH.
DEFAULT_WIDTH, MIN_WIDTH = 80, 40


def _plans(ctx: Context) -> int:
    from tabulate import tabulate

    from cchc_tui.core.review import plan_facts

    plans, current = ctx.store.plan_list()
    rows = [
        ["*" if plan.number == current else "", *plan_facts(plan, units, ctx.lang)]
        for plan, units in plans
    ]
    keys = ("plans.col.current", "plans.col.number", "plans.col.issued", "plans.col.year")
    headers = [*(t(key, ctx.lang) for key in keys), t("col.unit", ctx.lang), ""]
    ctx.say(tabulate(rows, headers, disable_numparse=True))
    ctx.say(t("plans.legend", ctx.lang))
    return 0


def _new_plan_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    message = h("year_invalid").format(first=YEARS[0], last=YEARS[1])
    year = whole_number("year", message, *YEARS)
    parser.add_argument("number", help=h("new_number"))
    parser.add_argument("--from", dest="source", help=h("from"))
    parser.add_argument("--issued", required=True, help=h("issued"))
    parser.add_argument("--year", type=year, help=h("year"))
    parser.add_argument("-o", "--output", help=h("new_plan_output"))


def _new_plan(ctx: Context) -> int:
    from cchc_tui.core.next_plan import next_plan
    from cchc_tui.core.review import review_summary

    source = ctx.store.load(ctx.args.source or ctx.plan)
    issued = parse_date(ctx.args.issued)
    plan_file = next_plan(source.plan, source.units, ctx.args.number, issued, ctx.args.year)
    plan = plan_file.plan
    if ctx.args.output:
        from cchc_tui.core.planfile import dump_plan_file

        ctx.emit(dump_plan_file(plan, plan_file.units), ctx.args.output)
        return 0
    ctx.store.import_plan(plan_file)
    ctx.say(
        t(
            "done.new_plan",
            ctx.lang,
            plan=one_line(plan.number),
            source=one_line(source.plan.number),
            units=len(plan_file.units),
            year=plan.plan_year,
        )
    )
    ctx.say(f"{review_summary(plan, ctx.lang)}.")
    ctx.say(t("review.show_hint", ctx.lang))
    return 0


def _review_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    parser.add_argument("--confirm", action="store_true", help=h("confirm"))


def _review(ctx: Context) -> int:
    from cchc_tui.core.review import review_lines

    plan = ctx.load().plan
    lines = review_lines(plan, ctx.lang)
    number = one_line(plan.number)
    if not lines:
        ctx.say(t("review.none", ctx.lang, plan=number))
        return 0
    if ctx.args.confirm:
        ctx.store.confirm_review(plan.number, plan.review)
        ctx.say(t("done.review", ctx.lang, plan=number, count=len(lines)))
        return 0
    ctx.say(t("review.heading", ctx.lang, plan=number, source=one_line(plan.carried_from)))
    for n, line in enumerate(lines, 1):
        ctx.say(f"{n}. {line}")
    ctx.say(t("review.confirm_hint", ctx.lang))
    return 0


def _timeline_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    columns = whole_number("columns", h("width_invalid").format(least=MIN_WIDTH), MIN_WIDTH)
    parser.add_argument("--width", type=columns, help=h("width"))


def _timeline(ctx: Context) -> int:
    from cchc_tui.core.timeline import build_timeline
    from cchc_tui.core.timeline_text import timeline_text

    snapshot = ctx.load()
    timeline = build_timeline(snapshot.plan, snapshot.units, ctx.today, snapshot.records.team)
    width = ctx.args.width or ctx.terminal_width() or DEFAULT_WIDTH
    ctx.emit(timeline_text(timeline, snapshot.plan, ctx.lang, width), None)
    return 0


COMMANDS = (
    Command("plans", _plans, ("ke-hoach",)),
    Command("new-plan", _new_plan, ("ke-hoach-moi",), _new_plan_arguments),
    Command("plan-review", _review, ("ra-soat",), _review_arguments),
    Command("timeline", _timeline, ("bieu-do",), _timeline_arguments),
)
