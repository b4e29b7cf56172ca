"""How long a command takes to start: `workbench extract` on a one-line file, wall time as
the median of five runs in fresh processes, and the modules whose import costs most, read
from Python's own `-X importtime` report.

Start-up is paid by every script that calls the command once per article, so it is measured
apart from throughput. It is measured as a user meets it, with the package's bytecode
compiled, as Python does on a command's first run and `make install` does at once. A shell
with PYTHONDONTWRITEBYTECODE set and no bytecode on disk compiles every module from source on
every run, which roughly doubles the time.
"""

from __future__ import annotations

import compileall
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
SHOWN = 8
REPORT_LINE = re.compile(r"import time:\s+\d+\s+\|\s+(\d+)\s+\|\s*(\S+)")


def command() -> list[str]:
    return [str(Path(sys.executable).with_name("workbench")), "extract"]


def median_start(path: Path, env: dict[str, str]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run([*command(), str(path)], check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def compiled() -> dict[str, str]:
    """The environment of a run that reads the package's bytecode, compiled here first."""
    compileall.compile_dir(Path(__file__).resolve().parent.parent / "workbench", quiet=1)
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def costliest_imports(env: dict[str, str]) -> list[tuple[float, str]]:
    """The packages `workbench.cli` imports (the project's own subpackages, and each library),
    by the milliseconds each costs with all it imports."""
    report = subprocess.run([sys.executable, "-X", "importtime", "-c", "import workbench.cli"],
                            check=True, capture_output=True, text=True, env=env).stderr
    found = {}
    for line in report.splitlines():
        match = REPORT_LINE.match(line)
        if match is None:
            continue
        name = match.group(2)
        package = ".".join(name.split(".")[:2]) if name.startswith("workbench.") else name.split(".")[0]
        if name == package and package not in ("workbench", "workbench.cli"):
            found[package] = int(match.group(1)) / 1000
    return sorted(((ms, name) for name, ms in found.items()), reverse=True)[:SHOWN]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "one.txt"
        path.write_text("Profits rose 25% to £1.2bn from £960m.\n", encoding="utf-8")
        env = compiled()
        print(f"{'start-up: workbench extract, one line':44} {median_start(path, env):9.3f} s wall (median of {RUNS})")
    for milliseconds, module in costliest_imports(env):
        print(f"  import {module:40} {milliseconds:7.1f} ms with what it imports")


if __name__ == "__main__":
    main()
