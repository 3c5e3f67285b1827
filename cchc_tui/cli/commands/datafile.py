"""Commands on the data file and plan files: import, export, check, restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from cchc_tui.cli.commands import Command, Words
from cchc_tui.cli.context import Context
from cchc_tui.core.i18n import t


def _import_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    parser.add_argument("file", help=h("file"))


def _import(ctx: Context) -> int:
    from cchc_tui.cli.plan_input import read_plan_text
    from cchc_tui.core.planfile import parse_plan_file

    path = Path(ctx.args.file)
    plan_file = parse_plan_file(read_plan_text(path), str(path))
    if ctx.store.exists():
        ctx.store.import_plan(plan_file)
    else:
        ctx.store.create(plan_file)
        ctx.err(t("created_from_import", ctx.lang, path=ctx.store.path, plan=plan_file.plan.number))
    ctx.say(t("done.import", ctx.lang, plan=plan_file.plan.number, units=len(plan_file.units)))
    return 0


def _export_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    parser.add_argument("-o", "--output", help=h("output"))


def _export(ctx: Context) -> int:
    from cchc_tui.core.planfile import dump_plan_file

    snapshot = ctx.load()
    ctx.emit(dump_plan_file(snapshot.plan, snapshot.units, snapshot.records), ctx.args.output)
    return 0


def _check(ctx: Context) -> int:
    plans, units, history = ctx.store.check()
    ctx.say(t("check.ok", ctx.lang, plans=plans, units=units, history=history))
    return 0


def _restore_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    parser.add_argument("--force", action="store_true", help=h("force"))


def _restore(ctx: Context) -> int:
    from cchc_tui.core.history import ids_text

    kept, rolled = ctx.store.restore_backup(force=ctx.args.force)
    if ctx.args.force and rolled:
        said = t(
            "done.restore_forced", ctx.lang, path=ctx.store.path, kept=kept, ids=ids_text(rolled)
        )
    else:
        said = t("done.restore", ctx.lang, path=ctx.store.path, kept=kept)
    ctx.say(said)
    return 0


COMMANDS = (
    Command("import", _import, ("nhap",), _import_arguments, creates_data_file=False),
    Command("export", _export, ("xuat",), _export_arguments),
    Command("check", _check, ("kiem-tra",), creates_data_file=False),
    Command("restore", _restore, ("khoi-phuc",), _restore_arguments, creates_data_file=False),
)
