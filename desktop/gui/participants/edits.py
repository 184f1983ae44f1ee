"""Registrations as undoable ops: add, change role or mode, mark attendance, remove (one or many at once)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.domain.enums import Mode, Role
from desktop.domain.records import ParticipationRecord
from desktop.gui.ops import Changes, Kind, Op
from desktop.gui.workspace import Workspace
from desktop.services import participants

KIND = "participation"


class ParticipantEdits(QObject):
    """A QObject only for `self.tr` (context ParticipantEdits), whose plural forms pyside6-lupdate finds."""

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.ws, self.owner = workspace, parent
        self.ids = workspace.history.ids

    def _perform(
        self, seminar_id: int, text: str, do: Callable[[Session], object], undo: Callable[[Session], object]
    ) -> Op[object]:
        changes = Changes.of(Kind.PARTICIPANTS, seminar_id=seminar_id)
        return self.ws.history.perform(self.owner, text, do, undo, changes)

    def register(self, seminar_id: int, person_ids: Sequence[int], role: Role = Role.PARTICIPANT) -> Op[object]:
        first: dict[int, int] = {}  # person id → the participation id it got first

        def do(session: Session) -> int:
            added = 0
            for person_id in person_ids:
                new, created = participants.register(session, seminar_id, person_id, role)
                if not created:
                    continue
                added += 1
                if person_id in first:
                    self.ids.remap(KIND, first[person_id], new)
                else:
                    first[person_id] = new
            return added

        def undo(session: Session) -> None:
            for original in first.values():
                participants.unregister(session, self.ids(KIND, original))

        count = len(person_ids)
        return self._perform(seminar_id, self.tr("Register %n person(s)", "", count), do, undo)

    def set_field(self, seminar_id: int, rows: Sequence[ParticipationRecord], field: str, value: object) -> Op[object]:
        """Role, mode or attendance of one or many registrations."""
        before = [(row.id, getattr(row, field)) for row in rows]
        seen = {row.id: row.version for row in rows}  # the versions on screen: another writer's change conflicts

        def apply(session: Session, pairs: Sequence[tuple[int, object]]) -> None:
            for ident, wanted in pairs:
                current, version = self.ids(KIND, ident), seen[ident]
                if field == "role":
                    participants.set_role(session, current, Role(str(wanted)), version)
                elif field == "mode":
                    participants.set_mode(session, current, Mode(str(wanted)), version)
                else:
                    participants.mark_attendance(session, [current], bool(wanted), {current: version})

        after = [(ident, value) for ident, _ in before]
        count = len(rows)
        text = {
            "role": self.tr("Change the role of %n participant(s)", "", count),
            "mode": self.tr("Change the mode of %n participant(s)", "", count),
            "attended": self.tr("Change the attendance of %n participant(s)", "", count),
        }[field]
        return self._perform(
            seminar_id,
            text,
            lambda s: apply(s, after),
            lambda s: apply(s, before),
        )

    def unregister(self, seminar_id: int, rows: Sequence[ParticipationRecord]) -> Op[object]:
        kept = list(rows)

        def do(session: Session) -> None:
            for row in kept:
                participants.unregister(session, self.ids(KIND, row.id))

        def undo(session: Session) -> None:
            for row in kept:
                new, _ = participants.register(
                    session, seminar_id, row.person_id, row.role, row.mode, row.registered_at, row.attended
                )
                self.ids.remap(KIND, row.id, new)

        count = len(kept)
        return self._perform(seminar_id, self.tr("Remove %n participant(s)", "", count), do, undo)
