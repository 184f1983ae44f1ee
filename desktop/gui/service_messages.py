"""The English messages of the Qt-free layers, translated where the window shows them (decision 0015).

Services, the domain, storage, importing and documents raise and report in English: those layers have no Qt and
the CLI prints their words as they are. The window passes such a message through `translated`, which finds the
first row of `ROWS` whose pattern matches the whole message and fills that row's template, in the interface
language, with the parts it captured (names, dates, paths). A message no row knows is shown as it is, in English.

Each row is written once, as its English template: the pattern is made from it (a field matches any text, the
rest literally), so the table cannot drift from what it translates. The order matters where two templates could
match the same text: the more specific comes first. Some captured parts are English words themselves (the label
of a field, the kind of a record): `TERMS` translates those it knows, and a conflict or a name check's reasons quoted in a
document warning are translated in turn.
"""

# ruff: noqa: E501  (one template and its example a line: the table reads as the messages do)
from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cached_property

from desktop.gui.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "ServiceMessages"


@dataclass(frozen=True)
class Row:
    template: str  # English, marked for translation in CONTEXT
    example: str  # a real message of this form, for the tests

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Compiled at the first message, not at import: the window's start does not wait for 150 patterns."""
        return _pattern(self.template)


def _pattern(template: str) -> re.Pattern[str]:
    parts: list[str] = []
    seen: set[str] = set()
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is None:
            continue
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
    return re.compile("".join(parts), re.DOTALL)


def _row(template: str, example: str) -> Row:
    return Row(template, example)


# Parts captured in these groups are English words from a fixed list: field labels, kinds of record.
TERM_GROUPS = frozenset({"label", "what", "field"})
# Parts captured in these groups are ", "-separated lists of such words.
TERM_LIST_GROUPS = frozenset({"fields"})
# Parts captured in these groups are whole messages (or "; "-separated messages) of this table.
NESTED_GROUPS = frozenset({"conflict", "reasons"})

TERMS = {
    term: translated_term
    for term, translated_term in (
        # labels of required fields and links (desktop/services/_common.py)
        ("The seminar's title", QT_TRANSLATE_NOOP("ServiceMessages", "The seminar's title")),
        ("The block's title", QT_TRANSLATE_NOOP("ServiceMessages", "The block's title")),
        ("The talk's title", QT_TRANSLATE_NOOP("ServiceMessages", "The talk's title")),
        ("The item", QT_TRANSLATE_NOOP("ServiceMessages", "The item")),
        ("The organisation's name", QT_TRANSLATE_NOOP("ServiceMessages", "The organisation's name")),
        ("The surname", QT_TRANSLATE_NOOP("ServiceMessages", "The surname")),
        ("The materials link", QT_TRANSLATE_NOOP("ServiceMessages", "The materials link")),
        ("The stream link", QT_TRANSLATE_NOOP("ServiceMessages", "The stream link")),
        ("The recording link", QT_TRANSLATE_NOOP("ServiceMessages", "The recording link")),
        ("The registration link", QT_TRANSLATE_NOOP("ServiceMessages", "The registration link")),
        # kinds of record (get_or_raise)
        ("seminar", QT_TRANSLATE_NOOP("ServiceMessages", "seminar")),
        ("person", QT_TRANSLATE_NOOP("ServiceMessages", "person")),
        ("organisation", QT_TRANSLATE_NOOP("ServiceMessages", "organisation")),
        ("block", QT_TRANSLATE_NOOP("ServiceMessages", "block")),
        ("talk", QT_TRANSLATE_NOOP("ServiceMessages", "talk")),
        ("participation", QT_TRANSLATE_NOOP("ServiceMessages", "participation")),
        ("resolution", QT_TRANSLATE_NOOP("ServiceMessages", "resolution")),
        ("resolution item", QT_TRANSLATE_NOOP("ServiceMessages", "resolution item")),
        # columns of a registration table (desktop/importing/columns.py FIELD_LABELS)
        ("full name", QT_TRANSLATE_NOOP("ServiceMessages", "full name")),
        ("surname", QT_TRANSLATE_NOOP("ServiceMessages", "surname")),
        ("given name", QT_TRANSLATE_NOOP("ServiceMessages", "given name")),
        ("patronymic", QT_TRANSLATE_NOOP("ServiceMessages", "patronymic")),
        ("position", QT_TRANSLATE_NOOP("ServiceMessages", "position")),
        ("city", QT_TRANSLATE_NOOP("ServiceMessages", "city")),
        ("e-mail", QT_TRANSLATE_NOOP("ServiceMessages", "e-mail")),
        ("phone", QT_TRANSLATE_NOOP("ServiceMessages", "phone")),
        ("participation format", QT_TRANSLATE_NOOP("ServiceMessages", "participation format")),
        ("role", QT_TRANSLATE_NOOP("ServiceMessages", "role")),
        # parts of a certificate cut short (desktop/documents/builders/certificates.py)
        ("issuer", QT_TRANSLATE_NOOP("ServiceMessages", "issuer")),
        ("title", QT_TRANSLATE_NOOP("ServiceMessages", "title")),
        ("name", QT_TRANSLATE_NOOP("ServiceMessages", "name")),
        ("talk title", QT_TRANSLATE_NOOP("ServiceMessages", "talk title")),
    )
}

# fmt: off
ROWS: tuple[Row, ...] = (
    # seminars, programme, shared field checks (desktop/services/seminars.py, programme.py, _common.py)
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the seminar ends ({ends}) before it starts ({starts})"),
         "the seminar ends (2025-03-01 10:00) before it starts (2025-03-02 10:00)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "academic hours cannot be negative"),
         "academic hours cannot be negative"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{label} must not be empty"),
         "The seminar's title must not be empty"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{label} must start with http:// or https:// (got «{value}»)"),
         "The stream link must start with http:// or https:// (got «www.example.org»)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{label} must not contain spaces"),
         "The recording link must not contain spaces"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "a talk lasts from 1 minute to 24 hours, not {minutes} minutes"),
         "a talk lasts from 1 minute to 24 hours, not 0 minutes"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "block {block} belongs to another seminar"),
         "block 7 belongs to another seminar"),
    # organisations, people, merging, profile, resolution, participants
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "«{name}» is not an organisation name (no letters or digits)"),
         "«—» is not an organisation name (no letters or digits)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "«{name}» is already in the directory (id {id}); merge the two instead"),
         "«Краевая библиотека» is already in the directory (id 3); merge the two instead"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "an organisation cannot be merged with itself"),
         "an organisation cannot be merged with itself"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "«{email}» is not an e-mail address"),
         "«ivanova@» is not an e-mail address"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "a person cannot be merged with themselves"),
         "a person cannot be merged with themselves"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "cannot choose {fields} when merging"),
         "cannot choose shoe_size when merging"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the logo must be a PNG or JPEG image"),
         "the logo must be a PNG or JPEG image"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "at most {count} signatories"),
         "at most 3 signatories"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the logo is larger than 5 MB; use a smaller image"),
         "the logo is larger than 5 MB; use a smaller image"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the logo is not a whole PNG or JPEG image"),
         "the logo is not a whole PNG or JPEG image"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the logo is {width}×{height} pixels; use an image of at most {limit} pixels on its longer side"),
         "the logo is 20000×20000 pixels; use an image of at most 4000 pixels on its longer side"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "no place {place} among {count} items"),
         "no place 9 among 4 items"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "person {person} is not registered for seminar {seminar}"),
         "person 12 is not registered for seminar 3"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "no {what} with id {id}"),
         "no seminar with id 42"),
    # concurrent edits (services/_common.check_version, storage/concurrency.py)
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "The talk «{title}» was changed by {who} at {when} after you opened it; reload to see the changes"),
         "The talk «Летнее чтение: итоги» was changed by ivanova at 14:32 after you opened it; reload to see the changes"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "The block «{title}» was changed by {who} at {when} after you opened it; reload to see the changes"),
         "The block «Секция 1» was changed by ivanova at 2026-11-24 14:32 after you opened it; reload to see the changes"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "The seminar «{title}» was changed by {who} at {when} after you opened it; reload to see the changes"),
         "The seminar «Книжное лето» was changed by ivanova at 14:32 after you opened it; reload to see the changes"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "The registration of «{name}» was changed by {who} at {when} after you opened it; reload to see the changes"),
         "The registration of «Кузнецова Ольга Игоревна» was changed by ivanova at 14:32 after you opened it; reload to see the changes"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "The directory entry «{name}» was changed by {who} at {when} after you opened it; reload to see the changes"),
         "The directory entry «Орлова Анна Сергеевна» was changed by ivanova at 14:32 after you opened it; reload to see the changes"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "The organisation «{name}» was changed by {who} at {when} after you opened it; reload to see the changes"),
         "The organisation «ЦБС г. Твери» was changed by ivanova at 14:32 after you opened it; reload to see the changes"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "The resolution of «{title}» was changed by {who} at {when} after you opened it; reload to see the changes"),
         "The resolution of «Книжное лето» was changed by ivanova at 14:32 after you opened it; reload to see the changes"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "The organisation profile was changed by {who} at {when} after you opened it; reload to see the changes"),
         "The organisation profile was changed by ivanova at 14:32 after you opened it; reload to see the changes"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "The database is busy: another Kafedra window or command is writing to it. Try again in a moment."),
         "The database is busy: another Kafedra window or command is writing to it. Try again in a moment."),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "Someone else saved a change to the same record at the same moment; reload to see it."),
         "Someone else saved a change to the same record at the same moment; reload to see it."),
    # certificate numbers (desktop/domain/numbering.py)
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the certificate number pattern is empty"),
         "the certificate number pattern is empty"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the certificate number pattern «{pattern}» is malformed ({reason})"),
         "the certificate number pattern «{seq» is malformed (expected '}' before end of string)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the certificate number pattern may use {{year}} and {{seq}}, not {{{unknown}}}"),
         "the certificate number pattern may use {year} and {seq}, not {month}"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the certificate number pattern must contain {{seq}}, or every number would be the same"),
         "the certificate number pattern must contain {seq}, or every number would be the same"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the certificate number pattern «{pattern}» cannot be used ({reason})"),
         "the certificate number pattern «{seq:x}» cannot be used (Unknown format code 'x' for object of type 'int')"),
    # programme conflicts (desktop/domain/schedule.py)
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "«{talk}» is pinned to {pinned}, before «{previous}» ends at {ends}"),
         "«Closing» is pinned to 01.03 11:00, before «Keynote» ends at 01.03 11:30"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the same speaker is in «{first}» ({first_start}–{first_end}) and «{second}» ({second_start}–{second_end})"),
         "the same speaker is in «Keynote» (01.03 10:00–01.03 11:00) and «Panel» (01.03 10:30–01.03 11:30)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "blocks «{first}» and «{second}» overlap in room «{room}»"),
         "blocks «Morning» and «Workshop» overlap in room «Hall 1»"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "blocks «{first}» and «{second}» overlap in the same room"),
         "blocks «Morning» and «Workshop» overlap in the same room"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "«{talk}» ends at {ends}, after the seminar ends ({end})"),
         "«Closing» ends at 2025-03-01 18:30, after the seminar ends (2025-03-01 18:00)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "«{talk}» starts at {starts}, before the seminar starts ({start})"),
         "«Opening» starts at 2025-03-01 09:00, before the seminar starts (2025-03-01 10:00)"),
    # database files (desktop/storage, desktop/services/backup.py)
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: an empty database, not a Kafedra database"),
         "/home/me/empty.sqlite3: an empty database, not a Kafedra database"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the database has no schema revision, not a Kafedra database"),
         "/home/me/old.sqlite3: the database has no schema revision, not a Kafedra database"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: made by a newer version of Kafedra (schema {revision}); install the newer Kafedra to use it"),
         "/home/me/new.sqlite3: made by a newer version of Kafedra (schema 0099); install the newer Kafedra to use it"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the copy failed its check ({problem})"),
         "/home/me/copy.sqlite3: the copy failed its check (database disk image is malformed)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: that is the database itself; choose another file for the backup"),
         "/home/me/kafedra.sqlite3: that is the database itself; choose another file for the backup"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: is a folder; give a file name for the backup"),
         "/home/me: is a folder; give a file name for the backup"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the folder {folder} does not exist"),
         "/nowhere/copy.sqlite3: the folder /nowhere does not exist"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: cannot write the backup ({reason})"),
         "/home/me/copy.sqlite3: cannot write the backup (disk full)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: that is the database itself; nothing to restore"),
         "/home/me/kafedra.sqlite3: that is the database itself; nothing to restore"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: cannot restore from {source} ({reason}); the previous database is kept at {kept}"),
         "/home/me/k.sqlite3: cannot restore from /tmp/b.sqlite3 (disk full); the previous database is kept at /home/me/k.old"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: cannot restore from {source} ({reason})"),
         "/home/me/k.sqlite3: cannot restore from /tmp/b.sqlite3 (disk full)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: is a folder, not a database file"),
         "/home/me: is a folder, not a database file"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: cannot be read ({reason})"),
         "/home/me/k.sqlite3: cannot be read (Permission denied)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the file is empty (0 bytes), not a Kafedra database; it was left as is"),
         "/home/me/k.sqlite3: the file is empty (0 bytes), not a Kafedra database; it was left as is"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: not a SQLite database (wrong file type); it was left as is"),
         "/home/me/notes.txt: not a SQLite database (wrong file type); it was left as is"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the database is damaged (the file is cut short); it was left as is"),
         "/home/me/k.sqlite3: the database is damaged (the file is cut short); it was left as is"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the database is damaged (the file is cut short: {size} of {expected} bytes); it was left as is"),
         "/home/me/k.sqlite3: the database is damaged (the file is cut short: 4096 of 8192 bytes); it was left as is"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: a SQLite database of another program, not of Kafedra; it was left as is"),
         "/home/me/other.db: a SQLite database of another program, not of Kafedra; it was left as is"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the database is damaged or not a database ({reason}); it was left as is"),
         "/home/me/k.sqlite3: the database is damaged or not a database (file is not a database); it was left as is"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the database is damaged ({problem}); it was left as is"),
         "/home/me/k.sqlite3: the database is damaged (row 3 missing from index); it was left as is"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: cannot write a backup copy before the upgrade ({reason})"),
         "/home/me/k.sqlite3: cannot write a backup copy before the upgrade (disk full)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "The connection to the database server was lost, so this change was not saved; check the network and try again"),
         "The connection to the database server was lost, so this change was not saved; check the network and try again"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "The database server refused a value ({detail}); nothing was saved"),
         "The database server refused a value (value too long for type character varying(200)); nothing was saved"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: not a database path or URL"),
         "postgresql://: not a database path or URL"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: Kafedra works with a SQLite file or a PostgreSQL server (postgresql://USER@HOST:PORT/DATABASE)"),
         "mysql://kafedra@db/kafedra: Kafedra works with a SQLite file or a PostgreSQL server (postgresql://USER@HOST:PORT/DATABASE)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: cannot create the folder {folder} ({reason})"),
         "/root/k.sqlite3: cannot create the folder /root (Permission denied)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the database has no schema revision; it was left as is"),
         "/home/me/k.sqlite3: the database has no schema revision; it was left as is"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: made by a newer version of Kafedra (schema {revision}); install the newer Kafedra to open it; the file was left as is"),
         "/home/me/k.sqlite3: made by a newer version of Kafedra (schema 0099); install the newer Kafedra to open it; the file was left as is"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: a database of another program, not of Kafedra"),
         "/home/me/other.db: a database of another program, not of Kafedra"),
    # a department's PostgreSQL server (desktop/storage/postgres.py)
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the server refused the password of user {user}"),
         "postgresql+psycopg://metodist:***@db.library.local:5432/kafedra: the server refused the password of user metodist"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: no password for user {user}; enter it in Settings → Database, or put it in ~/.pgpass or PGPASSWORD"),
         "postgresql+psycopg://metodist@db.library.local:5432/kafedra: no password for user metodist; enter it in Settings → Database, or put it in ~/.pgpass or PGPASSWORD"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the database {database} does not exist on the server; ask its administrator to create it"),
         "postgresql+psycopg://metodist@db.library.local:5432/kafedra: the database kafedra does not exist on the server; ask its administrator to create it"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the server has no user {user}"),
         "postgresql+psycopg://metodist@db.library.local:5432/kafedra: the server has no user metodist"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the server {host} is not known; check its name"),
         "postgresql+psycopg://metodist@db.library.local:5432/kafedra: the server db.library.local is not known; check its name"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the server {host}:{port} is unreachable; check the address and that PostgreSQL is running there"),
         "postgresql+psycopg://metodist@db.library.local:5432/kafedra: the server db.library.local:5432 is unreachable; check the address and that PostgreSQL is running there"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the server does not accept connections from this computer for {user}"),
         "postgresql+psycopg://metodist@db.library.local:5432/kafedra: the server does not accept connections from this computer for metodist"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: cannot prepare the database (user {user} may not create or change the tables; open it once as the database's owner, or ask the administrator to, so that Kafedra can create or upgrade them)"),
         "postgresql+psycopg://metodist@db.library.local:5432/kafedra: cannot prepare the database (user metodist may not create or change the tables; open it once as the database's owner, or ask the administrator to, so that Kafedra can create or upgrade them)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: cannot connect ({reason})"),
         "postgresql://db/kafedra: cannot connect (connection refused)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: cannot prepare the database ({reason}); a copy made before the upgrade is at {backup}"),
         "/home/me/k.sqlite3: cannot prepare the database (disk full); a copy made before the upgrade is at /home/me/k.bak"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: cannot prepare the database ({reason})"),
         "/home/me/k.sqlite3: cannot prepare the database (disk full)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the upgrade left {count} broken reference(s) (first: {table} row {row} → {parent}); the database was left as it was"),
         "/home/me/k.sqlite3: the upgrade left 2 broken reference(s) (first: talk row 5 → block); the database was left as it was"),
    # writes the disk or the file refuses (desktop/storage/write_errors.py, database.py)
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the disk is full; the change was not saved and the database is as it was. Free some space and try again"),
         "/home/me/k.sqlite3: the disk is full; the change was not saved and the database is as it was. Free some space and try again"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the database is read-only; the change was not saved"),
         "/home/me/k.sqlite3: the database is read-only; the change was not saved"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the file is read-only and was made by an older Kafedra (schema {revision}), so it cannot be upgraded; make it writable, or open a copy; it was left as is"),
         "/media/cd/k.sqlite3: the file is read-only and was made by an older Kafedra (schema 0001), so it cannot be upgraded; make it writable, or open a copy; it was left as is"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: cannot restore the backup {backup} ({reason}); the file was left as is"),
         "/home/me/k.sqlite3: cannot restore the backup /home/me/backups/k-20261120-090000.sqlite3 (No space left on device); the file was left as is"),
    # registration tables (desktop/importing/reading.py, columns.py)
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: is a folder, not a file"),
         "/home/me: is a folder, not a file"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: no such file"),
         "/home/me/list.csv: no such file"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: cannot read the file ({reason})"),
         "/home/me/list.csv: cannot read the file (Permission denied)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the file is empty"),
         "/home/me/list.csv: the file is empty"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the file has no rows"),
         "/home/me/list.csv: the file has no rows"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: not a text table in a known encoding ({encodings})"),
         "/home/me/list.csv: not a text table in a known encoding (UTF-8, Windows-1251)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: cannot tell the encoding; save the file as UTF-8 ({encodings})"),
         "/home/me/list.csv: cannot tell the encoding; save the file as UTF-8 (UTF-8, Windows-1251)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: not a spreadsheet Kafedra can read ({reason})"),
         "/home/me/list.xlsx: not a spreadsheet Kafedra can read (Cannot detect file format)"),
    # limits against hostile or mistaken registration tables (desktop/importing/reading.py)
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: more than {limit} rows under the header (row {row}); split the file"),
         "/home/me/list.csv: more than 100,000 rows under the header (row 100002); split the file"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: {size} MB, larger than a registration table can be (at most {limit} MB); split the file"),
         "/home/me/list.csv: 120 MB, larger than a registration table can be (at most 100 MB); split the file"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: mixed encodings: line {line} is UTF-8 but line {other} is not; save the whole file in one encoding"),
         "/home/me/list.csv: mixed encodings: line 12 is UTF-8 but line 1 is not; save the whole file in one encoding"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}, row {row}: a line longer than {limit} characters; not a registration table"),
         "/home/me/list.csv, row 2: a line longer than 1,000,000 characters; not a registration table"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}, row {row}: more than {limit} columns; not a registration table"),
         "/home/me/list.csv, row 1: more than 1,000 columns; not a registration table"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}, row {row}: not text in {encoding}; the file is damaged"),
         "/home/me/list.csv, row 12: not text in utf-16; the file is damaged"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}, row {row}: a NUL byte, so the file is binary or damaged"),
         "/home/me/list.csv, row 3001: a NUL byte, so the file is binary or damaged"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}, row {row}: a cell longer than {limit} characters (an unclosed quote?)"),
         "/home/me/list.csv, row 7: a cell longer than 1,000,000 characters (an unclosed quote?)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: a ZIP archive with no workbook inside, not a spreadsheet"),
         "/home/me/list.xlsx: a ZIP archive with no workbook inside, not a spreadsheet"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the spreadsheet unpacks to {size} MB, more than a registration table can be (at most {limit} MB); not opened"),
         "/home/me/list.xlsx: the spreadsheet unpacks to 300 MB, more than a registration table can be (at most 200 MB); not opened"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: {part} inside the spreadsheet unpacks {ratio} times larger than it is stored, as a ZIP bomb does; not opened"),
         "/home/me/list.xlsx: xl/worksheets/sheet1.xml inside the spreadsheet unpacks 294 times larger than it is stored, as a ZIP bomb does; not opened"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the sheet reaches row {row} and column {column}, more than a registration table can be (at most {limit} cells); not opened"),
         "/home/me/list.xlsx: the sheet reaches row 1,048,576 and column 16,384, more than a registration table can be (at most 2,100,000 cells); not opened"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: the sheet has a cell reference Kafedra does not read; not opened"),
         "/home/me/list.xlsx: the sheet has a cell reference Kafedra does not read; not opened"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: more than one column is mapped to {fields}"),
         "list.csv: more than one column is mapped to surname"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{path}: no column with people's names (expected a header such as «ФИО», «Фамилия», «ПІБ» or «Full name»; the headers are {headers})"),
         "list.csv: no column with people's names (expected a header such as «ФИО», «Фамилия», «ПІБ» or «Full name»; the headers are «Город»)"),
    # documents with nothing to print (desktop/documents/preparation.py)
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "seminar {seminar} has no participants to print badges for"),
         "seminar 3 has no participants to print badges for"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "seminar {seminar} has no speakers to print certificates for"),
         "seminar 3 has no speakers to print certificates for"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "seminar {seminar} has no participants to print certificates for"),
         "seminar 3 has no participants to print certificates for"),
    # notes on the rows of an imported table (desktop/importing/cleaning.py, desktop/services/_registration_match.py)
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{field} «{value}» starts with «=», kept as plain text"),
         "position «=A1+B1» starts with «=», kept as plain text"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "«{written}» in the surname column split into surname, given name and patronymic"),
         "«Иванова Мария Петровна» in the surname column split into surname, given name and patronymic"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "name «{typed}» written as «{written}»"),
         "name «ИВАНОВА мария» written as «Иванова Мария»"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "several e-mails «{value}», the first kept"),
         "several e-mails «a@example.org, b@example.org», the first kept"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "malformed e-mail «{value}», left out"),
         "malformed e-mail «ivanova@», left out"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "malformed phone «{value}», left out"),
         "malformed phone «позвонить», left out"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "participation format «{value}» not understood, the seminar's default used"),
         "participation format «как получится» not understood, the seminar's default used"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "role «{value}» not understood, participant assumed"),
         "role «гость» not understood, participant assumed"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "no name, skipped"),
         "no name, skipped"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "duplicate of row {row}, merged"),
         "duplicate of row 2, merged"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{who} is already registered for this seminar"),
         "Иванова Мария Петровна (#5) is already registered for this seminar"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "matched to {who} in the directory"),
         "matched to Иванова Мария Петровна (#5) in the directory"),
    # warnings shown before printing (desktop/documents/preparation.py)
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "programme conflict: {conflict}"),
         "programme conflict: blocks «Morning» and «Workshop» overlap in the same room"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the programme has no talks yet"),
         "the programme has no talks yet"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the resolution has no items yet: only the preamble and the talks are printed"),
         "the resolution has no items yet: only the preamble and the talks are printed"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the organisation profile names no signatories: the resolution is printed unsigned"),
         "the organisation profile names no signatories: the resolution is printed unsigned"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "nobody is registered yet: the sheet has empty rows to fill in by hand"),
         "nobody is registered yet: the sheet has empty rows to fill in by hand"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the badge of {name} had a line cut short; check it"),
         "the badge of Иванова Мария Петровна had a line cut short; check it"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{name} speaks in the programme but is not registered, so gets no certificate"),
         "Петров Пётр speaks in the programme but is not registered, so gets no certificate"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "{count} registered people were not marked present and get none"),
         "3 registered people were not marked present and get none"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "Someone else issued certificates to some of these participants at the same moment; nothing was issued this time, try again"),
         "Someone else issued certificates to some of these participants at the same moment; nothing was issued this time, try again"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the organisation profile names no signatories: certificates are printed unsigned"),
         "the organisation profile names no signatories: certificates are printed unsigned"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the logo in Settings cannot be printed (not a whole PNG or JPEG image, or too large): the document is made without it; choose the logo again in Settings"),
         "the logo in Settings cannot be printed (not a whole PNG or JPEG image, or too large): the document is made without it; choose the logo again in Settings"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "check «{name}» → «{printed}»: {reasons}"),
         "check «Кузьма Ия» → «Кузьме Ие»: gender unknown; the surname was left undeclined"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the fonts cannot print {characters}; those characters will show as boxes"),
         "the fonts cannot print ☃ ☄; those characters will show as boxes"),
    # why a name on a certificate should be checked (desktop/documents/declension.py, builders/certificates.py)
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the fonts cannot print {characters}"),
         "the fonts cannot print ☃"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the {what} was too long and is cut short"),
         "the talk title was too long and is cut short"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "gender unknown"),
         "gender unknown"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "written in Latin or another script, so it is left undeclined"),
         "written in Latin or another script, so it is left undeclined"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "Ukrainian spelling declined by Russian rules"),
         "Ukrainian spelling declined by Russian rules"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "Russian spelling declined by Ukrainian rules"),
         "Russian spelling declined by Ukrainian rules"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "a man's surname in -а/-я: whether it declines depends on its origin and stress"),
         "a man's surname in -а/-я: whether it declines depends on its origin and stress"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "the surname was left undeclined"),
         "the surname was left undeclined"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "a woman's surname in -ька: an adjective (-ій) or a noun (-ці)"),
         "a woman's surname in -ька: an adjective (-ій) or a noun (-ці)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "a woman's surname in -на: an adjective (-ій) or a noun (-і)"),
         "a woman's surname in -на: an adjective (-ій) or a noun (-і)"),
    _row(QT_TRANSLATE_NOOP("ServiceMessages", "a man's surname in -ній: an adjective (-ньому) or a noun (-нію)"),
         "a man's surname in -ній: an adjective (-ньому) or a noun (-нію)"),
)
# fmt: on


def _part(name: str, value: str) -> str:
    if name in TERM_GROUPS and value in TERMS:
        return translate(CONTEXT, TERMS[value])
    if name in TERM_LIST_GROUPS:
        return ", ".join(_part("field", part) for part in value.split(", "))
    if name in NESTED_GROUPS:
        return "; ".join(translated(part) for part in value.split("; "))
    return value


def translated(message: str) -> str:
    """`message` in the interface language when a row of `ROWS` knows it; otherwise unchanged (English)."""
    for row in ROWS:
        found = row.pattern.fullmatch(message)
        if found is not None:
            parts = {name: _part(name, value) for name, value in found.groupdict().items()}
            return translate(CONTEXT, row.template).format(**parts)
    return message
