"""The directory: organisations and people, shared by all seminars."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.storage.models.base import Base, Versioned


class Organisation(Versioned, Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(Text)
    short_name: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    # organisation_key(full_name): the same name typed with other quotes or case is the same organisation
    key: Mapped[str] = mapped_column(Text, unique=True)
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)

    people: Mapped[list[Person]] = relationship(back_populates="organisation")


class Person(Versioned, Base):
    __tablename__ = "people"
    __table_args__ = (Index("ix_people_name_key", "name_key"), Index("ix_people_email_key", "email_key"))

    id: Mapped[int] = mapped_column(primary_key=True)
    surname: Mapped[str] = mapped_column(String(200))
    given_name: Mapped[str] = mapped_column(String(200), default="")
    patronymic: Mapped[str] = mapped_column(String(200), default="")
    gender: Mapped[str] = mapped_column(String(16), default="unknown")
    position: Mapped[str] = mapped_column(Text, default="")
    degree: Mapped[str] = mapped_column(Text, default="")
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"), index=True)
    city: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # derived keys, kept by the services: folded for Cyrillic-aware search and de-duplication
    name_key: Mapped[str] = mapped_column(Text, default="")
    email_key: Mapped[str] = mapped_column(String(320), default="")
    search_key: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")
    name_forms: Mapped[list[PersonNameForm]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonNameForm.language"
    )


class PersonNameForm(Base):
    """A hand-corrected dative form of a person's full name for one document language."""

    __tablename__ = "person_name_forms"
    __table_args__ = (UniqueConstraint("person_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    dative: Mapped[str] = mapped_column(Text)

    person: Mapped[Person] = relationship(back_populates="name_forms")
