"""Full names in the dative case for certificates: «выдан Абрамкиной Елене Ивановне», «видано Вірьовці Тетяні
Миколаївні».

Russian names are declined by pytrovich (MIT), Ukrainian ones by shevchenko (MIT, see decision 0005). The
person's stored form (`PersonRecord.dative[language]`) always wins. Gender is the stored one, else guessed from
the patronymic and given name (`desktop.domain.names.infer_gender`). Each result carries the doubts a person
should look at before printing: unknown gender, a name the rules cannot be sure of (foreign, Latin letters,
a Ukrainian female surname in -а that may be a noun or an adjective), a spelling of the other language.

shevchenko's Python port leaves out the upstream model that tells adjective surnames (Стецька → Стецькій)
from noun ones (Вірьовка → Вірьовці); without it both come out as adjectives and «Яновський» becomes
«Яновськию». `_ukrainian_surname_class` puts the endings rules back, and says when it is only guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Protocol

from desktop.domain.enums import Gender, Language
from desktop.domain.names import collapse_spaces, full_name, infer_gender

_LATIN = re.compile(r"[A-Za-z]")
_FOREIGN_SCRIPT = re.compile(r"[^\W\d_]", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_ONLY = re.compile(r"[ёыэъЁЫЭЪ]")
if TYPE_CHECKING:
    from pytrovich.maker import PetrovichDeclinationMaker

_TURKIC_PARTICLES = frozenset({"оглы", "кызы", "огли", "кизи", "оглу", "гызы", "улы", "уулу", "кизы"})


class PersonName(Protocol):
    """What declension needs of a person; `PersonRecord` has it."""

    @property
    def surname(self) -> str: ...
    @property
    def given_name(self) -> str: ...
    @property
    def patronymic(self) -> str: ...
    @property
    def gender(self) -> Gender: ...
    @property
    def dative(self) -> dict[Language, str]: ...


@dataclass(frozen=True)
class Dative:
    text: str  # «Абрамкиной Елене Ивановне»
    gender: Gender  # what «принял/приняла» agrees with; UNKNOWN prints «принял(а)»
    from_override: bool  # the person's stored form was used
    doubts: tuple[str, ...] = ()  # why a person should check it, in English


def resolved_gender(stored: Gender, given_name: str, patronymic: str) -> Gender:
    if stored in (Gender.MALE, Gender.FEMALE):
        return stored
    return infer_gender(given_name, patronymic)


def person_dative(person: PersonName, language: Language) -> Dative:
    return dative(
        person.surname,
        person.given_name,
        person.patronymic,
        person.gender,
        language,
        override=person.dative.get(language, ""),
    )


def dative(
    surname: str,
    given_name: str,
    patronymic: str,
    gender: Gender,
    language: Language,
    override: str = "",
) -> Dative:
    """The full name «Фамилия Имя Отчество» in the dative case, with what is doubtful about it."""
    gender = resolved_gender(gender, given_name, patronymic)
    gender_doubt = () if gender is not Gender.UNKNOWN or language is Language.EN else ("gender unknown",)
    override = collapse_spaces(override)
    if override:
        return Dative(override, gender, True, gender_doubt)
    parts = tuple(collapse_spaces(p) for p in (surname, given_name, patronymic))
    if language is Language.EN:
        return Dative(full_name(*parts), gender, False)
    text, doubts = _declined(parts, gender, language)
    return Dative(text, gender, False, (*gender_doubt, *doubts))


@lru_cache(maxsize=4096)
def _declined(parts: tuple[str, str, str], gender: Gender, language: Language) -> tuple[str, tuple[str, ...]]:
    surname, given_name, patronymic = parts
    doubts: list[str] = []
    whole = " ".join(parts)
    if _LATIN.search(whole) or (_FOREIGN_SCRIPT.search(whole) and not _CYRILLIC.search(whole)):
        return full_name(*parts), ("written in Latin or another script, so it is left undeclined",)
    if language is Language.RU and _UKRAINIAN_ONLY.search(whole):
        doubts.append("Ukrainian spelling declined by Russian rules")
    if language is Language.UK and _RUSSIAN_ONLY.search(whole):
        doubts.append("Russian spelling declined by Ukrainian rules")
    decline = _russian if language is Language.RU else _ukrainian
    declined, rule_doubts = decline(surname, given_name, patronymic, gender)
    return full_name(*declined), (*doubts, *rule_doubts)


def _patronymic_words(patronymic: str) -> tuple[str, str]:
    """(the part to decline, the part kept as is): «Рашид оглы» keeps both words, the particle says it all."""
    words = patronymic.split()
    if any(w.casefold() in _TURKIC_PARTICLES for w in words):
        return "", patronymic
    return patronymic, ""


# --- Russian: pytrovich ---------------------------------------------------------------------------------


@cache
def _petrovich() -> PetrovichDeclinationMaker:
    from pytrovich.maker import PetrovichDeclinationMaker

    return PetrovichDeclinationMaker()


@lru_cache(maxsize=16384)
def _russian_word(part: str, gender: Gender, word: str) -> str:
    """One word of a name in the dative: a conference's Елена and Ивановна are declined once, not per person."""
    from pytrovich.enums import Case, NamePart
    from pytrovich.enums import Gender as PetrovichGender

    petrovich_gender = {Gender.MALE: PetrovichGender.MALE, Gender.FEMALE: PetrovichGender.FEMALE}.get(
        gender, PetrovichGender.ANDROGYNOUS
    )
    known = gender is not Gender.UNKNOWN
    return str(_petrovich().make(NamePart[part], petrovich_gender, Case.DATIVE, word, known_gender=known))


def _russian(surname: str, given_name: str, patronymic: str, gender: Gender) -> tuple[tuple[str, str, str], list[str]]:
    doubts: list[str] = []

    def make(part: str, text: str) -> str:
        return " ".join(_russian_word(part, gender, w) for w in text.split())

    declined_surname = make("LASTNAME", surname)
    to_decline, kept = _patronymic_words(patronymic)
    declined_patronymic = " ".join(p for p in (make("MIDDLENAME", to_decline), kept) if p)
    declined = (declined_surname, make("FIRSTNAME", given_name), declined_patronymic)
    if gender is Gender.MALE and surname.casefold().endswith(("а", "я")):
        doubts.append("a man's surname in -а/-я: whether it declines depends on its origin and stress")
    if surname and declined_surname == surname and _expected_to_change(surname, gender):
        doubts.append("the surname was left undeclined")
    return declined, doubts


def _expected_to_change(surname: str, gender: Gender) -> bool:
    word = surname.casefold().split("-")[-1]
    if word.endswith(("их", "ых", "о", "е", "и", "у", "ю", "э")):
        return False  # Черных, Шевченко, Дубяго, Гюго: these never decline in Russian
    if gender is Gender.FEMALE:
        return word.endswith(("а", "я"))  # a woman's consonant-final surname never declines: Тауль, Жук
    return gender is Gender.MALE


# --- Ukrainian: shevchenko --------------------------------------------------------------------------------

_ADJECTIVE_FEMININE = re.compile(r"(ськ|цьк|зьк|ов|ев|єв|ів|їв|ін|їн)а$")  # Стецька, Петрова, Ільїна
_DIMINUTIVE_FEMININE = re.compile(r"(еньк|оньк|иньк)а$")  # Рябенька: an adjective more often than not
_ADJECTIVE_MASCULINE = re.compile(r"(ий|ой|их)$")  # Яновський, Толстой; Черних does not decline


def _ukrainian_surname_class(surname_part: str, gender: Gender) -> tuple[str | None, str]:
    """Noun or adjective for the endings shevchenko is unsure of, and a doubt when the ending cannot tell.

    Returns (None, "") to leave the word to the library's own rules.
    """
    word = surname_part.casefold()
    if gender is Gender.FEMALE and word.endswith(("а", "я")):
        if _ADJECTIVE_FEMININE.search(word):
            return "adjective", ""
        if _DIMINUTIVE_FEMININE.search(word):
            return "adjective", "a woman's surname in -ька: an adjective (-ій) or a noun (-ці)"
        if word.endswith("на"):
            # Зелена is an adjective, Сосна a noun: the letter before -на is the best hint there is
            guess = "adjective" if word.endswith(("ена", "она")) else "noun"
            return guess, "a woman's surname in -на: an adjective (-ій) or a noun (-і)"
        if word.endswith("ая"):
            return "adjective", ""
        return "noun", ""  # Вірьовка → Вірьовці, Сковорода → Сковороді
    if gender is not Gender.FEMALE:
        if _ADJECTIVE_MASCULINE.search(word):
            return "adjective", ""
        if word.endswith("ній"):
            return "adjective", "a man's surname in -ній: an adjective (-ньому) or a noun (-нію)"
        if word.endswith("ій"):
            return "noun", ""  # Кучмій → Кучмію
    return None, ""


def _ukrainian(
    surname: str, given_name: str, patronymic: str, gender: Gender
) -> tuple[tuple[str, str, str], list[str]]:
    to_decline, kept = _patronymic_words(patronymic)
    declined_patronymic = " ".join(p for p in (_ukrainian_words("patronymic", gender, to_decline), kept) if p)
    declined_surname, doubts = _ukrainian_surname(surname, gender)
    declined = (declined_surname, _ukrainian_words("given", gender, given_name), declined_patronymic)
    return declined, list(doubts)


def _ukrainian_words(part: str, gender: Gender, text: str) -> str:
    return " ".join(_ukrainian_word(part, gender is Gender.FEMALE, w) for w in text.split())


@lru_cache(maxsize=16384)
def _ukrainian_word(part: str, feminine: bool, word: str) -> str:
    """A given name or patronymic word in the dative, declined once per process (they repeat a lot)."""
    from shevchenko.anthroponym_declension.bootstrap import given_name_inflector, patronymic_name_inflector
    from shevchenko.language import GrammaticalCase, GrammaticalGender

    inflector = given_name_inflector if part == "given" else patronymic_name_inflector
    library_gender = GrammaticalGender.FEMININE if feminine else GrammaticalGender.MASCULINE
    return str(inflector.inflect(word, library_gender, GrammaticalCase.DATIVE))


@lru_cache(maxsize=16384)
def _ukrainian_surname(surname: str, gender: Gender) -> tuple[str, tuple[str, ...]]:
    """The surname in the dative and the doubts about it: noun or adjective is decided by our rules."""
    from shevchenko.anthroponym_declension.family_name_inflector import FamilyNameInflector
    from shevchenko.language import GrammaticalCase, GrammaticalGender, WordClass
    from shevchenko.word_declension.bootstrap import word_inflector

    doubts: list[str] = []
    library_gender = GrammaticalGender.FEMININE if gender is Gender.FEMALE else GrammaticalGender.MASCULINE

    class Classifier:
        def classify(self, family_name: str) -> dict[str, WordClass] | None:
            word_class, doubt = _ukrainian_surname_class(family_name, gender)
            if doubt:
                doubts.append(doubt)
            return {"wordClass": WordClass(word_class)} if word_class else None

    family = FamilyNameInflector(word_inflector, Classifier())
    declined = " ".join(family.inflect(w, library_gender, GrammaticalCase.DATIVE) for w in surname.split())
    return declined, tuple(dict.fromkeys(doubts))
