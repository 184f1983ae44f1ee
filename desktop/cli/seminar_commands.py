"""Commands about whole seminars and the directory: demo, seminars, people, export/import json."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.cli.common import Subcommands, read_text, write_text
from desktop.domain.enums import SeminarKind, SeminarStatus
from desktop.storage.database import Database


def register(sub: Subcommands) -> None:
    demo = sub.commands.add_parser("demo", help="add the three demo seminars (running it again adds nothing)")
    demo.set_defaults(handler=_demo)

    seminars = sub.commands.add_parser("seminars", help="list the seminars with counts of talks and participants")
    seminars.add_argument("--json", action="store_true", help="print JSON for scripts")
    seminars.add_argument("--search", default="", metavar="TEXT", help="only titles containing TEXT")
    seminars.add_argument("--year", type=int, help="only seminars that start in this year")
    seminars.add_argument("--status", choices=[s.value for s in SeminarStatus])
    seminars.add_argument("--kind", choices=[k.value for k in SeminarKind])
    seminars.set_defaults(handler=_seminars)

    people = sub.commands.add_parser("people", help="find people in the directory (case and ё do not matter)")
    people.add_argument("search", nargs="?", default="", help="words of the name or e-mail")
    people.add_argument("--json", action="store_true", help="print JSON for scripts")
    people.set_defaults(handler=_people)

    export_json = sub.export.add_parser("json", help="the whole seminar in the JSON exchange format")
    export_json.add_argument("--seminar", type=int, required=True, metavar="ID", help="the seminar's number")
    export_json.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write ('-': stdout)")
    export_json.set_defaults(handler=_export_json)

    import_seminar = sub.imports.add_parser("seminar", help="a seminar in the JSON exchange format")
    import_seminar.add_argument("file", metavar="FILE")
    import_seminar.add_argument(
        "--as-copy",
        action="store_true",
        help="import a seminar that is already in the database as a new copy",
    )
    import_seminar.set_defaults(handler=_import_seminar)


def _demo(db: Database | None, _args: argparse.Namespace) -> None:
    from desktop.services.demo import load_demo

    assert db is not None
    with db.transaction() as session:
        results = load_demo(session)
    for result in results:
        state = "added" if result.created else "already there"
        print(f"{result.seminar_id:>5}  {state:<13}  {result.title}")


def _seminars(db: Database | None, args: argparse.Namespace) -> None:
    from desktop.services.seminars import list_seminars

    assert db is not None
    with db.transaction() as session:
        rows = list_seminars(
            session,
            query=args.search,
            year=args.year,
            status=SeminarStatus(args.status) if args.status else None,
            kind=SeminarKind(args.kind) if args.kind else None,
        )
    if args.json:
        items = [
            {
                "id": r.id,
                "uid": r.uid,
                "title": r.title,
                "kind": r.kind.value,
                "format": r.format.value,
                "starts_at": r.starts_at.isoformat(),
                "ends_at": r.ends_at.isoformat(),
                "status": r.status.value,
                "language": r.language.value,
                "talk_count": r.talk_count,
                "participant_count": r.participant_count,
            }
            for r in rows
        ]
        print(json.dumps({"seminars": items}, ensure_ascii=False, indent=2))
        return
    if not rows:
        print("no seminars")
        return
    print(f"{'id':>5}  {'dates':<23}  {'kind':<12}  {'format':<9}  {'status':<17}  talks  people  title")
    for r in rows:
        dates = f"{r.starts_at:%Y-%m-%d %H:%M}"
        if r.ends_at.date() != r.starts_at.date():
            dates += f"–{r.ends_at:%m-%d}"
        print(
            f"{r.id:>5}  {dates:<23}  {r.kind.value:<12}  {r.format.value:<9}  {r.status.value:<17}"
            f"  {r.talk_count:>5}  {r.participant_count:>6}  {r.title}"
        )


def _people(db: Database | None, args: argparse.Namespace) -> None:
    from desktop.services.people import search_people

    assert db is not None
    with db.transaction() as session:
        rows = search_people(session, args.search)
    if args.json:
        items = [
            {
                "id": p.id,
                "full_name": p.full_name,
                "gender": p.gender.value,
                "position": p.position,
                "organisation": p.organisation_name,
                "email": p.email,
            }
            for p in rows
        ]
        print(json.dumps({"people": items}, ensure_ascii=False, indent=2))
        return
    for p in rows:
        print(f"{p.id:>6}  {p.full_name}" + (f" — {p.organisation_name}" if p.organisation_name else ""))
    print(f"{len(rows)} found", file=sys.stderr)


def _export_json(db: Database | None, args: argparse.Namespace) -> None:
    from desktop.services.exchange import dumps, export_seminar

    assert db is not None
    with db.transaction() as session:
        document = export_seminar(session, args.seminar)
    write_text(args.output, dumps(document))


def _import_seminar(db: Database | None, args: argparse.Namespace) -> None:
    from desktop.services.exchange import import_seminar, loads

    assert db is not None
    document = loads(read_text(args.file))
    with db.transaction() as session:
        seminar_id, warnings = import_seminar(session, document, as_copy=args.as_copy)
    for warning in warnings:
        print(f"kafedra: warning: {warning}", file=sys.stderr)
    print(f"imported as seminar {seminar_id}")
