"""People's and organisations' names: search keys, gender guess, display forms.

Everything here is pure string work on Russian and Ukrainian text, so it can be used by the storage
layer (keys for de-duplication), the GUI (fixing what the user typed) and the document generators
(«Т.М. Вірьовка») alike.

Two families of functions live here and must not be mixed up:

* keys (`fold`, `organisation_key`, `person_key`, `email_key`) are for comparing and searching; they
  lose information on purpose and are never shown to the user;
* display helpers (`full_name`, `initials_surname`, `normal_name_case`, `split_full_name`) keep the
  user's spelling (ё, apostrophe style, hyphens) and only tidy spaces and case.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from desktop.domain.enums import Gender

__all__ = [
    "collapse_spaces",
    "email_key",
    "fold",
    "full_name",
    "infer_gender",
    "initials_surname",
    "normal_name_case",
    "organisation_key",
    "person_key",
    "sort_key",
    "split_full_name",
]

NBSP = "\u00a0"

# Ukrainian apostrophe is typed in at least five ways depending on keyboard layout and autocorrect;
# the acute accent ´ is what some Windows layouts produce for it.  It has to be mapped before NFKC,
# which would otherwise decompose it into a space plus a combining mark.
_APOSTROPHES = str.maketrans(dict.fromkeys("’ʼ`‘ʹ′´", "'"))

# Invisible characters that survive copy-paste from Word and web pages and would make two
# identical-looking names compare unequal: soft hyphen, zero-width (non-)joiners/space, word
# joiner, BOM.  Combining acute/grave are Russian stress marks («Ива́нов» in dictionaries and
# textbooks); NFKC has already composed the Latin letters that legitimately carry them.
_INVISIBLE = str.maketrans(dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff\u0301\u0300"))

# Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus:
# users (and Word's autocorrect) put any of them in double surnames.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_DASH_CLASS = re.escape(_DASHES)  # the leading «-» would otherwise read as a range inside [...]
_DASH_RUN = re.compile(rf"\s*[{_DASH_CLASS}]+\s*")
_WORD_SEPARATORS = re.compile(rf"[\s{_DASH_CLASS}]+")

# One initial, optionally double for hyphenated given names: «И.», «А.-М.».
_INITIAL = re.compile(rf"[^\W\d_]\.(?:[{_DASH_CLASS}][^\W\d_]\.)?")


def collapse_spaces(text: str) -> str:
    """Strip and turn every run of Unicode whitespace (NBSP, tabs, newlines…) into one space."""
    # str.split() with no argument already knows every Unicode space, NBSP included.
    return " ".join(text.split())


# Text with none of these characters that is already in NFKC (nearly every name) folds without the translations.
_NEEDS_TRANSLATION = re.compile("[" + re.escape("".join(map(chr, {**_APOSTROPHES, **_INVISIBLE}))) + "]")


def fold(text: str) -> str:
    """The key for case- and ё-insensitive search: «Соловьёв» and «СОЛОВЬЕВ» fold to the same string.

    Ukrainian і, ї, є, ґ are kept as distinct letters: ґ≠г and і≠и matter in Ukrainian surnames.
    """
    if _NEEDS_TRANSLATION.search(text) is None and unicodedata.is_normalized("NFKC", text):
        # the same result as below, where every step would leave such text as it is (an import folds each name)
        return collapse_spaces(text.casefold().replace("ё", "е"))
    text = unicodedata.normalize("NFKC", text.translate(_APOSTROPHES))
    # Second pass: NFKC turns full-width forms into plain ` and ' only now.
    text = text.translate(_APOSTROPHES).translate(_INVISIBLE)
    # Russian writes ё optionally, so people search for «Соловьев» and expect «Соловьёв».
    text = text.casefold().replace("ё", "е")
    return collapse_spaces(text)


# One order for Russian and Ukrainian lists: ґ after г, є after е, і and ї after и (code points would put them
# after я); ё already folded into е, as Russian dictionaries sort it.
_ALPHABET = "абвгґдеєжзиіїйклмнопрстуфхцчшщъыьэюя"
_COLLATION = str.maketrans({letter: chr(0x100 + rank) for rank, letter in enumerate(_ALPHABET)} | {" ": "\x01"})


def sort_key(text: str) -> str:
    """A key that sorts names as a Russian or Ukrainian reader expects (Ґудзь before Демченко, Ёлкина with Е)."""
    return fold(text).replace("'", "").translate(_COLLATION)


def organisation_key(name: str) -> str:
    """A key under which «МБУК „ЦБС“ г. Сарапула» and «мбук "цбс" г.Сарапула» coincide.

    Only letters and digits count; quotes, dots, commas, dashes and № are word breaks.  An
    apostrophe between two letters («Кам’янець») is dropped instead, so a name typed without it
    still matches.
    """
    # NFKC would expand № to «No» and make «№ 5» differ from «5».
    folded = fold(name.replace("№", " "))
    chars: list[str] = []
    for i, ch in enumerate(folded):
        if ch.isalnum() or unicodedata.category(ch).startswith("M"):
            chars.append(ch)
        elif ch == "'" and 0 < i < len(folded) - 1 and folded[i - 1].isalpha() and folded[i + 1].isalpha():
            continue
        else:
            chars.append(" ")
    return collapse_spaces("".join(chars))


@functools.lru_cache(maxsize=16384)  # surnames and given names repeat on every import and every search
def _person_part_key(part: str) -> str:
    # Spaces around a dash are a typing habit, not a different surname.  Dashes at the ends are
    # stripped because «—» or «-» is how people fill in «no patronymic» on forms.
    return _DASH_RUN.sub("-", fold(part)).strip("-").strip()


# Words of Russian, Ukrainian or Latin letters, digits and «'», one hyphen between word parts, one space between
# words, nothing at the ends: every rule of `_person_part_key` leaves such a name as its lower case with ё→е.
_PLAIN_NAME = re.compile(r"[a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ0-9']+(?:[ -][a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ0-9']+)*")


def plain_name_key(surname: str, given_name: str, patronymic: str) -> str | None:
    """`person_key` in one step for a name made of plain words only (nearly every one); None for any other."""
    if surname and given_name and patronymic:
        name = f"{surname} {given_name} {patronymic}"
    else:
        name = " ".join([p for p in (surname, given_name, patronymic) if p])
    return name.casefold().replace("ё", "е") if _PLAIN_NAME.fullmatch(name) else None


def person_key(surname: str, given_name: str, patronymic: str = "") -> str:
    """The de-duplication key of a person: folded parts, dashes unified, empty parts dropped."""
    plain = plain_name_key(surname, given_name, patronymic)
    if plain is not None:
        return plain
    parts = (_person_part_key(p) for p in (surname, given_name, patronymic))
    return " ".join(p for p in parts if p)


def email_key(email: str) -> str:
    """Addresses are compared case-insensitively; real mail servers ignore case in practice."""
    return email.strip().casefold()


# --- gender -------------------------------------------------------------------------------------

_TURKIC_MALE = frozenset({"оглы", "оглу", "огли", "улы", "ұлы", "уулу", "угли"})
_TURKIC_FEMALE = frozenset({"кызы", "гызы", "кизи", "қызы", "қизи"})
_TURKIC_PARTICLES = _TURKIC_MALE | _TURKIC_FEMALE

# Russian -ович/-евич/-ич and Ukrainian -ович/-йович all end in -ич.
_MALE_PATRONYMIC_ENDINGS = ("ович", "евич", "ич")
_FEMALE_PATRONYMIC_ENDINGS = ("овна", "евна", "инична", "ична", "івна", "ївна")
# Fused Turkic spellings («Рашидоглы», «Нурланулы») and ordinary Slavic patronymics, as endings.
_MALE_ENDINGS = (*sorted(_TURKIC_MALE), *_MALE_PATRONYMIC_ENDINGS)
_FEMALE_ENDINGS = (*sorted(_TURKIC_FEMALE), *_FEMALE_PATRONYMIC_ENDINGS)


def _folded_set(*names: str) -> frozenset[str]:
    # Lists are written as people spell them (with ё); lookups are done on folded text.
    return frozenset(fold(n) for n in names)


# The «-а/-я means female» rule is wrong for these; the list is the common cases, not a dictionary.
_MALE_NAMES = _folded_set(
    # Russian full names
    "Никита", "Илья", "Кузьма", "Фома", "Лука", "Савва", "Данила", "Гаврила", "Никола", "Иона",
    "Исайя", "Илия", "Захария", "Иеремия", "Фока", "Мина",
    # Russian diminutives that are only male (Саша, Женя, Валя are not: see _UNISEX_NAMES)
    "Миша", "Гриша", "Паша", "Гоша", "Лёша", "Алёша", "Ваня", "Петя", "Коля", "Вася", "Толя",
    "Федя", "Дима", "Серёжа", "Вова", "Володя", "Костя", "Юра", "Боря", "Витя", "Гена", "Лёня",
    "Стёпа", "Тёма", "Яша", "Кеша", "Жора", "Рома", "Сеня", "Сёма", "Лёва",
    # Names from the Caucasus and Central Asia common in Russia
    "Мустафа", "Муса", "Иса", "Хамза", "Яхья", "Шота", "Заза",
    # Ukrainian, including the -о names that the ending rules would leave unknown
    "Микола", "Микита", "Ілля", "Сава", "Хома", "Ярема", "Олекса", "Петро", "Павло", "Дмитро",
    "Михайло", "Данило", "Гаврило", "Марко", "Левко", "Юрко", "Сашко", "Василько", "Грицько",
    # Soft-sign endings that are male
    "Игорь", "Лазарь", "Василь", "Олесь",
)  # fmt: skip

# Female names that end in -ь or a consonant, where the ending rules would say unknown or male.
_FEMALE_NAMES = _folded_set(
    "Любовь", "Нинель", "Адель", "Эсфирь", "Юдифь", "Рахиль", "Руфь", "Ассоль", "Асель", "Гюзель",
    "Айгуль", "Любов", "Нінель", "Мариам", "Марьям", "Айгерим", "Кармен", "Гульшат", "Дильбар",
)  # fmt: skip

# Short forms used for both sexes: guessing would be wrong half the time.
_UNISEX_NAMES = _folded_set("Саша", "Женя", "Валя", "Слава", "Шура", "Саня", "Стася", "Сима")

# Only vowels and ь/ъ make an ending non-decisive; й and every other Cyrillic letter is a consonant
# here.  Kazakh and Tatar vowels are included because such names are typed in Russian text too.
_VOWELS = frozenset("аеёиоуыэюяіїєәөүұ")


def _words(text: str) -> list[str]:
    if _PLAIN_NAME.fullmatch(text):  # plain words, one space or hyphen apart: folding is lower case with ё→е
        return text.casefold().replace("ё", "е").replace("-", " ").split(" ")
    return [w for w in _WORD_SEPARATORS.split(fold(text)) if w]


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


@functools.lru_cache(maxsize=16384)  # an import asks for every row; patronymics and given names repeat
def _gender_from_patronymic(patronymic: str) -> Gender:
    words = _words(patronymic)
    if not words:
        return Gender.UNKNOWN
    # «Рашид оглы»: the particle is a separate word, and the father's name before it says nothing.
    if not _TURKIC_MALE.isdisjoint(words):
        return Gender.MALE
    if not _TURKIC_FEMALE.isdisjoint(words):
        return Gender.FEMALE
    # The ending must follow at least one letter: a stray fragment like «ич» does not count as a patronymic
    # (checking the word without its first letter says that in one call).
    rest = words[-1][1:]
    if rest.endswith(_MALE_ENDINGS):
        return Gender.MALE
    if rest.endswith(_FEMALE_ENDINGS):
        return Gender.FEMALE
    return Gender.UNKNOWN


@functools.lru_cache(maxsize=4096)
def _gender_from_given_name(given_name: str) -> Gender:
    words = _words(given_name)
    if not words:
        return Gender.UNKNOWN
    # In «Анна-Мария» or «Жан-Поль» the first part carries the gender.
    name = words[0]
    if name in _UNISEX_NAMES:
        return Gender.UNKNOWN
    if name in _MALE_NAMES:
        return Gender.MALE
    if name in _FEMALE_NAMES:
        return Gender.FEMALE
    last = name[-1]
    # Latin-script names, initials («И.») and digits: the Cyrillic ending rules do not apply.
    if not _is_cyrillic(last):
        return Gender.UNKNOWN
    if last in "ая":
        return Gender.FEMALE
    if last in _VOWELS or last in "ьъ":
        return Gender.UNKNOWN
    return Gender.MALE


def infer_gender(given_name: str, patronymic: str = "") -> Gender:
    """Guess the gender for «Уважаемый/Уважаемая» and «участник/участница»; UNKNOWN when unsure.

    A patronymic is decisive when present (Slavic suffixes or Turkic оглы/кызы); otherwise the
    given name's ending is used, with lists of common exceptions.  The result is a default the user
    can override, never a fact.
    """
    from_patronymic = _gender_from_patronymic(patronymic)
    if from_patronymic is not Gender.UNKNOWN:
        return from_patronymic
    return _gender_from_given_name(given_name)


# --- display forms ------------------------------------------------------------------------------


def full_name(surname: str, given_name: str, patronymic: str = "") -> str:
    """«Фамилия Имя Отчество» with empty parts left out and spaces tidied."""
    parts = (collapse_spaces(p) for p in (surname, given_name, patronymic))
    return " ".join(p for p in parts if p)


def _first_letter(word: str) -> str:
    return next((ch.upper() for ch in word if ch.isalpha()), "")


def _initials_of(word: str) -> str:
    # «Анна-Мария» → «А.-М.»: each part of a hyphenated name keeps its own initial.
    letters = (_first_letter(part) for part in re.split(f"[{_DASH_CLASS}]+", word))
    return "-".join(f"{letter}." for letter in letters if letter)


def initials_surname(surname: str, given_name: str, patronymic: str = "") -> str:
    """«Т.М. Вірьовка»: initials, a no-break space, the surname.

    The no-break space is the typographic rule that initials never end a line apart from the
    surname.  Only the first word of the patronymic gives an initial, so «Рашид оглы» is «Р.», not
    «Р.О.».
    """
    surname = collapse_spaces(surname)
    given_words = collapse_spaces(given_name).split()
    if not given_words:
        return surname
    initials = "".join(_initials_of(w) for w in given_words)
    patronymic_words = collapse_spaces(patronymic).split()
    if patronymic_words and (letter := _first_letter(patronymic_words[0])):
        initials += f"{letter}."
    return f"{initials}{NBSP}{surname}" if surname else initials


# Segments of a word that start with a capital: after a dash («Петрова-Водкина») or a dot («И.И.»).
_SEGMENT_BREAK = re.compile(rf"([{_DASH_CLASS}.]+)")


def _capitalise_segment(segment: str) -> str:
    if fold(segment) in _TURKIC_PARTICLES:
        return segment
    chars = list(segment)
    first = True
    for i, ch in enumerate(chars):
        if not ch.isalpha():
            continue
        # Cyrillic never capitalises after an apostrophe («Мар’яна»); Latin does («O'Connor»).
        after_apostrophe = i > 0 and chars[i - 1] in "'’ʼ`‘"
        if first or (after_apostrophe and ch.isascii()):
            chars[i] = ch.upper()
        first = False
    return "".join(chars)


def _fix_word_case(word: str) -> str:
    # Mixed case («МакДональд», «ДиКаприо») is deliberate and must survive.
    if not (word.isupper() or word.islower()):
        return word
    pieces = _SEGMENT_BREAK.split(word.lower())
    return "".join(p if i % 2 else _capitalise_segment(p) for i, p in enumerate(pieces))


def normal_name_case(text: str) -> str:
    """Fix names typed in ALL CAPS or all lower case: «ПЕТРОВА-ВОДКИНА» → «Петрова-Водкина».

    Words are treated one by one, and only words entirely in one case are changed.  Turkic
    particles stay lower case («Рашид оглы»).  Whitespace is kept exactly as typed, so this can be
    applied while the user is still typing.
    """
    pieces = re.split(r"(\s+)", text)
    return "".join(p if i % 2 else _fix_word_case(p) for i, p in enumerate(pieces))


def _tokens(text: str) -> list[str]:
    # Glued initials are separate tokens: «И.И.Иванова» → «И.», «И.», «Иванова».
    tokens: list[str] = []
    for word in text.split():
        rest = word
        while (match := _INITIAL.match(rest)) and match.end() < len(rest):
            tokens.append(match.group())
            rest = rest[match.end() :]
        tokens.append(rest)
    return tokens


def _is_initial(token: str) -> bool:
    return _INITIAL.fullmatch(token) is not None


def split_full_name(text: str) -> tuple[str, str, str]:
    """Split «Фамилия Имя Отчество» typed into one field into (surname, given name, patronymic).

    * one word is a surname; two are surname and given name; three are all three parts;
    * four or more: if the last word is a Turkic particle, the last two words are the patronymic
      («Мамедов Эльдар Рашид оглы»), otherwise the words after the given name are;
    * initials are kept as the given name and patronymic, dot included: «Иванова И.И.» and
      «И.И. Иванова» both give ("Иванова", "И.", "И."), so the caller can show the user what is
      still missing rather than invent a name.
    """
    tokens = _tokens(collapse_spaces(text))
    if not tokens or tokens == [""]:
        return ("", "", "")
    # «И.И. Иванова»: initials before the surname are moved after it.
    leading = 0
    while leading < len(tokens) and _is_initial(tokens[leading]):
        leading += 1
    if leading:
        # Only initials and no surname («И.И.») leave the surname empty rather than guess.
        initials = tokens[:leading]
        return (" ".join(tokens[leading:]), initials[0], " ".join(initials[1:]))
    if len(tokens) == 1:
        return (tokens[0], "", "")
    if len(tokens) <= 3:
        return (tokens[0], tokens[1], tokens[2] if len(tokens) == 3 else "")
    if fold(tokens[-1]) in _TURKIC_PARTICLES:
        return (tokens[0], " ".join(tokens[1:-2]), " ".join(tokens[-2:]))
    return (tokens[0], tokens[1], " ".join(tokens[2:]))
