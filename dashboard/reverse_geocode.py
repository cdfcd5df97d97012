"""Reverse geocoding: the gazetteer's nearest settlement or city district to a point.

Imported rows often give coordinates and no place name. The gazetteer already
holds every settlement's coordinates, so a grid of fixed-size cells over them
answers "what is nearest" by looking only at the cells around the point, with
no spatial library. For many points at once (an import, the map's popups) a
finer grid over Ukraine and the Russian regions beside it keeps, per cell, the
only places that can be nearest to any point inside it, so a whole column of
points is answered with a few numpy operations.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from dashboard.geocode import Gazetteer, Place, default_gazetteer, km

_CELL_DEGREES = 0.25  # about 28 km of latitude; a lookup reads a few dozen cells at most
_KM_PER_DEGREE = 111.2
# The vectorised grid: where strikes are reported (Ukraine, Russia's regions beside it, the Black Sea).
_AREA = (44.0, 54.0, 22.0, 45.0)  # south, north, west, east
_FINE_DEGREES = 0.1
# A city district is named when the point is this close to the district's point.
_DISTRICT_KM = 6.0
# The grid answers "nearest within" up to this distance; points are handled in chunks of _CHUNK.
_GRID_KM = 50.0
_CHUNK = 50_000
_WIDTH = 64  # candidates kept per cell


@dataclass
class Nearest:
    """For each point: the nearest settlement (index into ``places`` or -1), its distance
    in km, and the nearest city district within reach (index or -1)."""

    settlement: np.ndarray
    km: np.ndarray
    district: np.ndarray
    places: list[Place]

    def record(self, i: int) -> dict[str, str | float]:
        """Settlement, district, oblast and country of point i ('' where there is none)."""
        if self.settlement[i] < 0:
            return {"settlement": "", "district": "", "oblast": "", "country": "", "km": float("nan")}
        place = self.places[self.settlement[i]]
        district = self.places[self.district[i]].name if self.district[i] >= 0 else ""
        return {"settlement": place.name, "district": district, "oblast": place.admin1, "country": place.country,
                "km": round(float(self.km[i]), 2)}


class NearestPlaces:
    """Settlements and city districts of the gazetteer, indexed by grid cell."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        gazetteer = gazetteer or default_gazetteer()
        # (Not the villages of unknown size: a point is told by the settlements people know, and
        # their 27,000 points would crowd the vectorised grid's cells.)
        self.places = [p for p in gazetteer.places if p.kind in ("city", "district") and p.latitude is not None
                       and not p.village]
        self.cells: dict[tuple[int, int], list[Place]] = defaultdict(list)
        for place in self.places:
            self.cells[_cell(place.latitude, place.longitude)].append(place)
        self.cells = dict(self.cells)
        self._grid: tuple[np.ndarray, ...] | None = None

    def nearest(self, latitude: float, longitude: float, max_km: float = 50.0,
                kinds: tuple[str, ...] = ("city", "district")) -> tuple[Place, float] | None:
        """The closest place within ``max_km`` and its distance in km; None if there is none.

        A city district beats its city when it is the closer of the two, so a point in
        Kyiv names the district it lies in."""
        row, col = _cell(latitude, longitude)
        rows = math.ceil(max_km / (_KM_PER_DEGREE * _CELL_DEGREES))
        shrink = max(math.cos(math.radians(min(abs(latitude), 89.0))), 0.01)
        cols = math.ceil(max_km / (_KM_PER_DEGREE * _CELL_DEGREES * shrink))
        best: tuple[Place, float] | None = None
        point = (latitude, longitude)
        for r in range(row - rows, row + rows + 1):
            for c in range(col - cols, col + cols + 1):
                for place in self.cells.get((r, c), ()):
                    if place.kind not in kinds:
                        continue
                    d = km(point, (place.latitude, place.longitude))
                    if d <= max_km and (best is None or d < best[1] or (d == best[1] and place.gazetteer_id < best[0].gazetteer_id)):
                        best = (place, d)
        return best

    def nearest_many(self, latitudes, longitudes, max_km: float = 50.0) -> Nearest:
        """Nearest settlement (and city district) of every point within ``max_km`` (at most
        _GRID_KM), vectorised. Points outside the grid's area are answered one by one."""
        lat = np.asarray(latitudes, dtype=np.float64).ravel()
        lon = np.asarray(longitudes, dtype=np.float64).ravel()
        settlement = np.full(len(lat), -1, dtype=np.int64)
        district = np.full(len(lat), -1, dtype=np.int64)
        dist = np.full(len(lat), np.inf)
        for start in range(0, len(lat), _CHUNK):
            part = slice(start, start + _CHUNK)
            settlement[part], dist[part], district[part] = self._chunk(lat[part], lon[part], min(max_km, _GRID_KM))
        south, north, west, east = _AREA
        outside = ~((lat >= south) & (lat < north) & (lon >= west) & (lon < east))
        overflow = self._fine_grid()[1]
        outside |= overflow[_fine_cell(lat, lon, overflow.shape)]
        index = {id(p): i for i, p in enumerate(self.places)}
        for i in np.flatnonzero(outside):
            settlement[i], district[i], dist[i] = -1, -1, np.inf
            if not (np.isfinite(lat[i]) and np.isfinite(lon[i])):
                continue
            found = self.nearest(float(lat[i]), float(lon[i]), max_km, ("city",))
            if found is not None:
                settlement[i], dist[i] = index[id(found[0])], found[1]
            found = self.nearest(float(lat[i]), float(lon[i]), _DISTRICT_KM, ("district",))
            if found is not None:
                district[i] = index[id(found[0])]
        return Nearest(settlement, dist, district, self.places)

    def _chunk(self, lat: np.ndarray, lon: np.ndarray, max_km: float) -> tuple[np.ndarray, ...]:
        """Most cells hold a handful of candidates and a few hold dozens: points are answered in
        groups by how many their cell holds, so the common case reads narrow rows."""
        cand, _, plat, plon, is_district = self._fine_grid()
        r, c = _fine_cell(lat, lon, cand.shape)
        needed = self._counts[r, c]
        settlement = np.full(len(lat), -1, dtype=np.int64)
        district = np.full(len(lat), -1, dtype=np.int64)
        dist = np.full(len(lat), np.inf)
        low = -1
        for width in (4, 8, 16, _WIDTH):
            pick = np.flatnonzero((needed > low) & (needed <= width))
            low = width
            if not len(pick):
                continue
            ids = cand[r[pick], c[pick], :width]
            safe = np.maximum(ids, 0)
            d = _equirect_km(lat[pick, None], lon[pick, None], plat[safe], plon[safe])
            d[ids < 0] = np.inf
            kind = is_district[safe]
            rows = np.arange(len(pick))
            settlement_d = np.where(kind, np.inf, d)
            best = settlement_d.argmin(axis=1)
            dist[pick] = settlement_d[rows, best]
            settlement[pick] = np.where(dist[pick] <= max_km, ids[rows, best], -1)
            district_d = np.where(kind, d, np.inf)
            near = district_d.argmin(axis=1)
            district[pick] = np.where(district_d[rows, near] <= _DISTRICT_KM, ids[rows, near], -1)
        return settlement, dist, district

    def _fine_grid(self) -> tuple[np.ndarray, ...]:
        """Per cell of the fine grid, every place that can be nearest to some point of the cell:
        no farther from its centre than the nearest one plus the cell's diagonal (and none
        where even the nearest is beyond _GRID_KM). Settlements and districts are kept apart,
        so each kind's nearest is exact."""
        if self._grid is not None:
            return self._grid
        plat = np.array([p.latitude for p in self.places])
        plon = np.array([p.longitude for p in self.places])
        is_district = np.array([p.kind == "district" for p in self.places])
        south, north, west, east = _AREA
        lats = np.arange(south, north, _FINE_DEGREES) + _FINE_DEGREES / 2
        lons = np.arange(west, east, _FINE_DEGREES) + _FINE_DEGREES / 2
        diagonal = float(_equirect_km(north, west, north - _FINE_DEGREES, west + _FINE_DEGREES))
        # Only places within a degree of latitude (111 km) can be nearest within _GRID_KM.
        band = 1.0
        cells: list[list[np.ndarray]] = []
        for la in lats:
            nearby = np.flatnonzero((np.abs(plat - la) < band) & (plon > west - 2 * band) & (plon < east + 2 * band))
            d = _equirect_km(la, lons[:, None], plat[nearby][None, :], plon[nearby][None, :])
            keep = np.zeros(d.shape, dtype=bool)
            for kind in (False, True):
                sub = np.where(is_district[nearby][None, :] == kind, d, np.inf)
                closest = sub.min(axis=1, keepdims=True)
                keep |= (sub <= closest + diagonal) & (closest <= _GRID_KM + diagonal)
            cells.append([nearby[np.flatnonzero(row)] for row in keep])
        cand = np.full((len(lats), len(lons), _WIDTH), -1, dtype=np.int32)
        overflow = np.zeros((len(lats), len(lons)), dtype=bool)
        for i, row in enumerate(cells):
            for j, ids in enumerate(row):
                if len(ids) > _WIDTH:
                    overflow[i, j] = True  # rare crowded cells: their points take the one-by-one path
                else:
                    cand[i, j, : len(ids)] = ids
        self._counts = (cand >= 0).sum(axis=2)
        self._grid = (cand, overflow, plat, plon, is_district)
        return self._grid


def _equirect_km(lat1, lon1, lat2, lon2):
    """Distance on the equirectangular projection: within a few km it matches the great circle
    to a fraction of a percent, and it vectorises to a multiply-add."""
    x = np.radians(lon2 - lon1) * np.cos(np.radians((lat1 + lat2) / 2))
    y = np.radians(lat2 - lat1)
    return 6371.0 * np.sqrt(x * x + y * y)


def _fine_cell(lat: np.ndarray, lon: np.ndarray, shape: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
    south, _, west, _ = _AREA
    lat = np.nan_to_num(lat, nan=south, posinf=south, neginf=south)
    lon = np.nan_to_num(lon, nan=west, posinf=west, neginf=west)
    r = np.clip(np.floor((lat - south) / _FINE_DEGREES), 0, shape[0] - 1).astype(np.int64)
    c = np.clip(np.floor((lon - west) / _FINE_DEGREES), 0, shape[1] - 1).astype(np.int64)
    return r, c


def _cell(latitude: float, longitude: float) -> tuple[int, int]:
    return math.floor(latitude / _CELL_DEGREES), math.floor(longitude / _CELL_DEGREES)
