"""Dates, numbers and plural forms in the document's language, from CLDR via Babel.

Babel knows the month names in the right case («24 ноября», «28 жовтня») and which plural category a number
takes (1 → one, 2 → few, 5 → many); this module only adds the words our documents use and the «года»/«року»
that Russian and Ukrainian put after a year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.dates import format_date
from babel.numbers import format_decimal

from desktop.domain.enums import Language

_YEAR_WORD = {Language.RU: " года", Language.UK: " року", Language.EN: ""}
_LOCALE = {Language.RU: "ru", Language.UK: "uk", Language.EN: "en_GB"}


@dataclass(frozen=True)
class Forms:
    """A word's forms for each CLDR plural category; `few` and `many` fall back to `other` (English has
    only one and other)."""

    one: str
    other: str
    few: str = ""
    many: str = ""

    def pick(self, category: str) -> str:
        chosen = {"one": self.one, "few": self.few, "many": self.many}.get(category, "")
        return chosen or self.other


def locale_of(language: Language) -> str:
    return _LOCALE[language]


def plural_category(number: float, language: Language) -> str:
    from babel import Locale

    value: float = int(number) if float(number).is_integer() else number
    return str(Locale.parse(_LOCALE[language]).plural_form(value))


def number(value: float, language: Language) -> str:
    """«3 000», «1,5»: grouping and decimal mark of the language (the group space does not break)."""
    shown: float = int(value) if float(value).is_integer() else value
    return str(format_decimal(shown, locale=_LOCALE[language]))


def counted(count: float, forms: Forms, language: Language) -> str:
    """«1 участник», «2 участника», «5 участников»; «1,5 академического часа»."""
    return f"{number(count, language)}\u00a0{forms.pick(plural_category(count, language))}"


def long_date(day: dt.date, language: Language) -> str:
    """«24 ноября 2026 года», «28 жовтня 2026 року», «24 November 2026»."""
    return format_date(day, "d MMMM y", locale=_LOCALE[language]) + _YEAR_WORD[language]


def date_range(first: dt.date, last: dt.date, language: Language) -> str:
    """«18–19 ноября 2026 года», «30 октября – 2 ноября 2026 года»; one day is printed as one date."""
    locale = _LOCALE[language]
    if first == last:
        return long_date(first, language)
    if first.year != last.year:
        return f"{long_date(first, language)} – {long_date(last, language)}"
    if first.month == last.month:
        return f"{first.day}–{long_date(last, language)}"
    return f"{format_date(first, 'd MMMM', locale=locale)} – {long_date(last, language)}"
