"""Pictures (the organisation's logo) for both renderers: checks, size and a shared decoded copy.

A logo printed on a thousand certificates is decoded once: readers are kept by content. A picture is
checked before anyone relies on it: its size is read from the PNG or JPEG header (so a decompression bomb is
refused before a byte of it is inflated), then it is decoded once, bounded, to prove it is whole.
"""

from __future__ import annotations

import hashlib
import struct
import threading
import warnings
from io import BytesIO

from reportlab.lib.utils import ImageReader

_lock = threading.Lock()
_readers: dict[bytes, ImageReader] = {}
_KEEP = 8  # distinct pictures kept; a run uses one or two
_checked: dict[bytes, str] = {}  # sha256 of a picture → "" when usable, else why not

MAX_SIDE = 4000  # pixels on the longer side; a logo printed 40 mm wide needs a tenth of that
MAX_PIXELS = 12_000_000


class UnusableImageError(ValueError):
    """The bytes are not a picture the documents can print; the message says why, in one sentence."""


def reader(data: bytes) -> ImageReader:
    with _lock:
        found = _readers.get(data)
        if found is None:
            if len(_readers) >= _KEEP:
                _readers.clear()
            found = _readers[data] = ImageReader(BytesIO(data))
        return found


def pixel_size(data: bytes) -> tuple[int, int]:
    width, height = reader(data).getSize()
    return int(width), int(height)


def header_size(data: bytes) -> tuple[int, int] | None:
    """Width and height as the PNG or JPEG header declares them, without decoding; None if it declares none."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data.startswith(b"\xff\xd8"):
        position = 2
        while position + 9 <= len(data):
            if data[position] != 0xFF:
                return None
            marker = data[position + 1]
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                position += 2
                continue
            length = int.from_bytes(data[position + 2 : position + 4], "big")
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # a start of frame
                height, width = struct.unpack(">HH", data[position + 5 : position + 9])
                return int(width), int(height)
            position += 2 + length
    return None


def _problem(data: bytes) -> str:
    size = header_size(data)
    if size is None:
        return "the logo is not a whole PNG or JPEG image"
    width, height = size
    if not width or not height:
        return "the logo is not a whole PNG or JPEG image"
    if max(width, height) > MAX_SIDE or width * height > MAX_PIXELS:
        return f"the logo is {width}×{height} pixels; use an image of at most {MAX_SIDE} pixels on its longer side"
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(BytesIO(data)) as picture:
                if picture.size != (width, height):
                    return "the logo is not a whole PNG or JPEG image"
                picture.load()  # decodes every pixel: a cut or garbled file fails here
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombWarning, Image.DecompressionBombError):
        return "the logo is not a whole PNG or JPEG image"
    return ""


def check_picture(data: bytes) -> None:
    """Raise UnusableImageError unless `data` is a whole PNG or JPEG of a printable size (the result is kept)."""
    key = hashlib.sha256(data).digest()
    with _lock:
        problem = _checked.get(key)
    if problem is None:
        problem = _problem(data)
        with _lock:
            if len(_checked) >= 64:
                _checked.clear()
            _checked[key] = problem
    if problem:
        raise UnusableImageError(problem)


def usable(data: bytes) -> bool:
    try:
        check_picture(data)
    except UnusableImageError:
        return False
    return True
