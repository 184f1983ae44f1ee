"""The entry point: build the parser from the command modules, open the database, run, report errors."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from desktop import __version__
from desktop.domain.errors import KafedraError
from desktop.paths import DB_ENV, database_target, log_folder
from desktop.storage.database import Database, open_database

EXIT_OK, EXIT_DATA_ERROR, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("kafedra")

# each module adds its commands; the order here is the order of `kafedra --help`. They are imported only to
# build the full parser: the window (no command) does not need them, and they bring the documents along.
COMMAND_MODULES = (
    "seminar_commands",
    "registration_commands",
    "export_commands",
    "document_commands",
    "backup_commands",
    "copy_commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kafedra",
        description="Kafedra plans seminars, conferences and webinars offline and produces their papers.",
        epilog=(
            f"The database is a SQLite file: --db PATH, or the {DB_ENV} environment variable, or by default "
            "kafedra.sqlite3 in your user data folder; or a department's PostgreSQL server: --db "
            "postgresql+psycopg://USER@HOST:PORT/DATABASE (the password from the URL, PGPASSWORD, ~/.pgpass or the "
            "system keyring). Exit status: 0 done, 1 a data error, 2 a usage error."
        ),
    )
    parser.add_argument("--version", action="version", version=f"kafedra {__version__}")
    parser.add_argument("--db", metavar="PATH", help="the database file (or a SQLAlchemy URL) to work on")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=(
            "check this installation and exit: open the window offscreen on a temporary demo database, write a "
            "certificate PDF there and check its fonts and Cyrillic text (prints one line; exit 0 when all is well)"
        ),
    )
    from desktop.cli.common import Subcommands

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser("export", help="write a seminar, a document or a list to a file")
    imports = commands.add_parser("import", help="read a seminar or a list from a file")
    sub = Subcommands(
        commands=commands,
        export=export.add_subparsers(dest="what", metavar="WHAT", required=True),
        imports=imports.add_subparsers(dest="what", metavar="WHAT", required=True),
    )
    for name in COMMAND_MODULES:
        importlib.import_module(f"desktop.cli.{name}").register(sub)
    return parser


def _log_crash() -> Path | None:
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "kafedra-cli.log"
        with path.open("a", encoding="utf-8") as stream:
            stream.write(f"--- {dt.datetime.now().isoformat()} kafedra {__version__}\n{traceback.format_exc()}\n")
        return path
    except OSError:
        return None


def _fail(message: str) -> int:
    print(f"kafedra: error: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_DATA_ERROR


def _no_display() -> bool:
    """On Linux without X11 or Wayland, Qt would abort with its own plugin message; say it in our words."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _window_only(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """`kafedra` or `kafedra --db PATH` opens the window: parsed without importing every command's module, so
    the window starts sooner. Anything else (a command, --help, --version, a typo) goes to the full parser."""
    pre = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    pre.add_argument("--db")
    try:
        args, rest = pre.parse_known_args(argv)
    except argparse.ArgumentError:  # e.g. --db without a path: the full parser says it in its words
        return None
    if rest:
        return None
    args.command, args.smoke_test = None, False
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = _window_only(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if args.smoke_test:
        if args.command is not None or args.db is not None:
            build_parser().error(
                "--smoke-test works on a temporary database of its own: give it no --db and no command"
            )
        from desktop.gui.smoke import run_smoke_test  # Qt is loaded only here and for the window

        return run_smoke_test()
    target, is_default = database_target(args.db)
    if args.command is None:
        if _no_display():
            return _fail("no graphical display for the window (DISPLAY is not set); the commands work without one")
        from desktop.gui import run as run_window  # Qt is loaded only for the window, never for commands

        return run_window(target, is_default)
    args.db_target, args.db_is_default = target, is_default
    db: Database | None = None
    try:
        if getattr(args, "opens_db", True):
            db = open_database(target, create_folder=is_default)
        args.handler(db, args)
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
    except BrokenPipeError:
        # the reader went away (`kafedra seminars | head`): not an error; keep Python quiet at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # the last resort: one line for the user, the traceback to the log
        log_path = _log_crash()
        return _fail(f"unexpected failure ({exc.__class__.__name__}: {exc}); details in {log_path}")
    finally:
        if db is not None:
            db.dispose()
    return EXIT_OK
