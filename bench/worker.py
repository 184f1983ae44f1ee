"""One measurement in a fresh process: `python -m bench.worker CASE SIDE N WORKDIR` prints seconds and peak memory.

A fresh process per measurement keeps the peak-memory figure honest and stops one side warming caches for
the other.
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import time
from pathlib import Path

from bench.case import Timed
from bench.registry import find_case


def main() -> None:
    name, side, size, workdir = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    case = find_case(name)
    make = case.ours if side == "ours" else case.baseline
    assert make is not None, f"{name} has no {side}"
    work = make(workdir, size)
    gc.collect()
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    steps: tuple[float, ...] = ()
    if isinstance(result, Timed):  # the work timed itself (a child process's painted moment, keystrokes)
        seconds, steps = result.seconds, result.steps
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mb": max(peak_kb, children_kb) / 1024, "steps": steps}))


if __name__ == "__main__":
    main()
