"""`kafedra export participants|register|ics|frab`: lists and the programme as files for other programs."""

from __future__ import annotations

import argparse

from desktop.cli.common import Subcommands, write_bytes
from desktop.domain.enums import Language
from desktop.storage.database import Database

_FORMATS = ("csv", "xlsx")


def register(sub: Subcommands) -> None:
    participants = sub.export.add_parser("participants", help="the participant list as CSV (for Excel) or XLSX")
    participants.add_argument("--seminar", type=int, required=True, metavar="ID", help="the seminar's number")
    participants.add_argument("--format", choices=_FORMATS, default="csv", help="csv (UTF-8 with BOM, ';') or xlsx")
    participants.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write ('-': stdout)")
    participants.set_defaults(handler=_participants)

    register_parser = sub.export.add_parser("register", help="the certificate register as CSV or XLSX")
    register_parser.add_argument("--format", choices=_FORMATS, default="csv", help="csv or xlsx")
    register_parser.add_argument("--year", type=int, help="only certificates issued in this year")
    register_parser.add_argument(
        "--language", choices=[lang.value for lang in Language], default="ru", help="language of the headings"
    )
    register_parser.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write ('-': stdout)")
    register_parser.set_defaults(handler=_register)

    for name, help_text, handler in (
        ("ics", "the programme as an iCalendar file (one event per talk)", _ics),
        ("frab", "the programme as frab-compatible schedule.xml", _frab),
    ):
        parser = sub.export.add_parser(name, help=help_text)
        parser.add_argument("--seminar", type=int, required=True, metavar="ID", help="the seminar's number")
        parser.add_argument(
            "--tz", metavar="ZONE", help="the seminar's time zone, e.g. Europe/Kyiv (default: this computer's zone)"
        )
        parser.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write ('-': stdout)")
        parser.set_defaults(handler=handler)


def _participants(db: Database | None, args: argparse.Namespace) -> None:
    from desktop.exports.lists import participants_table
    from desktop.services.listings import participant_list

    assert db is not None
    with db.transaction() as session:
        data = participant_list(session, args.seminar)
    write_bytes(args.output, participants_table(data, args.format))


def _register(db: Database | None, args: argparse.Namespace) -> None:
    from desktop.exports.lists import register_table
    from desktop.services.certificates import list_register

    assert db is not None
    with db.transaction() as session:
        records = list_register(session, year=args.year)
    write_bytes(args.output, register_table(records, args.format, Language(args.language)))


def _programme_export(db: Database | None, args: argparse.Namespace, kind: str) -> None:
    from desktop.exports.frab import programme_frab
    from desktop.exports.icalendar import programme_ics
    from desktop.exports.programme import local_zone, zone_named
    from desktop.services.programme import get_programme
    from desktop.services.seminars import get_seminar

    assert db is not None
    zone = zone_named(args.tz) if args.tz else local_zone()
    with db.transaction() as session:
        seminar = get_seminar(session, args.seminar)
        programme = get_programme(session, args.seminar)
    render = programme_ics if kind == "ics" else programme_frab
    write_bytes(args.output, render(seminar, programme.loose_talks, programme.blocks, zone))


def _ics(db: Database | None, args: argparse.Namespace) -> None:
    _programme_export(db, args, "ics")


def _frab(db: Database | None, args: argparse.Namespace) -> None:
    _programme_export(db, args, "frab")
