"""A regular (non-editable) install works: the wheel carries everything the package reads at run time.

The wheel is built from the checkout's files with the build tools already installed
(no network), installed into a fresh virtual environment outside the checkout, and
used from another folder: geocode, extract the seed report, run the dashboard.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_09dc2a07e8257716.txt"


def sh(*args, cwd: Path, env: dict | None = None, timeout: float = 300) -> str:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{args}\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def venv(tmp_path_factory):
    """A virtual environment with only the wheel of this checkout installed in it (its dependencies
    come from the environment running the tests, as a regular install would bring them)."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.fail("the install test copies the checkout's files with git")
    tmp = tmp_path_factory.mktemp("install")
    src = tmp / "src"
    files = sh("git", "ls-files", "-co", "--exclude-standard", "-z", cwd=ROOT).split("\0")
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    sh(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
       "-w", tmp / "dist", ".", cwd=src)
    [wheel] = (tmp / "dist").glob("strikemap-*.whl")
    sh(sys.executable, "-m", "venv", "--system-site-packages", tmp / "venv", cwd=tmp)
    python = tmp / "venv" / "bin" / "python"
    sh(python, "-m", "pip", "install", "--no-index", "--no-deps", "--force-reinstall", "-q", wheel, cwd=tmp)
    work = tmp / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "STRIKEMAP_DATA")}
    env.update(XDG_DATA_HOME=str(tmp / "xdg"), STRIKEMAP_CACHE=str(tmp / "cache"))
    return python, work, env, tmp


def test_the_installed_package_is_the_wheel_not_the_checkout(venv):
    python, work, env, tmp = venv
    where = sh(python, "-c", "import dashboard; print(dashboard.__file__)", cwd=work, env=env).strip()
    assert Path(where).is_relative_to(tmp / "venv"), where


def test_geocode_and_extract_from_an_installed_copy(venv):
    python, work, env, tmp = venv
    strikemap = python.parent / "strikemap"
    out = sh(strikemap, "geocode", "Holosiivskyi", cwd=work, env=env)
    assert "Kyiv City" in out and "50.367" in out
    lines = sh(strikemap, "extract", SEED, "--published", "2025-02-12", cwd=work, env=env).splitlines()
    places = {json.loads(line)["place"] for line in lines if line.startswith("{")}
    assert {"Kyiv", "Kryvyi Rih"} <= places


def test_the_installed_dashboard_runs_and_serves(venv):
    python, work, env, tmp = venv
    script = ("import sysconfig, pathlib\n"
              "from streamlit.testing.v1 import AppTest\n"
              "app = pathlib.Path(sysconfig.get_paths()['purelib']) / 'dashboard' / 'app.py'\n"
              "at = AppTest.from_file(str(app), default_timeout=120).run()\n"
              "assert not at.exception, at.exception\n"
              "assert not [e.value for e in at.error], [e.value for e in at.error]\n"
              "from dashboard.map_view import borders_path\n"
              "assert borders_path().is_file() and 'venv' in str(borders_path()), borders_path()\n"
              "import re\n"
              "figures = ' '.join(m.value for m in at.markdown)\n"
              "print(re.search(r'>Events</div><div[^>]*>([^<]*)<', figures).group(1))\n")
    assert sh(python, "-c", script, cwd=work, env=env).strip().endswith("7")
    assert (tmp / "xdg" / "strikemap" / "events.csv").exists()  # seeded from the wheel's own copy

    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    purelib = sh(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=work, env=env).strip()
    proc = subprocess.Popen([python, "-m", "streamlit", "run", f"{purelib}/dashboard/app.py", "--server.port", str(port),
                             "--server.address", "127.0.0.1", "--server.headless", "true"],
                            cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as resp:
                    assert resp.status == 200
                    break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "the installed app did not start"
                time.sleep(0.3)
    finally:
        proc.terminate()
        proc.wait(30)
