"""A seminar (any event) and its programme: blocks, talks, speakers, moderators, partners."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.ext.orderinglist import OrderingList, ordering_list
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.storage.models.base import Base, Versioned
from desktop.storage.models.directory import Organisation, Person


class Seminar(Versioned, Base):
    __tablename__ = "seminars"

    id: Mapped[int] = mapped_column(primary_key=True)
    # a stable identity across databases: the exchange format and the demo loader recognise a seminar by it
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    subtitle: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(32))
    format: Mapped[str] = mapped_column(String(32))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime)
    venue_address: Mapped[str] = mapped_column(Text, default="")
    venue_room: Mapped[str] = mapped_column(String(200), default="")
    stream_url: Mapped[str] = mapped_column(Text, default="")
    recording_url: Mapped[str] = mapped_column(Text, default="")
    registration_url: Mapped[str] = mapped_column(Text, default="")
    organiser_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    organiser_department: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(32))
    academic_hours: Mapped[float | None] = mapped_column(Float)
    audience: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")

    organiser: Mapped[Organisation | None] = relationship()
    partners: Mapped[OrderingList[SeminarPartner]] = relationship(
        order_by="SeminarPartner.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )
    blocks: Mapped[OrderingList[Block]] = relationship(
        back_populates="seminar",
        order_by="Block.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )
    talks: Mapped[list[Talk]] = relationship(
        back_populates="seminar", cascade="all, delete-orphan", order_by="Talk.position"
    )


class SeminarPartner(Base):
    """A co-organiser or partner organisation, in the order the programme names them."""

    __tablename__ = "seminar_partners"

    seminar_id: Mapped[int] = mapped_column(ForeignKey("seminars.id", ondelete="CASCADE"), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(32), primary_key=True)
    # no UNIQUE on positions: reordering swaps them inside one flush
    position: Mapped[int] = mapped_column(Integer, default=0)

    organisation: Mapped[Organisation] = relationship()


class Block(Versioned, Base):
    __tablename__ = "blocks"

    id: Mapped[int] = mapped_column(primary_key=True)
    seminar_id: Mapped[int] = mapped_column(ForeignKey("seminars.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)
    room: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    seminar: Mapped[Seminar] = relationship(back_populates="blocks")
    talks: Mapped[OrderingList[Talk]] = relationship(
        back_populates="block", order_by="Talk.position", collection_class=ordering_list("position")
    )
    moderators: Mapped[OrderingList[BlockModerator]] = relationship(
        order_by="BlockModerator.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )


class BlockModerator(Base):
    __tablename__ = "block_moderators"

    block_id: Mapped[int] = mapped_column(ForeignKey("blocks.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship()


class Talk(Versioned, Base):
    """One item of the programme; talks outside any block (block_id NULL) open the programme."""

    __tablename__ = "talks"

    id: Mapped[int] = mapped_column(primary_key=True)
    seminar_id: Mapped[int] = mapped_column(ForeignKey("seminars.id", ondelete="CASCADE"), index=True)
    block_id: Mapped[int | None] = mapped_column(ForeignKey("blocks.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))
    duration_minutes: Mapped[int] = mapped_column(Integer)
    # set only when the user pins the start; otherwise the start follows from the talks before it
    pinned_start: Mapped[dt.datetime | None] = mapped_column(DateTime)
    mode: Mapped[str] = mapped_column(String(32))
    materials_url: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    seminar: Mapped[Seminar] = relationship(back_populates="talks")
    block: Mapped[Block | None] = relationship(back_populates="talks")
    speakers: Mapped[OrderingList[TalkSpeaker]] = relationship(
        order_by="TalkSpeaker.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )


class TalkSpeaker(Base):
    __tablename__ = "talk_speakers"

    talk_id: Mapped[int] = mapped_column(ForeignKey("talks.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship()
