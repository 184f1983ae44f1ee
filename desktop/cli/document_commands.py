"""`kafedra export KIND --seminar ID --format pdf|docx -o PATH`: programmes, certificates, resolutions,
attendance sheets and badges, from the same registry the desktop window uses.

Only the names of the kinds are loaded to build the parser; Babel, the declension libraries, reportlab and
python-docx load when a document is actually made, so `kafedra seminars` stays quick.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import CliError, Subcommands, write_bytes
from desktop.documents.registry import KINDS, Format
from desktop.storage.database import Database


def register(sub: Subcommands) -> None:
    for kind in KINDS:
        parser = sub.export.add_parser(kind.identifier, help=kind.name, description=f"Write {kind.name}.")
        parser.add_argument("--seminar", type=int, required=True, metavar="ID", help="the seminar's number")
        parser.add_argument(
            "--format",
            choices=[f.value for f in kind.formats],
            help="pdf or docx (default: from the output's extension, else pdf)",
        )
        parser.add_argument(
            "-o",
            "--output",
            required=True,
            metavar="PATH",
            help="the file to write ('-': stdout)" + ("; with --per-person, a folder" if kind.per_person else ""),
        )
        if kind.per_person:
            parser.add_argument(
                "--per-person", action="store_true", help="one file per person (for e-mailing) in the folder -o names"
            )
            parser.add_argument(
                "--all-registered",
                action="store_true",
                help="certificates for everyone registered, even when attendance was marked",
            )
            parser.add_argument(
                "--no-numbers",
                action="store_true",
                help="do not issue register numbers now (a draft: certificates without a number show none)",
            )
        if kind.identifier == "badges":
            parser.add_argument("--per-page", type=int, choices=(8, 6), default=8, help="badges on one A4 sheet")
        parser.set_defaults(handler=_export, parser=parser, kind=kind.identifier)


def _format(args: argparse.Namespace) -> Format:
    if args.format:
        return Format(args.format)
    suffix = Path(args.output).suffix.lower().lstrip(".")
    return Format(suffix) if suffix in {f.value for f in Format} else Format.PDF


def _export(db: Database | None, args: argparse.Namespace) -> None:
    from desktop.documents.prepared import ExportOptions
    from desktop.documents.registry import prepare, render_files

    assert db is not None
    per_person = getattr(args, "per_person", False)
    if per_person and args.output == "-":
        args.parser.error("--per-person writes a folder of files: -o must name a folder, not '-'")
    options = ExportOptions(
        issue_numbers=not getattr(args, "no_numbers", False),
        attended_only=False if getattr(args, "all_registered", False) else None,
        badges_per_page=getattr(args, "per_page", 8),
    )
    with db.transaction() as session:
        # certificate numbers are issued (and committed) here, before rendering: a number once given is
        # the person's for good, and exporting again prints the same one
        prepared = prepare(session, args.kind, args.seminar, options)
    for warning in prepared.warnings:
        print(f"kafedra: warning: {' '.join(warning.split())}", file=sys.stderr)
    files = render_files(args.kind, prepared, _format(args), per_person=per_person)
    if not per_person:
        write_bytes(args.output, files[0].data)
        return
    folder = Path(args.output)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"{folder}: cannot create the folder ({exc.strerror or exc})") from exc
    for file in files:
        write_bytes(str(folder / file.name), file.data)
    print(f"{len(files)} files written to {folder}")
