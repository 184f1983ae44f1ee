"""The document kinds Kafedra produces, in one tuple: the CLI's `export KIND` and the GUI's Documents tab list
these, so the two can never offer different documents.

Each kind has an identifier, names for people, a file-name pattern, the formats it comes in and the function
that prepares it from the database. An export is two steps, so the GUI can run the first on its database
worker and the second (the slow one) with a progress bar and Cancel:

    prepared = prepare(session, "certificates", seminar_id)        # reads, issues numbers, builds the spec
    files = render_files(prepared, Format.PDF, per_person=False)   # bytes; no database needed
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from desktop.documents.filenames import safe_stem, unique
from desktop.documents.prepared import ExportOptions, Prepared
from desktop.documents.spec import DocumentSpec
from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError

Progress = Callable[[int, int], None]
Prepare = Callable[[Session, int, ExportOptions], Prepared]


def _lazy(function_name: str) -> Prepare:
    """The builders load Babel and the declension libraries: only when a document is actually made."""

    def prepare(session: Session, seminar_id: int, options: ExportOptions) -> Prepared:
        from desktop.documents import preparation

        function: Prepare = getattr(preparation, function_name)
        return function(session, seminar_id, options)

    return prepare


class Format(StrEnum):
    PDF = "pdf"
    DOCX = "docx"


@dataclass(frozen=True)
class DocumentKind:
    identifier: str  # `kafedra export IDENTIFIER`
    name: str  # English, for the CLI's help
    names: dict[Language, str]  # in the document's language: file names, the GUI's list
    file_pattern: str  # filled with {date}, {name}, {title}
    formats: tuple[Format, ...]
    per_person: bool  # can also be written as one file per person
    prepare: Prepare

    def file_stem(self, prepared: Prepared) -> str:
        language = prepared.spec.meta.language
        title = prepared.seminar_title
        title = title if len(title) <= 60 else title[:60].rsplit(" ", 1)[0]
        stem = self.file_pattern.format(date=prepared.seminar_date.isoformat(), name=self.names[language], title=title)
        return safe_stem(stem)


_BOTH = (Format.PDF, Format.DOCX)
_PATTERN = "{date} {name} — {title}"

KINDS: tuple[DocumentKind, ...] = (
    DocumentKind(
        "programme",
        "the programme: blocks, talks, times, speakers",
        {Language.RU: "Программа", Language.UK: "Програма", Language.EN: "Programme"},
        _PATTERN,
        _BOTH,
        False,
        _lazy("prepare_programme"),
    ),
    DocumentKind(
        "certificates",
        "certificates for everyone who took part (speakers' name their talk); numbers from the register",
        {Language.RU: "Сертификаты", Language.UK: "Сертифікати", Language.EN: "Certificates"},
        _PATTERN,
        _BOTH,
        True,
        _lazy("prepare_certificates"),
    ),
    DocumentKind(
        "speaker-certificates",
        "certificates for the speakers only, naming their talks",
        {
            Language.RU: "Сертификаты докладчиков",
            Language.UK: "Сертифікати доповідачів",
            Language.EN: "Speaker certificates",
        },
        _PATTERN,
        _BOTH,
        True,
        _lazy("prepare_speaker_certificates"),
    ),
    DocumentKind(
        "resolution",
        "the resolution: preamble with counts, talks heard, recommendations",
        {Language.RU: "Резолюция", Language.UK: "Резолюція", Language.EN: "Resolution"},
        _PATTERN,
        _BOTH,
        False,
        _lazy("prepare_resolution"),
    ),
    DocumentKind(
        "attendance",
        "the attendance sheet with room to sign",
        {Language.RU: "Лист регистрации", Language.UK: "Реєстраційний лист", Language.EN: "Attendance sheet"},
        _PATTERN,
        _BOTH,
        False,
        _lazy("prepare_attendance"),
    ),
    DocumentKind(
        "badges",
        "badges, 8 or 6 to an A4 sheet, with lines to cut along",
        {Language.RU: "Бейджи", Language.UK: "Бейджі", Language.EN: "Badges"},
        _PATTERN,
        _BOTH,
        False,
        _lazy("prepare_badges"),
    ),
)


def kind_named(identifier: str) -> DocumentKind:
    for kind in KINDS:
        if kind.identifier == identifier:
            return kind
    known = ", ".join(k.identifier for k in KINDS)
    raise ValidationError(f"no document kind «{identifier}»; Kafedra makes {known}", "kind")


def prepare(session: Session, identifier: str, seminar_id: int, options: ExportOptions | None = None) -> Prepared:
    """Read what the document needs (and, for certificates, issue numbers) inside the caller's transaction."""
    return kind_named(identifier).prepare(session, seminar_id, options or ExportOptions())


def render(spec: DocumentSpec, fmt: Format, progress: Progress | None = None) -> bytes:
    """The spec as file content; reportlab and python-docx are imported only here, when a document is made."""
    if fmt is Format.PDF:
        from desktop.documents.render.pdf import render_pdf

        return render_pdf(spec, progress)
    from desktop.documents.render.docx_writer import render_docx

    return render_docx(spec, progress)


@dataclass(frozen=True)
class OutputFile:
    name: str  # a safe file name with its extension, no folder
    data: bytes


def render_files(
    identifier: str, prepared: Prepared, fmt: Format, *, per_person: bool = False, progress: Progress | None = None
) -> list[OutputFile]:
    """One file with every page, or (for certificates) one file per person."""
    kind = kind_named(identifier)
    if not per_person:
        return [OutputFile(f"{kind.file_stem(prepared)}.{fmt.value}", render(prepared.spec, fmt, progress))]
    if not kind.per_person:
        raise ValidationError(f"{identifier} cannot be written one file per person", "per_person")
    stems = unique(safe_stem(part.stem, fallback="certificate") for part in prepared.parts)
    files = []
    for done, (stem, part) in enumerate(zip(stems, prepared.parts, strict=True), start=1):
        files.append(OutputFile(f"{stem}.{fmt.value}", render(part.spec, fmt)))
        if progress is not None:
            progress(done, len(prepared.parts))
    return files
