"""Commands that record progress: schedule, mark, conclude, assess an item, note, undo."""

from __future__ import annotations

import argparse
from datetime import datetime
from secrets import token_hex

from cchc_tui.cli.commands import Command, Words
from cchc_tui.cli.context import Context, UsageError
from cchc_tui.core.dates import format_date, parse_date
from cchc_tui.core.deadlines import stage, step_statuses
from cchc_tui.core.due_words import due_text, schedule_said, sending_parts
from cchc_tui.core.i18n import Lang, conclusion_word, stage_word, t, verdict_word
from cchc_tui.core.model import Plan, Step, Unit
from cchc_tui.core.text import one_line
from cchc_tui.core.workflow import add_note, find_item, mark, schedule, set_item


def _unit_argument(parser: argparse.ArgumentParser, h: Words) -> None:
    parser.add_argument("unit", help=h("unit"))


def _schedule_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    _unit_argument(parser, h)
    parser.add_argument("date", help=h("date"))


def _schedule(ctx: Context) -> int:
    snapshot = ctx.load()
    unit = snapshot.find(ctx.args.unit)
    day = parse_date(ctx.args.date)
    plan = snapshot.plan
    ctx.store.apply(schedule(plan, unit, day), ctx.plan)
    ctx.say(t("done.schedule", ctx.lang, unit=unit.display_name, date=format_date(day)))
    # Said after the change, on stderr: the day is the planner's to choose.
    for warning in schedule_said(snapshot, unit, day, ctx.today, ctx.lang):
        ctx.err(f"{t('warn.prefix', ctx.lang)}: {warning}.")
    return 0


def _mark_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    _unit_argument(parser, h)
    parser.add_argument("step", help=h("step"))
    parser.add_argument("--on", help=h("on"))
    parser.add_argument("--sent", help=h("sent"))
    parser.add_argument("--ref", default="", help=h("ref"))


def _mark(ctx: Context) -> int:
    from cchc_tui.core.choices import MARKABLE_STEPS, parse_choice

    snapshot = ctx.load()
    plan = snapshot.plan
    unit = snapshot.find(ctx.args.unit)
    step = parse_choice(ctx.args.step, MARKABLE_STEPS, "step")
    on = ctx.today if ctx.args.on is None else parse_date(ctx.args.on)
    sent = None if ctx.args.sent is None else parse_date(ctx.args.sent)
    change = mark(plan, unit, step, on, ctx.today, sent=sent, ref=ctx.args.ref)
    done = ctx.store.apply(change, ctx.plan).unit(unit.key)
    ctx.say(
        t(
            "done.mark",
            ctx.lang,
            unit=unit.display_name,
            # the stage reached ("đã nhận báo cáo"), not the step's to-do word ("nhận báo cáo")
            step=stage_word(stage(done), ctx.lang).lower(),
            date=format_date(on),
            timing=_timing(plan, done, step, ctx.lang),
        )
    )
    return 0


def _timing(plan: Plan, unit: Unit, step: Step, lang: Lang) -> str:
    """On time or late by the day sent, with the deadline; an inspection's planned day."""
    if step is Step.INSPECTED:
        planned = unit.inspection_date
        if planned is None or planned == unit.inspected_on:
            return t("inspection.as_planned", lang)
        return t("inspection.planned_short", lang, planned=format_date(planned))
    status = next(status for status in step_statuses(plan, unit) if status.step is step)
    sending = sending_parts(unit, lang) if step is Step.REPORT else ()
    parts = [", ".join(part for part in sending if part)]
    if status.due is not None:
        judged = t("late" if status.late else "on_time", lang)
        parts.append(f"{judged}, {due_text(plan, status.due, lang, step)}")
    return "; ".join(part for part in parts if part)


def _conclude_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    _unit_argument(parser, h)
    parser.add_argument("conclusion", help=h("conclusion"))
    parser.add_argument("--fix-by", help=h("fix_by"))
    parser.add_argument("--issue", action="append", help=h("issue"))


def _conclude(ctx: Context) -> int:
    from cchc_tui.core.choices import CONCLUSIONS, parse_choice
    from cchc_tui.core.follow_up import conclude_with_follow_up, follow_up_text

    snapshot = ctx.load()
    unit = snapshot.find(ctx.args.unit)
    conclusion = parse_choice(ctx.args.conclusion, CONCLUSIONS, "conclusion")
    fix_by = None if ctx.args.fix_by is None else parse_date(ctx.args.fix_by)
    change = conclude_with_follow_up(
        snapshot.plan, unit, conclusion, ctx.today, fix_by=fix_by, issues=ctx.args.issue
    )
    done = ctx.store.apply(change, ctx.plan).unit(unit.key)
    said = t(
        "done.conclude",
        ctx.lang,
        unit=unit.display_name,
        conclusion=conclusion_word(conclusion, ctx.lang).lower(),
    )
    if follow_up := follow_up_text(done, ctx.lang):
        said = f"{said.rstrip('.')}; {follow_up}."
    ctx.say(said)
    return 0


def _item_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    _unit_argument(parser, h)
    parser.add_argument("item", help=h("item_arg"))
    parser.add_argument("verdict", nargs="?", help=h("verdict"))
    parser.add_argument("--note", default=None, help=h("note_opt"))
    parser.add_argument("--evidence", action="append", default=[], help=h("evidence"))
    parser.add_argument(
        "--drop-evidence", action="append", default=[], type=int, help=h("drop_evidence")
    )
    parser.add_argument("--no-evidence", default=None, help=h("no_evidence"))


def _item(ctx: Context) -> int:
    from cchc_tui.core.choices import VERDICTS, parse_choice
    from cchc_tui.core.evidence import parse_evidence, unproven, with_evidence

    args = ctx.args
    if args.verdict is None and args.note is None and not _evidence_asked(args):
        raise UsageError("item_nothing")
    snapshot = ctx.load()
    unit = snapshot.find(args.unit)
    item = find_item(snapshot.plan, unit, args.item)
    current = unit.items.get(item.id)
    if args.verdict is None:
        verdict = current.verdict if current else None
    else:
        verdict = parse_choice(args.verdict, VERDICTS, "verdict")
    evidence = None
    if args.evidence or args.drop_evidence:
        added = [parse_evidence(text) for text in args.evidence]
        evidence = with_evidence(current, added, args.drop_evidence)
    change = set_item(
        snapshot.plan, unit, item, verdict, args.note, evidence=evidence, missing=args.no_evidence
    )
    result = ctx.store.apply(change, ctx.plan).unit(unit.key).items[item.id]
    name, text = unit.display_name, one_line(item.text)
    ctx.say(t("done.item", ctx.lang, unit=name, item=text, verdict=verdict_word(verdict, ctx.lang)))
    if _evidence_asked(args) and result.missing:
        ctx.say(t("done.evidence_missing", ctx.lang, unit=name, item=text, reason=result.missing))
    elif _evidence_asked(args):
        ctx.say(t("done.evidence", ctx.lang, unit=name, item=text, count=len(result.evidence)))
    if unproven(result):  # said, not refused: the documents may come later
        warning = t("warn.met_without_evidence", ctx.lang, item=text)
        ctx.err(f"{t('warn.prefix', ctx.lang)}: {warning}.")
    return 0


def _evidence_asked(args: argparse.Namespace) -> bool:
    return bool(args.evidence or args.drop_evidence or args.no_evidence is not None)


def _note_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    _unit_argument(parser, h)
    parser.add_argument("text", help=h("text"))


def _note(ctx: Context) -> int:
    snapshot = ctx.load()
    unit = snapshot.find(ctx.args.unit)
    ctx.store.apply(
        add_note(unit, ctx.args.text, ctx.store.author, datetime.now().astimezone(), token_hex(4)),
        ctx.plan,
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
