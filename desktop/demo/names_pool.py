"""Fictional name pools and the small factories the demo seminars use to fill their registration lists.

Every person, organisation and address built from here is invented.  Generation is seeded, so the demo
is the same on every machine and the loader's «already loaded» check keeps working.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.demo.model import DemoOrganisation, DemoPerson
from desktop.domain.enums import Gender, Language
from desktop.domain.names import person_key

__all__ = [
    "RU_FATHERS",
    "RU_FEMALE_NAMES",
    "RU_MALE_NAMES",
    "RU_SURNAMES",
    "UK_FATHERS",
    "UK_FEMALE_NAMES",
    "UK_MALE_NAMES",
    "UK_SURNAMES",
    "Crowd",
    "MailBox",
    "NamePool",
    "latin",
]

# (male form, female form).  The hard cases are deliberately mixed in with the common ones, so that a
# certificate run over a whole registration list meets them: -ых/-их and -ко do not change with
# gender, ё must survive.  No pair may differ from another only by ё/е: the directory folds ё to е.
RU_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Смирнов", "Смирнова"), ("Кузнецов", "Кузнецова"), ("Попов", "Попова"), ("Васильев", "Васильева"),
    ("Новиков", "Новикова"), ("Морозов", "Морозова"), ("Волков", "Волкова"), ("Зайцев", "Зайцева"),
    ("Павлов", "Павлова"), ("Макаров", "Макарова"), ("Никитин", "Никитина"), ("Захаров", "Захарова"),
    ("Зуев", "Зуева"), ("Борисов", "Борисова"), ("Яковлев", "Яковлева"), ("Григорьев", "Григорьева"),
    ("Романов", "Романова"), ("Воробьёв", "Воробьёва"), ("Сергеев", "Сергеева"), ("Кудрявцев", "Кудрявцева"),
    ("Фролов", "Фролова"), ("Александров", "Александрова"), ("Дмитриев", "Дмитриева"),
    ("Королевич", "Королевич"), ("Лукин", "Лукина"), ("Белоусов", "Белоусова"), ("Медведев", "Медведева"),
    ("Ершов", "Ершова"), ("Никифоров", "Никифорова"), ("Ширяев", "Ширяева"), ("Шестаков", "Шестакова"),
    ("Гладков", "Гладкова"), ("Щербаков", "Щербакова"), ("Тарасов", "Тарасова"), ("Белов", "Белова"),
    ("Комаров", "Комарова"), ("Орлов", "Орлова"), ("Киселёв", "Киселёва"), ("Марков", "Маркова"),
    ("Ефимов", "Ефимова"), ("Поляков", "Полякова"), ("Широков", "Широкова"), ("Шубин", "Шубина"),
    ("Голубев", "Голубева"), ("Виноградов", "Виноградова"), ("Богданов", "Богданова"),
    ("Рябинин", "Рябинина"), ("Калинин", "Калинина"), ("Мухин", "Мухина"), ("Третьяков", "Третьякова"),
    ("Осипов", "Осипова"), ("Лапин", "Лапина"), ("Кондратьев", "Кондратьева"), ("Субботин", "Субботина"),
    ("Плотников", "Плотникова"), ("Ярцев", "Ярцева"), ("Мельников", "Мельникова"), ("Ильин", "Ильина"),
    ("Чистяков", "Чистякова"), ("Зыков", "Зыкова"), ("Корнилов", "Корнилова"), ("Пестов", "Пестова"),
    ("Суворин", "Суворина"), ("Гусев", "Гусева"), ("Лаптев", "Лаптева"), ("Вершинин", "Вершинина"),
    ("Толстых", "Толстых"), ("Белых", "Белых"), ("Крутых", "Крутых"), ("Долгорукий", "Долгорукая"),
    ("Бондаренко", "Бондаренко"), ("Ткаченко", "Ткаченко"), ("Кравченко", "Кравченко"),
    ("Мищенко", "Мищенко"), ("Горбунов", "Горбунова"), ("Снегирёв", "Снегирёва"), ("Рожков", "Рожкова"),
    ("Шилов", "Шилова"), ("Буров", "Бурова"), ("Аксёнов", "Аксёнова"), ("Панов", "Панова"),
    ("Прохоров", "Прохорова"), ("Луговской", "Луговская"), ("Ковальчук", "Ковальчук"),
    ("Мартынюк", "Мартынюк"), ("Сафин", "Сафина"), ("Юсупов", "Юсупова"), ("Гарипов", "Гарипова"),
)  # fmt: skip

RU_MALE_NAMES: tuple[str, ...] = (
    "Александр", "Алексей", "Андрей", "Артём", "Владимир", "Дмитрий", "Евгений", "Иван", "Игорь",
    "Константин", "Максим", "Михаил", "Николай", "Олег", "Павел", "Роман", "Сергей", "Юрий", "Илья",
    "Никита", "Фёдор", "Григорий", "Вадим", "Тимур",
)  # fmt: skip

RU_FEMALE_NAMES: tuple[str, ...] = (
    "Анна", "Алла", "Валентина", "Вера", "Галина", "Дарья", "Екатерина", "Елена", "Елизавета",
    "Жанна", "Зоя", "Инна", "Ирина", "Ксения", "Лариса", "Любовь", "Людмила", "Маргарита", "Мария",
    "Надежда", "Наталья", "Нина", "Оксана", "Ольга", "Полина", "Светлана", "Софья", "Татьяна",
    "Юлия", "Яна", "Олеся", "Марина", "Тамара", "Василиса", "Дина", "Лилия", "Римма", "Нинель",
)  # fmt: skip

# (male patronymic, female patronymic), both from the same father's name.
RU_FATHERS: tuple[tuple[str, str], ...] = (
    ("Александрович", "Александровна"), ("Алексеевич", "Алексеевна"), ("Андреевич", "Андреевна"),
    ("Борисович", "Борисовна"), ("Васильевич", "Васильевна"), ("Викторович", "Викторовна"),
    ("Владимирович", "Владимировна"), ("Геннадьевич", "Геннадьевна"), ("Дмитриевич", "Дмитриевна"),
    ("Евгеньевич", "Евгеньевна"), ("Иванович", "Ивановна"), ("Игоревич", "Игоревна"),
    ("Ильич", "Ильинична"), ("Константинович", "Константиновна"), ("Михайлович", "Михайловна"),
    ("Николаевич", "Николаевна"), ("Олегович", "Олеговна"), ("Павлович", "Павловна"),
    ("Петрович", "Петровна"), ("Сергеевич", "Сергеевна"), ("Юрьевич", "Юрьевна"),
    ("Фёдорович", "Фёдоровна"), ("Кузьмич", "Кузьминична"), ("Леонидович", "Леонидовна"),
    ("Степанович", "Степановна"), ("Анатольевич", "Анатольевна"),
)  # fmt: skip

UK_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Бондар", "Бондар"), ("Мельник", "Мельник"), ("Кравчук", "Кравчук"), ("Поліщук", "Поліщук"),
    ("Олійник", "Олійник"), ("Савчук", "Савчук"), ("Лисенко", "Лисенко"), ("Марченко", "Марченко"),
    ("Руденко", "Руденко"), ("Петренко", "Петренко"), ("Климчук", "Климчук"), ("Гребенюк", "Гребенюк"),
    ("Ковальський", "Ковальська"), ("Вишневський", "Вишневська"), ("Яремчук", "Яремчук"),
    ("Дем’яненко", "Дем’яненко"), ("Гнатюк", "Гнатюк"), ("Остапчук", "Остапчук"),
    ("Приходько", "Приходько"), ("Литвиненко", "Литвиненко"), ("Ничипорук", "Ничипорук"),
    ("Семенюк", "Семенюк"), ("Гордієнко", "Гордієнко"),
    ("Собко", "Собко"), ("Гуменюк", "Гуменюк"), ("Зубко", "Зубко"), ("Колісник", "Колісник"),
    ("Стасюк", "Стасюк"), ("Терещук", "Терещук"), ("Юрчишин", "Юрчишин"), ("Білик", "Білик"),
)  # fmt: skip

UK_MALE_NAMES: tuple[str, ...] = (
    "Андрій", "Богдан", "Василь", "Віталій", "Дмитро", "Ігор", "Олег", "Петро", "Роман", "Тарас",
    "Юрій", "Ярослав",
)  # fmt: skip

UK_FEMALE_NAMES: tuple[str, ...] = (
    "Алла", "Валентина", "Галина", "Ганна", "Зоряна", "Ірина", "Катерина", "Леся", "Людмила",
    "Надія", "Наталія", "Оксана", "Олена", "Ольга", "Світлана", "Тетяна", "Уляна", "Христина",
    "Юлія", "Ярина", "Інна", "Лілія",
)  # fmt: skip

UK_FATHERS: tuple[tuple[str, str], ...] = (
    ("Анатолійович", "Анатоліївна"), ("Богданович", "Богданівна"), ("Васильович", "Василівна"),
    ("Вікторович", "Вікторівна"), ("Григорович", "Григорівна"), ("Іванович", "Іванівна"),
    ("Миколайович", "Миколаївна"), ("Михайлович", "Михайлівна"), ("Олександрович", "Олександрівна"),
    ("Петрович", "Петрівна"), ("Степанович", "Степанівна"), ("Юрійович", "Юріївна"),
    ("Ярославович", "Ярославівна"), ("Андрійович", "Андріївна"), ("Сергійович", "Сергіївна"),
)  # fmt: skip


_RU_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
# Ukrainian г is h and и is y: the spelling the Ukrainian passport rules use, which people also
# choose for their e-mail addresses.
_UK_LATIN = {
    **_RU_LATIN,
    "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "yi", "є": "ye", "х": "kh", "щ": "shch", "’": "", "'": "",
}  # fmt: skip


def latin(text: str, language: Language = Language.RU) -> str:
    """Lower-case ASCII transliteration for e-mail local parts; anything unknown is dropped."""
    table = _UK_LATIN if language is Language.UK else _RU_LATIN
    out: list[str] = []
    for ch in text.casefold():
        if ch in table:
            out.append(table[ch])
        elif ch.isascii() and (ch.isalnum() or ch in "-."):
            out.append(ch)
    return "".join(out)


@dataclass(frozen=True)
class GeneratedName:
    surname: str
    given_name: str
    patronymic: str
    gender: Gender


class NamePool:
    """Draws distinct full names from the pools; names already used by hand-written people are reserved."""

    def __init__(
        self,
        rng: random.Random,
        *,
        surnames: Sequence[tuple[str, str]],
        male_names: Sequence[str],
        female_names: Sequence[str],
        fathers: Sequence[tuple[str, str]],
    ) -> None:
        self._rng = rng
        self._surnames = surnames
        self._male = male_names
        self._female = female_names
        self._fathers = fathers
        self._taken: set[str] = set()

    def reserve(self, people: Iterable[DemoPerson]) -> None:
        for p in people:
            self._taken.add(person_key(p.surname, p.given_name, p.patronymic))

    def draw(self, gender: Gender) -> GeneratedName:
        female = gender is Gender.FEMALE
        # The pools hold tens of thousands of combinations; a few hundred draws never loop for long.
        while True:
            surname = self._rng.choice(self._surnames)[1 if female else 0]
            given = self._rng.choice(self._female if female else self._male)
            patronymic = self._rng.choice(self._fathers)[1 if female else 0]
            key = person_key(surname, given, patronymic)
            if key not in self._taken:
                self._taken.add(key)
                return GeneratedName(surname, given, patronymic, Gender.FEMALE if female else Gender.MALE)


class MailBox:
    """Hands out distinct addresses on reserved `.example` domains, so no demo mail can reach anyone."""

    def __init__(self, language: Language = Language.RU) -> None:
        self._language = language
        self._used: set[str] = set()

    def reserve(self, people: Iterable[DemoPerson]) -> None:
        self._used.update(p.email.casefold() for p in people if p.email)

    def address(self, surname: str, given_name: str, patronymic: str, domain: str) -> str:
        initials = latin(given_name[:1], self._language) + latin(patronymic[:1], self._language)
        base = f"{latin(surname, self._language)}.{initials}".strip(".")
        candidate, n = f"{base}@{domain}", 2
        while candidate.casefold() in self._used:
            candidate, n = f"{base}{n}@{domain}", n + 1
        self._used.add(candidate.casefold())
        return candidate


class Crowd:
    """Builds the ordinary participants of one seminar: names, addresses and positions in one place."""

    def __init__(
        self,
        seed: int,
        *,
        language: Language,
        reserved: Iterable[DemoPerson],
        female_share: float = 0.85,
    ) -> None:
        self._rng = random.Random(seed)
        uk = language is Language.UK
        self._names = NamePool(
            self._rng,
            surnames=UK_SURNAMES if uk else RU_SURNAMES,
            male_names=UK_MALE_NAMES if uk else RU_MALE_NAMES,
            female_names=UK_FEMALE_NAMES if uk else RU_FEMALE_NAMES,
            fathers=UK_FATHERS if uk else RU_FATHERS,
        )
        self._mail = MailBox(language)
        reserved = tuple(reserved)
        self._names.reserve(reserved)
        self._mail.reserve(reserved)
        self._female_share = female_share

    def people(
        self,
        organisation: DemoOrganisation,
        domain: str,
        count: int,
        positions: Sequence[str],
        *,
        head_position: str = "",
    ) -> list[DemoPerson]:
        """`count` staff of one organisation; the first gets `head_position` when one is given."""
        result: list[DemoPerson] = []
        for i in range(count):
            gender = Gender.FEMALE if self._rng.random() < self._female_share else Gender.MALE
            name = self._names.draw(gender)
            position = head_position if i == 0 and head_position else self._rng.choice(positions)
            # About one in five is left for the service to infer, as happens with imported lists.
            stated = None if self._rng.random() < 0.2 else name.gender
            result.append(
                DemoPerson(
                    surname=name.surname,
                    given_name=name.given_name,
                    patronymic=name.patronymic,
                    gender=stated,
                    position=position,
                    organisation=organisation,
                    city=organisation.city,
                    email=self._mail.address(name.surname, name.given_name, name.patronymic, domain),
                )
            )
        return result
