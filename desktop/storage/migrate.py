"""Alembic, driven from code: the migrations ship inside the package and need no alembic.ini.

Alembic is imported only to upgrade: opening a current database needs just the revision ids, read from the
scripts' text (importing Alembic was a tenth of the window's start-up; a test checks Alembic agrees).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from desktop.domain.errors import DatabaseFileError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION_LINE = re.compile(r"^(revision|down_revision)\b[^=\n]*=\s*(?:[\"']([^\"']+)[\"']|None)", re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def revision_graph() -> dict[str, str | None]:
    """Each shipped revision and the one it revises (None for the first), from the scripts' two lines."""
    graph: dict[str, str | None] = {}
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if found.get("revision"):
            graph[found["revision"]] = found.get("down_revision") or None
    return graph


def head_revision() -> str:
    graph = revision_graph()
    heads = set(graph) - set(graph.values())
    assert len(heads) == 1, f"the package ships one line of migrations, not {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(revision_graph())


def upgrade_to_head(connection: Connection, where: str) -> None:
    """Upgrade inside the caller's transaction, then prove every foreign key still points somewhere."""
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
    if connection.dialect.name == "sqlite":
        broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if broken:
            table, rowid, parent = broken[0][0], broken[0][1], broken[0][2]
            raise DatabaseFileError(
                f"{where}: the upgrade left {len(broken)} broken reference(s) (first: {table} row {rowid}"
                f" → {parent}); the database was left as it was"
            )
