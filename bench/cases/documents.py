"""Documents through Kafedra's real exporter from a real database, against the plain libraries.

Ours: `prepare` (reads, declines names, issues numbers) and `render_files`, as `kafedra export` runs them.
Baselines draw the same pages with the same fonts: a reportlab canvas, one platypus table, plain python-docx.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from bench.case import Case, Goal
from bench.cases import _seminar_data as data

TITLE = "Краеведческая библиография в цифровой среде: ресурсы, сервисы, сообщества"
ORGANISER = "ГБУК «Северогорская областная универсальная научная библиотека им. И. А. Ветлугина»"


def _ours(what: str, kind: str, fmt: str, per_person: bool = False) -> Callable[[Path, int], Callable[[], object]]:
    def side(workdir: Path, size: int) -> Callable[[], object]:
        from desktop.documents.registry import Format, prepare, render_files
        from desktop.storage.database import open_database

        path = data.copy_for_run(workdir, what, size)
        fmt_ = Format(fmt)

        def work() -> None:
            db = open_database(path)
            with db.transaction() as session:
                prepared = prepare(session, kind, 1)
            out = workdir / "ours-out"
            out.mkdir(exist_ok=True)
            for file in render_files(kind, prepared, fmt_, per_person=per_person):
                (out / file.name).write_bytes(file.data)
            db.dispose()

        return work

    return side


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from desktop.resources import resource_path

    for face in ("PTSerif-Regular", "PTSerif-Bold", "PTSerif-Italic", "PTSans-Regular", "PTSans-Bold"):
        pdfmetrics.registerFont(TTFont(face, str(resource_path("fonts", f"{face}.ttf"))))


def _canvas_certificates(workdir: Path, size: int) -> Callable[[], object]:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    people = data.names_of(data.database(workdir, "participants", size))[-size:]
    _register_fonts()
    width, height = landscape(A4)

    def work() -> None:
        out = io.BytesIO()
        canvas = Canvas(out, pagesize=(width, height))
        for n, (surname, given, patronymic) in enumerate(people, start=1):
            canvas.rect(20, 20, width - 40, height - 40)
            canvas.setFont("PTSans-Bold", 9)
            canvas.drawCentredString(width / 2, height - 130, ORGANISER)
            canvas.setFont("PTSerif-Bold", 36)
            canvas.drawCentredString(width / 2, height - 180, "СЕРТИФИКАТ")
            canvas.setFont("PTSerif-Italic", 12)
            canvas.drawCentredString(width / 2, height - 205, "выдан")
            canvas.setFont("PTSerif-Bold", 24)
            canvas.drawCentredString(width / 2, height - 235, f"{surname} {given} {patronymic}")
            canvas.setFont("PTSerif-Regular", 12)
            canvas.drawCentredString(width / 2, height - 265, "в том, что она приняла участие в семинаре")
            canvas.setFont("PTSerif-Bold", 14)
            canvas.drawCentredString(width / 2, height - 285, f"«{TITLE}»")
            canvas.setFont("PTSerif-Regular", 11)
            canvas.drawCentredString(width / 2, height - 315, "24 ноября 2026 года")
            canvas.drawCentredString(width / 2, height - 330, "Объём: 6 академических часов")
            canvas.drawString(150, 110, "Директор")
            canvas.drawString(150, 80, "А.П. Ключевский-Обухов")
            canvas.setFont("PTSerif-Regular", 8)
            canvas.drawCentredString(width / 2, 50, f"Регистрационный № 2026-{n:04d} от 25 ноября 2026 года")
            canvas.showPage()
        canvas.save()
        (workdir / "plain-certificates.pdf").write_bytes(out.getvalue())

    return work


def _platypus_programme(workdir: Path, size: int) -> Callable[[], object]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    rows = data.talk_rows(data.database(workdir, "talks", size))
    _register_fonts()
    cell = ParagraphStyle("cell", fontName="PTSerif-Regular", fontSize=10, leading=12)

    def work() -> None:
        from xml.sax.saxutils import escape

        out = io.BytesIO()
        body = [[Paragraph("Время", cell), Paragraph("Выступление", cell)]]
        body += [
            [Paragraph(time, cell), Paragraph(f"<b>{escape(title)}</b><br/>{escape(who)}", cell)]
            for time, title, who in rows
        ]
        table = Table(body, colWidths=[70, 440], repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#888888"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        SimpleDocTemplate(out, pagesize=A4).build([table])
        (workdir / "plain-programme.pdf").write_bytes(out.getvalue())

    return work


def _docx_certificates(per_person: bool) -> Callable[[Path, int], Callable[[], object]]:
    def side(workdir: Path, size: int) -> Callable[[], object]:
        import docx
        from docx.enum.section import WD_ORIENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
        from docx.shared import Mm, Pt

        people = data.names_of(data.database(workdir, "participants", size))[-size:]

        def page(document: docx.document.Document, n: int, name: str) -> None:
            for text, size_pt, bold in (
                (ORGANISER, 9, True), ("СЕРТИФИКАТ", 36, True), ("выдан", 12, False), (name, 24, True),
                ("в том, что она приняла участие в семинаре", 12, False), (f"«{TITLE}»", 14, True),
                ("24 ноября 2026 года", 11, False), ("Объём: 6 академических часов", 11, False),
                ("Директор    А.П. Ключевский-Обухов", 11, False),
                (f"Регистрационный № 2026-{n:04d} от 25 ноября 2026 года", 8, False),
            ):  # fmt: skip
                paragraph = document.add_paragraph()
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = paragraph.add_run(text)
                run.font.name, run.font.size, run.font.bold = "PT Serif", Pt(size_pt), bold

        def new_document() -> docx.document.Document:
            document = docx.Document()
            section = document.sections[0]
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Mm(297), Mm(210)
            return document

        def work() -> None:
            if per_person:
                for n, (s, g, p) in enumerate(people, start=1):
                    document = new_document()
                    page(document, n, f"{s} {g} {p}")
                    (workdir / f"plain-{n}.docx").write_bytes(_saved(document))
                return
            document = new_document()
            for n, (s, g, p) in enumerate(people, start=1):
                page(document, n, f"{s} {g} {p}")
                if n < len(people):
                    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            (workdir / "plain-certificates.docx").write_bytes(_saved(document))

        return work

    return side


def _saved(document: object) -> bytes:
    out = io.BytesIO()
    document.save(out)  # type: ignore[attr-defined]
    return out.getvalue()


def _prepare(what: str) -> Callable[[Path, int], None]:
    return lambda workdir, size: data.make(workdir, what, size)


CASES = [
    Case("certificates-pdf", "pages", (20, 2000), (5, 60), Goal("ratio", 1.5),
         ours=_ours("participants", "certificates", "pdf"), baseline=_canvas_certificates,
         prepare=_prepare("participants")),
    Case("certificates-docx", "pages", (10, 500), (5, 40), Goal("ratio", 1.5),
         ours=_ours("participants", "certificates", "docx"), baseline=_docx_certificates(per_person=False),
         prepare=_prepare("participants")),
    Case("certificates-docx-per-person", "files", (5, 100), (2, 12), Goal("ratio", 1.5),
         ours=_ours("participants", "certificates", "docx", per_person=True), baseline=_docx_certificates(True),
         prepare=_prepare("participants")),
    Case("programme-pdf", "talks", (20, 2000), (10, 100), Goal("ratio", 1.5),
         ours=_ours("talks", "programme", "pdf"), baseline=_platypus_programme, prepare=_prepare("talks")),
    Case("certificates-pdf-memory", "pages", (10, 1000), (5, 60), Goal("mb", 150),
         ours=_ours("participants", "certificates", "pdf"), prepare=_prepare("participants")),
]  # fmt: skip
