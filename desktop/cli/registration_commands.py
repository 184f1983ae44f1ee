"""`kafedra import participants`: registrations from a CSV or spreadsheet into a seminar, never asking a question."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.cli.common import Subcommands
from desktop.storage.database import Database


def register(sub: Subcommands) -> None:
    participants = sub.imports.add_parser(
        "participants",
        help="registrations from a CSV, XLSX or XLS file (columns are mapped automatically)",
        description=(
            "Add the people of a registration table to a seminar. Columns are recognised by their headers"
            " (Russian, Ukrainian or English); people already in the directory are matched, not doubled."
            " Everything is written in one transaction: on any error nothing changes."
        ),
    )
    participants.add_argument("--seminar", type=int, required=True, metavar="ID", help="the seminar's number")
    participants.add_argument("file", metavar="FILE", help="a .csv, .xlsx, .xls or .ods file")
    participants.add_argument("--dry-run", action="store_true", help="show what would happen and change nothing")
    participants.add_argument("--json", action="store_true", help="print the counts and the row report as JSON")
    participants.set_defaults(handler=_import_participants)


def _import_participants(db: Database | None, args: argparse.Namespace) -> None:
    from desktop.importing.memory import MappingMemory
    from desktop.services.registrations import import_registrations, open_registrations

    assert db is not None
    # the mapping the user last confirmed in the window for these headers, else the guess
    source = open_registrations(args.file, MappingMemory())
    with db.transaction() as session:
        plan, result = import_registrations(session, args.seminar, source, dry_run=args.dry_run)
    counts, notes = result.counts, result.notes
    if args.json:
        report = {
            "seminar": args.seminar,
            "dry_run": args.dry_run,
            "columns": {h: f.value for h, f in zip(source.table.headers, plan.mapping.fields, strict=True) if f},
            "counts": {
                "rows": counts.rows,
                "added": counts.added,
                "matched": counts.matched,
                "merged": counts.merged,
                "skipped": counts.skipped,
                "already_registered": counts.already_registered,
                "registered": counts.registered,
                "blank": counts.blank,
            },
            "report": [{"row": n.row, "kind": n.kind.value, "message": n.message} for n in notes],
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    print("columns: " + "; ".join(plan.mapping.describe(source.table.headers)), file=sys.stderr)
    out = sys.stdout
    for note in notes:
        out.write(f"{note}\n")
    prefix = "dry run, nothing changed: would have " if args.dry_run else ""
    out.write(f"{prefix}{counts.summary()} (seminar {args.seminar}, {counts.rows} rows read)\n")
