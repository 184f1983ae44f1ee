"""Safe file names from seminar titles and people's names, Cyrillic kept.

A name like «Петрова-Водкина Мария» stays readable (every system Kafedra runs on stores Unicode names), but
nothing in it can reach outside the chosen folder or upset Windows: separators, `..`, reserved device names,
characters Windows forbids, control characters and trailing dots are all removed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_LENGTH = 100  # characters; Cyrillic takes two bytes each and most file systems allow 255 bytes
MAX_BYTES = 200  # in UTF-8: emoji take four bytes each, and room is left for « (12)» and the extension
# what Windows forbids, control characters, and quotation marks (a title's «» add nothing to a file name);
# the apostrophe stays: it is a letter of Ukrainian names («Мар’яна»)
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*«»„“”`\u2028\u2029]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)


def safe_stem(text: str, fallback: str = "document") -> str:
    """A file name without extension made from `text`."""
    text = unicodedata.normalize("NFC", text)
    text = _FORBIDDEN.sub(" ", text)
    text = " ".join(text.split())[:MAX_LENGTH]
    text = text.encode("utf-8")[:MAX_BYTES].decode("utf-8", errors="ignore").strip(" .-")
    if not text or set(text) <= {"."}:
        text = fallback
    if _RESERVED.match(text):
        text = f"_{text}"
    return text


def unique(stems: Iterable[str]) -> list[str]:
    """The same stems with « (2)», « (3)» added where two would collide (compared without case, as Windows does)."""
    seen: dict[str, int] = {}
    result = []
    for stem in stems:
        key = stem.casefold()
        count = seen.get(key, 0) + 1
        seen[key] = count
        result.append(stem if count == 1 else f"{stem} ({count})")
    return result
