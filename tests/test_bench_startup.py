"""Start-up work the benchmarks found: opening a current database reads the revision ids without Alembic,
and they are the ones Alembic itself reads."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.storage import migrate
from desktop.storage.database import open_database


def test_revisions_read_from_the_scripts_are_alembics() -> None:
    scripts = migrate.script_directory()
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {script.revision for script in scripts.walk_revisions()}
    assert migrate.revision_graph() == {script.revision: script.down_revision for script in scripts.walk_revisions()}


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "current.sqlite3"
    open_database(path).dispose()  # created and migrated: Alembic runs here
    probe = (
        "import sys; from desktop.storage.database import open_database; "
        f"open_database({str(path)!r}).dispose(); print(sorted(m for m in sys.modules if m.startswith('alembic')))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
