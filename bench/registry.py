"""All cases, in the order of the table."""

from __future__ import annotations

from bench.case import Case


def all_cases() -> list[Case]:
    from bench.cases import documents, gui, registrations

    return [*documents.CASES, *registrations.CASES, *gui.CASES]


def find_case(name: str) -> Case:
    for case in all_cases():
        if case.name == name:
            return case
    raise SystemExit(f"no benchmark case {name!r}")
