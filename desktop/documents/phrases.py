"""The fixed words of every document in Russian, Ukrainian and English.

Sentences are written whole per language rather than glued from fragments, so each reads as a person would
write it. Words that change with a number are `Forms` (picked by CLDR's plural rules); words that change with
a person's gender come in (male, female, unknown) triples.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.documents.formatting import Forms
from desktop.domain.enums import EventFormat, Gender, Language, Role, SeminarKind


@dataclass(frozen=True)
class KindWords:
    nominative: str  # «семинар»
    genitive: str  # «по итогам семинара»
    in_it: str  # «принял участие в семинаре»
    at_it: str  # «выступил с докладом на семинаре»
    took_place: str  # «состоялся»: agrees with the noun's gender


@dataclass(frozen=True)
class Gendered:
    male: str
    female: str
    unknown: str

    def of(self, gender: Gender) -> str:
        return {Gender.MALE: self.male, Gender.FEMALE: self.female}.get(gender, self.unknown)


@dataclass(frozen=True)
class Phrases:
    kinds: dict[SeminarKind, KindWords]
    formats: dict[EventFormat, str]
    # programme
    programme: str
    time: str
    talk_column: str
    venue: str
    format: str
    stream: str
    registration: str
    recording: str
    audience: str
    partners: str
    moderator: Forms
    online_mark: str
    # resolution
    resolution: str
    resolution_of: str  # «по итогам»
    took_part: str  # «В работе {kind} приняли участие {people}{organisations}.»
    took_part_one: str
    from_word: str  # « из »: before the organisations, left out with them when there are none
    specialists: Forms
    from_organisations: Forms  # after «из»: «из 1 организации», «из 38 организаций»
    talks_heard_count: str  # «Заслушано {talks}.»
    talks: Forms
    talks_heard: str  # «В ходе {kind_gen} были заслушаны выступления:»
    noted: str  # «Участники {kind_gen} отметили:»
    recommend: str
    adopted: str  # «Резолюция принята {date}.»
    organised_by: str
    # attendance
    attendance: str
    number_column: str
    name_column: str
    organisation_column: str
    position_column: str
    signature_column: str
    registered_total: str
    participants: Forms
    # certificates
    certificate: str
    issued_to: str  # «выдан»: agrees with «сертификат», not with the person
    that: Gendered  # «в том, что она»
    took_part_verb: Gendered  # «приняла участие»
    gave_talk: Gendered  # «выступила с докладом»
    gave_talks: Gendered  # «выступила с докладами»
    volume: str  # «Объём: {hours}»
    academic_hours: Forms
    number_line: str  # «Рег. № {number} от {date}»
    online_place: str
    # badges
    roles: dict[Role, Gendered]
    badges: str
    certificates: str


_RU = Phrases(
    kinds={
        SeminarKind.SEMINAR: KindWords("семинар", "семинара", "в семинаре", "на семинаре", "состоялся"),
        SeminarKind.CONFERENCE: KindWords(
            "конференция", "конференции", "в конференции", "на конференции", "состоялась"
        ),
        SeminarKind.WEBINAR: KindWords("вебинар", "вебинара", "в вебинаре", "на вебинаре", "состоялся"),
        SeminarKind.ROUND_TABLE: KindWords(
            "круглый стол", "круглого стола", "в круглом столе", "на круглом столе", "состоялся"
        ),
        SeminarKind.MASTER_CLASS: KindWords(
            "мастер-класс", "мастер-класса", "в мастер-классе", "на мастер-классе", "состоялся"
        ),
        SeminarKind.TRAINING: KindWords("тренинг", "тренинга", "в тренинге", "на тренинге", "состоялся"),
        SeminarKind.OTHER: KindWords("мероприятие", "мероприятия", "в мероприятии", "на мероприятии", "состоялось"),
    },
    formats={
        EventFormat.IN_PERSON: "очно",
        EventFormat.ONLINE: "онлайн",
        EventFormat.HYBRID: "смешанный (очно и онлайн)",
    },
    programme="ПРОГРАММА",
    time="Время",
    talk_column="Выступление",
    venue="Место проведения",
    format="Формат",
    stream="Трансляция",
    registration="Регистрация",
    recording="Запись",
    audience="Участники",
    partners="При участии",
    moderator=Forms(one="Модератор", other="Модераторы"),
    online_mark="онлайн",
    resolution="РЕЗОЛЮЦИЯ",
    resolution_of="по итогам {kind}",
    took_part="В работе {kind} приняли участие {people}{organisations}.",
    took_part_one="В работе {kind} принял участие {people}{organisations}.",
    from_word=" из ",
    specialists=Forms(one="специалист", few="специалиста", many="специалистов", other="специалиста"),
    from_organisations=Forms(one="организации", other="организаций"),
    talks_heard_count="Заслушано {talks}.",
    talks=Forms(one="выступление", few="выступления", many="выступлений", other="выступления"),
    talks_heard="В ходе {kind} были заслушаны выступления:",
    noted="Участники {kind} отметили:",
    recommend="Участники {kind} рекомендуют:",
    adopted="Резолюция принята {date}.",
    organised_by="Организатор — {organiser}.",
    attendance="ЛИСТ РЕГИСТРАЦИИ УЧАСТНИКОВ",
    number_column="№",
    name_column="Фамилия, имя, отчество",
    organisation_column="Организация",
    position_column="Должность",
    signature_column="Подпись",
    registered_total="Всего зарегистрировано: {people}.",
    participants=Forms(one="участник", few="участника", many="участников", other="участника"),
    certificate="СЕРТИФИКАТ",
    issued_to="выдан",
    that=Gendered("в том, что он", "в том, что она", "в том, что он(а)"),
    took_part_verb=Gendered("принял участие", "приняла участие", "принял(а) участие"),
    gave_talk=Gendered("выступил с докладом", "выступила с докладом", "выступил(а) с докладом"),
    gave_talks=Gendered("выступил с докладами", "выступила с докладами", "выступил(а) с докладами"),
    volume="Объём: {hours}",
    academic_hours=Forms(
        one="академический час", few="академических часа", many="академических часов", other="академического часа"
    ),
    number_line="Регистрационный № {number} от {date}",
    online_place="онлайн",
    roles={
        Role.PARTICIPANT: Gendered("участник", "участник", "участник"),
        Role.SPEAKER: Gendered("докладчик", "докладчик", "докладчик"),
        Role.MODERATOR: Gendered("модератор", "модератор", "модератор"),
        Role.ORGANISER: Gendered("организатор", "организатор", "организатор"),
        Role.GUEST: Gendered("гость", "гость", "гость"),
    },
    badges="Бейджи",
    certificates="Сертификаты",
)

_UK = Phrases(
    kinds={
        SeminarKind.SEMINAR: KindWords("семінар", "семінару", "у семінарі", "на семінарі", "відбувся"),
        SeminarKind.CONFERENCE: KindWords("конференція", "конференції", "у конференції", "на конференції", "відбулася"),
        SeminarKind.WEBINAR: KindWords("вебінар", "вебінару", "у вебінарі", "на вебінарі", "відбувся"),
        SeminarKind.ROUND_TABLE: KindWords(
            "круглий стіл", "круглого столу", "у круглому столі", "на круглому столі", "відбувся"
        ),
        SeminarKind.MASTER_CLASS: KindWords(
            "майстер-клас", "майстер-класу", "у майстер-класі", "на майстер-класі", "відбувся"
        ),
        SeminarKind.TRAINING: KindWords("тренінг", "тренінгу", "у тренінгу", "на тренінгу", "відбувся"),
        SeminarKind.OTHER: KindWords("захід", "заходу", "у заході", "на заході", "відбувся"),
    },
    formats={
        EventFormat.IN_PERSON: "очно",
        EventFormat.ONLINE: "онлайн",
        EventFormat.HYBRID: "змішаний (очно й онлайн)",
    },
    programme="ПРОГРАМА",
    time="Час",
    talk_column="Виступ",
    venue="Місце проведення",
    format="Формат",
    stream="Трансляція",
    registration="Реєстрація",
    recording="Запис",
    audience="Учасники",
    partners="За участі",
    moderator=Forms(one="Модератор", other="Модератори"),
    online_mark="онлайн",
    resolution="РЕЗОЛЮЦІЯ",
    resolution_of="за підсумками {kind}",
    took_part="У роботі {kind} взяли участь {people}{organisations}.",
    took_part_one="У роботі {kind} взяв участь {people}{organisations}.",
    from_word=" з ",
    specialists=Forms(one="фахівець", few="фахівці", many="фахівців", other="фахівця"),
    from_organisations=Forms(one="організації", other="організацій"),
    talks_heard_count="Заслухано {talks}.",
    talks=Forms(one="виступ", few="виступи", many="виступів", other="виступу"),
    talks_heard="Під час {kind} заслухано виступи:",
    noted="Учасники {kind} відзначили:",
    recommend="Учасники {kind} рекомендують:",
    adopted="Резолюцію ухвалено {date}.",
    organised_by="Організатор — {organiser}.",
    attendance="РЕЄСТРАЦІЙНИЙ ЛИСТ УЧАСНИКІВ",
    number_column="№",
    name_column="Прізвище, ім’я, по батькові",
    organisation_column="Організація",
    position_column="Посада",
    signature_column="Підпис",
    registered_total="Усього зареєстровано: {people}.",
    participants=Forms(one="учасник", few="учасники", many="учасників", other="учасника"),
    certificate="СЕРТИФІКАТ",
    issued_to="видано",
    that=Gendered("про те, що він", "про те, що вона", "про те, що він (вона)"),
    took_part_verb=Gendered("взяв участь", "взяла участь", "взяв (взяла) участь"),
    gave_talk=Gendered("виступив з доповіддю", "виступила з доповіддю", "виступив (виступила) з доповіддю"),
    gave_talks=Gendered("виступив з доповідями", "виступила з доповідями", "виступив (виступила) з доповідями"),
    volume="Обсяг: {hours}",
    academic_hours=Forms(
        one="академічна година", few="академічні години", many="академічних годин", other="академічної години"
    ),
    number_line="Реєстраційний № {number} від {date}",
    online_place="онлайн",
    roles={
        Role.PARTICIPANT: Gendered("учасник", "учасниця", "учасник"),
        Role.SPEAKER: Gendered("доповідач", "доповідачка", "доповідач"),
        Role.MODERATOR: Gendered("модератор", "модераторка", "модератор"),
        Role.ORGANISER: Gendered("організатор", "організаторка", "організатор"),
        Role.GUEST: Gendered("гість", "гостя", "гість"),
    },
    badges="Бейджі",
    certificates="Сертифікати",
)

_EN = Phrases(
    kinds={
        SeminarKind.SEMINAR: KindWords("seminar", "the seminar", "the seminar", "at the seminar", "took place"),
        SeminarKind.CONFERENCE: KindWords(
            "conference", "the conference", "the conference", "at the conference", "took place"
        ),
        SeminarKind.WEBINAR: KindWords("webinar", "the webinar", "the webinar", "at the webinar", "took place"),
        SeminarKind.ROUND_TABLE: KindWords(
            "round table", "the round table", "the round table", "at the round table", "took place"
        ),
        SeminarKind.MASTER_CLASS: KindWords(
            "master class", "the master class", "the master class", "at the master class", "took place"
        ),
        SeminarKind.TRAINING: KindWords("training", "the training", "the training", "at the training", "took place"),
        SeminarKind.OTHER: KindWords("event", "the event", "the event", "at the event", "took place"),
    },
    formats={
        EventFormat.IN_PERSON: "in person",
        EventFormat.ONLINE: "online",
        EventFormat.HYBRID: "hybrid (in person and online)",
    },
    programme="PROGRAMME",
    time="Time",
    talk_column="Talk",
    venue="Venue",
    format="Format",
    stream="Stream",
    registration="Registration",
    recording="Recording",
    audience="Audience",
    partners="In partnership with",
    moderator=Forms(one="Moderator", other="Moderators"),
    online_mark="online",
    resolution="RESOLUTION",
    resolution_of="of {kind}",
    took_part="{people}{organisations} took part in {kind}.",
    took_part_one="{people}{organisations} took part in {kind}.",
    from_word=" from ",
    specialists=Forms(one="specialist", other="specialists"),
    from_organisations=Forms(one="organisation", other="organisations"),
    talks_heard_count="{talks} were heard.",
    talks=Forms(one="talk", other="talks"),
    talks_heard="Talks heard at {kind}:",
    noted="The participants of {kind} noted:",
    recommend="The participants of {kind} recommend:",
    adopted="Adopted on {date}.",
    organised_by="Organised by {organiser}.",
    attendance="ATTENDANCE SHEET",
    number_column="No.",
    name_column="Full name",
    organisation_column="Organisation",
    position_column="Position",
    signature_column="Signature",
    registered_total="Registered: {people}.",
    participants=Forms(one="participant", other="participants"),
    certificate="CERTIFICATE",
    issued_to="is awarded to",
    that=Gendered("for", "for", "for"),
    took_part_verb=Gendered("taking part in", "taking part in", "taking part in"),
    gave_talk=Gendered("giving the talk", "giving the talk", "giving the talk"),
    gave_talks=Gendered("giving the talks", "giving the talks", "giving the talks"),
    volume="Volume: {hours}",
    academic_hours=Forms(one="academic hour", other="academic hours"),
    number_line="No. {number} of {date}",
    online_place="online",
    roles={
        Role.PARTICIPANT: Gendered("participant", "participant", "participant"),
        Role.SPEAKER: Gendered("speaker", "speaker", "speaker"),
        Role.MODERATOR: Gendered("moderator", "moderator", "moderator"),
        Role.ORGANISER: Gendered("organiser", "organiser", "organiser"),
        Role.GUEST: Gendered("guest", "guest", "guest"),
    },
    badges="Badges",
    certificates="Certificates",
)

_BY_LANGUAGE = {Language.RU: _RU, Language.UK: _UK, Language.EN: _EN}


def phrases(language: Language) -> Phrases:
    return _BY_LANGUAGE[language]
