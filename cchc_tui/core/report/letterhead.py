"""The letterhead of a document: from the plan file's ``[report]``, else derived from the
plan's issuer, else a blank ("…") for the clerk to fill in. Never a made-up fact."""

from __future__ import annotations

from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.model import Plan
from cchc_tui.core.report.content import Letterhead
from cchc_tui.core.text import fold, one_line

BLANK = "…"

# "UBND huyện Bình Giang": the People's Committee's words, then the level of the place.
_COMMITTEE = (("uy", "ban", "nhan", "dan"), ("ubnd",))
_LEVELS = (
    ("thanh", "pho"),
    ("thi", "xa"),
    ("thi", "tran"),
    ("dac", "khu"),
    ("tinh",),
    ("huyen",),
    ("quan",),
    ("xa",),
    ("phuong",),
)


def issuer_short(plan: Plan) -> str:
    """The issuer without the province after it: "UBND huyện Bình Giang"."""
    return one_line(plan.issuer).split(",")[0].strip()


def _committee_words(words: list[str]) -> int:
    """How many leading words name a People's Committee (0: the issuer is another body)."""
    folded = tuple(fold(word) for word in words)
    return next((len(c) for c in _COMMITTEE if folded[: len(c)] == c), 0)


def derived_place(plan: Plan) -> str:
    """The place name a committee writes before the date: "Bình Giang"; "" if unknown."""
    words = issuer_short(plan).split()
    start = _committee_words(words)
    if not start:
        return ""
    folded = tuple(fold(word) for word in words)
    for level in _LEVELS:
        if folded[start : start + len(level)] == level and len(words) > start + len(level):
            return " ".join(words[start + len(level) :])
    return ""


def letterhead(
    plan: Plan,
    lang: Lang,
    *,
    kind: str,
    subject: str,
    code_kind: str,
    year: int,
    recipients: tuple[str, ...] = (),
) -> Letterhead:
    """The parts around a document's body; ``code_kind`` is "BC" (báo cáo) or "TB" (thông
    báo), used when the plan file gives no code. ``recipients`` replace the plan's list
    (a notice goes to the unit concerned)."""
    letter = plan.letter
    issuer = issuer_short(plan)
    committee = bool(_committee_words(issuer.split()))
    body = tuple(one_line(line).upper() for line in letter.body) or (issuer.upper(),)
    configured_code = letter.report_code if code_kind == "BC" else letter.notice_code
    code = one_line(configured_code) or f"{code_kind}-{'UBND' if committee else BLANK}"
    place = one_line(letter.place) or derived_place(plan) or BLANK
    signer = tuple(one_line(line) for line in letter.signer)
    if not signer:
        signer = (t("doc.signer_body", lang), t("doc.signer_head", lang)) if committee else (BLANK,)
    configured = tuple(one_line(line) for line in letter.recipients)
    listed = recipients or configured or (BLANK, t("doc.archive", lang))
    return Letterhead(
        parent=one_line(letter.parent).upper(),
        body=body,
        number=t("doc.number", lang, code=code),
        place_date=t("doc.place_date", lang, place=place, year=year),
        kind=kind,
        subject=subject,
        recipients=_listed(listed),
        signer=signer,
        signer_name=one_line(letter.signer_name),
        attachment=t(
            "doc.attachment",
            lang,
            kind=kind.lower(),
            code=code,
            year=year,
            issuer=issuer,
        ),
    )


def _listed(lines: tuple[str, ...]) -> tuple[str, ...]:
    """ "- Sở Nội vụ;" … "- Lưu: VT.": a dash before each, ";" after all but the last."""
    cleaned = [line.strip().lstrip("-").strip().rstrip(";.").strip() for line in lines]
    cleaned = [line for line in cleaned if line]
    return tuple(
        f"- {line}{'.' if n == len(cleaned) - 1 else ';'}" for n, line in enumerate(cleaned)
    )
