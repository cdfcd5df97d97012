"""The load script holds several sessions on the real app without an error (a short run;
`python benchmarks/load_sessions.py --sessions 20 --seconds 60` is the full one)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_concurrent_sessions_run_without_errors():
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "load_sessions.py"), "--sessions", "5",
                          "--seconds", "6"], capture_output=True, text=True, cwd=ROOT, timeout=240)
    assert out.returncode == 0, out.stdout + out.stderr
    total = next(line for line in out.stdout.splitlines() if line.startswith("total:"))
    assert " 0 errors" in total and not total.startswith("total: 0 reruns")
    cpu = next(line for line in out.stdout.splitlines() if line.startswith("server CPU:"))
    assert float(cpu.split()[2]) > 0  # the server's processor time per rerun, for comparing versions


def test_the_load_script_refuses_unbounded_runs():
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "load_sessions.py"), "--sessions", "5000"],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 2 and "sessions must be" in out.stderr
