"""Our organisation's profile: what certificates and programmes print about the organiser."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.ext.orderinglist import OrderingList, ordering_list
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.storage.models.base import Base, Versioned

DEFAULT_NUMBER_PATTERN = "{year}-{seq:04d}"


class OrganisationProfile(Versioned, Base):
    """A single row (id 1)."""

    __tablename__ = "organisation_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    short_name: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_mime: Mapped[str] = mapped_column(String(64), default="")
    certificate_number_pattern: Mapped[str] = mapped_column(String(200), default=DEFAULT_NUMBER_PATTERN)

    signatories: Mapped[OrderingList[Signatory]] = relationship(
        order_by="Signatory.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )


class Signatory(Base):
    __tablename__ = "signatories"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("organisation_profile.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
