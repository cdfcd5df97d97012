"""End to end: the real app in a real headless Chromium, with no internet.

Every request that leaves 127.0.0.1 is refused, so the map must draw from the
app's own Leaflet; only basemap tiles are allowed to fail.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = os.environ.get("STRIKEMAP_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url():
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
         "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("the Streamlit app did not start: " + proc.stdout.read().decode(errors="replace")[-2000:])
    yield url
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}; install it (apt-get install chromium) as the README says")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-sync", "--disable-quic"],
        )
        yield b
        b.close()


def test_seed_markers_are_drawn_offline_and_popups_open(app_url, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1100})
    outside: list[str] = []

    def only_local(route):
        host = route.request.url.split("/")[2]
        if host.startswith("127.0.0.1"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.goto(app_url)
    frame_el = page.wait_for_selector("iframe[title*='st_folium']", timeout=60_000)
    frame = frame_el.content_frame()
    frame.wait_for_function("() => window.L && document.querySelectorAll('path.leaflet-interactive').length >= 7",
                            timeout=60_000)
    markers = frame.locator("path.leaflet-interactive")
    # Seven events, plus the dashed ring that shows Belgorod Oblast is a region-level point.
    assert markers.count() == 8
    leaflet_src = frame.evaluate("() => [...document.scripts].map(s => s.src).filter(s => s.includes('leaflet'))")
    assert leaflet_src and all(src.startswith(app_url) for src in leaflet_src)
    assert not [u for u in outside if "tile.openstreetmap" not in u], outside

    ARTIFACTS.mkdir(exist_ok=True)
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / "seed_map.png"), full_page=True)

    frame.evaluate("""() => {
        const layers = Object.values(window.map._layers).filter(l => l.getPopup && l.getPopup() && l.getTooltip
            && l.getTooltip() && l.getTooltip().getContent().includes('Kyiv ·'));
        layers[0].openPopup();
    }""")
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    content = popup.inner_text()
    assert "Kyiv" in content and "Killed: 1" in content and "6 intercepted" in content
    assert "resulted in one fatality" in content
    page.screenshot(path=str(ARTIFACTS / "seed_map_popup.png"), full_page=True)
