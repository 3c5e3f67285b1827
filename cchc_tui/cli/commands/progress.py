"""Commands that record progress: schedule, mark, conclude, assess an item, note, undo."""

from __future__ import annotations

import argparse
from datetime import datetime

from cchc_tui.cli.commands import Command, Words
from cchc_tui.cli.context import Context
from cchc_tui.core.dates import format_date, parse_date
from cchc_tui.core.i18n import conclusion_word, stage_word, t, verdict_word
from cchc_tui.core.workflow import (
    add_note,
    conclude,
    due_date,
    find_item,
    mark,
    schedule,
    set_item,
    stage,
)


def _unit_argument(parser: argparse.ArgumentParser, h: Words) -> None:
    parser.add_argument("unit", help=h("unit"))


def _schedule_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    _unit_argument(parser, h)
    parser.add_argument("date", help=h("date"))


def _schedule(ctx: Context) -> int:
    snapshot = ctx.load()
    unit = snapshot.find(ctx.args.unit)
    day = parse_date(ctx.args.date)
    ctx.store.apply(schedule(snapshot.plan, unit, day), ctx.plan)
    ctx.say(t("done.schedule", ctx.lang, unit=unit.display_name, date=format_date(day)))
    return 0


def _mark_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    _unit_argument(parser, h)
    parser.add_argument("step", metavar="notified|report|inspected", help=h("step"))
    parser.add_argument("--on", metavar="DATE", help=h("on"))


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


def _conclude_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    _unit_argument(parser, h)
    parser.add_argument("conclusion", metavar="bieu-duong|dat|phe-binh", help=h("conclusion"))


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
            conclusion=conclusion_word(conclusion, ctx.lang).lower(),
        )
    )
    return 0


def _item_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    _unit_argument(parser, h)
    parser.add_argument("item", help=h("item_arg"))
    parser.add_argument("verdict", help=h("verdict"))
    parser.add_argument("--note", default=None, help=h("note_opt"))


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


def _note_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    _unit_argument(parser, h)
    parser.add_argument("text", help=h("text"))


def _note(ctx: Context) -> int:
    snapshot = ctx.load()
    unit = snapshot.find(ctx.args.unit)
    ctx.store.apply(
        add_note(unit, ctx.args.text, ctx.store.user, datetime.now().astimezone()), ctx.plan
    )
    ctx.say(t("done.note", ctx.lang, unit=unit.display_name))
    return 0


def _undo(ctx: Context) -> int:
    from cchc_tui.core.history import describe_entry

    entry, snapshot = ctx.store.undo(ctx.plan)
    unit, change = describe_entry(entry, snapshot, ctx.lang)
    ctx.say(t("done.undo", ctx.lang, what=f"#{entry.id} {unit} {change}".replace("  ", " ")))
    return 0


COMMANDS = (
    Command("schedule", _schedule, ("xep-lich",), _schedule_arguments),
    Command("mark", _mark, ("danh-dau",), _mark_arguments),
    Command("conclude", _conclude, ("ket-luan",), _conclude_arguments),
    Command("item", _item, ("noi-dung",), _item_arguments),
    Command("note", _note, ("ghi-chu",), _note_arguments),
    Command("undo", _undo, ("hoan-tac",)),
)
