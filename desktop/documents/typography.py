"""Typography our readers expect: «ёлочки» outside and „лапки“ inside, an em dash with spaces, no-break
spaces that keep initials with their surname, an en dash in time ranges.

Only printed text is touched, and only in ways that do not change what it says: straight quotes become
typographic ones, a hyphen between spaces becomes a dash, a space after an initial or an abbreviation such
as «г.» becomes a no-break space.
"""

from __future__ import annotations

import datetime as dt
import re

from desktop.domain.enums import Language

NBSP = "\u00a0"
EM_DASH = "\u2014"
EN_DASH = "\u2013"

# (outer open, outer close, inner open, inner close)
QUOTES = {
    Language.RU: ("«", "»", "„", "“"),
    Language.UK: ("«", "»", "„", "“"),
    Language.EN: ("“", "”", "‘", "’"),
}
_ALL_OPENING = "«„“‘"
_ALL_CLOSING = "»“”’"

# a hyphen or dash standing between spaces is a dash between words: «библиотека - это»
_SPACED_DASH = re.compile(r"\s+[-\u2013\u2014]+\s+")
# an initial followed by a space and another initial or a capitalised word: «И. А. Ветлугина»
_INITIAL_SPACE = re.compile(r"(?<![\w.])(\w\.)\s+(?=[A-ZА-ЯЁІЇЄҐ])")
# short abbreviations that must not end a line apart from what follows: «г. Кемерово», «им. Пушкина», «№ 7»
_ABBREVIATION_SPACE = re.compile(
    r"(?<!\w)(г\.|гг\.|им\.|ім\.|ул\.|вул\.|д\.|с\.|м\.|смт|пос\.|п\.|обл\.|р-н|т\.|стр\.|№)\s+(?=\S)", re.IGNORECASE
)
_NUMBER_SIGN = re.compile(r"№(?=\d)")


def _straight_quotes(text: str, language: Language) -> str:
    """Turn "…" into «…» (and quotes nested in them into „…“): a quote after a space or a bracket opens."""
    if '"' not in text:
        return text
    outer_open, outer_close, inner_open, inner_close = QUOTES[language]
    result: list[str] = []
    depth = 0
    for i, ch in enumerate(text):
        printed = ch
        if ch == '"':
            before = text[i - 1] if i else " "
            if before.isspace() or before in "([{/" + _ALL_OPENING:
                printed = outer_open if depth == 0 else inner_open
                depth += 1
            else:
                depth = max(depth - 1, 0)
                printed = outer_close if depth == 0 else inner_close
        elif ch in _ALL_OPENING:
            depth += 1
        elif ch in _ALL_CLOSING:
            depth = max(depth - 1, 0)
        result.append(printed)
    return "".join(result)


def tidy(text: str, language: Language = Language.RU, *, narrow: bool = False) -> str:
    """Printed form of a user's text: typographic quotes and dashes, no-break spaces after initials.

    In a narrow column (`narrow`) abbreviations such as «им.» are not tied to what follows: «им. Е. А. Кулаковой»
    tied together is wider than the column and would have to be split between letters.
    """
    text = _straight_quotes(text, language)
    text = _SPACED_DASH.sub(f"{NBSP}{EM_DASH} ", text)
    text = _NUMBER_SIGN.sub(f"№{NBSP}", text)
    if not narrow:
        text = _ABBREVIATION_SPACE.sub(lambda m: m.group(1) + NBSP, text)
    return _INITIAL_SPACE.sub(lambda m: m.group(1) + NBSP, text)


def quoted(text: str, language: Language = Language.RU) -> str:
    """«Title» with quotes inside it turned into the inner kind: «„Книжный навигатор“: как подросток…».

    A title the user already wrapped in quotes as a whole is not wrapped twice.
    """
    outer_open, outer_close, inner_open, inner_close = QUOTES[language]
    text = tidy(text.strip(), language)
    if _wrapped_whole(text, outer_open, outer_close):
        text = text[1:-1]
    inner = text.replace(outer_open, inner_open).replace(outer_close, inner_close)
    return f"{outer_open}{inner}{outer_close}"


def _wrapped_whole(text: str, opening: str, closing: str) -> bool:
    if len(text) < 2 or text[0] != opening or text[-1] != closing:
        return False
    depth = 0
    for i, ch in enumerate(text):
        if ch == opening:
            depth += 1
        elif ch == closing:
            depth -= 1
            if depth == 0 and i < len(text) - 1:
                return False  # «Книжный навигатор»: как … — the first pair closes early
    return True


_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
NB_HYPHEN = "\u2011"


def unbroken_hyphens(text: str) -> str:
    """«чат‑бот», «Петрова‑Водкина» with no-break hyphens: a compound word is never split across two lines.

    Used where the column is wide enough for any word (the programme), so the PDF and the DOCX break lines in
    the same places and a title stays whole when it is searched for or copied.
    """
    return _WORD_HYPHEN.sub(NB_HYPHEN, text)


def time_range(start: dt.datetime | dt.time, end: dt.datetime | dt.time) -> str:
    """«10:00–11:30»: 24-hour clock, an en dash without spaces."""
    return f"{start:%H:%M}{EN_DASH}{end:%H:%M}"


def join_nonempty(parts: list[str] | tuple[str, ...], separator: str = ", ") -> str:
    return separator.join(part for part in (p.strip() for p in parts) if part)
