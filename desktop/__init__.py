"""Kafedra: plan seminars offline and produce their papers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kafedra")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
