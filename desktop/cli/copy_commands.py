"""`kafedra copy-db`: move a whole department database between a SQLite file and a PostgreSQL server."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.cli.common import Subcommands
from desktop.storage.database import Database


def register(sub: Subcommands) -> None:
    copy = sub.commands.add_parser(
        "copy-db",
        help="copy a whole database (a SQLite file or a PostgreSQL server) into another, keeping every id",
        description=(
            "Copy every table, row for row with the same ids, from one database into another and check the counts"
            " of rows per table before committing; the copy is whole or nothing. The target is a new SQLite file or"
            " an empty PostgreSQL database (the schema is created there); a target that already holds data is"
            " refused unless --replace is given."
        ),
    )
    copy.add_argument(
        "--from",
        dest="source",
        metavar="SOURCE",
        help="the database to copy: a file or a URL (default: the one --db names, or your own)",
    )
    copy.add_argument(
        "--to",
        dest="target",
        required=True,
        metavar="TARGET",
        help="where to copy it: a new file, or a URL such as postgresql+psycopg://user@host/kafedra",
    )
    copy.add_argument(
        "--replace", action="store_true", help="delete what the target holds before copying (default: refuse)"
    )
    copy.add_argument("--json", action="store_true", help="print JSON for scripts")
    copy.set_defaults(handler=_copy, opens_db=False)


def _copy(_db: Database | None, args: argparse.Namespace) -> None:
    from desktop.storage.copying import copy_database

    source = args.source or str(args.db_target)
    report = copy_database(source, args.target, replace=args.replace)
    if args.json:
        document = {
            "source": report.source,
            "target": report.target,
            "replaced_rows": report.replaced,
            "tables": {t.table: t.rows for t in report.tables},
            "rows": report.rows,
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return
    width = max(len(t.table) for t in report.tables)
    for t in report.tables:
        print(f"{t.table:<{width}}  {t.rows:>8}")
    if report.replaced:
        print(f"{report.replaced} rows that were in the target before were deleted", file=sys.stderr)
    print(f"copied {report.rows} rows from {report.source} to {report.target}; every table's count matches")
