"""A stored code reads the same on Python 3.10 (a ``StrEnum`` of our own) as on 3.11+."""

from __future__ import annotations

import json

import orjson

from cchc_tui.core.compat import StrEnum
from cchc_tui.core.model import Step, Verdict


def test_a_stored_code_reads_as_its_value_in_text_format_and_json() -> None:
    assert isinstance(Verdict.PARTLY_MET, StrEnum)
    assert str(Verdict.PARTLY_MET) == "dat-mot-phan"
    assert f"{Step.REPORT}|{Step.REPORT:>8}|{Step.REPORT!s}" == "report|  report|report"
    assert "{}".format(Verdict.MET) == "dat"  # noqa: UP032 - the other way of formatting
    assert Verdict("dat") is Verdict.MET and Verdict.MET == "dat"
    assert json.dumps({"verdict": Verdict.MET}) == '{"verdict": "dat"}'
    assert orjson.loads(orjson.dumps({"step": Step.FIXED})) == {"step": "fixed"}
