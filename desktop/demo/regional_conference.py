"""Demo 2: a regional library conference — 16 talks, 143 participants from 38 organisations, a resolution.

The numbers are the ones a resolution states in its first paragraph, so the demo lets the app's own
counts be checked against the text.  The region and every organisation in it are fictional.
"""

from __future__ import annotations

import datetime as dt

from desktop.demo.children_seminar import DIRECTOR as PRIOZYORNY_KDB_DIRECTOR
from desktop.demo.model import (
    DemoBlock,
    DemoOrganisation,
    DemoParticipant,
    DemoPerson,
    DemoSeminar,
    DemoTalk,
)
from desktop.demo.names_pool import Crowd
from desktop.domain.enums import (
    EventFormat,
    Gender,
    Language,
    PartnerRole,
    ResolutionSection,
    Role,
    SeminarKind,
    SeminarStatus,
    TalkKind,
)
from desktop.domain.names import organisation_key

__all__ = ["EXPECTED_ORGANISATIONS", "EXPECTED_PARTICIPANTS", "UID", "build"]

UID = "demo-conference-2026"
# Stated in the resolution; the builder refuses to produce a demo that contradicts its own text.
EXPECTED_PARTICIPANTS = 143
EXPECTED_ORGANISATIONS = 38

_REGION = "Северогорская область"
_NEIGHBOUR = "Приозёрный край"
_CITY = "Северогорск"
_DAY = dt.date(2026, 10, 22)


def _org(full_name: str, short_name: str, city: str, region: str = _REGION) -> DemoOrganisation:
    return DemoOrganisation(full_name=full_name, short_name=short_name, city=city, region=region)


# --- organisations -------------------------------------------------------------------------------

ORGANISER = _org(
    "ГБУК «Северогорская областная универсальная научная библиотека им. И. А. Ветлугина»",
    "СОУНБ им. И. А. Ветлугина",
    _CITY,
)
_PARTNERSHIP = _org(
    "Некоммерческое библиотечное партнёрство «Библиотеки Северогорья»",
    "НБП «Библиотеки Северогорья»",
    _CITY,
)
_CHILDREN = _org(
    "ГБУК «Северогорская областная детская библиотека им. М. С. Журавушкиной»",
    "СОДБ им. М. С. Журавушкиной",
    _CITY,
)
_YOUTH = _org("ГБУК «Северогорская областная библиотека для молодёжи»", "СОБМ", _CITY)
_BLIND = _org(
    "ГБУК «Северогорская областная специальная библиотека для незрячих и слабовидящих»",
    "СОСБНС",
    _CITY,
)
_INSTITUTE = _org(
    "ФГБОУ ВО «Северогорский государственный институт культуры»",
    "СГИК",
    _CITY,
)
_UNIVERSITY = _org(
    "Научная библиотека ФГБОУ ВО «Северогорский государственный университет»",
    "НБ СГУ",
    _CITY,
)
_MUSEUM = _org("ГАУК «Северогорский областной краеведческий музей»", "СОКМ", _CITY)
_WRITERS = _org(
    "Северогорское региональное отделение общественной организации «Союз литераторов Северогорья»",
    "Союз литераторов Северогорья",
    _CITY,
)
_CITY_CBS = _org(
    "МБУК «Централизованная библиотечная система города Северогорска»",
    "ЦБС г. Северогорска",
    _CITY,
)
_VETLUZHSK = _org(
    "МБУК «Централизованная библиотечная система города Ветлужска»",
    "ЦБС г. Ветлужска",
    "Ветлужск",
)
_NOVOKAMENSK = _org(
    "МАУК «Библиотечная система города Новокаменска»",
    "БС г. Новокаменска",
    "Новокаменск",
)
# The longest official name in the demo (well over 150 characters): badges, certificates and the
# registration sheet must wrap or shorten it rather than overflow.
_VERKHNEVETLUZHSKAYA = _org(
    "Муниципальное бюджетное учреждение культуры «Межпоселенческая централизованная библиотечная система "
    "Верхневетлужского муниципального округа Северогорской области имени заслуженного работника культуры "
    "Российской Федерации Н. Ф. Стрельцовой»",
    "МБУК «МЦБС Верхневетлужского МО им. Н. Ф. Стрельцовой»",
    "пгт Верхняя Ветлуга",
)
_NEIGHBOUR_SCIENTIFIC = _org(
    "КГБУК «Приозёрная краевая научная библиотека им. Д. Г. Ольшанского»",
    "ПКНБ им. Д. Г. Ольшанского",
    "Светлоярск",
    _NEIGHBOUR,
)
_NEIGHBOUR_CHILDREN = PRIOZYORNY_KDB_DIRECTOR.organisation

# Municipal libraries of the region that send listeners only: (full name, short name, town, domain, people).
_MUNICIPAL: tuple[tuple[str, str, str, str, int], ...] = (
    ("МБУК «Централизованная библиотечная система Красноборского муниципального округа»",
     "ЦБС Красноборского МО", "Красноборск", "cbs-krasnobor.example", 4),
    ("МКУК «Межпоселенческая центральная библиотека Усть-Ярского района»",
     "МЦБ Усть-Ярского района", "Усть-Ярск", "mcb-ustyar.example", 3),
    ("МБУК «Централизованная библиотечная система Березняковского муниципального округа»",
     "ЦБС Березняковского МО", "Березняки", "cbs-bereznyaki.example", 3),
    ("МКУК «Межпоселенческая библиотека Липовецкого района»",
     "МБ Липовецкого района", "Липовец", "mb-lipovets.example", 2),
    ("МБУК «Централизованная библиотечная система Тихореченского городского округа»",
     "ЦБС Тихореченского ГО", "Тихореченск", "cbs-tikhorechensk.example", 4),
    ("МБУК «Библиотека-музей им. Н. А. Речкина» Тихореченского городского округа",
     "Библиотека-музей им. Н. А. Речкина", "Тихореченск", "rechkin-museum.example", 2),
    ("МКУК «Централизованная библиотечная система Сосновоборского района»",
     "ЦБС Сосновоборского района", "Сосновый Бор", "cbs-sosnovobor.example", 3),
    ("МКУК «Межпоселенческая центральная библиотека Дальнеключевского района»",
     "МЦБ Дальнеключевского района", "Дальние Ключи", "mcb-dalkluchi.example", 2),
    ("МБУК «Централизованная библиотечная система Кедровского муниципального округа»",
     "ЦБС Кедровского МО", "Кедровый", "cbs-kedrovy.example", 3),
    ("МКУК «Мшинская межпоселенческая библиотека»",
     "Мшинская МБ", "Мшинск", "mb-mshinsk.example", 1),
    ("МБУК «Централизованная библиотечная система Светлопольского района»",
     "ЦБС Светлопольского района", "Светлое Поле", "cbs-svetlopole.example", 3),
    ("МАУК «Библиотечно-информационный центр Горнозаводского городского округа»",
     "БИЦ Горнозаводского ГО", "Горнозаводск", "bic-gornozavodsk.example", 4),
    ("МКУК «Централизованная библиотечная система Старосельского района»",
     "ЦБС Старосельского района", "Старое Село", "cbs-staroselye.example", 3),
    ("МБУК «Централизованная библиотечная система Яблоновского муниципального округа»",
     "ЦБС Яблоновского МО", "Яблоново", "cbs-yablonovo.example", 3),
    ("МБУК «Централизованная библиотечная система Лесогорского городского округа»",
     "ЦБС Лесогорского ГО", "Лесогорск", "cbs-lesogorsk.example", 4),
    ("МКУК «Межпоселенческая центральная библиотека Белоключевского района»",
     "МЦБ Белоключевского района", "Белые Ключи", "mcb-belkluchi.example", 2),
    ("МКУК «Централизованная клубная и библиотечная система Рябиновского района»",
     "ЦКБС Рябиновского района", "Рябиновка", "ckbs-ryabinovka.example", 3),
    ("МКУК «Студёновская межпоселенческая библиотека»",
     "Студёновская МБ", "Студёный", "mb-studyony.example", 2),
    ("МБУК «Централизованная библиотечная система Ольховского муниципального округа»",
     "ЦБС Ольховского МО", "Ольховка", "cbs-olkhovka.example", 3),
    ("МКУК «Межпоселенческая центральная библиотека Песчанского района»",
     "МЦБ Песчанского района", "Пески", "mcb-peski.example", 3),
    ("МКУК «Централизованная библиотечная система Чернолесского района»",
     "ЦБС Чернолесского района", "Чернолесье", "cbs-chernolesye.example", 3),
    ("МКУК «Межпоселенческая библиотека Малоярского района»",
     "МБ Малоярского района", "Малый Яр", "mb-maloyar.example", 2),
    ("МАУК «Библиотечно-информационный центр города Рудногорска»",
     "БИЦ г. Рудногорска", "Рудногорск", "bic-rudnogorsk.example", 4),
    ("МБУК «Библиотека семейного чтения города Заречинска»",
     "БСЧ г. Заречинска", "Заречинск", "bsch-zarechinsk.example", 2),
)  # fmt: skip

# --- speakers, moderators, guests ----------------------------------------------------------------

# Double surname, both parts declined («Ключевскому-Обухову»).
_DIRECTOR = DemoPerson(
    surname="Ключевский-Обухов",
    given_name="Аркадий",
    patronymic="Петрович",
    gender=Gender.MALE,
    position="директор",
    degree="кандидат исторических наук",
    organisation=ORGANISER,
    city=_CITY,
    email="klyuchevsky-obukhov.ap@sounb.example",
)
# Old surname in -ово: never declined.
_DEPUTY = DemoPerson(
    surname="Хитрово",
    given_name="Глеб",
    patronymic="Андреевич",
    gender=Gender.MALE,
    position="заместитель директора по научной работе",
    organisation=ORGANISER,
    city=_CITY,
    email="khitrovo.ga@sounb.example",
)
# Female surname in -их: not declined.
_DOLGIKH = DemoPerson(
    surname="Долгих",
    given_name="Вера",
    patronymic="Николаевна",
    gender=Gender.FEMALE,
    position="заведующий информационно-библиографическим отделом",
    organisation=ORGANISER,
    city=_CITY,
    email="dolgikh.vn@sounb.example",
)
_SEMYONOVA = DemoPerson(
    surname="Семёнова",
    given_name="Людмила",
    patronymic="Гаврииловна",
    gender=Gender.FEMALE,
    position="заведующий сектором оцифровки отдела редких книг",
    organisation=ORGANISER,
    city=_CITY,
    email="semyonova.lg@sounb.example",
)
_BOYKO = DemoPerson(
    surname="Бойко",
    given_name="Людмила",
    patronymic="Фёдоровна",
    gender=Gender.FEMALE,
    position="ведущий методист научно-методического отдела",
    organisation=ORGANISER,
    city=_CITY,
    email="boyko.lf@sounb.example",
)
# Italian surname in -и: indeclinable.
_GARIBALDI = DemoPerson(
    surname="Гарибальди",
    given_name="Елена",
    patronymic="Леонидовна",
    gender=Gender.FEMALE,
    position="доцент кафедры библиотечно-информационной деятельности",
    degree="кандидат педагогических наук",
    organisation=_INSTITUTE,
    city=_CITY,
    email="garibaldi.el@sgik.example",
)
# Kazakh surname with no ending and no patronymic: nothing in the name may be declined.
_SEITKALI = DemoPerson(
    surname="Сейткали",
    given_name="Айгерим",
    gender=Gender.FEMALE,
    position="студент 4 курса направления «Библиотечно-информационная деятельность»",
    organisation=_INSTITUTE,
    city=_CITY,
    email="seitkali.a@students.sgik.example",
)
_ZIMINA = DemoPerson(
    surname="Зимина",
    given_name="Варвара",
    patronymic="Андреевна",
    gender=Gender.FEMALE,
    position="студент 4 курса направления «Библиотечно-информационная деятельность»",
    organisation=_INSTITUTE,
    city=_CITY,
    email="zimina.va@students.sgik.example",
)
_KOVALENKO = DemoPerson(
    surname="Коваленко",
    given_name="Ирина",
    patronymic="Петровна",
    gender=Gender.FEMALE,
    position="заведующий отделом краеведения Центральной городской библиотеки",
    organisation=_CITY_CBS,
    city=_CITY,
    email="kovalenko.ip@cbs-severogorsk.example",
)
_MAMEDOVA = DemoPerson(
    surname="Мамедова",
    given_name="Гюнай",
    patronymic="Ильхам кызы",
    gender=Gender.FEMALE,
    position="главный библиограф отдела краеведения",
    organisation=_NEIGHBOUR_SCIENTIFIC,
    city="Светлоярск",
    email="mamedova.gi@pknb.example",
)
# Female double surname: «Ростовой-Заречной».
_ROSTOVA_ZARECHNAYA = DemoPerson(
    surname="Ростова-Заречная",
    given_name="Ольга",
    patronymic="Викторовна",
    gender=Gender.FEMALE,
    position="главный библиограф",
    organisation=_CHILDREN,
    city=_CITY,
    email="rostova-zarechnaya.ov@sodb.example",
)
_KOVALYOV = DemoPerson(
    surname="Ковалёв",
    given_name="Денис",
    patronymic="Сергеевич",
    gender=Gender.MALE,
    position="ведущий библиотекарь отдела медиапроектов",
    organisation=_YOUTH,
    city=_CITY,
    email="kovalyov.ds@sobm.example",
)
_RYZHOVA = DemoPerson(
    surname="Рыжова",
    given_name="Светлана",
    patronymic="Юрьевна",
    gender=Gender.FEMALE,
    position="заведующий отделом обслуживания",
    organisation=_BLIND,
    city=_CITY,
    email="ryzhova.syu@sosbns.example",
)
_AKHMETOV = DemoPerson(
    surname="Ахметов",
    given_name="Ринат",
    patronymic="Камилевич",
    gender=Gender.MALE,
    position="заведующий отделом справочно-библиографического обслуживания",
    organisation=_UNIVERSITY,
    city=_CITY,
    email="akhmetov.rk@lib.sgu.example",
)
# Male surname in -ко, from the organisation with the longest name.
_MIROSHNICHENKO = DemoPerson(
    surname="Мирошниченко",
    given_name="Андрей",
    patronymic="Николаевич",
    gender=Gender.MALE,
    position="заведующий методическим отделом",
    organisation=_VERKHNEVETLUZHSKAYA,
    city="пгт Верхняя Ветлуга",
    email="miroshnichenko.an@mcbs-vvetluga.example",
)
_NESTEROVA = DemoPerson(
    surname="Нестерова",
    given_name="Галина",
    patronymic="Ивановна",
    gender=Gender.FEMALE,
    position="главный библиотекарь",
    organisation=_VETLUZHSK,
    city="Ветлужск",
    email="nesterova.gi@cbs-vetluzhsk.example",
)
_LYAKHOV = DemoPerson(
    surname="Ляхов",
    given_name="Игорь",
    patronymic="Вадимович",
    gender=Gender.MALE,
    position="старший научный сотрудник",
    organisation=_MUSEUM,
    city=_CITY,
    email="lyakhov.iv@sokm.example",
)
_SHUYSKAYA = DemoPerson(
    surname="Шуйская",
    given_name="Елена",
    patronymic="Михайловна",
    gender=Gender.FEMALE,
    position="библиограф 1 категории",
    organisation=_NOVOKAMENSK,
    city="Новокаменск",
    email="shuyskaya.em@bs-novokamensk.example",
)
_WRITER = DemoPerson(
    surname="Перевозчиков",
    given_name="Иван",
    patronymic="Лукич",
    gender=Gender.MALE,
    position="член правления, прозаик",
    organisation=_WRITERS,
    city=_CITY,
    email="perevozchikov.il@literatory-severogorye.example",
)

# --- programme -----------------------------------------------------------------------------------

_PLENARY = DemoBlock(
    title="Пленарное заседание",
    starts_at=dt.datetime(2026, 10, 22, 10, 0),
    moderators=(_DEPUTY,),
    room="Конференц-зал",
    talks=(
        DemoTalk(
            "Открытие конференции. Библиотеки Северогорья в 2026 году: итоги и задачи",
            (_DIRECTOR,),
            kind=TalkKind.OPENING,
        ),
        DemoTalk("Краеведческая библиография региона: сводные ресурсы и их читатели", (_DOLGIKH,)),
        DemoTalk(
            "Подготовка библиографов в вузе культуры: каких компетенций не хватает выпускникам",
            (_GARIBALDI,),
        ),
        DemoTalk(
            "Электронная библиотека «Северогорье»: оцифровка краеведческих изданий и их метаданные",
            (_SEMYONOVA,),
        ),
        DemoTalk(
            "Корпоративная роспись краеведческих статей: как работают муниципальные библиотеки",
            (_KOVALENKO,),
        ),
        DemoTalk("Межрегиональные краеведческие проекты: опыт соседей", (_MAMEDOVA,)),
        DemoTalk("Обед", kind=TalkKind.LUNCH, minutes=60),
    ),
)

_SECTION = DemoBlock(
    title="Секция «Библиограф и пользователь: новые форматы»",
    starts_at=dt.datetime(2026, 10, 22, 13, 0),
    moderators=(_DOLGIKH,),
    room="Конференц-зал",
    talks=(
        DemoTalk(
            "Рекомендательная библиография для детей: от печатного указателя к чат-боту",
            (_ROSTOVA_ZARECHNAYA,),
            minutes=15,
        ),
        DemoTalk("Библиографический обзор в формате коротких видео", (_KOVALYOV,), minutes=15),
        DemoTalk(
            "Доступная библиография: указатели рельефно-точечным шрифтом и в аудиоформате",
            (_RYZHOVA,),
            minutes=15,
        ),
        DemoTalk(
            "Служба «Спроси библиографа» в вузе: что показали запросы за пять лет",
            (_AKHMETOV,),
            minutes=15,
        ),
        DemoTalk(
            "Краеведческий указатель сельского округа: материал собирают филиалы",
            (_MIROSHNICHENKO,),
            minutes=15,
        ),
        DemoTalk("Виртуальная выставка как библиографическое пособие", (_NESTEROVA,), minutes=15),
        DemoTalk(
            "Музей и библиотека: общие краеведческие базы данных",
            (_LYAKHOV,),
            minutes=15,
        ),
        DemoTalk(
            "Библиограф глазами студентов: результаты опроса читателей областного центра",
            (_SEITKALI, _ZIMINA),
            minutes=15,
        ),
        DemoTalk(
            "Краеведческий квиз для старшеклассников: библиография в игровой форме",
            (_SHUYSKAYA,),
            minutes=15,
        ),
        DemoTalk(
            "Методическая помощь муниципальным библиографам: итоги мониторинга 2026 года",
            (_BOYKO,),
            minutes=15,
        ),
    ),
)

# --- registration list ---------------------------------------------------------------------------

_SPEAKERS = (
    _DIRECTOR,
    _DOLGIKH,
    _GARIBALDI,
    _SEMYONOVA,
    _KOVALENKO,
    _MAMEDOVA,
    _ROSTOVA_ZARECHNAYA,
    _KOVALYOV,
    _RYZHOVA,
    _AKHMETOV,
    _MIROSHNICHENKO,
    _NESTEROVA,
    _LYAKHOV,
    _SEITKALI,
    _ZIMINA,
    _SHUYSKAYA,
    _BOYKO,
)

_LIBRARY_STAFF = (
    "библиотекарь",
    "библиотекарь 1 категории",
    "ведущий библиотекарь",
    "главный библиотекарь",
    "библиограф",
    "ведущий библиограф",
    "главный библиограф",
    "методист",
    "ведущий методист",
    "заведующий отделом",
    "заведующий сектором",
)
_MUNICIPAL_STAFF = (
    "библиотекарь",
    "библиотекарь 1 категории",
    "ведущий библиотекарь",
    "библиограф",
    "ведущий библиограф",
    "методист",
    "заведующий отделом обслуживания",
    "заведующий библиотекой-филиалом",
)
_STUDENTS = (
    "студент 2 курса направления «Библиотечно-информационная деятельность»",
    "студент 3 курса направления «Библиотечно-информационная деятельность»",
    "студент 4 курса направления «Библиотечно-информационная деятельность»",
)

# (organisation, mail domain, generated people, positions, who heads the group)
_GROUPS: tuple[tuple[DemoOrganisation, str, int, tuple[str, ...], str], ...] = (
    (ORGANISER, "sounb.example", 13, _LIBRARY_STAFF, ""),
    (_INSTITUTE, "students.sgik.example", 13, _STUDENTS, ""),
    (_UNIVERSITY, "lib.sgu.example", 2, _LIBRARY_STAFF, ""),
    (_MUSEUM, "sokm.example", 1, ("научный сотрудник",), ""),
    (_CHILDREN, "sodb.example", 4, _LIBRARY_STAFF, "заместитель директора"),
    (_YOUTH, "sobm.example", 3, _LIBRARY_STAFF, ""),
    (_BLIND, "sosbns.example", 2, _LIBRARY_STAFF, ""),
    (_CITY_CBS, "cbs-severogorsk.example", 7, _MUNICIPAL_STAFF, "директор"),
    (_VETLUZHSK, "cbs-vetluzhsk.example", 3, _MUNICIPAL_STAFF, "директор"),
    (_NOVOKAMENSK, "bs-novokamensk.example", 3, _MUNICIPAL_STAFF, "директор"),
    (_VERKHNEVETLUZHSKAYA, "mcbs-vvetluga.example", 3, _MUNICIPAL_STAFF, "директор"),
    (_NEIGHBOUR_SCIENTIFIC, "pknb.example", 1, _LIBRARY_STAFF, "заместитель директора"),
)


def _municipal_groups() -> list[tuple[DemoOrganisation, str, int, tuple[str, ...], str]]:
    return [
        (_org(full, short, town), domain, count, _MUNICIPAL_STAFF, "директор")
        for full, short, town, domain, count in _MUNICIPAL
    ]


def _participants() -> tuple[DemoParticipant, ...]:
    reserved = [*_SPEAKERS, _DEPUTY, _WRITER, PRIOZYORNY_KDB_DIRECTOR]
    crowd = Crowd(2026_10_22, language=Language.RU, reserved=reserved)
    result = [DemoParticipant(p, Role.SPEAKER) for p in _SPEAKERS]
    result.append(DemoParticipant(_DEPUTY, Role.MODERATOR))
    result.append(DemoParticipant(_WRITER, Role.GUEST))
    result.append(DemoParticipant(PRIOZYORNY_KDB_DIRECTOR, Role.GUEST))
    for org, domain, count, positions, head in [*_GROUPS, *_municipal_groups()]:
        for i, person in enumerate(crowd.people(org, domain, count, positions, head_position=head)):
            # Two of the host library's staff ran registration and the hall.
            role = Role.ORGANISER if org is ORGANISER and i < 2 else Role.PARTICIPANT
            result.append(DemoParticipant(person, role))
    return tuple(result)


_PREAMBLE = (
    "22 октября 2026 года в Северогорской областной универсальной научной библиотеке им. И. А. Ветлугина "
    "состоялась XIV сессия конференции некоммерческого библиотечного партнёрства «Библиотеки "
    "Северогорья» «Краеведческая библиография в цифровой среде: ресурсы, сервисы, сообщества».\n\n"
    "В работе конференции приняли участие 143 специалиста из 38 организаций Северогорской области и "
    "Приозёрного края: сотрудники областных и муниципальных библиотек, преподаватели и студенты "
    "Северогорского государственного института культуры, научные сотрудники краеведческого музея, члены "
    "Союза литераторов Северогорья. Заслушаны 16 докладов и сообщений."
)

_NOTED = (
    "Краеведческие библиографические ресурсы области созданы многолетним трудом областных и муниципальных "
    "библиотек, но остаются разрозненными: сводный каталог, электронная библиотека и указатели "
    "муниципальных библиотек не связаны между собой, и читатель не видит их как единое целое.",
    "Библиографические подразделения муниципальных библиотек сокращаются или объединяются с отделами "
    "обслуживания; вместе с ними теряется навык аналитической росписи и составления указателей.",
    "Новые форматы — короткие видео, квизы, чат-боты, виртуальные выставки — находят отклик у молодых "
    "читателей, если в их основе лежит проверенная библиографическая информация.",
    "Выпускникам вузов культуры не хватает практики в составлении библиографических пособий и в работе с "
    "метаданными электронных ресурсов.",
)

_RECOMMENDATIONS = (
    "Сохранять в структуре центральных библиотек муниципальных образований специалиста, отвечающего за "
    "краеведческую библиографию, и закреплять эту функцию в положениях об отделах.",
    "Подключить к 1 июля 2027 года все муниципальные библиотеки области к корпоративной росписи "
    "краеведческих статей в сводном каталоге; методическое сопровождение возложить на "
    "информационно-библиографический отдел областной научной библиотеки.",
    "Связать записи сводного краеведческого каталога с полными текстами электронной библиотеки «Северогорье» "
    "и с базами данных областного краеведческого музея.",
    "Совместно с Северогорским государственным институтом культуры организовать производственную практику "
    "студентов в библиографических подразделениях областных и муниципальных библиотек.",
    "Провести в 2027 году областной конкурс библиографических пособий, в том числе в электронной и "
    "игровой форме, и обобщить лучшие работы в методическом сборнике.",
    "Руководителям секций партнёрства «Библиотеки Северогорья» предусмотреть в плане на 2027 год "
    "ежегодные профессиональные встречи библиографов.",
)


def build() -> DemoSeminar:
    participants = _participants()
    organisations = {organisation_key(p.person.organisation.full_name) for p in participants if p.person.organisation}
    if len(participants) != EXPECTED_PARTICIPANTS or len(organisations) != EXPECTED_ORGANISATIONS:
        raise AssertionError(
            f"conference demo: {len(participants)} participants from {len(organisations)} organisations, "
            f"the resolution says {EXPECTED_PARTICIPANTS} from {EXPECTED_ORGANISATIONS}"
        )
    return DemoSeminar(
        uid=UID,
        title="Краеведческая библиография в цифровой среде: ресурсы, сервисы, сообщества",
        subtitle="XIV сессия конференции некоммерческого библиотечного партнёрства «Библиотеки Северогорья»",
        kind=SeminarKind.CONFERENCE,
        format=EventFormat.IN_PERSON,
        starts_at=dt.datetime(2026, 10, 22, 10, 0),
        ends_at=dt.datetime(2026, 10, 22, 16, 0),
        language=Language.RU,
        status=SeminarStatus.HELD,
        organiser=ORGANISER,
        organiser_department="Научно-методический отдел",
        venue_address="г. Северогорск, Набережная ул., д. 7",
        venue_room="Конференц-зал, 3 этаж",
        registration_url="https://sounb.example/konferentsiya-2026/registration",
        recording_url="https://sounb.example/konferentsiya-2026/materialy",
        academic_hours=6.0,
        audience="Специалисты областных и муниципальных библиотек, преподаватели и студенты вузов культуры",
        partners=((_PARTNERSHIP, PartnerRole.CO_ORGANISER), (_INSTITUTE, PartnerRole.PARTNER)),
        blocks=(_PLENARY, _SECTION),
        participants=participants,
        resolution_preamble=_PREAMBLE,
        resolution_items=(
            *((ResolutionSection.NOTED, text) for text in _NOTED),
            *((ResolutionSection.RECOMMENDATION, text) for text in _RECOMMENDATIONS),
        ),
        resolution_adopted_on=_DAY,
    )
