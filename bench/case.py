"""What a benchmark case is: a workload at two sizes, measured for Kafedra and for a plain-library baseline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# A side gets the work folder (shared, prepared once) and a size; it does its set-up and returns the work to time.
# The work may return a `Timed` when it times itself (a child process that reports a moment, or many steps).
Side = Callable[[Path, int], Callable[[], object]]


@dataclass(frozen=True)
class Timed:
    """The seconds a side's work counts, when the worker's own clock around `work()` is not the right one.

    `steps` are the times of the single steps (keystrokes) when the case is about the slowest step.
    """

    seconds: float
    steps: tuple[float, ...] = ()


@dataclass(frozen=True)
class Goal:
    """`ratio`: ours ÷ baseline ≤ limit; `ms`: milliseconds per unit ≤ limit; `mb`: peak memory ≤ limit;
    `worst_ms`: the slowest single step (`Timed.steps`, over all runs) ≤ limit milliseconds."""

    kind: str
    limit: float
    step: str = ""  # what a step is, for `worst_ms`: "keystroke"

    def describe(self) -> str:
        return {
            "ratio": f"≤ {self.limit:g}×",
            "ms": f"≤ {self.limit:g} ms",
            "mb": f"≤ {self.limit:g} MB",
            "worst_ms": f"≤ {self.limit:g} ms per {self.step}",
        }[self.kind]


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
    # True: only the big size runs and its whole time counts (start-up is the cost itself; a step's time is
    # already the cost of one step), after one warm-up run per side that is not counted
    whole: bool = False
