"""Evidence for a checklist verdict ("tài liệu kiểm chứng"): typed as one line, said in words,
and the verdicts of "đạt" that have none.

A piece is typed as its parts separated by ";", in any order, each optional:

    12/BC-UBND; 20/09/2023; Báo cáo kết quả CCHC 9 tháng; https://dvc.example.vn/12.pdf

A part that reads as a date is the document's date, one that starts like a web address or
a path (``http://``, ``www.``, ``/``, ``~/``, ``\\\\server``, ``C:\\``) is where the file
is, one shaped like a document number ("12/BC-UBND", "số 215/QĐ-UBND") is its number,
and the rest is the description.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from cchc_tui.core.dates import format_date, parse_date
from cchc_tui.core.errors import UserError
from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.model import ChecklistItem, Evidence, ItemResult, Plan, Unit, Verdict
from cchc_tui.core.text import one_line

PART_LIMIT = 500
_DATE = re.compile(r"^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2})$")
_LINK = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.|file:|/|~/|\\\\|[a-z]:[\\/])", re.IGNORECASE)
# "12/BC-UBND", "215/QĐ-UBND", "03/2023/TT-BNV", "số 96/KH-UBND": digits, a slash, a code.
_NUMBER = re.compile(r"^(?:số\s+)?(\d+(?:/\d{4})?/[^\s/;]+)$", re.IGNORECASE)


def parse_evidence(text: str) -> Evidence:
    """One piece of evidence from its typed line; ``UserError`` when it says nothing or
    gives a part twice."""
    found: dict[str, str] = {}
    described: list[str] = []
    on = None
    for raw in text.split(";"):
        part = one_line(raw)[:PART_LIMIT]
        if not part:
            continue
        kind, value = _part(part)
        if kind == "text":
            described.append(value)
            continue
        if kind in found:
            raise UserError(f"evidence_two.{kind}", text=one_line(text, 80))
        found[kind] = value
        if kind == "on":
            on = parse_date(value)
    piece = Evidence(found.get("ref", ""), on, "; ".join(described), found.get("link", ""))
    if not (piece.ref or piece.text or piece.link):
        raise UserError("evidence_empty")
    return piece


def _part(part: str) -> tuple[str, str]:
    if _DATE.match(part):  # a mistyped date ("32/13/2023") is said wrong, not kept as text
        parse_date(part)
        return "on", part
    if _LINK.match(part):
        return "link", part
    if number := _NUMBER.match(part):
        return "ref", number.group(1)
    return "text", part


def evidence_text(piece: Evidence, lang: Lang) -> str:
    """ "số 12/BC-UBND ngày 20/09/2023, Báo cáo kết quả CCHC 9 tháng (https://…)"."""
    ref_words, on_words = _templates(lang)
    head = " ".join(
        part
        for part in (
            ref_words.format(ref=_clean(piece.ref)) if piece.ref else "",
            on_words.format(date=_day(piece.on)) if piece.on else "",
        )
        if part
    )
    said = ", ".join(part for part in (head, _clean(piece.text) if piece.text else "") if part)
    link = _clean(piece.link) if piece.link else ""
    return f"{said} ({link})" if said and link else said or link


# A national report says ~100,000 pieces of evidence, most of whose days, descriptions and
# numbers repeat: each is cleaned and worded once.
_clean = lru_cache(maxsize=1 << 16)(one_line)
_day = lru_cache(maxsize=1 << 12)(format_date)


@lru_cache(maxsize=4)
def _templates(lang: Lang) -> tuple[str, str]:
    return t("evidence.ref", lang), t("evidence.on", lang)


def typed(piece: Evidence) -> str:
    """The piece as it would be typed back ("12/BC-UBND; 20/09/2023; …")."""
    parts = (piece.ref, format_date(piece.on), piece.text, piece.link)
    return "; ".join(part for part in parts if part)


def evidence_summary(result: ItemResult | None, lang: Lang) -> str:
    """Every piece of an item's evidence, or why there is none; "" when nothing is said."""
    if result is None:
        return ""
    if result.evidence:
        return "; ".join(evidence_text(piece, lang) for piece in result.evidence)
    if result.missing:
        return t("evidence.missing", lang, reason=one_line(result.missing))
    return ""


def with_evidence(
    result: ItemResult | None, added: Sequence[Evidence], dropped: Iterable[int]
) -> tuple[Evidence, ...]:
    """The item's evidence with ``added`` appended and the pieces numbered ``dropped``
    (from 1, as listed) taken away; a piece already there is not added twice."""
    current = result.evidence if result is not None else ()
    gone = set()
    for number in dropped:
        if not 1 <= number <= len(current):
            raise UserError("evidence_unknown", number=number, count=len(current))
        gone.add(number - 1)
    kept = [piece for n, piece in enumerate(current) if n not in gone]
    return tuple([*kept, *(piece for piece in dict.fromkeys(added) if piece not in kept)])


def unproven(result: ItemResult | None) -> bool:
    """A verdict of "đạt" with no evidence and no reason why: the team must say one or the
    other for the inspection dossier to be complete."""
    return (
        result is not None
        and result.verdict is Verdict.MET
        and not result.evidence
        and not result.missing
    )


def unproven_items(plan: Plan, unit: Unit) -> list[ChecklistItem]:
    return [item for item in plan.checklist_for(unit.kind) if unproven(unit.items.get(item.id))]
