"""The "By region" tab: a choropleth of events, killed or injured per region, above the table.

Drawn with Vega-Lite from the borders the app ships (data/borders), so it needs no tiles and
no internet. Ukraine's oblasts are filled; a region with no shipped outline (Russia's regions,
which Ukraine strikes) is a circle where its events are, coloured on the same scale. Totals
follow the filters and count every side they show; the tooltip splits them by side.
"""

from __future__ import annotations

import functools
import json
from typing import Callable

import pandas as pd
import streamlit as st

from dashboard.map_view import borders_path

METRICS = {"events": "Events", "killed": "Killed", "injured": "Injured"}
# The choropleth's frame: Ukraine and the Russian regions along its border, (west, south, east, north).
EXTENT = (22.0, 44.3, 41.0, 53.0)
SEA, LAND = "#d4e4f0", "#f5f2ea"  # as on the offline map
NO_FIGURE = "#e4e1da"  # a region with no event, or none that reports the figure
SCHEME = "orangered"


@functools.lru_cache(maxsize=1)
def shapes() -> dict[str, list[dict]]:
    """The shipped features by kind (sea, coast, country, region, city)."""
    features = json.loads(borders_path().read_text(encoding="utf-8"))["features"]
    out: dict[str, list[dict]] = {}
    for feature in features:
        out.setdefault(feature["properties"]["kind"], []).append(feature)
    return out


def region_totals(view: pd.DataFrame) -> pd.DataFrame:
    """Per region: events, killed and injured over every side in view (a figure no event reports
    stays empty), the split by side in words, and where the region's events are on average."""
    columns = ["region", "events", "killed", "injured", "by_side", "lat", "lon"]
    if view.empty:
        return pd.DataFrame(columns=columns)
    grouped = view.assign(events=1).groupby("admin1")
    out = grouped.agg(events=("events", "sum"), killed=("killed", lambda s: s.sum(min_count=1)),
                      injured=("injured", lambda s: s.sum(min_count=1)), lat=("latitude", "mean"),
                      lon=("longitude", "mean"))
    sides = view.groupby(["admin1", "attacker"]).size()
    out["by_side"] = [" · ".join(f"struck by {side}: {n:,}" for side, n in sides[region].items())
                      for region in out.index]
    return out.reset_index(names="region")[columns]


def _figure(value) -> str:
    return "—" if value is None or pd.isna(value) else f"{int(value):,}"


def choropleth(totals: pd.DataFrame, metric: str) -> dict:
    """The Vega-Lite spec, layered on land colour: seas, regions (filled where they have a figure), coasts and
    borders, then regions without an outline as circles. A plain spec, so each rerun costs no schema
    validation."""
    title = METRICS[metric]
    by_name = totals.set_index("region")
    polygons = []
    for feature in shapes()["region"]:
        name = feature["properties"]["name"]
        row = by_name.loc[name] if name in by_name.index else None
        value = None if row is None or pd.isna(row[metric]) else float(row[metric])
        polygons.append({**feature, "properties": {
            "name": name, "value": value, "figure": _figure(value),
            "by_side": row["by_side"] if row is not None else "no events"}})
    outlined = {f["properties"]["name"] for f in polygons}
    points = [{"name": r.region, "value": None if pd.isna(getattr(r, metric)) else float(getattr(r, metric)),
               "figure": _figure(getattr(r, metric)), "by_side": r.by_side, "lat": r.lat, "lon": r.lon}
              for r in totals.itertuples() if r.region not in outlined]
    west, south, east, north = EXTENT
    projection = {"type": "mercator", "fit": {"type": "Feature", "properties": {}, "geometry": {
        "type": "MultiPoint", "coordinates": [[west, south], [east, north]]}}}
    colour = {"type": "quantitative", "title": title, "scale": {"type": "sqrt", "scheme": SCHEME, "zero": True},
              "legend": {"orient": "bottom-left", "gradientLength": 160, "fillColor": "white", "padding": 6,
                         "cornerRadius": 3}}
    titles = {"name": "Region", "figure": title, "by_side": "Events"}

    def tooltip(prefix: str = "") -> list[dict]:
        return [{"field": prefix + field, "type": "nominal", "title": t} for field, t in titles.items()]

    def shapes_layer(features: list[dict], mark: dict, encoding: dict | None = None) -> dict:
        return {"data": {"values": features}, "mark": {"type": "geoshape", **mark}, "projection": projection,
                "encoding": encoding or {}}

    def circles_layer(rows: list[dict], color: dict) -> dict:
        return {"data": {"values": rows}, "projection": projection,
                "mark": {"type": "circle", "size": 260, "stroke": "#6d6459", "strokeWidth": 0.8, "opacity": 1},
                "encoding": {"longitude": {"field": "lon", "type": "quantitative"},
                             "latitude": {"field": "lat", "type": "quantitative"},
                             "color": color, "tooltip": tooltip()}}

    return {
        "width": "container", "height": 460, "background": LAND,
        "layer": [
            shapes_layer(shapes()["sea"], {"fill": SEA, "stroke": None}),
            shapes_layer(polygons, {"fill": NO_FIGURE, "stroke": "#8c8377", "strokeWidth": 0.6},
                         {"tooltip": tooltip("properties.")}),
            shapes_layer([f for f in polygons if f["properties"]["value"] is not None],
                         {"stroke": "#8c8377", "strokeWidth": 0.6},
                         {"color": {"field": "properties.value", **colour}, "tooltip": tooltip("properties.")}),
            shapes_layer(shapes()["coast"] + shapes()["country"],
                         {"filled": False, "stroke": "#6d6459", "strokeWidth": 0.8}),
            circles_layer([p for p in points if p["value"] is None], {"value": NO_FIGURE}),
            circles_layer([p for p in points if p["value"] is not None], {"field": "value", **colour}),
        ],
    }


def regions_tab(table: pd.DataFrame, totals: Callable[[], pd.DataFrame], key: str = "regions") -> None:
    """The choropleth with its switch, then the table per region and side (``flt.by_region``);
    ``totals`` gives ``region_totals`` of the same view, asked for only when there are events."""
    if table.empty:
        st.caption("No events in this view.")
        return
    metric = st.segmented_control("Colour regions by", options=list(METRICS), format_func=METRICS.get,
                                  default="events", key=f"{key}_metric") or "events"
    st.vega_lite_chart(choropleth(totals(), metric), width="stretch", key=f"{key}_map")
    st.caption(f"{METRICS[metric]} per region, over every side the filters show (the tooltip splits them). "
               "A circle is a region the shipped outlines do not cover (Russia's), drawn where its events are. "
               "Grey: no event there"
               + ("." if metric == "events" else ", or none that reports the figure."))
    # As text: the table shows an empty cell as "None" whatever its format, where the project writes "—".
    shown = table.assign(Killed=table["Killed"].map(_figure), Injured=table["Injured"].map(_figure))
    st.dataframe(shown, hide_index=True, width="stretch", key=f"{key}_table",
                 column_config={c: st.column_config.TextColumn(c, alignment="right") for c in ("Killed", "Injured")})
    st.caption("Per region and side that struck. —: no event there reports the figure.")
