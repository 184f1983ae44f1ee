"""The demo seminars, in a fixed order: the loader and the tests both rely on it."""

from __future__ import annotations

from collections.abc import Callable

from desktop.demo import children_seminar, regional_conference, ukrainian_webinar
from desktop.demo.model import DemoSeminar

__all__ = ["DEMO_SEMINARS", "all_demo_seminars"]

# Builders rather than built records: importing the catalogue stays cheap, and the generated crowds
# (over two hundred people) are only drawn when someone actually loads the demo.
DEMO_SEMINARS: tuple[Callable[[], DemoSeminar], ...] = (
    children_seminar.build,
    regional_conference.build,
    ukrainian_webinar.build,
)


def all_demo_seminars() -> tuple[DemoSeminar, ...]:
    return tuple(build() for build in DEMO_SEMINARS)
