"""The map: all events as one canvas layer on Leaflet served by the app itself.

Events travel to the browser as compact columns (numbers, dictionary-encoded
strings, sparse counts) and ``static/strike_layer.js`` draws them on a canvas and
builds a popup only for the point that is clicked, inserting report text as text.
Leaflet and jQuery (which folium's own code expects) come from the XStatic
packages: each package folder is declared as a Streamlit component so the app
serves its files, with no CDN and nothing third-party copied into this
repository. Only basemap tiles are external: when they do not load, the map draws the
borders shipped in data/borders instead (see StrikeMapBorders in the script).
"""

from __future__ import annotations

import functools
import hashlib
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

from dashboard.shipped import shipped_data

SIDE_COLORS = {"Russia": "#c0392b", "Ukraine": "#1f5fbf", "unknown": "#7f7f7f"}
SHAPE_NAMES = ["missile or rocket", "drone", "artillery or glide bomb", "weapon not stated"]
DEFAULT_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
# A region-level point is the region's centroid; the ring says "somewhere in here".
REGION_RING_METRES = 60_000
# Tiles that have neither loaded nor failed after this long count as failed (a hanging server).
TILE_WAIT_MS = 6_000
BORDERS_FILE = "borders.geojson"
# Above this many events the evidence sentences stay on the server (the permalink shows them),
# keeping the page small.
MAX_EVIDENCE_EVENTS = 20_000
_TEXT_FIELDS = ("place", "location_text", "district_of", "admin1", "country", "date", "date_precision", "attacker_basis",
                "weapons", "damage", "reported_by", "evidence", "source_title", "source_url", "published")
_PRECISIONS = ("district", "city", "region", "country")
_COUNT_FIELDS = ("killed", "injured", "children", "missiles_launched", "missiles_intercepted",
                 "drones_launched", "drones_intercepted")
_LAYER_JS = (Path(__file__).parent / "static" / "strike_layer.js").read_text(encoding="utf-8")
_CSS = """
<style>
.strike-popup { font-size: 12px; line-height: 1.4; }
.strike-popup-title { margin-bottom: 3px; }
.strike-evidence { margin: 2px 0 4px 16px; padding: 0; }
.strike-note { color: #666; font-style: italic; }
.strike-disagree { background: #fff3cd; padding: 1px 3px; }
.strike-permalink { display: inline-block; margin-top: 4px; }
.strike-legend { background: rgba(255,255,255,0.9); padding: 6px 8px; font: 11px sans-serif; border-radius: 4px; }
.strike-legend-shape { display: inline-block; width: 14px; color: #444; }
.strike-legend-head { cursor: pointer; font-weight: bold; }
.strike-timeline { background: rgba(255,255,255,0.92); padding: 4px 6px; font: 11px sans-serif; border-radius: 4px;
                   display: flex; flex-wrap: wrap; align-items: center; gap: 4px; max-width: 230px; }
.strike-timeline input[type=range] { width: 120px; }
.strike-timeline button { font-size: 12px; padding: 1px 6px; cursor: pointer; }
.strike-timeline-label { flex-basis: 100%; }
.strike-city { background: none; border: none; box-shadow: none; padding: 0; font: 600 11px sans-serif; color: #222;
               text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff, 0 0 4px #fff; }
.strike-city::before { display: none; }
</style>
"""

_ASSET_COMPONENTS = {
    "leaflet": xstatic.pkg.leaflet.BASE_DIR,
    "jquery": xstatic.pkg.jquery.BASE_DIR,
    "borders": str(shipped_data() / "borders"),
}


@functools.lru_cache(maxsize=1)
def register_assets() -> dict[str, str]:
    """Declare the asset folders to Streamlit (once per process); return each one's URL prefix.

    The map is drawn inside streamlit-folium's iframe at
    /component/streamlit_folium.st_folium/index.html, so a sibling component's
    files are one level up; relative links keep working under a base URL path.
    """
    prefixes = {}
    for name, folder in _ASSET_COMPONENTS.items():
        components.declare_component(f"{name}_assets", path=folder)
        prefixes[name] = f"../{__name__}.{name}_assets/"
    return prefixes


class PayloadFiles:
    """Map data as files the app serves, so the page loads it over HTTP (cached by the
    browser) instead of inside the map's script, which Streamlit would resend and hash
    on every rerun. Files are named by their content's hash."""

    def __init__(self, folder: Path, keep: int = 64):
        self.folder = folder
        self.keep = keep
        folder.mkdir(parents=True, exist_ok=True)
        components.declare_component("map_data", path=str(folder))
        self.prefix = f"../{__name__}.map_data/"

    def publish(self, text: str) -> str:
        """Write the data (once) and return its URL, relative to the map's frame."""
        name = hashlib.sha256(text.encode("utf-8")).hexdigest()[:24] + ".json"
        path = self.folder / name
        if not path.exists():
            tmp = path.with_suffix(".tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(path)
            self._prune()
        return self.prefix + name

    def _prune(self) -> None:
        files = sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[self.keep:]:
            old.unlink(missing_ok=True)


def asset_links() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(js, css) links for folium's default_js / default_css."""
    prefix = register_assets()
    js = [("leaflet", prefix["leaflet"] + "leaflet.js"), ("jquery", prefix["jquery"] + "jquery.min.js")]
    css = [("leaflet_css", prefix["leaflet"] + "leaflet.css")]
    return js, css


def borders_path() -> Path:
    """The shipped GeoJSON of land, coasts, country and oblast borders and main cities."""
    return shipped_data() / "borders" / BORDERS_FILE


class OfflineBorders(MacroElement):
    """Swaps the tiles for the shipped borders when the tiles do not load (needs StrikeLayer's script)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        window.StrikeMapBorders({{ this._parent.get_name() }}, {{ this.url }}, {{ this.wait_ms }});
        {% endmacro %}
    """)

    def __init__(self, url: str, wait_ms: int = TILE_WAIT_MS):
        super().__init__()
        self._name = "OfflineBorders"
        self.url = json.dumps(url)
        self.wait_ms = wait_ms


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


class MapData:
    """The compact columns of a whole event table, computed once per store version;
    a filtered view takes rows from them without encoding anything again."""

    VERSION = 5  # bump when the encoding changes: cached copies are keyed by it

    def __init__(self, df: pd.DataFrame, base_url: str = "", notes: pd.DataFrame | None = None):
        """``notes``: per event_id, every report's figures and the edit history (``edits.event_notes``)."""
        self.n_total = len(df)
        self.base_url = base_url
        sides = list(SIDE_COLORS)
        self.sides = sides
        self.lat = df["latitude"].round(4).to_numpy()
        self.lon = df["longitude"].round(4).to_numpy()
        self.side = df["attacker"].map({s: i for i, s in enumerate(sides)}).fillna(2).astype(int).to_numpy()
        self.shape = df["weapons"].map(weapon_shape).to_numpy()
        self.prec = df["geo_precision"].map({p: i for i, p in enumerate(_PRECISIONS)}).fillna(1).astype(int).to_numpy()
        self.ids = df["event_id"].to_numpy()
        text = {
            "place": df["place"], "location_text": df["location_text"], "district_of": df["district_of"], "admin1": df["admin1"], "country": df["country"],
            "date": df["event_date"].map(lambda d: d.isoformat()), "date_precision": df["date_precision"],
            "attacker_basis": df["attacker_basis"], "weapons": df["weapons"], "damage": df["damage"],
            "reported_by": df["reported_by"], "evidence": df["evidence"], "source_title": df["source_title"],
            "source_url": df["source_url"].where(df["source_url"].str.match(r"(?i)^https?://"), ""),
            "published": df["published"], "figures_rule": df["figures_rule"],
            "sources": df["source_count"].fillna(1).astype(int).astype(str)
            + np.where(df["sources_disagree"], " (sources disagree)", ""),
        }
        for name in ("source_figures", "history", "night_figures"):
            text[name] = (df["event_id"].map(notes[name]) if notes is not None and len(notes) and name in notes
                          else pd.Series("", index=df.index))
        self.text = {}
        for name, values in text.items():
            codes, uniques = pd.factorize(values.fillna("").astype(str), sort=False)
            self.text[name] = (codes, np.asarray(uniques, dtype=object))
        self.counts = {f: df[f].to_numpy(dtype="float64", na_value=np.nan) for f in _COUNT_FIELDS}

    def payload(self, rows: np.ndarray | None = None) -> dict:
        """The columns for the rows at these positions (all rows when None)."""
        rows = np.arange(self.n_total) if rows is None else np.asarray(rows, dtype=int)
        n = len(rows)
        ids = self.ids[rows]
        fixed = bool(n) and all(len(i) == 16 for i in ids)
        text = {}
        for name, (codes, uniques) in self.text.items():
            if name == "evidence" and n > MAX_EVIDENCE_EVENTS:
                text[name] = {"values": [""], "codes": None}
                continue
            sub = codes[rows]
            if len(uniques) <= 5_000:
                # A small dictionary goes whole: no re-encoding per view.
                single = n == 0 or bool((sub == sub[0]).all())
                text[name] = ({"values": [uniques[sub[0]] if n else ""], "codes": None} if single
                              else {"values": uniques.tolist(), "codes": sub.tolist()})
            else:
                used, local = np.unique(sub, return_inverse=True)
                text[name] = {"values": uniques[used].tolist(), "codes": local.tolist() if len(used) > 1 else None}
        counts = {}
        for name, values in self.counts.items():
            sub = values[rows]
            idx = np.flatnonzero(~np.isnan(sub))
            counts[name] = {"i": idx.tolist(), "v": sub[idx].astype(int).tolist()}
        return {
            "n": n,
            "sides": self.sides,
            "colours": [SIDE_COLORS[s] for s in self.sides],
            "shape_names": SHAPE_NAMES,
            "lat": self.lat[rows].tolist(),
            "lon": self.lon[rows].tolist(),
            "side": self.side[rows].tolist(),
            "shape": self.shape[rows].tolist(),
            "precisions": list(_PRECISIONS),
            "prec": self.prec[rows].tolist(),
            "ring_metres": REGION_RING_METRES,
            # Ids are all 16 characters: one string, sliced in the browser.
            "ids": "".join(ids) if fixed else None,
            "id": None if fixed else ids.tolist(),
            "text": text,
            "counts": counts,
            "evidence_omitted": n > MAX_EVIDENCE_EVENTS,
            "base_url": self.base_url,
        }


def map_payload(df: pd.DataFrame, base_url: str = "") -> dict:
    """The compact columns the canvas layer draws from, for a whole table."""
    return MapData(df, base_url).payload()


def payload_json(payload: dict) -> str:
    """JSON that is safe inside a <script> element."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


class StrikeLayer(MacroElement):
    """folium element that adds the canvas layer (with the heat map when asked) and its legend to the map."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this.library }}
        (function () {
            var map = {{ this._parent.get_name() }};
            {% if this.url %}
            fetch({{ this.url }}).then(function (r) { return r.json(); }).then(function (data) {
                window.StrikeMapShow(map, data, {{ this.selected }}, {{ this.focus_zoom }}, {{ this.options }});
            });
            {% else %}
            window.StrikeMapShow(map, {{ this.data }}, {{ this.selected }}, {{ this.focus_zoom }}, {{ this.options }});
            {% endif %}
        })();
        {% endmacro %}
    """)

    def __init__(self, payload_text: str | None = None, url: str | None = None, selected: str | None = None,
                 focus_zoom: int = 10, layers: list[str] | None = None):
        super().__init__()
        self._name = "StrikeLayer"
        self.library = _LAYER_JS
        self.data = payload_text
        self.url = json.dumps(url) if url else ""
        self.selected = json.dumps(selected) if selected else "null"
        self.focus_zoom = focus_zoom
        self.options = json.dumps({"heat": "heat" in (layers or [])})


def build_map(
    df: pd.DataFrame,
    payload_text: str | None = None,
    selected: str | None = None,
    tiles: str | None = None,
    attribution: str | None = None,
    payload_url: str | None = None,
    center: tuple[float, float] | None = None,
    zoom: int | None = None,
    layers: list[str] | None = None,
) -> folium.Map:
    """A folium map of the events with the selected event's popup open, else at ``center`` and
    ``zoom`` when given (a shared view), else fitted to the events. ``layers`` switches on
    optional layers ("heat").

    The data goes inline (``payload_text``, or computed from ``df``) or, for large views,
    is fetched from ``payload_url`` (see PayloadFiles)."""
    tiles = tiles or os.environ.get("STRIKEMAP_TILES") or DEFAULT_TILES
    attribution = attribution or os.environ.get("STRIKEMAP_TILES_ATTRIBUTION") or DEFAULT_ATTRIBUTION
    fmap = folium.Map(location=[49.0, 32.0], zoom_start=5, tiles=None, control_scale=True, prefer_canvas=True)
    js, css = asset_links()
    fmap.default_js, fmap.default_css = js, css
    fmap.get_root().header.add_child(Element(_CSS), name="strike_css")
    folium.TileLayer(tiles=tiles, attr=attribution, name="basemap", max_zoom=18).add_to(fmap)
    if payload_url:
        StrikeLayer(url=payload_url, selected=selected, layers=layers).add_to(fmap)
    else:
        StrikeLayer(payload_text or payload_json(map_payload(df)), selected=selected, layers=layers).add_to(fmap)
    OfflineBorders(register_assets()["borders"] + BORDERS_FILE).add_to(fmap)
    chosen = df[df["event_id"] == selected] if selected else df.iloc[:0]
    if len(chosen):
        # A permalink opens on its event (the layer opens the popup); no fitting afterwards.
        fmap.location = [float(chosen["latitude"].iloc[0]), float(chosen["longitude"].iloc[0])]
        fmap.options["zoom"] = 10
    elif center is not None or zoom is not None:
        if center is not None:
            fmap.location = [center[0], center[1]]
        fmap.options["zoom"] = zoom if zoom is not None else 8
    elif len(df):
        lats, lons = df["latitude"].astype(float), df["longitude"].astype(float)
        pad = 0.3 if len(df) > 1 else 0.5
        fmap.fit_bounds([[lats.min() - pad, lons.min() - pad], [lats.max() + pad, lons.max() + pad]])
    return fmap
