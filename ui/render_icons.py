"""Render resources/icons/kafedra.svg into the PNG sizes desktops look for and a Windows .ico.

    python ui/render_icons.py           write resources/icons/hicolor/NxN/apps/kafedra.png and kafedra.ico
    python ui/render_icons.py --check   exit 1 if a committed file is missing

Qt's own SVG renderer draws the PNGs (ImageMagick here has no SVG reader); the .ico holds the 16-256 px images
as PNG entries, which Windows Vista and later read. Run it after editing the SVG and commit the results.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "kafedra.svg"
ICO = ICONS / "kafedra.ico"
SIZES = (16, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / "kafedra.png"


def render_png(size: int) -> bytes:
    """Draw the SVG at `size` px into png_path(size); returns the file's bytes."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target = png_path(size)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):  # the format from the .png suffix
        raise SystemExit(f"{target}: could not be written")
    return target.read_bytes()


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICONDIR with one PNG-compressed entry per size (a width or height of 256 is written as 0)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that every icon file is there")
    args = parser.parse_args()
    targets = [*map(png_path, SIZES), ICO]
    if args.check:
        missing = [str(target.relative_to(ROOT)) for target in targets if not target.is_file()]
        for name in missing:
            print(f"missing: {name}", file=sys.stderr)
        return 1 if missing else 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    images = {size: render_png(size) for size in SIZES}
    ICO.write_bytes(ico_bytes({size: images[size] for size in (16, 32, 48, 64, 256)}))
    for path in targets:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
