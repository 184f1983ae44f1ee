"""What every command module shares: the registry of subcommands, errors, and safe file input/output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import KafedraError
from desktop.paths import write_file_atomically
from desktop.storage.database import Database

# a command receives the opened database (None when it set `opens_db=False`) and its parsed arguments
Handler = Callable[[Database | None, argparse.Namespace], None]


class CliError(KafedraError):
    """A failure of the command line itself (an unreadable input file, an unwritable output)."""


@dataclass(frozen=True)
class Subcommands:
    """Where command modules hang their parsers: top-level commands, `export KIND`, `import WHAT`."""

    commands: argparse._SubParsersAction[argparse.ArgumentParser]
    export: argparse._SubParsersAction[argparse.ArgumentParser]
    imports: argparse._SubParsersAction[argparse.ArgumentParser]


def read_bytes(name: str) -> bytes:
    try:
        return sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise CliError(f"{name}: cannot read the file ({exc.strerror or exc})") from exc


def read_text(name: str) -> str:
    data = read_bytes(name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(f"{name}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from exc


def write_bytes(name: str, data: bytes) -> None:
    """Write via a temporary file in the same folder, so a failed write never leaves half a file."""
    if name == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        write_file_atomically(Path(name), data)
    except OSError as exc:
        raise CliError(f"{name}: cannot write the file ({exc.strerror or exc})") from exc


def write_text(name: str, text: str) -> None:
    write_bytes(name, text.encode("utf-8"))
