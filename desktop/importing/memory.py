"""Column mappings remembered per header set, in a small JSON file in the user's config folder.

Why a file and not a table: see docs/decisions/0006-import-of-registrations.md. A mapping is a habit of the
person who imports (their registration form), not data of a seminar; it must not need a schema migration.
A damaged or foreign file is ignored (the guess is used instead) and rewritten on the next save.
"""

from __future__ import annotations

import json
from pathlib import Path

import platformdirs

from desktop.importing.columns import ColumnMapping, Field, header_key
from desktop.paths import write_file_atomically

FILE_NAME = "import-mappings.json"
MAX_REMEMBERED = 50
_FORMAT = 1


def default_path() -> Path:
    return platformdirs.user_config_path("Kafedra", appauthor=False) / FILE_NAME


def header_set_key(headers: tuple[str, ...]) -> str:
    """Headers typed in other case or with other punctuation are the same form."""
    return "\x1f".join(header_key(h) for h in headers)


class MappingMemory:
    """Remember the mapping the user confirmed for a header set; recall it next time."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()

    def _load(self) -> list[dict[str, object]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(data, dict) or data.get("format") != _FORMAT or not isinstance(data.get("mappings"), list):
            return []
        return [m for m in data["mappings"] if isinstance(m, dict)]

    def recall(self, headers: tuple[str, ...]) -> ColumnMapping | None:
        key = header_set_key(headers)
        for entry in self._load():
            fields = entry.get("fields")
            if entry.get("key") != key or not isinstance(fields, list) or len(fields) != len(headers):
                continue
            try:
                return ColumnMapping(tuple(Field(f) if f else None for f in fields))
            except ValueError:
                return None  # written by a newer Kafedra with fields this one does not know
        return None

    def remember(self, headers: tuple[str, ...], mapping: ColumnMapping) -> None:
        """Save the mapping, most recent first; errors writing the file are not worth failing an import."""
        key = header_set_key(headers)
        entry = {"key": key, "headers": list(headers), "fields": [f.value if f else None for f in mapping.fields]}
        entries = [entry] + [e for e in self._load() if e.get("key") != key]
        payload = json.dumps({"format": _FORMAT, "mappings": entries[:MAX_REMEMBERED]}, ensure_ascii=False, indent=1)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_file_atomically(self.path, payload.encode("utf-8"))
        except OSError:
            pass  # the mapping is offered again next time only; the import itself went through
