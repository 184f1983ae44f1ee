"""The `kafedra` command. It shares the services with the desktop window and never imports Qt."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from desktop import __version__
from desktop.domain.enums import SeminarKind, SeminarStatus
from desktop.domain.errors import KafedraError
from desktop.paths import DB_ENV, database_target, log_folder
from desktop.storage.database import Database, open_database

EXIT_OK, EXIT_DATA_ERROR, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("kafedra")


class CliError(KafedraError):
    """A failure of the command line itself (an unreadable input file, an unwritable output)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kafedra",
        description="Kafedra plans seminars, conferences and webinars offline and produces their papers.",
        epilog=(
            f"The database is a SQLite file: --db PATH, or the {DB_ENV} environment variable, or by default "
            "kafedra.sqlite3 in your user data folder. Exit status: 0 done, 1 a data error, 2 a usage error."
        ),
    )
    parser.add_argument("--version", action="version", version=f"kafedra {__version__}")
    parser.add_argument("--db", metavar="PATH", help="the database file (or a SQLAlchemy URL) to work on")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("demo", help="add the three demo seminars (running it again adds nothing)")

    seminars = commands.add_parser("seminars", help="list the seminars with counts of talks and participants")
    seminars.add_argument("--json", action="store_true", help="print JSON for scripts")
    seminars.add_argument("--search", default="", metavar="TEXT", help="only titles containing TEXT")
    seminars.add_argument("--year", type=int, help="only seminars that start in this year")
    seminars.add_argument("--status", choices=[s.value for s in SeminarStatus])
    seminars.add_argument("--kind", choices=[k.value for k in SeminarKind])

    people = commands.add_parser("people", help="find people in the directory (case and ё do not matter)")
    people.add_argument("search", nargs="?", default="", help="words of the name or e-mail")
    people.add_argument("--json", action="store_true", help="print JSON for scripts")

    export = commands.add_parser("export", help="write a seminar to a file")
    export_kinds = export.add_subparsers(dest="what", metavar="FORMAT", required=True)
    export_json = export_kinds.add_parser("json", help="the whole seminar in the JSON exchange format")
    export_json.add_argument("--seminar", type=int, required=True, metavar="ID", help="the seminar's number")
    export_json.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="where to write ('-': stdout)"
    )

    imp = commands.add_parser("import", help="read a seminar from a file")
    import_kinds = imp.add_subparsers(dest="what", metavar="WHAT", required=True)
    import_seminar = import_kinds.add_parser("seminar", help="a seminar in the JSON exchange format")
    import_seminar.add_argument("file", metavar="FILE")
    import_seminar.add_argument(
        "--as-copy",
        action="store_true",
        help="import a seminar that is already in the database as a new copy",
    )
    return parser


# --- commands ----------------------------------------------------------------------------------------


def _cmd_demo(db: Database, _args: argparse.Namespace) -> None:
    from desktop.services.demo import load_demo

    with db.transaction() as session:
        results = load_demo(session)
    for result in results:
        state = "added" if result.created else "already there"
        print(f"{result.seminar_id:>5}  {state:<13}  {result.title}")


def _cmd_seminars(db: Database, args: argparse.Namespace) -> None:
    from desktop.services.seminars import list_seminars

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
        dates = f"{r.starts_at:%Y-%m-%d %H:%M}" + (
            f"–{r.ends_at:%m-%d}" if r.ends_at.date() != r.starts_at.date() else ""
        )
        print(
            f"{r.id:>5}  {dates:<23}  {r.kind.value:<12}  {r.format.value:<9}  {r.status.value:<17}"
            f"  {r.talk_count:>5}  {r.participant_count:>6}  {r.title}"
        )


def _cmd_people(db: Database, args: argparse.Namespace) -> None:
    from desktop.services.people import search_people

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


def _cmd_export(db: Database, args: argparse.Namespace) -> None:
    from desktop.services.exchange import dumps, export_seminar

    with db.transaction() as session:
        document = export_seminar(session, args.seminar)
    _write_text(args.output, dumps(document))


def _cmd_import(db: Database, args: argparse.Namespace) -> None:
    from desktop.services.exchange import import_seminar, loads

    document = loads(_read_text(args.file))
    with db.transaction() as session:
        seminar_id, warnings = import_seminar(session, document, as_copy=args.as_copy)
    for warning in warnings:
        print(f"kafedra: warning: {warning}", file=sys.stderr)
    print(f"imported as seminar {seminar_id}")


COMMANDS: dict[str, Callable[[Database, argparse.Namespace], None]] = {
    "demo": _cmd_demo,
    "seminars": _cmd_seminars,
    "people": _cmd_people,
    "export": _cmd_export,
    "import": _cmd_import,
}


# --- files -------------------------------------------------------------------------------------------


def _read_text(name: str) -> str:
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise CliError(f"{name}: cannot read the file ({exc.strerror or exc})") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(f"{name}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from exc


def _write_text(name: str, text: str) -> None:
    """Write via a temporary file in the same folder, so a failed write never leaves half a file."""
    if name == "-":
        sys.stdout.write(text)
        return
    target = Path(name)
    temporary: str | None = None
    try:
        fd, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", dir=target.parent if str(target.parent) else "."
        )
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except OSError as exc:
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)
        raise CliError(f"{name}: cannot write the file ({exc.strerror or exc})") from exc


# --- entry point -------------------------------------------------------------------------------------


def _log_crash() -> Path | None:
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "kafedra-cli.log"
        with path.open("a", encoding="utf-8") as stream:
            stream.write(
                f"--- {dt.datetime.now().isoformat()} kafedra {__version__}\n{traceback.format_exc()}\n"
            )
        return path
    except OSError:
        return None


def _fail(message: str) -> int:
    print(f"kafedra: error: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_DATA_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    target, is_default = database_target(args.db)
    db: Database | None = None
    try:
        db = open_database(target, create_folder=is_default)
        COMMANDS[args.command](db, args)
    except KafedraError as exc:
        return _fail(str(exc))
    except OperationalError as exc:
        where = db.label if db else target
        return _fail(f"{where}: the database could not be written or read ({exc.orig})")
    except SQLAlchemyError as exc:
        log_path = _log_crash()
        return _fail(f"database failure ({exc.__class__.__name__}); details in {log_path}")
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last resort: one line for the user, the traceback to the log
        log_path = _log_crash()
        return _fail(f"unexpected failure ({exc.__class__.__name__}: {exc}); details in {log_path}")
    finally:
        if db is not None:
            db.dispose()
    return EXIT_OK
