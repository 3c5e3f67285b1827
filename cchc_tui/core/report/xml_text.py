"""Text for the forms that are XML inside (docx, xlsx), imported only by them: compiling
this character class costs a few milliseconds the text form need not pay."""

from __future__ import annotations

import re

# Characters XML 1.0 cannot hold at all (docx and xlsx are XML): cleaned text has no
# control characters left, but U+FFFE, U+FFFF and lone surrogates may still be there.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text)
