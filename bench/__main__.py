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
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.case import Case
from bench.registry import all_cases

ROOT = Path(__file__).resolve().parent
RUNS = 3


@dataclass
class Row:
    case: str
    unit: str
    n: int
    ours_s: float
    baseline_s: float | None
    ratio: float | None
    ours_ms_per_unit: float
    peak_mb: float
    goal: str
    met: bool | None


def _measure(case: Case, side: str, size: int, workdir: Path) -> tuple[float, float]:
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
    return float(figures["seconds"]), float(figures["peak_mb"])


def _cost(case: Case, side: str, sizes: tuple[int, int], workdir: Path) -> tuple[float, float]:
    """Median over the runs of (time at the big size − time at the tiny size), and the peak memory at big."""
    tiny, big = sizes
    costs, peaks = [], []
    for _ in range(RUNS):
        small_s, _ = _measure(case, side, tiny, workdir)
        large_s, peak = _measure(case, side, big, workdir)
        costs.append(max(large_s - small_s, 1e-9))
        peaks.append(peak)
    return statistics.median(costs), max(peaks)


def run_case(case: Case, quick: bool) -> Row:
    sizes = case.quick_sizes if quick else case.sizes
    with tempfile.TemporaryDirectory(prefix=f"kafedra-bench-{case.name}-") as folder:
        workdir = Path(folder)
        if case.prepare is not None:
            for size in sizes:
                case.prepare(workdir, size)
        ours, peak = _cost(case, "ours", sizes, workdir)
        baseline = _cost(case, "baseline", sizes, workdir)[0] if case.baseline else None
    units = sizes[1] - sizes[0]
    ratio = ours / baseline if baseline else None
    per_unit_ms = ours / units * 1000
    measured = {"ratio": ratio, "ms": per_unit_ms, "mb": peak}[case.goal.kind]
    return Row(
        case=case.name,
        unit=case.unit,
        n=sizes[1],
        ours_s=round(ours, 4),
        baseline_s=round(baseline, 4) if baseline else None,
        ratio=round(ratio, 2) if ratio else None,
        ours_ms_per_unit=round(per_unit_ms, 3),
        peak_mb=round(peak, 1),
        goal=case.goal.describe(),
        met=None if measured is None else measured <= case.goal.limit,
    )


def markdown(rows: list[Row], quick: bool) -> str:
    lines = [
        f"Run {dt.datetime.now():%Y-%m-%d %H:%M} on {platform.node() or 'this machine'}: {os.cpu_count()} cores,"
        f" Python {platform.python_version()}, {platform.system()} {platform.machine()}"
        + (" — quick mode (small N, no verdict)" if quick else ""),
        "",
        "| case | N | ours (s) | baseline (s) | ratio | ms per unit | peak MB | goal | met |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for r in rows:
        met = "—" if quick or r.met is None else ("yes" if r.met else "**no**")
        lines.append(
            f"| {r.case} | {r.n:,} {r.unit} | {r.ours_s:.3f} | {'' if r.baseline_s is None else f'{r.baseline_s:.3f}'}"
            f" | {'' if r.ratio is None else f'{r.ratio:.2f}'} | {r.ours_ms_per_unit:.3f} | {r.peak_mb:.0f}"
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
