"""The words on screen and in summaries, in Vietnamese (default) and English.

Every message a person can see is said through ``t(key, lang, **params)``, so a refusal
raised deep in the core (``RuleError("report_before_notice", ...)``) reads the same in the
CLI, the TUI and the tests. The words live with the layer that uses them: the core's in
``core/i18n/words_*.py`` (registered below), the full-screen app's in ``tui/words/`` and the
command line's in ``cli/words/``, each registered by its package when imported (the core
cannot import them). Each entry is ``Words(vi=…, en=…)`` (``table.py``).

Why tables in code rather than gettext catalogs: see ``docs/words.md``.
"""

from __future__ import annotations

import errno
from datetime import date
from typing import Any, Literal

from cchc_tui.core.dates import format_date
from cchc_tui.core.errors import Detail, SystemReason, UserError, Where
from cchc_tui.core.i18n import (
    words_cycle,
    words_dates,
    words_document,
    words_domain,
    words_history_log,
    words_messages,
    words_plans,
    words_report,
    words_robustness,
    words_safety,
    words_timeline,
    words_tthc,
)
from cchc_tui.core.i18n.table import Table
from cchc_tui.core.model import Conclusion, Kind, Mode, Plan, Stage, Step, Verdict
from cchc_tui.core.text import one_line

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")


_WORDS: dict[str, tuple[str, str]] = {}
_REGISTERED: list[Table] = []


def register(*tables: Table) -> None:
    """Make a layer's words known to ``t``: core's own below, the TUI's and the CLI's when
    their package is imported (the core cannot import them). A key that another table
    already defines is refused at import; the same table registered again is ignored."""
    for table in tables:
        if any(table is known for known in _REGISTERED):
            continue
        if clash := _WORDS.keys() & table.keys():
            raise ValueError(f"i18n keys defined twice: {sorted(clash)}")
        _WORDS.update(table)
        _REGISTERED.append(table)


register(
    words_domain.WORDS,
    words_report.WORDS,
    words_messages.WORDS,
    words_dates.WORDS,
    words_document.WORDS,
    words_cycle.WORDS,
    words_tthc.WORDS,
    words_plans.WORDS,
    words_timeline.WORDS,
    words_history_log.WORDS,
    words_safety.WORDS,
    words_robustness.WORDS,
)


def resolve_lang(requested: str | None = None) -> Lang:
    """The language asked for (the CLI passes ``--lang``, else ``$CCHC_TUI_LANG``), else
    Vietnamese."""
    value = (requested or "vi").strip().lower()[:2]
    if value not in LANGS:
        raise UserError("choice_unknown", value=value, what="lang", choices="vi, en")
    return "en" if value == "en" else "vi"


def t(key: str, lang: Lang, **params: Any) -> str:
    """The text for ``key`` in ``lang``, with ``params`` filled in."""
    vi, en = _WORDS[key]
    template = en if lang == "en" else vi
    return template.format(**params) if params else template


def word(prefix: str, code: str | None, lang: Lang) -> str:
    """A label for a stored code, e.g. ``word("stage", "reported", "vi")``."""
    return t(f"{prefix}.{code if code is not None else 'none'}", lang)


def kind_word(plan: Plan, kind: Kind, lang: Lang) -> str:
    """The kind's name as the plan declares it ("Xã", "Sở", "Cơ quan chuyên môn")."""
    declared = plan.kind(kind)
    return one_line((lang == "en" and declared.name_en) or declared.name)


def mode_word(mode: Mode, lang: Lang, short: bool = False) -> str:
    return word("mode_short" if short else "mode", mode, lang)


def stage_word(stage: Stage, lang: Lang) -> str:
    return word("stage", stage, lang)


def step_word(step: Step, lang: Lang) -> str:
    return word("step", step, lang)


def conclusion_word(conclusion: Conclusion | None, lang: Lang) -> str:
    return word("conclusion", conclusion, lang) if conclusion else ""


def verdict_word(verdict: Verdict | None, lang: Lang) -> str:
    return word("verdict", verdict, lang)


def countdown_text(days_left: int, lang: Lang, *, working: bool = False) -> str:
    """ "còn 3 ngày" / "hôm nay" / "quá hạn 2 ngày" and their English forms; "còn 3 ngày
    làm việc" when the plan counts working days (``Deadline.working_days``)."""
    if days_left == 0:
        return t("countdown.today", lang)
    unit = "_working" if working else ""
    if days_left == 1:
        return t(f"countdown.left_one{unit}", lang)
    if days_left == -1:
        return t(f"countdown.overdue_one{unit}", lang)
    if days_left > 0:
        return t(f"countdown.left{unit}", lang, n=days_left)
    return t(f"countdown.overdue{unit}", lang, n=-days_left)


def error_text(error: UserError, lang: Lang) -> str:
    """The message for an error, with nested codes (choices, suggestions) put into words."""
    params = dict(error.params)
    if error.key == "choice_unknown":  # each choice as typed in this language, if it differs
        what = params.get("what")
        params["choices"] = ", ".join(
            _choice_word(f"choice.{what}.{code}", code, lang)
            for code in str(params.get("choices", "")).split(", ")
        )
    if "what" in params:
        params["what"] = t(f"what.{params['what']}", lang)
    if error.key == "item_unknown":  # "số 9" for a number, the typed words quoted otherwise
        query = str(params.get("query", ""))
        which = "item_number" if query.isdigit() else "item_words"
        params["which"] = t(which, lang, query=one_line(query))
    if error.key == "unit_unknown":
        names = params.get("suggestions", "")
        params["suggestions_text"] = t("suggestions", lang, names=names) if names else ""
    if "restore" in params:
        params["restore"] = (
            t("db_restore_hint", lang, path=params["restore"]) if params["restore"] else ""
        )
    if "problem" in params:
        problem, *detail = params["problem"]
        params["problem"] = t(f"field.{problem}", lang, **dict(detail))
    if "detail" in params:
        params["detail"] = _detail_text(params["detail"], lang)
    for name in ("step", "needed"):
        if params.get(name) in set(Step):
            params[name] = step_word(Step(params[name]), lang)
    if error.key == "conflict":
        params["who"] = params.get("who") or t("conflict_unknown_who", lang)
        params["field"] = field_word(params["field"], lang)
        params["old"] = value_text(params["old"], lang)
        params["new"] = value_text(params["new"], lang)
    # What a person typed is quoted back: one line, no control characters, so a message
    # stays one line and cannot drive the terminal.
    safe = {name: one_line(v) if isinstance(v, str) else v for name, v in params.items()}
    return t(error.key, lang, **safe)


def _choice_word(key: str, code: str, lang: Lang) -> str:
    return t(key, lang) if key in _WORDS else code


def _detail_text(detail: object, lang: Lang) -> str:
    """Why or where a file is damaged, as the store said it: in words where it has some; an
    operating system's reason (``strerror``) in words where it has some."""
    if isinstance(detail, Detail):
        return t(f"detail.{detail.key}", lang, **detail.params)
    if isinstance(detail, SystemReason):  # in words where we have some, else the system's
        key = f"os.{errno.errorcode.get(detail.errno or 0, '')}"
        return t(key, lang) if key in _WORDS else detail.text
    if not isinstance(detail, Where):
        return str(detail)
    if detail.record_id is None and detail.plan is None:
        if detail.field is None:
            return t("detail.table", lang, table=detail.table)
        return f"{detail.table}.{detail.field}"
    record = detail.table
    if detail.plan is not None:  # a plan found by its number: "plan 96/KH-UBND: team"
        record += f" {detail.plan}"
    if detail.record_id is not None:
        record += f" #{detail.record_id}"
    return f"{record}: {detail.field}" if detail.field is not None else record


def value_text(value: Any, lang: Lang) -> str:
    """A stored value as people read it: dates DD/MM/YYYY, codes in words, notes quoted."""
    if value is None:
        return "—"
    if isinstance(value, dict):
        if "text" in value:
            return f"“{one_line(str(value['text']), 60)}”"
        if (record := _record_text(value, lang)) is not None:
            return record
        verdict = value.get("verdict")
        shown = verdict_word(Verdict(verdict), lang) if verdict in set(Verdict) else "—"
        note = value.get("note")
        shown = f"{shown} “{one_line(str(note), 40)}”" if note else shown
        if evidence := value.get("evidence"):
            shown += f" ({t('evidence.count', lang, n=len(evidence))})"
        if missing := value.get("missing"):
            shown += f" ({t('evidence.missing', lang, reason=one_line(str(missing), 40))})"
        return shown
    if isinstance(value, list):
        return "; ".join(one_line(str(item), 60) for item in value) or "—"
    if isinstance(value, str):
        if value in set(Conclusion):
            return conclusion_word(Conclusion(value), lang)
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return one_line(value, 60)
    return str(value)


def _record_text(value: dict[str, Any], lang: Lang) -> str | None:
    """A team member, the team's decision or procedure results as stored, in a few words."""
    if "role" in value:
        role = t(f"role.{value['role']}", lang) if f"role.{value['role']}" in _WORDS else ""
        return f"{one_line(str(value.get('name', '')), 60)} ({role})"
    if "number" in value:
        return t(
            "team.decision",
            lang,
            number=one_line(str(value["number"])),
            date=value_text(value.get("on"), lang),
        )
    if "received" in value:
        return t(
            "tthc.short",
            lang,
            period=one_line(str(value.get("period", "")), 40),
            **{name: value.get(name) for name in ("received", "on_time", "late")},
        )
    return None


def field_word(field: str, lang: Lang) -> str:
    """A stored field's name as people say it: "inspection_date" -> "Ngày KT"."""
    head = field.split(".", 1)[0]
    key = f"fieldname.{head}"
    return t(key, lang) if key in _WORDS else field
