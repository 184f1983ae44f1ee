"""The short cuts an import takes through `domain.names` give exactly what the full rules give.

`fold` skips its translations for text with no apostrophe, invisible character or non-NFKC form, and the
patronymic rule checks its endings in one call; both are compared here with the rules written out in full.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import names
from desktop.domain.enums import Gender

# letters and signs that names are made of, with every character the rules treat specially
ALPHABET = st.sampled_from(
    list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЇІЄҐїієґ abcXYZ-.,«»\"'№12")
    + list("’ʼ`‘ʹ′´\u00ad\u200b\u200c\u200d\u2060\ufeff\u0301\u0300\u0308\u2010\u2013\u2014\u2212\u00a0\tﬁＡ２")
    + ["оглы", "кызы", "ович", "овна", "ич", "івна", "улы"]
)
TEXT = st.lists(ALPHABET, max_size=12).map("".join)

APOSTROPHES = str.maketrans(dict.fromkeys("’ʼ`‘ʹ′´", "'"))
INVISIBLE = str.maketrans(dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff\u0301\u0300"))


def fold_in_full(text: str) -> str:
    text = unicodedata.normalize("NFKC", text.translate(APOSTROPHES))
    text = text.translate(APOSTROPHES).translate(INVISIBLE)
    return " ".join(text.casefold().replace("ё", "е").split())


def patronymic_gender_in_full(patronymic: str) -> Gender:
    words = [w for w in re.split(r"[\s\-\u2010-\u2015\u2212]+", fold_in_full(patronymic)) if w]
    if not words:
        return Gender.UNKNOWN
    male, female = {"оглы", "оглу", "огли", "улы", "ұлы", "уулу", "угли"}, {"кызы", "гызы", "кизи", "қызы", "қизи"}
    if any(w in male for w in words):
        return Gender.MALE
    if any(w in female for w in words):
        return Gender.FEMALE
    last = words[-1]
    if any(last.endswith(e) and len(last) > len(e) for e in (*male, "ович", "евич", "ич")):
        return Gender.MALE
    if any(
        last.endswith(e) and len(last) > len(e) for e in (*female, "овна", "евна", "инична", "ична", "івна", "ївна")
    ):
        return Gender.FEMALE
    return Gender.UNKNOWN


@settings(max_examples=800, deadline=None)
@given(TEXT)
def test_fold_is_the_full_rule(text: str) -> None:
    assert names.fold(text) == fold_in_full(text)


@settings(max_examples=800, deadline=None)
@given(TEXT)
def test_gender_from_a_patronymic_is_the_full_rule(patronymic: str) -> None:
    assert names._gender_from_patronymic(patronymic) == patronymic_gender_in_full(patronymic)


def test_examples() -> None:
    assert names.fold("Соловьёв") == names.fold("СОЛОВЬЕВ") == "соловьев"
    assert names.fold("Кам’янець") == names.fold("Кам'янець") == "кам'янець"
    assert names.fold("Ива\u0301нов") == "иванов"
    assert names.infer_gender("Эльчин", "Тофик оглы") is Gender.MALE
    assert names.infer_gender("", "Рашидоглы") is Gender.MALE
    assert names.infer_gender("Анна", "ич") is Gender.FEMALE  # «ич» alone is no patronymic: the name decides
