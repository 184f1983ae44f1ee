"""Kafedra: plan seminars offline and produce their papers."""

from __future__ import annotations

from functools import cache


@cache
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # 20 ms: looked up only when asked for

    try:
        return version("kafedra")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.1.0"


def __getattr__(name: str) -> str:
    """`from desktop import __version__` works as before; the window's start does not pay for the lookup."""
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
