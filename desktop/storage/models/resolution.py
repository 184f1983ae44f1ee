"""The resolution adopted at the end of a seminar."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.ext.orderinglist import OrderingList, ordering_list
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.storage.models.base import Base, Versioned


class Resolution(Versioned, Base):
    __tablename__ = "resolutions"

    id: Mapped[int] = mapped_column(primary_key=True)
    seminar_id: Mapped[int] = mapped_column(ForeignKey("seminars.id", ondelete="CASCADE"), unique=True)
    preamble: Mapped[str] = mapped_column(Text, default="")
    adopted_on: Mapped[dt.date | None] = mapped_column(Date)

    items: Mapped[OrderingList[ResolutionItem]] = relationship(
        order_by="ResolutionItem.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )


class ResolutionItem(Base):
    """One «participants noted» item or one numbered recommendation; order is kept per resolution."""

    __tablename__ = "resolution_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    resolution_id: Mapped[int] = mapped_column(ForeignKey("resolutions.id", ondelete="CASCADE"), index=True)
    section: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
