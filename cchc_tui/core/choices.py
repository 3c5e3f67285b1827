"""The words people type for steps, verdicts and conclusions, in either language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from cchc_tui.core.compat import StrEnum
from cchc_tui.core.errors import UserError
from cchc_tui.core.model import Conclusion, Role, Step, Verdict
from cchc_tui.core.text import fold

Choice = TypeVar("Choice", bound=StrEnum)

MARKABLE_STEPS: Mapping[str, Step] = {
    "notified": Step.NOTIFIED,
    "thong bao": Step.NOTIFIED,
    "thong bao lich": Step.NOTIFIED,
    "report": Step.REPORT,
    "bao cao": Step.REPORT,
    "nhan bao cao": Step.REPORT,
    "inspected": Step.INSPECTED,
    "kiem tra": Step.INSPECTED,
    "da kiem tra": Step.INSPECTED,
    "fixed": Step.FIXED,
    "khac phuc": Step.FIXED,
    "da khac phuc": Step.FIXED,
    "bao cao khac phuc": Step.FIXED,
}
CONCLUSIONS: Mapping[str, Conclusion] = {
    "bieu duong": Conclusion.COMMEND,
    "commend": Conclusion.COMMEND,
    "dat": Conclusion.SATISFACTORY,
    "satisfactory": Conclusion.SATISFACTORY,
    "phe binh": Conclusion.CRITICISE,
    "chan chinh": Conclusion.CRITICISE,
    "chan chinh phe binh": Conclusion.CRITICISE,
    "criticise": Conclusion.CRITICISE,
    "criticize": Conclusion.CRITICISE,
}
VERDICTS: Mapping[str, Verdict] = {
    "dat": Verdict.MET,
    "met": Verdict.MET,
    "dat mot phan": Verdict.PARTLY_MET,
    "mot phan": Verdict.PARTLY_MET,
    "partly": Verdict.PARTLY_MET,
    "partly met": Verdict.PARTLY_MET,
    "chua dat": Verdict.NOT_MET,
    "not met": Verdict.NOT_MET,
    "khong ap dung": Verdict.NOT_APPLICABLE,
    "na": Verdict.NOT_APPLICABLE,
    "n a": Verdict.NOT_APPLICABLE,
    "not applicable": Verdict.NOT_APPLICABLE,
}


ROLES: Mapping[str, Role] = {
    "truong doan": Role.LEADER,
    "leader": Role.LEADER,
    "pho doan": Role.DEPUTY,
    "pho truong doan": Role.DEPUTY,
    "deputy": Role.DEPUTY,
    "thanh vien": Role.MEMBER,
    "member": Role.MEMBER,
    "thu ky": Role.SECRETARY,
    "secretary": Role.SECRETARY,
}


def parse_choice(text: str, table: Mapping[str, Choice], what: str) -> Choice:
    """The member ``text`` names (any case, diacritics, hyphens); ``UserError`` listing choices."""
    found = table.get(fold(text))
    if found is None:
        codes = dict.fromkeys(str(member) for member in table.values())  # in the table's order
        raise UserError("choice_unknown", value=text, what=what, choices=", ".join(codes))
    return found
