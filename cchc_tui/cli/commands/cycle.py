"""Commands for the plan's own records: the inspection team and procedure results (TTHC)."""

from __future__ import annotations

import argparse
from functools import partial

from cchc_tui.cli.commands import Command, Words
from cchc_tui.cli.context import Context, UsageError
from cchc_tui.core.dates import format_date, parse_date
from cchc_tui.core.errors import UserError
from cchc_tui.core.i18n import t
from cchc_tui.core.model import TTHC_COUNTS, TthcFigures, Unit
from cchc_tui.core.text import fold, one_line


def _team_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    parser.add_argument("action", nargs="?", help=h("team_action"))
    parser.add_argument("words", nargs="*", help=h("team_words"))
    parser.add_argument("--role", help=h("role"))
    parser.add_argument("--office", default="", help=h("office"))
    parser.add_argument("--on", help=h("decision_on"))


# What each action is called (either language, matched folded: "thêm", "Quyết-định") and
# how many words it takes (name, units…).
_TEAM_ACTIONS = {
    fold(called): action
    for called, action in (
        ("add", "add"),
        ("them", "add"),
        ("remove", "remove"),
        ("bot", "remove"),
        ("decision", "decision"),
        ("quyet-dinh", "decision"),
        ("assign", "assign"),
        ("phan-cong", "assign"),
        ("unassign", "unassign"),
        ("bo-phan-cong", "unassign"),
    )
}
_TEAM_WORDS = {"add": (1, 1), "remove": (1, 1), "decision": (1, 1), "assign": (2, None)}
_TEAM_WORDS["unassign"] = _TEAM_WORDS["assign"]


def _team_action(ctx: Context) -> str | None:
    typed = ctx.args.action
    if typed is None:
        return None
    action = _TEAM_ACTIONS.get(fold(typed))
    if action is None:
        raise UsageError("team.usage_action", action=typed)
    least, most = _TEAM_WORDS[action]
    count = len(ctx.args.words)
    if count < least or (most is not None and count > most):
        raise UsageError(f"team.usage_{action}")
    if action == "add" and ctx.args.role is None:
        raise UsageError("team.usage_add")
    return action


def _team(ctx: Context) -> int:
    from cchc_tui.core import team as teams

    snapshot = ctx.load()
    team = snapshot.records.team
    action = _team_action(ctx)
    if action is None:
        ctx.say("\n".join(teams.team_lines(team, snapshot.units, ctx.lang)))
        return 0
    lang = ctx.lang
    if action == "add":
        from cchc_tui.core.choices import ROLES, parse_choice

        role = parse_choice(ctx.args.role, ROLES, "role")
        change = teams.add_member(team, ctx.args.words[0], role, ctx.args.office)
        done = ctx.store.apply(change, ctx.plan).records.team
        member = done.member(change.edits[0].field.partition(".")[2])
        assert member is not None
        key = f"done.{change.action}"
        ctx.say(t(key, lang, name=one_line(member.name), role=teams.role_word(member.role, lang)))
        return 0
    if action == "decision":
        on = ctx.today if ctx.args.on is None else parse_date(ctx.args.on)
        change = teams.set_decision(snapshot.plan, team, ctx.args.words[0], on, ctx.today)
        ctx.store.apply(change, ctx.plan)
        ctx.say(t("done.team_decision", lang, number=change.args["number"], date=format_date(on)))
        return 0
    member = teams.find_member(team, ctx.args.words[0])
    name = one_line(member.name)
    if action == "remove":
        change = teams.remove_member(team, member)
        ctx.store.apply(change, ctx.plan)
        count = len(change.edits) - 1
        units = t("done.team_remove_units", lang, count=count) if count else ""
        ctx.say(t("done.team_remove", lang, name=name, units=units))
        return 0
    units = [snapshot.find(query) for query in ctx.args.words[1:]]
    build = teams.assign if action == "assign" else teams.unassign
    done = ctx.store.apply(build(team, member, units), ctx.plan)
    ctx.say(t(f"done.team_{action}", lang, name=name, unit=teams.units_text(units)))
    if action == "assign":  # said after the change, on stderr: the assignment stands
        for clash in teams.team_clashes(done.records.team, done.units):
            if clash.member.id == member.id:
                ctx.err(f"{t('warn.prefix', lang)}: {teams.clash_text(clash, lang)}.")
    return 0


def _tthc_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    parser.add_argument("unit", nargs="?", help=h("tthc_unit"))
    parser.add_argument("--period", help=h("period"))
    for name in TTHC_COUNTS:
        option = f"--{name.replace('_', '-')}"
        parser.add_argument(option, dest=name, type=_count_type(h), help=h(f"tthc_{name}"))
    parser.add_argument("--on", help=h("tthc_on"))
    parser.add_argument("--remove", action="store_true", help=h("tthc_remove"))


def _count_type(h: Words) -> partial[int]:
    return partial(_count, h("tthc_count_invalid"))


def _count(message: str, text: str) -> int:
    from cchc_tui.core.tthc import parse_count

    try:
        return parse_count(text)  # type: ignore[return-value]  # required: never None
    except UserError:
        raise argparse.ArgumentTypeError(message) from None


def _tthc(ctx: Context) -> int:
    from cchc_tui.core import tthc

    snapshot = ctx.load()
    args = ctx.args
    unit = snapshot.find(args.unit) if args.unit else None
    current = unit.tthc if unit else snapshot.records.tthc
    body = one_line(unit.display_name if unit else snapshot.plan.issuer)
    nothing_typed = all(getattr(args, name) is None for name in TTHC_COUNTS)
    if args.period is None and not args.remove and nothing_typed:
        _say_tthc(ctx, snapshot.plan.issuer, snapshot.records.tthc, snapshot.units, unit)
        return 0
    if args.period is None:
        raise UsageError("tthc.needs")
    if args.remove:
        ctx.store.apply(tthc.remove_tthc(unit, current, args.period), ctx.plan)
        ctx.say(t("done.tthc_removed", ctx.lang, body=body, period=one_line(args.period)))
        return 0
    if any(getattr(args, name) is None for name in TTHC_COUNTS[:3]):
        raise UsageError("tthc.needs")
    on = None if args.on is None else parse_date(args.on)
    figures = TthcFigures(
        args.period, args.received, args.on_time, args.late, args.pending, args.online, on
    )
    ctx.store.apply(tthc.set_tthc(unit, current, figures, ctx.today), ctx.plan)
    sentence = tthc.figures_sentence(figures, ctx.lang)
    ctx.say(t("done.tthc", ctx.lang, body=body, sentence=sentence))
    return 0


def _say_tthc(
    ctx: Context,
    issuer: str,
    body_figures: tuple[TthcFigures, ...],
    units: tuple[Unit, ...],
    only: Unit | None,
) -> None:
    """Every period recorded: the issuing body's, then each unit's (or one unit's)."""
    from cchc_tui.core.tthc import figures_sentence

    bodies = [(only.display_name, only.tthc)] if only else [(issuer, body_figures)]
    if only is None:
        bodies += [(unit.display_name, unit.tthc) for unit in units if unit.tthc]
    lines = [
        f"{one_line(name)} — {figures_sentence(figures, ctx.lang)}"
        for name, recorded in bodies
        for figures in recorded
    ]
    ctx.say("\n".join(lines) if lines else t("tthc.none", ctx.lang))


COMMANDS = (
    Command("team", _team, ("doan",), _team_arguments),
    Command("tthc", _tthc, ("thu-tuc",), _tthc_arguments),
)
