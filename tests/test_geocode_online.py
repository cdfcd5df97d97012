"""The online fallback, against a real local HTTP server that answers like Nominatim."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from dashboard.geocode_online import FallbackGeocoder, OnlineSettings

ASKED: list[str] = []


class FakeNominatim(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output quiet
        pass

    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        q = query.get("q", [""])[0]
        ASKED.append(q)
        if q == "Slowivka":
            time.sleep(1.5)
        if q == "Errorivka":
            return self._send(500, b"Internal Server Error", "text/plain")
        if q == "Garbivka":
            return self._send(200, b"<html>not json</html>", "text/html")
        if q == "Tsvirkunivka":
            body = [{"place_id": 1, "osm_type": "node", "osm_id": 42, "lat": "49.7", "lon": "36.9",
                     "display_name": "Tsvirkunivka, Kharkiv Oblast, Ukraine", "name": "Tsvirkunivka", "addresstype": "village",
                     "address": {"village": "Tsvirkunivka", "state": "Kharkiv Oblast", "country_code": "ua"}}]
        elif q == "Parisiennevka":
            body = [{"place_id": 2, "osm_type": "node", "osm_id": 7, "lat": "48.85", "lon": "2.35",
                     "display_name": "Paris, France", "name": "Paris", "addresstype": "city",
                     "address": {"city": "Paris", "country_code": "fr"}}]
        else:
            body = []
        self._send(200, json.dumps(body).encode(), "application/json")

    def _send(self, code, data, ctype):
        try:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting, as a timeout test wants


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), FakeNominatim)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture()
def fallback(server, tmp_path, geocoder):
    ASKED.clear()
    settings = OnlineSettings(service="nominatim", endpoint=server, user_agent="strikemap-tests", timeout=0.5,
                              min_delay=0.0, retries=1, cache_path=tmp_path / "online.json")
    return FallbackGeocoder(geocoder, settings)


def test_offline_answer_is_used_without_asking(fallback):
    assert fallback.geocode("Kharkiv").raw["gazetteer_id"].startswith("geonames:")
    assert ASKED == []


def test_unknown_village_is_found_online_and_asked_once(fallback, tmp_path):
    loc = fallback.geocode("Tsvirkunivka")
    assert (loc.latitude, loc.longitude) == (49.7, 36.9)
    assert loc.raw["country"] == "UA" and loc.raw["geo_precision"] == "city" and loc.raw["admin1"] == "Kharkiv Oblast"
    assert fallback.geocode("Tsvirkunivka") is not None
    assert ASKED == ["Tsvirkunivka"]
    # A new process reads the answer from the disk cache.
    again = FallbackGeocoder(fallback.offline, fallback.settings)
    assert again.geocode("tsvirkunivka").latitude == 49.7
    assert ASKED == ["Tsvirkunivka"]


def test_not_found_is_cached_too(fallback):
    assert fallback.geocode("Nonexistivka") is None
    assert fallback.geocode("Nonexistivka") is None
    assert ASKED == ["Nonexistivka"]


def test_answers_outside_ukraine_and_russia_are_refused(fallback):
    assert fallback.geocode("Parisiennevka") is None


@pytest.mark.parametrize("name", ["Errorivka", "Slowivka", "Garbivka"])
def test_service_failures_leave_no_answer_and_a_reason(fallback, name):
    assert fallback.geocode(name) is None
    assert fallback.last_error
    first = ASKED.count(name)
    assert first >= 2  # retried before giving up
    # Failures are not cached: the next call asks again.
    fallback.geocode(name)
    assert ASKED.count(name) > first


def test_online_is_off_unless_configured(monkeypatch):
    monkeypatch.delenv("STRIKEMAP_ONLINE_GEOCODER", raising=False)
    assert OnlineSettings.from_env() is None
    monkeypatch.setenv("STRIKEMAP_ONLINE_GEOCODER", "bing")
    with pytest.raises(ValueError, match="nominatim or photon"):
        OnlineSettings.from_env()


def test_extraction_asks_online_for_a_village_the_gazetteer_lacks(fallback):
    from datetime import date

    from dashboard.events import Report
    from dashboard.extract import extract

    text = "Russian drones struck the village of Tsvirkunivka overnight, injuring two people."
    result = extract(Report(text, date(2025, 3, 1)), fallback)
    assert [(e.place, e.latitude, e.injured, e.country) for e in result.events] == [("Tsvirkunivka", 49.7, 2, "UA")]
    assert result.warnings == []


def test_without_the_fallback_an_unknown_village_is_a_warning_not_a_guess(geocoder):
    from datetime import date

    from dashboard.events import Report
    from dashboard.extract import extract

    text = "Russian drones struck the village of Tsvirkunivka overnight, injuring two people."
    result = extract(Report(text, date(2025, 3, 1)), geocoder)
    assert result.events == []
    assert result.warnings == [f"unresolved place 'Tsvirkunivka' in: {text}"]
