"""The start-up baseline: `python -m bench.cases.plain_window DB` opens a bare PySide6 window with one table.

It reads the rows Kafedra's seminar list shows (title, dates, status, counts of talks and participants) with
plain `sqlite3`, puts them in a QStandardItemModel behind a QTableView in a QMainWindow of the main window's
size, and prints `{"painted_at": time.time()}` once the table has been painted, as Kafedra does under
KAFEDRA_BENCH_QUIT_AFTER_PAINT. No Kafedra module is imported.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

QUERY = """
SELECT s.title, s.starts_at, s.ends_at, s.status,
       (SELECT count(*) FROM talks t WHERE t.seminar_id = s.id AND t.kind NOT IN ('break', 'lunch')),
       (SELECT count(*) FROM participations p WHERE p.seminar_id = s.id)
FROM seminars s ORDER BY s.starts_at DESC, s.id DESC
"""


class Reporter(QObject):
    def __init__(self, window: QMainWindow, table: QTableView) -> None:
        super().__init__(window)
        self.window, self.done = window, False
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt names it)
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.report)  # runs once this paint has been drawn
        return False

    def report(self) -> None:
        print(json.dumps({"painted_at": time.time()}), flush=True)
        self.window.close()


def main() -> int:
    app = QApplication(sys.argv[:1])
    connection = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    rows = connection.execute(QUERY).fetchall()
    connection.close()
    model = QStandardItemModel(len(rows), 5)
    model.setHorizontalHeaderLabels(["Title", "Date", "Status", "Talks", "People"])
    for r, (title, starts, ends, status, talks, people) in enumerate(rows):
        for c, text in enumerate((title, f"{starts[:10]} – {ends[:10]}", status, str(talks), str(people))):
            model.setItem(r, c, QStandardItem(text))
    window = QMainWindow()
    window.setWindowTitle("Plain window")
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 760)
    Reporter(window, table)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
