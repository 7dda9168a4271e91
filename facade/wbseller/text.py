"""What a name WB shows to buyers (a vendorCode, a card's title, a brand, a tag or warehouse name)
may hold. WB's docs give no character rules for these, only lengths; wbseller refuses what no
name can mean and what would mislead a reader of WB's pages or of an export: control characters
(NUL, newlines, tabs), invisible format characters (zero-width spaces and joiners, the soft
hyphen, the byte-order mark) and bidirectional controls (U+202A-U+202E, U+2066-U+2069, which
reorder the text around them: "Trojan Source"), as well as unpaired surrogates. Letters of any
script, digits, punctuation, symbols and ordinary spaces pass."""

from __future__ import annotations

import unicodedata
from typing import Any

from .errors import InvalidRequestError

# Unicode categories refused: Cc control, Cf format (zero-width, bidi controls), Cs surrogate,
# Co private use (shows as nothing or a box), Zl / Zp line and paragraph separators
REFUSED = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
LIMIT = "printable text: no control, zero-width or bidi-control characters"


def check_name(value: Any, field: str) -> None:
    """InvalidRequestError naming the first character of `value` no name may hold (and where);
    an empty or blank string is refused too. Values that are not strings are left to the schema."""
    if not isinstance(value, str):
        return
    if not value.strip():
        raise InvalidRequestError(f"{field}: {value!r} is empty", field=field, value=value, limit="not empty")
    for i, char in enumerate(value):
        category = unicodedata.category(char)
        if category in REFUSED:
            name = unicodedata.name(char, f"U+{ord(char):04X}")
            raise InvalidRequestError(
                f"{field}: {value[:40]!r} holds {name} (U+{ord(char):04X}) at position {i}; WB names "
                "take printable text only",
                field=field,
                value=value,
                limit=LIMIT,
            )
