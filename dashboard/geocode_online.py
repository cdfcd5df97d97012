"""Optional online fallback for names the offline gazetteer lacks (small villages).

Off unless ``STRIKEMAP_ONLINE_GEOCODER`` names a service (``nominatim`` or
``photon``). It wraps geopy's client for that service in geopy's RateLimiter
(polite delay, retries), answers only with places in Ukraine or Russia, and
keeps every answer, "not found" included, in a JSON file so each name is asked
once. When the service fails the offline answer (or none) stands.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim, Photon
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from dashboard.cache import cache_dir
from dashboard.geocode import COUNTRIES, GeocodeQueryError, OfflineGeocoder, check_query

log = logging.getLogger(__name__)

_PRECISION = {
    "city": "city", "town": "city", "village": "city", "hamlet": "city", "municipality": "city",
    "isolated_dwelling": "city", "locality": "city", "suburb": "district", "city_district": "district",
    "borough": "district", "quarter": "district", "neighbourhood": "district", "district": "district",
    "state": "region", "region": "region", "province": "region", "county": "region", "country": "country",
}


@dataclass
class OnlineSettings:
    service: str = "nominatim"
    endpoint: str = ""  # e.g. https://nominatim.openstreetmap.org; empty = the service's public default
    user_agent: str = "strikemap"
    timeout: float = 5.0
    min_delay: float = 1.0
    retries: int = 2
    cache_path: Path | None = None

    @classmethod
    def from_env(cls) -> "OnlineSettings | None":
        service = os.environ.get("STRIKEMAP_ONLINE_GEOCODER", "").strip().lower()
        if not service or service in ("0", "off", "none", "false"):
            return None
        if service not in ("nominatim", "photon"):
            raise ValueError(f"STRIKEMAP_ONLINE_GEOCODER must be nominatim or photon, not {service!r}")
        return cls(
            service=service,
            endpoint=os.environ.get("STRIKEMAP_GEOCODER_URL", ""),
            user_agent=os.environ.get("STRIKEMAP_USER_AGENT", "strikemap"),
            timeout=float(os.environ.get("STRIKEMAP_GEOCODER_TIMEOUT", "5")),
        )


def _client(settings: OnlineSettings) -> Geocoder:
    kwargs = {"user_agent": settings.user_agent, "timeout": settings.timeout}
    if settings.endpoint:
        url = urlparse(settings.endpoint if "://" in settings.endpoint else f"https://{settings.endpoint}")
        kwargs["scheme"] = url.scheme
        kwargs["domain"] = url.netloc + url.path.rstrip("/")
    return Nominatim(**kwargs) if settings.service == "nominatim" else Photon(**kwargs)


class FallbackGeocoder(Geocoder):
    """The offline gazetteer first; the online service only for names it does not know."""

    def __init__(self, offline: OfflineGeocoder | None = None, settings: OnlineSettings | None = None):
        super().__init__()
        self.offline = offline or OfflineGeocoder()
        self.settings = settings
        self.last_error: str = ""
        self._lock = threading.Lock()
        self._cache_path = (settings.cache_path if settings and settings.cache_path else cache_dir() / "online-geocode.json")
        self._cache: dict[str, dict | None] | None = None
        if settings:
            client = _client(settings)
            call = client.geocode
            self._ask = RateLimiter(
                lambda q: call(q, exactly_one=True, **self._service_args()),
                min_delay_seconds=settings.min_delay,
                max_retries=settings.retries,
                error_wait_seconds=max(settings.min_delay, 0.1),
                swallow_exceptions=False,
            )

    def _service_args(self) -> dict:
        if self.settings.service == "nominatim":
            return {"country_codes": [c.lower() for c in COUNTRIES], "addressdetails": True}
        return {}

    def geocode(self, query: str, *, exactly_one: bool = True, **hints) -> Location | list[Location] | None:
        found = self.offline.geocode(query, exactly_one=exactly_one, **hints)
        if found or self.settings is None:
            return found
        online = self.geocode_online(query)
        if online is None:
            return None
        return online if exactly_one else [online]

    def geocode_online(self, query: str) -> Location | None:
        """Ask the service (or the cache). Failures return None and set ``last_error``."""
        try:
            query = " ".join(check_query(query).split())
        except GeocodeQueryError:
            return None
        if not query:
            return None
        key = query.casefold()
        cache = self._load_cache()
        if key in cache:
            return _from_cached(cache[key])
        try:
            answer = self._ask(query)
        except GeopyError as exc:
            self.last_error = f"{type(exc).__name__}: {exc}"
            log.warning("online geocoder failed for %r: %s", query, self.last_error)
            return None
        record = self._to_record(answer)
        cache[key] = record
        self._save_cache()
        return _from_cached(record)

    def _to_record(self, answer: Location | None) -> dict | None:
        """Keep an answer only if it is a valid point in a country we cover."""
        if answer is None:
            return None
        raw = answer.raw or {}
        if self.settings.service == "photon":
            props = raw.get("properties", {})
            country = str(props.get("countrycode", "")).upper()
            kind = str(props.get("type", ""))
            admin1 = str(props.get("state", ""))
            name = str(props.get("name", "")) or answer.address.split(",")[0]
        else:
            address = raw.get("address", {}) if isinstance(raw.get("address"), dict) else {}
            country = str(address.get("country_code", "")).upper()
            kind = str(raw.get("addresstype") or raw.get("type") or "")
            admin1 = str(address.get("state", ""))
            name = str(raw.get("name") or answer.address.split(",")[0])
        try:
            lat, lon = float(answer.latitude), float(answer.longitude)
        except (TypeError, ValueError):
            return None
        if country not in COUNTRIES or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return None
        return {
            "address": answer.address, "latitude": lat, "longitude": lon, "place": name, "admin1": admin1,
            "country": country, "geo_precision": _PRECISION.get(kind, "city"),
            "gazetteer_id": f"{self.settings.service}:{raw.get('osm_type', '')}{raw.get('osm_id', '')}",
        }

    def _load_cache(self) -> dict:
        if self._cache is None:
            try:
                self._cache = json.loads(self._cache_path.read_text(encoding="utf-8"))
                if not isinstance(self._cache, dict):
                    self._cache = {}
            except (OSError, ValueError):
                self._cache = {}
        return self._cache

    def _save_cache(self) -> None:
        with self._lock:
            try:
                self._cache_path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=self._cache_path.parent, prefix=".online-geocode-")
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(self._cache, fh, ensure_ascii=False, indent=0)
                os.replace(tmp, self._cache_path)
            except OSError as exc:
                log.warning("could not write the online geocoding cache: %s", exc)


def _from_cached(record: dict | None) -> Location | None:
    if record is None:
        return None
    raw = {k: record[k] for k in ("place", "admin1", "country", "geo_precision", "gazetteer_id")}
    raw.update({"kind": record["geo_precision"], "district_of": "", "match": "online", "reason": "found online"})
    return Location(record["address"], (record["latitude"], record["longitude"]), raw)


def make_geocoder() -> Geocoder:
    """The geocoder the settings ask for: offline, or offline with the online fallback."""
    settings = OnlineSettings.from_env()
    offline = OfflineGeocoder()
    return FallbackGeocoder(offline, settings) if settings else offline
