"""Every change to a programme as an undoable op: add, edit, duplicate, delete and move talks and blocks.

Ids go through the history's `IdMap` inside each op, because undoing a delete brings a row back under a new id.
Edits, their undo and their redo all pass the version of the record the user saw: a change by another writer
since then is a conflict, while this window's own later edits are not (see `services._common.check_version`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.domain.records import BlockData, BlockRecord, TalkData, TalkRecord
from desktop.gui.history import IdMap
from desktop.gui.i18n import translate
from desktop.gui.ops import Changes, Kind, Op
from desktop.gui.programme.model import Place
from desktop.gui.workspace import Workspace
from desktop.services import programme


def talk_data(talk: TalkRecord) -> TalkData:
    return TalkData(
        title=talk.title,
        duration_minutes=talk.duration_minutes,
        kind=talk.kind,
        speaker_ids=tuple(s.person_id for s in talk.speakers),
        mode=talk.mode,
        pinned_start=talk.pinned_start,
        materials_url=talk.materials_url,
        notes=talk.notes,
    )


def block_data(block: BlockRecord) -> BlockData:
    return BlockData(
        title=block.title,
        starts_at=block.starts_at,
        room=block.room,
        notes=block.notes,
        moderator_ids=tuple(m.person_id for m in block.moderators),
    )


def creating(
    ids: IdMap, kind: str, create: Callable[[Session], int]
) -> tuple[Callable[[Session], int], Callable[[], int]]:
    """Wrap a function that creates a row: when a redo creates it again, later commands find it by its first id."""
    first: list[int] = []

    def run(session: Session) -> int:
        new = create(session)
        if first:
            ids.remap(kind, first[0], new)
        else:
            first.append(new)
        return new

    return run, lambda: ids(kind, first[0])


class ProgrammeEdits:
    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        self.ws, self.parent = workspace, parent
        self.ids = workspace.history.ids

    def _block(self, block_id: int | None) -> int | None:
        return None if block_id is None else self.ids("block", block_id)

    def _perform(
        self, seminar_id: int, text: str, do: Callable[[Session], object], undo: Callable[[Session], object]
    ) -> Op[object]:
        return self.ws.history.perform(self.parent, text, do, undo, Changes.of(Kind.PROGRAMME, seminar_id=seminar_id))

    # --- talks -----------------------------------------------------------------------------------------

    def add_talk(self, seminar_id: int, data: TalkData, place: Place, text: str = "") -> Op[object]:
        block_id = place.block_id

        def create(session: Session) -> int:
            return programme.add_talk(session, seminar_id, data, self._block(block_id), place.index)

        do, current = creating(self.ids, "talk", create)
        text = text or translate("ProgrammeEdits", "Add a talk")
        return self._perform(seminar_id, text, do, lambda s: programme.delete_talk(s, current()))

    def update_talk(self, seminar_id: int, talk: TalkRecord, data: TalkData) -> Op[object]:
        old = talk_data(talk)
        return self._perform(
            seminar_id,
            translate("ProgrammeEdits", "Edit «{title}»").format(title=talk.title[:40]),
            lambda s: programme.update_talk(s, self.ids("talk", talk.id), data, talk.version),
            lambda s: programme.update_talk(s, self.ids("talk", talk.id), old, talk.version),
        )

    def set_talk_field(self, seminar_id: int, talk: TalkRecord, field: str, value: object) -> Op[object]:
        """Change one field; the rest is read when the op runs, so quick edits in a row do not undo each other."""
        old = getattr(talk_data(talk), field)

        def setting(wanted: object) -> Callable[[Session], None]:
            def run(session: Session) -> None:
                talk_id = self.ids("talk", talk.id)
                now = next(t for t in programme.get_programme(session, seminar_id).all_talks() if t.id == talk_id)
                changed: dict[str, Any] = {field: wanted}
                programme.update_talk(session, talk_id, dataclasses.replace(talk_data(now), **changed), talk.version)

            return run

        return self._perform(
            seminar_id,
            translate("ProgrammeEdits", "Edit «{title}»").format(title=talk.title[:40]),
            setting(value),
            setting(old),
        )

    def delete_talk(self, seminar_id: int, talk: TalkRecord, place: Place) -> Op[object]:
        data = talk_data(talk)

        def restore(session: Session) -> None:
            new = programme.add_talk(session, seminar_id, data, self._block(place.block_id), place.index)
            self.ids.remap("talk", talk.id, new)

        return self._perform(
            seminar_id,
            translate("ProgrammeEdits", "Delete «{title}»").format(title=talk.title[:40]),
            lambda s: programme.delete_talk(s, self.ids("talk", talk.id)),
            restore,
        )

    def move_talk(self, seminar_id: int, talk: TalkRecord, origin: Place, target: Place) -> Op[object]:
        return self._perform(
            seminar_id,
            translate("ProgrammeEdits", "Move «{title}»").format(title=talk.title[:40]),
            lambda s: programme.move_talk(s, self.ids("talk", talk.id), self._block(target.block_id), target.index),
            lambda s: programme.move_talk(s, self.ids("talk", talk.id), self._block(origin.block_id), origin.index),
        )

    # --- blocks ----------------------------------------------------------------------------------------

    def add_block(
        self,
        seminar_id: int,
        data: BlockData,
        index: int | None,  # None: after the last block
        talks: tuple[TalkData, ...] = (),
        text: str = "",
    ) -> Op[object]:
        def create(session: Session) -> int:
            block_id = programme.add_block(session, seminar_id, data, index)
            for talk in talks:
                programme.add_talk(session, seminar_id, talk, block_id)
            return block_id

        do, current = creating(self.ids, "block", create)
        text = text or translate("ProgrammeEdits", "Add a block")
        return self._perform(seminar_id, text, do, lambda s: programme.delete_block(s, current()))

    def update_block(self, seminar_id: int, block: BlockRecord, data: BlockData) -> Op[object]:
        old = block_data(block)
        return self._perform(
            seminar_id,
            translate("ProgrammeEdits", "Edit the block «{title}»").format(title=block.title[:40]),
            lambda s: programme.update_block(s, self.ids("block", block.id), data, block.version),
            lambda s: programme.update_block(s, self.ids("block", block.id), old, block.version),
        )

    def set_block_title(self, seminar_id: int, block: BlockRecord, title: str) -> Op[object]:
        def setting(wanted: str) -> Callable[[Session], None]:
            def run(session: Session) -> None:
                block_id = self.ids("block", block.id)
                now = next(b for b in programme.get_programme(session, seminar_id).blocks if b.id == block_id)
                programme.update_block(
                    session, block_id, dataclasses.replace(block_data(now), title=wanted), block.version
                )

            return run

        return self._perform(
            seminar_id,
            translate("ProgrammeEdits", "Rename the block «{title}»").format(title=block.title[:40]),
            setting(title),
            setting(block.title),
        )

    def delete_block(self, seminar_id: int, block: BlockRecord, index: int) -> Op[object]:
        data = block_data(block)

        def restore(session: Session) -> None:
            new_block = programme.add_block(session, seminar_id, data, index)
            self.ids.remap("block", block.id, new_block)
            for talk in block.talks:
                new_talk = programme.add_talk(session, seminar_id, talk_data(talk), new_block)
                self.ids.remap("talk", talk.id, new_talk)

        return self._perform(
            seminar_id,
            translate("ProgrammeEdits", "Delete the block «{title}»").format(title=block.title[:40]),
            lambda s: programme.delete_block(s, self.ids("block", block.id)),
            restore,
        )

    def move_block(self, seminar_id: int, block: BlockRecord, origin: int, target: int) -> Op[object]:
        return self._perform(
            seminar_id,
            translate("ProgrammeEdits", "Move the block «{title}»").format(title=block.title[:40]),
            lambda s: programme.move_block(s, self.ids("block", block.id), target),
            lambda s: programme.move_block(s, self.ids("block", block.id), origin),
        )

    def duplicate_block(self, seminar_id: int, block: BlockRecord, index: int) -> Op[object]:
        data = dataclasses.replace(
            block_data(block),
            title=translate("ProgrammeEdits", "{title} (copy)").format(title=block.title),
            starts_at=block.ends_at,
        )
        talks = tuple(talk_data(t) for t in block.talks)
        return self.add_block(
            seminar_id,
            data,
            index + 1,
            talks,
            text=translate("ProgrammeEdits", "Duplicate the block «{title}»").format(title=block.title[:40]),
        )
