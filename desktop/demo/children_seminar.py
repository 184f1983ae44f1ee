"""Demo 1: an interregional hybrid seminar of a (fictional) krai children's library, with its resolution.

Modelled on the way children's libraries report such seminars: two blocks, twelve talks from nine
regions, half the audience on the stream, a resolution with «noted» items and numbered recommendations.
"""

from __future__ import annotations

import datetime as dt

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
    Mode,
    PartnerRole,
    ResolutionSection,
    Role,
    SeminarKind,
    SeminarStatus,
    TalkKind,
)

__all__ = ["DIRECTOR", "ORGANISER", "UID", "build"]

UID = "demo-children-2026"

_KRAI = "Приозёрный край"
_CITY = "Светлоярск"
_DAY = dt.date(2026, 11, 18)

# --- organisations -------------------------------------------------------------------------------

ORGANISER = DemoOrganisation(
    full_name="КГБУК «Приозёрная краевая детская библиотека им. Е. А. Снегирёвой»",
    short_name="ПКДБ им. Е. А. Снегирёвой",
    city=_CITY,
    region=_KRAI,
)
_INSTITUTE = DemoOrganisation(
    full_name="КГАУ ДПО «Приозёрный краевой институт развития образования и культуры»",
    short_name="ПКИРОиК",
    city=_CITY,
    region=_KRAI,
)
_CITY_CBS = DemoOrganisation(
    full_name="МБУК «Централизованная библиотечная система города Светлоярска»",
    short_name="ЦБС г. Светлоярска",
    city=_CITY,
    region=_KRAI,
)
_OZYORNY_CBS = DemoOrganisation(
    full_name="МБУК «Централизованная библиотечная система Озёрнинского муниципального округа»",
    short_name="ЦБС Озёрнинского МО",
    city="пгт Озёрный",
    region=_KRAI,
)
_TAIGA_LIB = DemoOrganisation(
    full_name="МКУК «Межпоселенческая библиотека Верхнетаёжного района»",
    short_name="Верхнетаёжная МБ",
    city="с. Верхняя Тайга",
    region=_KRAI,
)
_VOLOGDA = DemoOrganisation(
    full_name="БУК ВО «Вологодская областная детская библиотека им. Л. Н. Ольховской»",
    short_name="ВОДБ им. Л. Н. Ольховской",
    city="Вологда",
    region="Вологодская область",
)
_TATARSTAN = DemoOrganisation(
    full_name="ГБУК РТ «Республиканская библиотека для детей и юношества им. Р. Г. Сафиуллиной»",
    short_name="РБДЮ им. Р. Г. Сафиуллиной",
    city="Казань",
    region="Республика Татарстан",
)
_PERM = DemoOrganisation(
    full_name="МБУК «Централизованная система детских библиотек города Усть-Вишерска»",
    short_name="ЦСДБ г. Усть-Вишерска",
    city="Усть-Вишерск",
    region="Пермский край",
)
_YAKUTIA = DemoOrganisation(
    full_name="ГБУ РС(Я) «Республиканская детская библиотека им. А. Е. Кулаковой-Тарбахской»",
    short_name="РДБ им. А. Е. Кулаковой-Тарбахской",
    city="Якутск",
    region="Республика Саха (Якутия)",
)
_NOVOSIBIRSK = DemoOrganisation(
    full_name="МКУК «Централизованная библиотечная система Заобского района»",
    short_name="ЦБС Заобского района",
    city="р. п. Заобье",
    region="Новосибирская область",
)
_YAROSLAVL = DemoOrganisation(
    full_name="ГУК ЯО «Ярославская областная библиотека для детей и семейного чтения им. К. Д. Ушинцева»",
    short_name="ЯОБДСЧ им. К. Д. Ушинцева",
    city="Ярославль",
    region="Ярославская область",
)
_KUBAN = DemoOrganisation(
    full_name="МБУК «Централизованная библиотечная система Кубанско-Лиманского района»",
    short_name="ЦБС Кубанско-Лиманского района",
    city="ст. Лиманская",
    region="Краснодарский край",
)
_MURMANSK = DemoOrganisation(
    full_name="ГОБУК «Мурманская областная детско-юношеская библиотека им. В. Т. Полярникова»",
    short_name="МОДЮБ им. В. Т. Полярникова",
    city="Мурманск",
    region="Мурманская область",
)

# --- speakers and moderators ---------------------------------------------------------------------

DIRECTOR = DemoPerson(
    surname="Королёва",
    given_name="Алёна",
    patronymic="Фёдоровна",
    gender=Gender.FEMALE,
    position="директор",
    organisation=ORGANISER,
    city=_CITY,
    email="korolyova.af@kdb-priozyorny.example",
    phone="+7 (000) 100-20-01",
)
_DEPUTY = DemoPerson(
    surname="Соловьёв",
    given_name="Пётр",
    patronymic="Семёнович",
    gender=Gender.MALE,
    position="заместитель директора по научно-методической работе",
    organisation=ORGANISER,
    city=_CITY,
    email="solovyov.ps@kdb-priozyorny.example",
)
# Female surname ending in a consonant: never declined.  The hand-made dative shows the override.
_HEAD_METHOD = DemoPerson(
    surname="Лаур",
    given_name="Марина",
    patronymic="Евгеньевна",
    gender=Gender.FEMALE,
    position="заведующий отделом научно-методической работы",
    organisation=ORGANISER,
    city=_CITY,
    email="laur.me@kdb-priozyorny.example",
    dative={Language.RU: "Лаур Марине Евгеньевне"},
)
_CHERNYKH = DemoPerson(
    surname="Черных",
    given_name="Тамара",
    patronymic="Ивановна",
    gender=Gender.FEMALE,
    position="ведущий методист отдела научно-методической работы",
    organisation=ORGANISER,
    city=_CITY,
    email="chernykh.ti@kdb-priozyorny.example",
)
# No patronymic, and a surname that no case ending touches.
_KIM = DemoPerson(
    surname="Ким",
    given_name="Диана",
    gender=Gender.FEMALE,
    position="библиотекарь отдела обслуживания учащихся 5–9 классов",
    organisation=ORGANISER,
    city=_CITY,
    email="kim.d@kdb-priozyorny.example",
)
_DUBYAGO = DemoPerson(
    surname="Дубяго",
    given_name="Людмила",
    patronymic="Олеговна",
    gender=Gender.FEMALE,
    position="заведующий Центральной детской библиотекой",
    organisation=_CITY_CBS,
    city=_CITY,
    email="dubyago.lo@cbs-svetloyarsk.example",
)
_BELOVA_ZAGORSKAYA = DemoPerson(
    surname="Белова-Загорская",
    given_name="Анна",
    patronymic="Сергеевна",
    gender=Gender.FEMALE,
    position="заведующий отделом краеведения",
    organisation=_VOLOGDA,
    city="Вологда",
    email="belova-zagorskaya.as@vodb.example",
)
_KHAIRULLINA = DemoPerson(
    surname="Хайруллина",
    given_name="Гульнара",
    patronymic="Ильдаровна",
    gender=Gender.FEMALE,
    position="заведующий сектором национальной литературы",
    organisation=_TATARSTAN,
    city="Казань",
    email="khayrullina.gi@rbdyu-rt.example",
)
# Male surname in -ко: declined in Ukrainian tradition, not in Russian official usage.
_GRITSENKO = DemoPerson(
    surname="Гриценко",
    given_name="Олег",
    patronymic="Викторович",
    gender=Gender.MALE,
    position="ведущий библиограф",
    organisation=_PERM,
    city="Усть-Вишерск",
    email="gritsenko.ov@csdb-ustvishersk.example",
)
_VINOKUROVA = DemoPerson(
    surname="Винокурова",
    given_name="Сардаана",
    patronymic="Егоровна",
    gender=Gender.FEMALE,
    position="главный библиотекарь отдела внестационарного обслуживания",
    organisation=_YAKUTIA,
    city="Якутск",
    email="vinokurova.se@rdb-yakutia.example",
)
# Male surname in -ых.
_SEDYKH = DemoPerson(
    surname="Седых",
    given_name="Павел",
    patronymic="Андреевич",
    gender=Gender.MALE,
    position="методист по работе с детьми",
    organisation=_NOVOSIBIRSK,
    city="р. п. Заобье",
    email="sedykh.pa@cbs-zaobye.example",
)
# Foreign surname in -о: indeclinable for either gender.
_PERRO = DemoPerson(
    surname="Перро",
    given_name="Анастасия",
    patronymic="Игоревна",
    gender=Gender.FEMALE,
    position="руководитель семейного клуба «Суббота с книгой»",
    organisation=_YAROSLAVL,
    city="Ярославль",
    email="perro.ai@yaobdsch.example",
)
_GUSEYNOVA = DemoPerson(
    surname="Гусейнова",
    given_name="Айгюн",
    patronymic="Рафик кызы",
    gender=Gender.FEMALE,
    position="главный библиотекарь по работе с особыми детьми",
    organisation=_KUBAN,
    city="ст. Лиманская",
    email="guseynova.ar@cbs-kubanlimany.example",
)
_GASANOV = DemoPerson(
    surname="Гасанов",
    given_name="Эльчин",
    patronymic="Тофик оглы",
    gender=Gender.MALE,
    position="заведующий информационно-библиографическим отделом",
    organisation=_MURMANSK,
    city="Мурманск",
    email="gasanov.et@modyub.example",
)

# --- programme -----------------------------------------------------------------------------------

_BLOCK_1 = DemoBlock(
    title="Блок 1. Детская библиотека в цифровой среде",
    starts_at=dt.datetime(2026, 11, 18, 10, 0),
    moderators=(_DEPUTY,),
    room="Большой читальный зал",
    talks=(
        DemoTalk(
            "Детская библиотека в смешанном формате: что изменилось за три года",
            (DIRECTOR,),
            kind=TalkKind.KEYNOTE,
            minutes=25,
        ),
        DemoTalk(
            "Краеведческий онлайн-квест для младших школьников: от идеи до сотни команд",
            (_BELOVA_ZAGORSKAYA,),
            mode=Mode.ONLINE,
        ),
        DemoTalk(
            "Двуязычные громкие чтения в сети: как мы читаем детям на русском и татарском",
            (_KHAIRULLINA,),
            mode=Mode.ONLINE,
        ),
        DemoTalk(
            "«Книжный навигатор»: как подросток выбирает книгу в сообществе библиотеки",
            (_CHERNYKH, _KIM),
        ),
        DemoTalk("Кофе-пауза", kind=TalkKind.BREAK, minutes=15),
        DemoTalk(
            "Библиографический подкаст для подростков: сценарий, запись, продвижение",
            (_GRITSENKO,),
            mode=Mode.ONLINE,
        ),
        DemoTalk(
            "Библиотека на расстоянии: обслуживание детей в отдалённых наслегах",
            (_VINOKUROVA,),
            mode=Mode.ONLINE,
        ),
    ),
)

_BLOCK_2 = DemoBlock(
    title="Блок 2. Продвижение чтения: от проекта к сообществу",
    starts_at=dt.datetime(2026, 11, 18, 13, 30),
    moderators=(_HEAD_METHOD,),
    room="Большой читальный зал",
    talks=(
        DemoTalk(
            "Методическое сопровождение муниципальных детских библиотек края в дистанционном режиме",
            (_HEAD_METHOD,),
        ),
        DemoTalk(
            "Читательский марафон «Сибирские каникулы»: сетевая акция для сельских библиотек",
            (_SEDYKH,),
            mode=Mode.ONLINE,
        ),
        DemoTalk(
            "Семейный клуб выходного дня: встречи в библиотеке и их продолжение онлайн",
            (_PERRO,),
        ),
        DemoTalk("Мультстудия в библиотеке: дети снимают буктрейлеры", (_DUBYAGO,)),
        DemoTalk(
            "Доступные онлайн-мероприятия для детей с ограниченными возможностями здоровья",
            (_GUSEYNOVA,),
            mode=Mode.ONLINE,
        ),
        DemoTalk(
            "«Арктика — юным читателям»: цифровая краеведческая коллекция библиотеки",
            (_GASANOV,),
            mode=Mode.ONLINE,
        ),
    ),
)

# --- registration list ---------------------------------------------------------------------------

_MUNICIPAL = (
    "библиотекарь",
    "библиотекарь 1 категории",
    "ведущий библиотекарь",
    "главный библиотекарь",
    "библиограф",
    "методист",
    "заведующий отделом обслуживания",
    "заведующий сектором массовой работы",
    "заведующий библиотекой-филиалом",
)
# Regional libraries have departments, not branches.
_REGIONAL = (
    "библиотекарь",
    "ведущий библиотекарь",
    "главный библиотекарь",
    "библиограф",
    "ведущий библиограф",
    "методист",
    "ведущий методист",
    "заведующий отделом обслуживания дошкольников и учащихся 1–4 классов",
    "заведующий сектором массовой работы",
)
_INSTITUTE_STAFF = ("методист учебно-методического центра", "старший преподаватель кафедры библиотековедения")

# (organisation, mail domain, how many, how they take part, staff positions, who heads the group)
_GROUPS: tuple[tuple[DemoOrganisation, str, int, Mode, tuple[str, ...], str], ...] = (
    (ORGANISER, "kdb-priozyorny.example", 8, Mode.IN_PERSON, _REGIONAL, ""),
    (
        _CITY_CBS,
        "cbs-svetloyarsk.example",
        8,
        Mode.IN_PERSON,
        _MUNICIPAL,
        "заместитель директора по работе с детьми",
    ),
    (_OZYORNY_CBS, "cbs-ozyorny.example", 5, Mode.IN_PERSON, _MUNICIPAL, "заведующий методическим отделом"),
    (_INSTITUTE, "pkiroik.example", 2, Mode.IN_PERSON, _INSTITUTE_STAFF, ""),
    (_TAIGA_LIB, "mb-verkhnetayozhny.example", 4, Mode.ONLINE, _MUNICIPAL, "директор"),
    (_VOLOGDA, "vodb.example", 3, Mode.ONLINE, _REGIONAL, ""),
    (_TATARSTAN, "rbdyu-rt.example", 3, Mode.ONLINE, _REGIONAL, ""),
    (_PERM, "csdb-ustvishersk.example", 3, Mode.ONLINE, _MUNICIPAL, ""),
    (_YAKUTIA, "rdb-yakutia.example", 3, Mode.ONLINE, _REGIONAL, ""),
    (_NOVOSIBIRSK, "cbs-zaobye.example", 3, Mode.ONLINE, _MUNICIPAL, ""),
    (_KUBAN, "cbs-kubanlimany.example", 2, Mode.ONLINE, _MUNICIPAL, ""),
    (_MURMANSK, "modyub.example", 2, Mode.ONLINE, _REGIONAL, ""),
)

_SPEAKER_MODES: tuple[tuple[DemoPerson, Mode], ...] = (
    (DIRECTOR, Mode.IN_PERSON),
    (_BELOVA_ZAGORSKAYA, Mode.ONLINE),
    (_KHAIRULLINA, Mode.ONLINE),
    (_CHERNYKH, Mode.IN_PERSON),
    (_KIM, Mode.IN_PERSON),
    (_GRITSENKO, Mode.ONLINE),
    (_VINOKUROVA, Mode.ONLINE),
    (_HEAD_METHOD, Mode.IN_PERSON),
    (_SEDYKH, Mode.ONLINE),
    (_PERRO, Mode.IN_PERSON),
    (_DUBYAGO, Mode.IN_PERSON),
    (_GUSEYNOVA, Mode.ONLINE),
    (_GASANOV, Mode.ONLINE),
)


def _participants() -> tuple[DemoParticipant, ...]:
    speakers = [DemoParticipant(p, Role.SPEAKER, mode) for p, mode in _SPEAKER_MODES]
    staff = [DemoParticipant(_DEPUTY, Role.MODERATOR, Mode.IN_PERSON)]
    crowd = Crowd(2026_11_18, language=Language.RU, reserved=[p for p, _ in _SPEAKER_MODES] + [_DEPUTY])
    others: list[DemoParticipant] = []
    for org, domain, count, mode, positions, head in _GROUPS:
        people = crowd.people(org, domain, count, positions, head_position=head)
        for person in people:
            # The organiser's own staff who run the room and the stream are organisers, not listeners.
            role = Role.ORGANISER if org is ORGANISER and len(others) < 2 else Role.PARTICIPANT
            others.append(DemoParticipant(person, role, mode))
    # Two online registrants who never joined: the attendance sheet has to show such people too.
    online = [i for i, p in enumerate(others) if p.mode is Mode.ONLINE]
    for i in (online[3], online[-1]):
        p = others[i]
        others[i] = DemoParticipant(p.person, p.role, p.mode, attended=False)
    return (*speakers, *staff, *others)


_PREAMBLE = (
    "18 ноября 2026 года Приозёрная краевая детская библиотека им. Е. А. Снегирёвой провела "
    "межрегиональный семинар «Маршруты детского чтения: библиотека для детей онлайн и офлайн». "
    "Семинар прошёл в смешанном формате: часть участников работала в зале библиотеки, часть — "
    "подключилась к трансляции. Цель семинара — обобщить опыт библиотек, обслуживающих детей, в "
    "сочетании очных и дистанционных форм работы и наметить общие задачи на 2027 год.\n\n"
    "В семинаре приняли участие специалисты библиотек Приозёрного края, Вологодской, Новосибирской, "
    "Ярославской и Мурманской областей, Пермского и Краснодарского краёв, Республики Татарстан и "
    "Республики Саха (Якутия). Заслушаны 12 выступлений. Докладчики рассказали о сетевых акциях и "
    "читательских марафонах, подкастах и буктрейлерах, созданных вместе с детьми, о громких чтениях на "
    "двух языках, об обслуживании детей в отдалённых посёлках и о доступных мероприятиях для детей с "
    "ограниченными возможностями здоровья."
)

_NOTED = (
    "Дистанционные формы не вытесняют живое общение ребёнка с книгой и библиотекарем: лучшие результаты "
    "дают проекты, в которых встреча в библиотеке продолжается в сети, а сетевая акция приводит читателя "
    "в библиотеку.",
    "Детские библиотеки накопили собственный цифровой контент — квесты, подкасты, видеочтения, "
    "краеведческие коллекции, — однако он разрознен, плохо описан и трудно находится коллегами из других "
    "регионов.",
    "Сельские и отдалённые библиотеки испытывают нехватку техники, устойчивой связи и навыков работы с "
    "видео; методическая помощь им нужна прежде всего в практической форме.",
    "Участники отметили практическую направленность семинара и возможность сравнить свой опыт с опытом "
    "коллег из девяти регионов.",
)

_RECOMMENDATIONS = (
    "Рассматривать онлайн- и офлайн-мероприятия для детей как единый план работы библиотеки и учитывать их "
    "в статистике по общим правилам.",
    "Создать на сайте Приозёрной краевой детской библиотеки открытый каталог методических материалов "
    "участников семинара с описанием возраста аудитории, формы и условий повторного использования.",
    "Провести в первом полугодии 2027 года межрегиональную сетевую акцию по продвижению чтения среди "
    "подростков с участием библиотек — участниц семинара.",
    "Включить в программы повышения квалификации специалистов детских библиотек практикумы по записи "
    "видео и звука, безопасной работе с детьми в сети и доступности онлайн-мероприятий.",
    "Муниципальным библиотекам края до 1 марта 2027 года представить в отдел научно-методической работы "
    "краевой детской библиотеки предложения по совместным проектам на 2027 год.",
    "Продолжить проведение межрегиональных семинаров в смешанном формате не реже одного раза в год.",
)


def build() -> DemoSeminar:
    return DemoSeminar(
        uid=UID,
        title="Маршруты детского чтения: библиотека для детей онлайн и офлайн",
        subtitle="Межрегиональный семинар",
        kind=SeminarKind.SEMINAR,
        format=EventFormat.HYBRID,
        starts_at=dt.datetime(2026, 11, 18, 10, 0),
        ends_at=dt.datetime(2026, 11, 18, 16, 0),
        language=Language.RU,
        status=SeminarStatus.HELD,
        organiser=ORGANISER,
        organiser_department="Отдел научно-методической работы",
        venue_address="г. Светлоярск, ул. Первопроходцев, д. 14",
        venue_room="Большой читальный зал, 2 этаж",
        stream_url="https://video.kdb-priozyorny.example/live/marshruty-2026",
        recording_url="https://video.kdb-priozyorny.example/playlist/marshruty-2026",
        registration_url="https://kdb-priozyorny.example/seminar/marshruty-2026/registration",
        academic_hours=6.0,
        audience="Специалисты библиотек, обслуживающих детей и подростков; методисты муниципальных библиотек",
        notes="Трансляция и запись ведутся силами отдела информационных технологий.",
        partners=((_INSTITUTE, PartnerRole.PARTNER),),
        blocks=(_BLOCK_1, _BLOCK_2),
        participants=_participants(),
        resolution_preamble=_PREAMBLE,
        resolution_items=(
            *((ResolutionSection.NOTED, text) for text in _NOTED),
            *((ResolutionSection.RECOMMENDATION, text) for text in _RECOMMENDATIONS),
        ),
        resolution_adopted_on=_DAY,
    )
