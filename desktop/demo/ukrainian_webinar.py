"""Demo 3: an online seminar for methodologists held in Ukrainian by a (fictional) oblast library.

Two named blocks of four talks, 35 people on the call.  Every string is Ukrainian, so the documents
show і, ї, є, ґ and the apostrophe ’ in titles, names and organisations alike.
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
)

__all__ = ["EXPECTED_PARTICIPANTS", "UID", "build"]

UID = "demo-uk-methodologists-2026"
EXPECTED_PARTICIPANTS = 35

_OBLAST = "Верхньобузька область"
_CITY = "Верхньобузьк"
_DAY = dt.date(2026, 11, 12)


def _org(full_name: str, short_name: str, city: str) -> DemoOrganisation:
    return DemoOrganisation(full_name=full_name, short_name=short_name, city=city, region=_OBLAST)


ORGANISER = _org(
    "Комунальний заклад «Верхньобузька обласна універсальна наукова бібліотека імені Марії Загірньої»",
    "Верхньобузька ОУНБ ім. М. Загірньої",
    _CITY,
)
_CULTURE_DEPT = _org(
    "Управління культури і туризму Верхньобузької обласної державної адміністрації",
    "Управління культури і туризму ОДА",
    _CITY,
)
_KAMIANOBRID = _org(
    "КУ «Кам’янобрідська публічна бібліотека» Кам’янобрідської сільської ради",
    "Кам’янобрідська публічна бібліотека",
    "с. Кам’яний Брід",
)
_OLSHANSK = _org(
    "КЗ «Централізована бібліотечна система міста Ольшанська»",
    "ЦБС м. Ольшанська",
    "Ольшанськ",
)
_ZELENOHAI = _org(
    "КЗК «Публічна бібліотека Зеленогаївської селищної ради»",
    "Публічна бібліотека Зеленогаївської ТГ",
    "селище Зелений Гай",
)
_NGO = _org(
    "Громадська організація «Бібліотечні ініціативи Надбужжя»",
    "ГО «Бібліотечні ініціативи Надбужжя»",
    _CITY,
)

# (organisation, mail domain, how many listeners)
_LISTENERS: tuple[tuple[DemoOrganisation, str, int], ...] = (
    (ORGANISER, "ounb-vb.example", 3),
    (_org("КЗ «Централізована бібліотечна система міста Верхньобузька»", "ЦБС м. Верхньобузька", _CITY),
     "cbs-vb.example", 3),
    (_OLSHANSK, "cbs-olshansk.example", 2),
    (_org("КЗ «Ясенівська централізована бібліотечна система» Ясенівської міської ради",
          "Ясенівська ЦБС", "Ясенів"), "cbs-yaseniv.example", 3),
    (_org("КЗК «Публічна бібліотека Підгаєцької селищної ради»",
          "Публічна бібліотека Підгаєцької ТГ", "селище Підгайці-Бузькі"), "pb-pidhaitsi.example", 2),
    (_org("КУ «Бібліотечна система Гончарівської міської територіальної громади»",
          "Бібліотечна система Гончарівської ТГ", "Гончарів"), "bs-honchariv.example", 3),
    (_org("КЗ «Централізована бібліотечна система Приозерної сільської ради»",
          "ЦБС Приозерної ТГ", "с. Приозерне"), "cbs-pryozerne.example", 2),
    (_ZELENOHAI, "pb-zelenyihai.example", 2),
    (_KAMIANOBRID, "pb-kamianobrid.example", 1),
    (_org("КЗК «Їжівська публічна бібліотека» Їжівської сільської ради",
          "Їжівська публічна бібліотека", "с. Їжівка"), "pb-yizhivka.example", 2),
    (_org("КЗ «Районна бібліотека для дітей міста Ольшанська»",
          "Бібліотека для дітей м. Ольшанська", "Ольшанськ"), "bd-olshansk.example", 2),
    (_org("КУ «Публічна бібліотека Дністрівської міської ради»",
          "Публічна бібліотека Дністрівської ТГ", "Дністрівськ"), "pb-dnistrivsk.example", 1),
)  # fmt: skip

# Female surname in -ів (a possessive form): not declined in Ukrainian.
_DEPUTY = DemoPerson(
    surname="Сергіїв",
    given_name="Оксана",
    patronymic="Богданівна",
    gender=Gender.FEMALE,
    position="заступниця директора з наукової роботи",
    organisation=ORGANISER,
    city=_CITY,
    email="serhiiv.ob@ounb-vb.example",
)
_KOVALENKO = DemoPerson(
    surname="Коваленко",
    given_name="Євгенія",
    patronymic="Іванівна",
    gender=Gender.FEMALE,
    position="головна спеціалістка відділу культурної політики",
    organisation=_CULTURE_DEPT,
    city=_CITY,
    email="kovalenko.yei@culture-vb.example",
)
# ґ twice, an apostrophe in the given name, a consonant-final female surname.
_HALAHAN = DemoPerson(
    surname="Ґалаґан",
    given_name="Мар’яна",
    patronymic="Сергіївна",
    gender=Gender.FEMALE,
    position="завідувачка відділу науково-методичної роботи",
    organisation=ORGANISER,
    city=_CITY,
    email="galagan.ms@ounb-vb.example",
)
# Male -ко surname, declined in Ukrainian; the hand-made dative picks «Андрію» over «Андрієві».
_SHEVCHENKO = DemoPerson(
    surname="Шевченко",
    given_name="Андрій",
    patronymic="Петрович",
    gender=Gender.MALE,
    position="завідувач сектору соціологічних досліджень",
    organisation=ORGANISER,
    city=_CITY,
    email="shevchenko.ap@ounb-vb.example",
    dative={Language.UK: "Шевченку Андрію Петровичу"},
)
_YAROSHENKO_BILOUS = DemoPerson(
    surname="Ярошенко-Білоус",
    given_name="Наталія",
    patronymic="Василівна",
    gender=Gender.FEMALE,
    position="провідна методистка відділу науково-методичної роботи",
    organisation=ORGANISER,
    city=_CITY,
    email="yaroshenko-bilous.nv@ounb-vb.example",
)
_VIUNYK = DemoPerson(
    surname="В’юник",
    given_name="Тетяна",
    patronymic="Григорівна",
    gender=Gender.FEMALE,
    position="директорка",
    organisation=_KAMIANOBRID,
    city="с. Кам’яний Брід",
    email="viunyk.th@pb-kamianobrid.example",
)
_BOICHUK = DemoPerson(
    surname="Бойчук",
    given_name="Ірина",
    patronymic="Миколаївна",
    gender=Gender.FEMALE,
    position="методистка",
    organisation=_OLSHANSK,
    city="Ольшанськ",
    email="boichuk.im@cbs-olshansk.example",
)
_YIZHAKEVYCH = DemoPerson(
    surname="Їжакевич",
    given_name="Олег",
    patronymic="Юрійович",
    gender=Gender.MALE,
    position="бібліотекар I категорії",
    organisation=_ZELENOHAI,
    city="селище Зелений Гай",
    email="yizhakevych.oyu@pb-zelenyihai.example",
)
# No patronymic: trainers from NGOs often sign without one.
_STEFANYSHYN = DemoPerson(
    surname="Стефанишин",
    given_name="Ольга",
    gender=Gender.FEMALE,
    position="тренерка",
    organisation=_NGO,
    city=_CITY,
    email="olha.stefanyshyn@bin-nadbuzhzhia.example",
)

_BLOCK_1 = DemoBlock(
    title="Блок «Методична служба: дані, стандарти, супровід»",
    starts_at=dt.datetime(2026, 11, 12, 10, 0),
    moderators=(_DEPUTY,),
    talks=(
        DemoTalk(
            "Публічна бібліотека в стратегії розвитку громади: нормативні орієнтири на 2027 рік",
            (_KOVALENKO,),
            mode=Mode.ONLINE,
        ),
        DemoTalk(
            "Звітність бібліотек громад за 2026 рік: типові помилки та як їх уникнути",
            (_HALAHAN,),
            mode=Mode.ONLINE,
        ),
        DemoTalk(
            "Онлайн-опитування користувачів: інструменти, вибірка, тлумачення результатів",
            (_SHEVCHENKO,),
            mode=Mode.ONLINE,
        ),
        DemoTalk(
            "Наставництво на відстані: супровід бібліотекарів, які щойно прийшли в професію",
            (_YAROSHENKO_BILOUS,),
            mode=Mode.ONLINE,
        ),
    ),
)

_BLOCK_2 = DemoBlock(
    title="Блок «Послуги для громади: досвід бібліотек області»",
    starts_at=dt.datetime(2026, 11, 12, 11, 40),
    moderators=(_HALAHAN,),
    talks=(
        DemoTalk(
            "Бібліотечний хаб у старостинському окрузі: перший рік роботи",
            (_VIUNYK,),
            mode=Mode.ONLINE,
        ),
        DemoTalk(
            "Цифрова грамотність для старшого віку: курс «Смартфон без страху»",
            (_BOICHUK,),
            mode=Mode.ONLINE,
        ),
        DemoTalk(
            "Краєзнавча онлайн-мапа громади: як залучити волонтерів і не загубити джерела",
            (_YIZHAKEVYCH,),
            mode=Mode.ONLINE,
        ),
        DemoTalk(
            "Фасилітація зустрічей із громадою: прості техніки для бібліотекарів",
            (_STEFANYSHYN,),
            mode=Mode.ONLINE,
        ),
    ),
)

_SPEAKERS = (
    _KOVALENKO,
    _HALAHAN,
    _SHEVCHENKO,
    _YAROSHENKO_BILOUS,
    _VIUNYK,
    _BOICHUK,
    _YIZHAKEVYCH,
    _STEFANYSHYN,
)

_METHODIST_POSITIONS = (
    "методист",
    "провідний методист",
    "завідувач методичного відділу",
    "завідувач відділу обслуговування",
    "бібліотекар I категорії",
    "провідний бібліотекар",
    "завідувач бібліотеки-філії",
)


def _participants() -> tuple[DemoParticipant, ...]:
    crowd = Crowd(2026_11_12, language=Language.UK, reserved=[*_SPEAKERS, _DEPUTY], female_share=0.9)
    result = [DemoParticipant(p, Role.SPEAKER, Mode.ONLINE) for p in _SPEAKERS]
    result.append(DemoParticipant(_DEPUTY, Role.MODERATOR, Mode.ONLINE))
    for org, domain, count in _LISTENERS:
        for i, person in enumerate(crowd.people(org, domain, count, _METHODIST_POSITIONS)):
            # One colleague of the host library keeps the video call running.
            role = Role.ORGANISER if org is ORGANISER and i == 0 else Role.PARTICIPANT
            result.append(DemoParticipant(person, role, Mode.ONLINE))
    return tuple(result)


_PREAMBLE = (
    "12 листопада 2026 року відділ науково-методичної роботи Верхньобузької обласної універсальної "
    "наукової бібліотеки імені Марії Загірньої провів онлайн-семінар для методистів «Якість бібліотечних "
    "послуг у громаді: вимірювання, аналіз, розвиток». У семінарі взяли участь 35 осіб — методисти міських "
    "і районних централізованих бібліотечних систем, фахівці публічних бібліотек територіальних громад, "
    "представники управління культури і туризму облдержадміністрації та громадської організації "
    "«Бібліотечні ініціативи Надбужжя».\n\n"
    "Семінар складався з двох блоків: «Методична служба: дані, стандарти, супровід» та «Послуги для "
    "громади: досвід бібліотек області». Заслухано 8 виступів."
)

_NOTED = (
    "Бібліотеки громад дедалі частіше стають місцем, де мешканці отримують не лише книжки, а й освітні, "
    "цифрові та краєзнавчі послуги; водночас ці послуги не завжди відображаються у звітності.",
    "Методисти потребують простих і надійних інструментів для опитування користувачів та аналізу даних, "
    "а новопризначені бібліотекарі — систематичного супроводу протягом першого року роботи.",
    "Учасники відзначили практичну спрямованість семінару та корисність досвіду колег з Кам’янобрідської, "
    "Ольшанської та Зеленогаївської громад.",
)

_RECOMMENDATIONS = (
    "Методистам ЦБС і бібліотек громад до 15 січня 2027 року перевірити звіти за 2026 рік з урахуванням "
    "роз’яснень, наданих на семінарі.",
    "Провести у першому кварталі 2027 року обласне онлайн-опитування користувачів публічних бібліотек за "
    "єдиною анкетою обласної бібліотеки.",
    "Запровадити в кожній ЦБС наставництво для бібліотекарів зі стажем роботи до одного року.",
    "Поширити досвід бібліотечних хабів і курсів цифрової грамотності для людей старшого віку на інші громади області.",
)


def build() -> DemoSeminar:
    participants = _participants()
    if len(participants) != EXPECTED_PARTICIPANTS:
        raise AssertionError(f"Ukrainian demo: {len(participants)} participants, the report says 35")
    return DemoSeminar(
        uid=UID,
        title="Якість бібліотечних послуг у громаді: вимірювання, аналіз, розвиток",
        subtitle="Онлайн-семінар для методистів",
        kind=SeminarKind.SEMINAR,
        format=EventFormat.ONLINE,
        starts_at=dt.datetime(2026, 11, 12, 10, 0),
        ends_at=dt.datetime(2026, 11, 12, 13, 30),
        language=Language.UK,
        status=SeminarStatus.HELD,
        organiser=ORGANISER,
        organiser_department="Відділ науково-методичної роботи",
        stream_url="https://meet.ounb-vb.example/metodyst-2026-11",
        recording_url="https://video.ounb-vb.example/metodyst-2026-11",
        registration_url="https://ounb-vb.example/seminary/metodyst-2026-11",
        academic_hours=4.0,
        audience="Методисти міських і районних ЦБС, фахівці публічних бібліотек територіальних громад",
        notes="Посилання на відеоконференцію надіслано зареєстрованим учасникам за день до семінару.",
        partners=((_CULTURE_DEPT, PartnerRole.PARTNER),),
        blocks=(_BLOCK_1, _BLOCK_2),
        participants=participants,
        resolution_preamble=_PREAMBLE,
        resolution_items=(
            *((ResolutionSection.NOTED, text) for text in _NOTED),
            *((ResolutionSection.RECOMMENDATION, text) for text in _RECOMMENDATIONS),
        ),
        resolution_adopted_on=_DAY,
    )
