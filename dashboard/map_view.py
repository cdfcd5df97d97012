"""The map: all events as one canvas layer on Leaflet served by the app itself.

Events travel to the browser as compact columns (numbers, dictionary-encoded
strings, sparse counts) and ``static/strike_layer.js`` draws them on a canvas and
builds a popup only for the point that is clicked, inserting report text as text.
Leaflet and jQuery (which folium's own code expects) come from the XStatic
packages: each package folder is declared as a Streamlit component so the app
serves its files, with no CDN and nothing third-party copied into this
repository. Only basemap tiles are external.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import folium
import numpy as np
import pandas as pd
import streamlit.components.v1 as components
import xstatic.pkg.jquery
import xstatic.pkg.leaflet
from branca.element import Element, MacroElement
from jinja2 import Template

SIDE_COLORS = {"Russia": "#c0392b", "Ukraine": "#1f5fbf", "unknown": "#7f7f7f"}
SHAPE_NAMES = ["missile or rocket", "drone", "artillery or glide bomb", "weapon not stated"]
DEFAULT_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
# A region-level point is the region's centroid; the ring says "somewhere in here".
REGION_RING_METRES = 60_000
# Above this many events the evidence sentences stay on the server (the permalink shows them),
# keeping the page small.
MAX_EVIDENCE_EVENTS = 20_000
_TEXT_FIELDS = ("place", "district_of", "admin1", "country", "date", "date_precision", "attacker", "attacker_basis",
                "geo_precision", "weapons", "damage", "reported_by", "evidence", "source_title", "source_url", "published")
_COUNT_FIELDS = ("killed", "injured", "children", "missiles_launched", "missiles_intercepted",
                 "drones_launched", "drones_intercepted")
_LAYER_JS = (Path(__file__).parent / "static" / "strike_layer.js").read_text(encoding="utf-8")
_CSS = """
<style>
.strike-popup { font-size: 12px; line-height: 1.4; }
.strike-popup-title { margin-bottom: 3px; }
.strike-evidence { margin: 2px 0 4px 16px; padding: 0; }
.strike-note { color: #666; font-style: italic; }
.strike-permalink { display: inline-block; margin-top: 4px; }
.strike-control { background: #fff; padding: 6px 8px; font: 12px sans-serif; }
.strike-control label { display: block; cursor: pointer; white-space: nowrap; }
.strike-legend { background: rgba(255,255,255,0.9); padding: 6px 8px; font: 11px sans-serif; border-radius: 4px; }
.strike-legend-shape { display: inline-block; width: 14px; color: #444; }
</style>
"""

_ASSET_COMPONENTS = {
    "leaflet": xstatic.pkg.leaflet.BASE_DIR,
    "jquery": xstatic.pkg.jquery.BASE_DIR,
}


def register_assets() -> dict[str, str]:
    """Declare the asset folders to Streamlit; return each one's URL prefix.

    The map is drawn inside streamlit-folium's iframe at
    /component/streamlit_folium.st_folium/index.html, so a sibling component's
    files are one level up; relative links keep working under a base URL path.
    """
    prefixes = {}
    for name, folder in _ASSET_COMPONENTS.items():
        components.declare_component(f"{name}_assets", path=folder)
        prefixes[name] = f"../{__name__}.{name}_assets/"
    return prefixes


def asset_links() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(js, css) links for folium's default_js / default_css."""
    prefix = register_assets()
    js = [("leaflet", prefix["leaflet"] + "leaflet.js"), ("jquery", prefix["jquery"] + "jquery.min.js")]
    css = [("leaflet_css", prefix["leaflet"] + "leaflet.css")]
    return js, css


def weapon_shape(weapons: str) -> int:
    """Index into SHAPE_NAMES: the heaviest weapon class named."""
    kinds = set(weapons.split(";")) if weapons else set()
    if kinds & {"ballistic missile", "cruise missile", "missile", "rocket"}:
        return 0
    if "drone" in kinds:
        return 1
    if kinds & {"artillery", "glide bomb"}:
        return 2
    return 3


def _codes(values: pd.Series) -> dict:
    codes, uniques = pd.factorize(values.fillna("").astype(str), sort=False)
    return {"values": list(uniques), "codes": codes.tolist()}


def _sparse(values: pd.Series) -> dict:
    present = values.notna().to_numpy()
    idx = np.flatnonzero(present)
    return {"i": idx.tolist(), "v": values.to_numpy()[present].astype(int).tolist()}


def map_payload(df: pd.DataFrame, base_url: str = "") -> dict:
    """The compact columns the canvas layer draws from."""
    hurt = df["killed"].fillna(0).astype(int) + df["injured"].fillna(0).astype(int)
    sides = list(SIDE_COLORS)
    text = pd.DataFrame({
        "place": df["place"], "district_of": df["district_of"], "admin1": df["admin1"], "country": df["country"],
        "date": df["event_date"].map(lambda d: d.isoformat()), "date_precision": df["date_precision"],
        "attacker": df["attacker"], "attacker_basis": df["attacker_basis"], "geo_precision": df["geo_precision"],
        "weapons": df["weapons"], "damage": df["damage"], "reported_by": df["reported_by"],
        "evidence": df["evidence"] if len(df) <= MAX_EVIDENCE_EVENTS else "",
        "source_title": df["source_title"],
        "source_url": df["source_url"].where(df["source_url"].str.match(r"(?i)^https?://"), ""),
        "published": df["published"],
    })
    return {
        "n": len(df),
        "sides": sides,
        "colours": [SIDE_COLORS[s] for s in sides],
        "shape_names": SHAPE_NAMES,
        "lat": df["latitude"].round(4).tolist(),
        "lon": df["longitude"].round(4).tolist(),
        "side": df["attacker"].map({s: i for i, s in enumerate(sides)}).fillna(2).astype(int).tolist(),
        "shape": df["weapons"].map(weapon_shape).tolist(),
        "prec": df["geo_precision"].map({"district": 0, "city": 1, "region": 2, "country": 3}).fillna(1).astype(int).tolist(),
        "ring": np.where(df["geo_precision"] == "region", REGION_RING_METRES, 0).tolist(),
        "r": np.minimum(5 + 2.5 * np.sqrt(hurt.to_numpy()), 20).round(1).tolist(),
        "hurt": hurt.tolist(),
        "id": df["event_id"].tolist(),
        "text": {f: _codes(text[f]) for f in _TEXT_FIELDS},
        "counts": {f: _sparse(df[f]) for f in _COUNT_FIELDS},
        "evidence_omitted": len(df) > MAX_EVIDENCE_EVENTS,
        "base_url": base_url,
    }


def payload_json(payload: dict) -> str:
    """JSON that is safe inside a <script> element."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


class StrikeLayer(MacroElement):
    """folium element that adds the canvas layer, its toggles and its legend to the map."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this.library }}
        (function () {
            var data = {{ this.data }};
            var counts = data.counts;
            data.num = {};
            Object.keys(counts).forEach(function (f) {
                var dense = new Array(data.n).fill(null);
                counts[f].i.forEach(function (idx, k) { dense[idx] = counts[f].v[k]; });
                data.num[f] = dense;
            });
            var map = {{ this._parent.get_name() }};
            var layer = new window.StrikeMapLayer(data).addTo(map);
            map.strikeLayer = layer;
            new window.StrikeMapControl(layer).addTo(map);
            new window.StrikeMapLegend(data).addTo(map);
            var selected = {{ this.selected }};
            if (selected) {
                var i = layer.indexOf(selected);
                if (i >= 0) {
                    map.setView([data.lat[i], data.lon[i]], Math.max(map.getZoom(), {{ this.focus_zoom }}));
                    setTimeout(function () { layer.openPopup(i); }, 50);
                }
            }
        })();
        {% endmacro %}
    """)

    def __init__(self, payload_text: str, selected: str | None = None, focus_zoom: int = 10):
        super().__init__()
        self._name = "StrikeLayer"
        self.library = _LAYER_JS
        self.data = payload_text
        self.selected = json.dumps(selected) if selected else "null"
        self.focus_zoom = focus_zoom


def build_map(
    df: pd.DataFrame,
    payload_text: str | None = None,
    selected: str | None = None,
    tiles: str | None = None,
    attribution: str | None = None,
) -> folium.Map:
    """A folium map of the events, fitted to them, with the selected event's popup open."""
    tiles = tiles or os.environ.get("STRIKEMAP_TILES") or DEFAULT_TILES
    attribution = attribution or os.environ.get("STRIKEMAP_TILES_ATTRIBUTION") or DEFAULT_ATTRIBUTION
    fmap = folium.Map(location=[49.0, 32.0], zoom_start=5, tiles=None, control_scale=True, prefer_canvas=True)
    js, css = asset_links()
    fmap.default_js, fmap.default_css = js, css
    fmap.get_root().header.add_child(Element(_CSS), name="strike_css")
    folium.TileLayer(tiles=tiles, attr=attribution, name="basemap", max_zoom=18).add_to(fmap)
    StrikeLayer(payload_text or payload_json(map_payload(df)), selected).add_to(fmap)
    chosen = df[df["event_id"] == selected] if selected else df.iloc[:0]
    if len(chosen):
        # A permalink opens on its event (the layer opens the popup); no fitting afterwards.
        fmap.location = [float(chosen["latitude"].iloc[0]), float(chosen["longitude"].iloc[0])]
        fmap.options["zoom"] = 10
    elif len(df):
        lats, lons = df["latitude"].astype(float), df["longitude"].astype(float)
        pad = 0.3 if len(df) > 1 else 0.5
        fmap.fit_bounds([[lats.min() - pad, lons.min() - pad], [lats.max() + pad, lons.max() + pad]])
    return fmap
