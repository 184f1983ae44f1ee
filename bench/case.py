"""What a benchmark case is: a workload at two sizes, measured for Kafedra and for a plain-library baseline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# A side gets the work folder (shared, prepared once) and a size; it does its set-up and returns the work to time.
Side = Callable[[Path, int], Callable[[], object]]


@dataclass(frozen=True)
class Goal:
    """`ratio`: ours ÷ baseline ≤ limit; `ms`: milliseconds per unit ≤ limit; `mb`: peak memory ≤ limit."""

    kind: str
    limit: float

    def describe(self) -> str:
        return {"ratio": f"≤ {self.limit:g}×", "ms": f"≤ {self.limit:g} ms", "mb": f"≤ {self.limit:g} MB"}[self.kind]


@dataclass(frozen=True)
class Case:
    name: str
    unit: str
    sizes: tuple[int, int]  # (tiny, big): the cost is big minus tiny, so start-up and fixed costs cancel out
    quick_sizes: tuple[int, int]
    goal: Goal
    ours: Side
    baseline: Side | None = None
    prepare: Callable[[Path, int], None] | None = None  # inputs both sides read (a CSV, a database)
    env: tuple[tuple[str, str], ...] = ()
