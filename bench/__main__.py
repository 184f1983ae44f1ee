"""`python -m bench [--quick] [--only NAME]`: run every case 3 times, print the table, write JSON and Markdown."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bench.case import Case
from bench.registry import all_cases

ROOT = Path(__file__).resolve().parent
RUNS = 3

MIN_BASELINE_S = 0.001


@dataclass
class Row:
    case: str
    unit: str
    n: int
    ours_s: float
    baseline_s: float | None
    ratio: float | None
    ours_ms_per_unit: float | None  # for a case timed per step: the median step
    worst_ms: float | None  # the slowest step of all runs
    peak_mb: float
    goal: str
    met: bool | None


@dataclass
class Figures:
    cost_s: float
    peak_mb: float
    steps: list[float] = field(default_factory=list)  # every step of every run, for cases timed per step


def _measure(case: Case, side: str, size: int, workdir: Path) -> tuple[float, float, list[float]]:
    env = {**os.environ, **dict(case.env), "PYTHONPATH": str(ROOT.parent)}
    result = subprocess.run(
        [sys.executable, "-m", "bench.worker", case.name, side, str(size), str(workdir)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"{case.name} {side} n={size} failed:\n{result.stderr[-2000:]}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    return float(figures["seconds"]), float(figures["peak_mb"]), [float(s) for s in figures.get("steps", [])]


def _cost(case: Case, side: str, sizes: tuple[int, int], workdir: Path) -> Figures:
    """Median over the runs of (time at the big size − time at the tiny size), and the peak memory at big.

    A `whole` case runs once to warm the caches (files, compiled modules), then counts the big size alone.
    """
    tiny, big = sizes
    costs, peaks, steps = [], [], []
    if case.whole:
        _measure(case, side, big, workdir)
    for _ in range(RUNS):
        small_s = 0.0 if case.whole else _measure(case, side, tiny, workdir)[0]
        large_s, peak, run_steps = _measure(case, side, big, workdir)
        costs.append(max(large_s - small_s, 1e-9))
        peaks.append(peak)
        steps.extend(run_steps)
    return Figures(statistics.median(costs), max(peaks), steps)


def run_case(case: Case, quick: bool) -> Row:
    sizes = case.quick_sizes if quick else case.sizes
    with tempfile.TemporaryDirectory(prefix=f"kafedra-bench-{case.name}-") as folder:
        workdir = Path(folder)
        if case.prepare is not None:
            for size in sizes[1:] if case.whole else sizes:
                case.prepare(workdir, size)
        ours = _cost(case, "ours", sizes, workdir)
        baseline = _cost(case, "baseline", sizes, workdir).cost_s if case.baseline else None
    units = 1 if case.whole else sizes[1] - sizes[0]
    # a baseline under a millisecond is noise (quick mode's tiny sizes): no ratio rather than a meaningless one
    ratio = ours.cost_s / baseline if baseline is not None and baseline >= MIN_BASELINE_S else None
    if ours.steps:
        per_unit_ms: float | None = statistics.median(ours.steps) * 1000  # the median step of all runs
    else:
        per_unit_ms = None if case.whole else ours.cost_s / units * 1000
    worst_ms = max(ours.steps) * 1000 if ours.steps else None
    measured = {"ratio": ratio, "ms": per_unit_ms, "mb": ours.peak_mb, "worst_ms": worst_ms}[case.goal.kind]
    return Row(
        case=case.name,
        unit=case.unit,
        n=sizes[1],
        ours_s=round(ours.cost_s, 4),
        baseline_s=round(baseline, 4) if baseline else None,
        ratio=round(ratio, 2) if ratio else None,
        ours_ms_per_unit=None if per_unit_ms is None else round(per_unit_ms, 3),
        worst_ms=None if worst_ms is None else round(worst_ms, 1),
        peak_mb=round(ours.peak_mb, 1),
        goal=case.goal.describe(),
        met=None if measured is None else measured <= case.goal.limit,
    )


def markdown(rows: list[Row], quick: bool) -> str:
    lines = [
        f"Run {dt.datetime.now():%Y-%m-%d %H:%M} on {platform.node() or 'this machine'}: {os.cpu_count()} cores,"
        f" Python {platform.python_version()}, {platform.system()} {platform.machine()}"
        + (" — quick mode (small N, no verdict)" if quick else ""),
        "",
        "| case | N | ours (s) | baseline (s) | ratio | ms per unit | worst ms | peak MB | goal | met |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for r in rows:
        met = "—" if quick or r.met is None else ("yes" if r.met else "**no**")
        lines.append(
            f"| {r.case} | {r.n:,} {r.unit} | {r.ours_s:.3f} | {'' if r.baseline_s is None else f'{r.baseline_s:.3f}'}"
            f" | {'' if r.ratio is None else f'{r.ratio:.2f}'}"
            f" | {'' if r.ours_ms_per_unit is None else f'{r.ours_ms_per_unit:.3f}'}"
            f" | {'' if r.worst_ms is None else f'{r.worst_ms:.1f}'} | {r.peak_mb:.0f}"
            f" | {r.goal} | {met} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes: proves the cases still run (CI)")
    parser.add_argument("--only", action="append", default=[], metavar="CASE", help="run only this case")
    parser.add_argument("--out", type=Path, default=ROOT / "results", help="folder for results.json and .md")
    args = parser.parse_args()
    cases = [c for c in all_cases() if not args.only or c.name in args.only]
    rows = []
    for case in cases:
        print(f"… {case.name}", file=sys.stderr, flush=True)
        rows.append(run_case(case, args.quick))
    table = markdown(rows, args.quick)
    print(table)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps([asdict(r) for r in rows], indent=2), encoding="utf-8")
    (args.out / "results.md").write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
