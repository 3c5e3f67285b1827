"""Procedure results (kết quả giải quyết thủ tục hành chính, TTHC): recording them by period
for the issuing body or a unit, the rates said honestly, and the check that the parts add
up to the whole.

The seed's page shows "Số hồ sơ xử lý: 11429; Trước & đúng hạn: 11273; Trễ hạn: 4; Trễ
hạn: 0%". Four late files are not 0 %: a rate is rounded to two decimals, and given more
decimals rather than ever reading 0 % for some or 100 % for not all. And 11,273 + 4 is not
11,429: the 152 files not accounted for are said, not hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cchc_tui.core.codec_cycle import tthc_key, tthc_to_dict
from cchc_tui.core.dates import format_date, to_iso
from cchc_tui.core.errors import AlreadySo, UserError
from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.model import TTHC_COUNTS, TthcFigures, Unit
from cchc_tui.core.text import one_line, required_line
from cchc_tui.core.workflow import Change, Edit, check_not_future

PERIOD_LIMIT = 200
COUNT_LIMIT = 100_000_000  # more files than a country handles in a year is a typo
DECIMALS, MOST_DECIMALS = 2, 6


@dataclass(frozen=True, slots=True)
class Tally:
    """What the figures say once added up."""

    settled: int  # on time and late
    unaccounted: int  # received − settled − pending (when known); negative: more than received

    @classmethod
    def of(cls, figures: TthcFigures) -> Tally:
        settled = figures.on_time + figures.late
        return cls(settled, figures.received - settled - (figures.pending or 0))


def latest(figures: tuple[TthcFigures, ...]) -> TthcFigures | None:
    """The figures recorded last (a period updated keeps its place)."""
    return figures[-1] if figures else None


# --- changes ---------------------------------------------------------------------------


def set_tthc(
    unit: Unit | None,
    current: tuple[TthcFigures, ...],
    figures: TthcFigures,
    today: date,
) -> Change:
    """Record (or correct) one period's figures for ``unit``, or for the issuing body when
    ``unit`` is None; the same period typed again replaces its figures."""
    period = required_line(figures.period, "tthc.period_empty", PERIOD_LIMIT)
    for name in TTHC_COUNTS:
        value = getattr(figures, name)
        if value is not None and not 0 <= value <= COUNT_LIMIT:
            raise UserError("tthc.count_range", name=name, value=value, most=COUNT_LIMIT)
    if figures.on is not None:
        check_not_future(figures.on, today)
    if figures.online is not None and figures.online > figures.received:
        raise UserError("tthc.online_over", online=figures.online, received=figures.received)
    key, old = _recorded(current, period)
    new = TthcFigures(
        period,
        figures.received,
        figures.on_time,
        figures.late,
        figures.pending,
        figures.online,
        figures.on,
    )
    if old == new:
        raise AlreadySo("rule.same_value", unit=period)
    edit = Edit(f"tthc.{key}", tthc_to_dict(old) if old else None, tthc_to_dict(new))
    args = {"period": period, "date": to_iso(figures.on)}
    return Change(unit.key if unit else None, "tthc", (edit,), args)


def remove_tthc(unit: Unit | None, current: tuple[TthcFigures, ...], period: str) -> Change:
    """Take one period's figures away (typed for the wrong period, say)."""
    key, old = _recorded(current, period)
    if old is None:
        periods = "; ".join(one_line(f.period) for f in current) or "—"
        raise UserError("tthc.period_unknown", period=one_line(period), periods=periods)
    edit = Edit(f"tthc.{key}", tthc_to_dict(old), None)
    return Change(unit.key if unit else None, "tthc", (edit,), {"period": old.period})


def _recorded(current: tuple[TthcFigures, ...], period: str) -> tuple[str, TthcFigures | None]:
    """The key a period's figures are stored under, and those recorded for it, if any."""
    key = tthc_key(period)
    return key, next((f for f in current if tthc_key(f.period) == key), None)


def parse_count(text: str, *, required: bool = True) -> int | None:
    """A number of files as people write it: 11429, 11.429 or 11,429 (thousands grouped);
    None for a blank that is not ``required`` (a figure not known)."""
    digits = text.strip().replace(".", "").replace(",", "").replace(" ", "")
    if not digits and not required:
        return None
    if not (digits.isascii() and digits.isdigit()):
        raise UserError("tthc.count_format", value=one_line(text) or "—")
    return int(digits)


# --- in words --------------------------------------------------------------------------


def count_text(count: int, lang: Lang) -> str:
    """11.429 in Vietnamese, 11,429 in English."""
    grouped = f"{count:,}"
    return grouped.replace(",", ".") if lang == "vi" else grouped


def percent(part: int, whole: int) -> str | None:
    """``part`` of ``whole`` in per cent, two decimals, as a plain number ("0.04"); more
    decimals when two would read 0 for some or 100 for not all; trailing zeros dropped when
    the value is exact. None when ``whole`` is 0 (no rate). Whole numbers throughout: no
    float ever rounds 0.035 down."""
    if whole <= 0:
        return None
    decimals = DECIMALS
    while True:
        scaled = 100 * part * 10**decimals  # the rate times 10**decimals, times ``whole``
        rounded = (2 * scaled + whole) // (2 * whole)  # half up, as people round
        misleading = (rounded == 0 and part > 0) or (rounded == 100 * 10**decimals and part < whole)
        if not misleading or decimals == MOST_DECIMALS:
            break
        decimals += 1
    units, fraction = divmod(rounded, 10**decimals)
    text = f"{units}.{fraction:0{decimals}d}"
    if scaled % whole == 0:  # exact: "50", "12.5"
        text = text.rstrip("0").rstrip(".")
    return text


def rate_text(part: int, whole: int, lang: Lang) -> str:
    """ "0,04 %" (Vietnamese decimal comma), "0.04 %"; "—" with nothing to rate."""
    shown = percent(part, whole)
    if shown is None:
        return "—"
    return f"{shown.replace('.', ',') if lang == 'vi' else shown} %"


def mismatch_text(figures: TthcFigures, lang: Lang) -> str | None:
    """ "11.273 + 4 = 11.277 ≠ 11.429: 152 hồ sơ không rõ kết quả …"; None when they add up."""
    tally = Tally.of(figures)
    if tally.unaccounted == 0:
        return None
    parts = [figures.on_time, figures.late, *([figures.pending] if figures.pending else [])]
    total = sum(parts)
    terms = " + ".join(count_text(part, lang) for part in parts)
    key = "tthc.unaccounted" if tally.unaccounted > 0 else "tthc.too_many"
    return t(
        key,
        lang,
        terms=terms,
        total=count_text(total, lang),
        received=count_text(figures.received, lang),
        n=count_text(abs(tally.unaccounted), lang),
        pending="" if figures.pending is not None else t("tthc.pending_unknown", lang),
    )


def figures_sentence(figures: TthcFigures, lang: Lang) -> str:
    """One period in words: "Đến tháng 04/2024 (cập nhật 14/04/2024): 11.429 hồ sơ xử lý;
    giải quyết trước và đúng hạn 11.273 (99,96 %), trễ hạn 4 (0,04 %)." and the warning
    when the parts do not add up."""
    tally = Tally.of(figures)
    said = [
        t("tthc.received_n", lang, n=count_text(figures.received, lang)),
        t(
            "tthc.settled_n",
            lang,
            on_time=count_text(figures.on_time, lang),
            on_time_rate=rate_text(figures.on_time, tally.settled, lang),
            late=count_text(figures.late, lang),
            late_rate=rate_text(figures.late, tally.settled, lang),
        ),
    ]
    if figures.pending is not None:
        said.append(t("tthc.pending_n", lang, n=count_text(figures.pending, lang)))
    if figures.online is not None:
        online = rate_text(figures.online, figures.received, lang)
        said.append(t("tthc.online_n", lang, n=count_text(figures.online, lang), rate=online))
    head = one_line(figures.period)
    if figures.on is not None:
        head += f" ({t('tthc.updated', lang, date=format_date(figures.on))})"
    sentence = f"{head}: {'; '.join(said)}."
    warning = mismatch_text(figures, lang)
    return f"{sentence} {warning}" if warning else sentence
