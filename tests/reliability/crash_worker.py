"""Run in a subprocess by test_crash.py: issue certificates batch after batch, saying when each is committed.

`python -m tests.reliability.crash_worker DB SEMINAR_ID BATCH` numbers the seminar's participants without a
certificate, BATCH per transaction, and prints `committed N` after each commit, so the test can kill it while
later batches are being written.
"""

from __future__ import annotations

import datetime as dt
import sys

from sqlalchemy import select

from desktop.services import certificates
from desktop.storage.database import open_database
from desktop.storage.models import Participation

ISSUED_ON = dt.date(2026, 11, 25)


def main(argv: list[str]) -> int:
    path, seminar_id, batch = argv[0], int(argv[1]), int(argv[2])
    db = open_database(path)
    issued = 0
    while True:
        with db.transaction() as session:
            waiting = session.scalars(
                select(Participation.id)
                .where(Participation.seminar_id == seminar_id, Participation.certificate_id.is_(None))
                .order_by(Participation.id)
                .limit(batch)
            ).all()
            if not waiting:
                break
            certificates.issue_certificates(session, [(pid, None) for pid in waiting], ISSUED_ON)
        issued += len(waiting)
        print(f"committed {issued}", flush=True)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
