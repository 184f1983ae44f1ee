"""Regenerate docs/samples: every document kind for the demo conference (and the Ukrainian webinar's
certificates and resolution), as PDF and DOCX, with PNG pictures of the first pages; and the conference's
certificates and resolution with its document language switched to English («conference-en-…»): the fixed
wording is then English, while what the organisers typed (titles, names) stays as typed.

    python docs/samples/make_samples.py      # needs poppler-utils (pdftoppm)

The demo database has no organisation profile, so this script adds one per seminar (a drawn logo, two
signatories) to show certificates as the organising library would print them. It writes into a temporary
database, never yours.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.demo import regional_conference, ukrainian_webinar  # noqa: E402
from desktop.documents.registry import Format, prepare, render  # noqa: E402
from desktop.domain.enums import Language  # noqa: E402
from desktop.domain.records import ProfileData, SeminarData, SignatoryData  # noqa: E402
from desktop.resources import resource_path  # noqa: E402
from desktop.services import profile, seminars  # noqa: E402
from desktop.services.demo import load_demo  # noqa: E402
from desktop.storage.database import open_database  # noqa: E402

HERE = Path(__file__).resolve().parent
RESOLUTION = 60  # dots per inch of the PNG pictures: enough to judge the layout, small enough for the repository
# (seminar, kind, pages to picture, keep the PDF in the repository)
SAMPLES = (
    ("conference", "programme", 2, True),
    ("conference", "resolution", 2, True),
    ("conference", "attendance", 1, False),
    ("conference", "badges", 1, False),
    ("conference", "certificates", 1, False),
    ("conference", "speaker-certificates", 2, False),
    ("webinar", "programme", 1, False),
    ("webinar", "certificates", 1, False),
    ("webinar", "resolution", 1, False),
    ("conference-en", "certificates", 1, False),
    ("conference-en", "resolution", 1, False),
)


def logo(letters: str) -> bytes:
    """A made-up library emblem: an open book in a ring."""
    size = 400
    picture = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(picture)
    brown = (107, 58, 30, 255)
    draw.ellipse((10, 10, size - 10, size - 10), outline=brown, width=18)
    draw.polygon([(90, 150), (200, 180), (200, 300), (90, 270)], fill=brown)
    draw.polygon([(310, 150), (200, 180), (200, 300), (310, 270)], fill=(160, 100, 60, 255))
    font = ImageFont.truetype(str(resource_path("fonts", "PTSans-Bold.ttf")), 52)
    draw.text((size / 2, 100), letters, fill=brown, font=font, anchor="mm")
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


PROFILES = {
    "conference": ProfileData(
        name="ГБУК «Северогорская областная универсальная научная библиотека им. И. А. Ветлугина»",
        short_name="СОУНБ им. И. А. Ветлугина",
        department="Научно-методический отдел",
        logo=logo("СОУНБ"),
        signatories=(
            SignatoryData("Ключевский-Обухов Аркадий Петрович", "Директор"),
            SignatoryData("Долгих Вера Николаевна", "Заведующий научно-методическим отделом"),
        ),
    ),
    "webinar": ProfileData(
        name="Комунальний заклад «Верхньобузька обласна універсальна наукова бібліотека імені Марії Загірньої»",
        short_name="Верхньобузька ОУНБ ім. М. Загірньої",
        department="Відділ науково-методичної роботи",
        logo=logo("ОУНБ"),
        signatories=(
            SignatoryData("Сергіїв Оксана Богданівна", "Заступниця директора з наукової роботи"),
            SignatoryData("Ґалаґан Мар’яна Сергіївна", "Завідувачка відділу науково-методичної роботи"),
        ),
    ),
}


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        database = open_database(Path(scratch) / "samples.sqlite3")
        with database.transaction() as session:
            load_demo(session)
            ids = {
                "conference": seminars.find_seminar_by_uid(session, regional_conference.UID),
                "webinar": seminars.find_seminar_by_uid(session, ukrainian_webinar.UID),
            }
            ids["conference-en"] = ids["conference"]
        for old in HERE.glob("*.png"):
            old.unlink()
        for old in HERE.glob("*.pdf"):
            old.unlink()
        for seminar, kind, pages, keep_pdf in SAMPLES:
            seminar_id = ids[seminar]
            assert seminar_id is not None
            with database.transaction() as session:
                profile.update_profile(session, PROFILES[seminar.removesuffix("-en")])
                if seminar.endswith("-en"):
                    record = seminars.get_seminar(session, seminar_id)
                    fields = {name: getattr(record, name) for name in SeminarData.__dataclass_fields__}
                    seminars.update_seminar(session, seminar_id, SeminarData(**{**fields, "language": Language.EN}))
                prepared = prepare(session, kind, seminar_id)
            stem = f"{seminar}-{kind}"
            pdf = render(prepared.spec, Format.PDF)
            target = HERE / f"{stem}.pdf"
            target.write_bytes(pdf)
            subprocess.run(
                ["pdftoppm", "-png", "-r", str(RESOLUTION), "-f", "1", "-l", str(pages), str(target), str(HERE / stem)],
                check=True,
            )
            if not keep_pdf:
                target.unlink()
            if kind == "certificates" and seminar == "conference":
                (Path(scratch) / f"{stem}.docx").write_bytes(render(prepared.spec, Format.DOCX))
        # one DOCX through LibreOffice, pictured the same way: what a Word user would see
        if shutil.which("soffice"):
            subprocess.run(
                ["soffice", f"-env:UserInstallation=file://{scratch}/profile", "--headless", "--convert-to", "pdf",
                 "--outdir", scratch, f"{scratch}/conference-certificates.docx"],
                check=True, capture_output=True,
            )  # fmt: skip
            subprocess.run(
                ["pdftoppm", "-png", "-r", str(RESOLUTION), "-f", "1", "-l", "1",
                 f"{scratch}/conference-certificates.pdf", str(HERE / "conference-certificates-docx-libreoffice")],
                check=True,
            )  # fmt: skip
        database.dispose()
    for picture in sorted(HERE.glob("*.png")):
        print(picture.name)


if __name__ == "__main__":
    main()
