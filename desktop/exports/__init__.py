"""Files made from a seminar for other programs: lists (CSV, XLSX), the programme (iCalendar, frab XML).

Every function here takes plain records and returns bytes; none touches the database or picks a path (the
caller does: `desktop.services.listings` and the programme and certificate services give the records).
"""

from desktop.exports.frab import programme_frab
from desktop.exports.icalendar import programme_ics
from desktop.exports.lists import ParticipantLine, ParticipantList, participants_table, register_table
from desktop.exports.programme import local_zone, zone_named
from desktop.exports.tabular import csv_bytes, neutralise, xlsx_bytes

__all__ = [
    "ParticipantLine",
    "ParticipantList",
    "csv_bytes",
    "local_zone",
    "neutralise",
    "participants_table",
    "programme_frab",
    "programme_ics",
    "register_table",
    "xlsx_bytes",
    "zone_named",
]
