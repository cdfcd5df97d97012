"""Reverse geocoding: the gazetteer's nearest settlement or city district to a point.

Imported rows often give coordinates and no place name. The gazetteer already
holds every settlement's coordinates, so a grid of fixed-size cells over them
answers "what is nearest" by looking only at the cells around the point, with
no spatial library.
"""

from __future__ import annotations

import math
from collections import defaultdict

from dashboard.geocode import Gazetteer, Place, default_gazetteer, km

_CELL_DEGREES = 0.25  # about 28 km of latitude; a lookup reads a few dozen cells at most
_KM_PER_DEGREE = 111.2


class NearestPlaces:
    """Settlements and city districts of the gazetteer, indexed by grid cell."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        gazetteer = gazetteer or default_gazetteer()
        self.cells: dict[tuple[int, int], list[Place]] = defaultdict(list)
        for place in gazetteer.places:
            if place.kind in ("city", "district") and place.latitude is not None:
                self.cells[_cell(place.latitude, place.longitude)].append(place)
        self.cells = dict(self.cells)

    def nearest(self, latitude: float, longitude: float, max_km: float = 50.0) -> tuple[Place, float] | None:
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
                    d = km(point, (place.latitude, place.longitude))
                    if d <= max_km and (best is None or d < best[1] or (d == best[1] and place.gazetteer_id < best[0].gazetteer_id)):
                        best = (place, d)
        return best


def _cell(latitude: float, longitude: float) -> tuple[int, int]:
    return math.floor(latitude / _CELL_DEGREES), math.floor(longitude / _CELL_DEGREES)
