"""Pictures (the organisation's logo) for both renderers: size and a shared decoded copy.

A logo printed on a thousand certificates is decoded once: readers are kept by content.
"""

from __future__ import annotations

import threading
from io import BytesIO

from reportlab.lib.utils import ImageReader

_lock = threading.Lock()
_readers: dict[bytes, ImageReader] = {}
_KEEP = 8  # distinct pictures kept; a run uses one or two


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
