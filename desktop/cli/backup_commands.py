"""`kafedra backup` and `kafedra restore`: consistent copies of the database file, and putting one back."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import CliError, Subcommands
from desktop.storage.database import Database, parse_target


def register(sub: Subcommands) -> None:
    backup = sub.commands.add_parser(
        "backup", help="write a consistent copy of the database (safe while Kafedra is open)"
    )
    backup.add_argument("-o", "--output", required=True, metavar="FILE", help="the backup file to write")
    # neither command opens the database the usual way: that could upgrade it before it is copied or replaced
    backup.set_defaults(handler=_backup, opens_db=False)

    restore = sub.commands.add_parser(
        "restore", help="replace the database with a backup (the current file is kept aside, never overwritten)"
    )
    restore.add_argument("file", metavar="FILE", help="a backup written by `kafedra backup` or by the app")
    restore.set_defaults(handler=_restore, opens_db=False)


def _database_file(args: argparse.Namespace) -> Path:
    _url, path = parse_target(args.db_target)
    if path is None:
        raise CliError(
            f"{args.db_target}: this command backs up SQLite database files only; back up a server database "
            "with pg_dump, or copy it into a file with `kafedra copy-db --to FILE`"
        )
    return path


def _backup(_db: Database | None, args: argparse.Namespace) -> None:
    from desktop.services.backup import backup_database

    database = _database_file(args)
    if not database.exists():
        raise CliError(f"{database}: no such database")
    target = backup_database(database, Path(args.output).expanduser().absolute())
    print(f"backup written to {target}")


def _restore(_db: Database | None, args: argparse.Namespace) -> None:
    from desktop.services.backup import restore_database

    source = Path(args.file).expanduser().absolute()
    if not source.is_file():
        raise CliError(f"{args.file}: no such file")
    result = restore_database(source, _database_file(args))
    print(f"restored {source} into {result.database} (schema {result.revision})")
    if result.kept_aside:
        print(f"the previous database is kept at {result.kept_aside}")
