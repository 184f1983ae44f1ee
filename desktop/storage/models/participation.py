"""Who takes part in which seminar, and the register of issued certificates."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.storage.models.base import Base, Versioned
from desktop.storage.models.directory import Person


class Participation(Versioned, Base):
    __tablename__ = "participations"
    __table_args__ = (UniqueConstraint("seminar_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seminar_id: Mapped[int] = mapped_column(ForeignKey("seminars.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(32))
    mode: Mapped[str] = mapped_column(String(32))
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime)
    attended: Mapped[bool] = mapped_column(Boolean, default=False)
    certificate_id: Mapped[int | None] = mapped_column(ForeignKey("certificates.id", ondelete="SET NULL"), unique=True)

    person: Mapped[Person] = relationship()
    certificate: Mapped[Certificate | None] = relationship()


class Certificate(Base):
    """One line of the certificate register.

    Rows are never deleted with a seminar or a person: the links become NULL and the snapshot columns keep
    what was printed, so a number can always be traced and is never issued again.
    """

    __tablename__ = "certificates"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(100), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    seminar_id: Mapped[int | None] = mapped_column(ForeignKey("seminars.id", ondelete="SET NULL"), index=True)
    person_name: Mapped[str] = mapped_column(Text)
    seminar_title: Mapped[str] = mapped_column(Text)


class CertificateCounter(Base):
    """The last sequence number used per year. It only grows: numbers are gap-free and never reused."""

    __tablename__ = "certificate_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
