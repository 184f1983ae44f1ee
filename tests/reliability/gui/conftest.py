"""The window's fixtures (offscreen platform, fake message boxes, leftover-window check) from tests/gui."""

from tests.gui.conftest import (  # noqa: F401  (fixtures, registered by being imported here)
    dialog_failures,
    english_interface,
    fake_messages,
    no_leftover_windows,
    open_window,
    settings,
)
