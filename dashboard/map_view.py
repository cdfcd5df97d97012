"""The map: events as folium markers with popups, on Leaflet served by the app itself.

Leaflet and jQuery (folium's popups need it) come from the XStatic packages.
Streamlit serves a declared component's folder, so each package folder is
declared as a component and the map loads its files from there: no CDN, and
nothing third-party copied into this repository. Only basemap tiles are external.
"""

from __future__ import annotations

import html
import math
import os

import folium
import pandas as pd
import streamlit.components.v1 as components
import xstatic.pkg.jquery
import xstatic.pkg.leaflet

SIDE_COLORS = {"Russia": "#c0392b", "Ukraine": "#1f5fbf", "unknown": "#7f7f7f"}
DEFAULT_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
# A region-level point is the region's centroid; the ring says "somewhere in here".
REGION_RING_METRES = 60_000

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


def text(value: object) -> str:
    """Report text made inert for HTML and for the JavaScript template folium wraps it in."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    escaped = html.escape(str(value), quote=True)
    return escaped.replace("`", "&#96;").replace("$", "&#36;").replace("\\", "&#92;")


def _count(value: object) -> str:
    return "—" if value is None or pd.isna(value) else f"{int(value):,}"


def _rate(launched: object, intercepted: object) -> str:
    if pd.isna(launched) or pd.isna(intercepted) or not launched:
        return ""
    return f" ({100 * int(intercepted) / int(launched):.0f}%)"


def _safe_url(url: str) -> str:
    return url if url.lower().startswith(("http://", "https://")) else ""


def popup_html(row: pd.Series) -> str:
    """Everything a reader needs to judge one event, all of it escaped."""
    place = text(row["place"])
    if row["district_of"]:
        place += f", {text(row['district_of'])}"
    lines = [f"<b>{place}</b> <small>({text(row['geo_precision'])}; {text(row['admin1'])}, {text(row['country'])})</small>"]
    when = row["event_date"].isoformat() + (" (approx.)" if row["date_precision"] == "approx" else "")
    lines.append(f"<b>Date:</b> {text(when)}")
    lines.append(f"<b>Attacker:</b> {text(row['attacker'])} ({text(row['attacker_basis'])})")
    if row["weapons"]:
        lines.append(f"<b>Weapons:</b> {text(row['weapons'].replace(';', ', '))}")
    lines.append(
        f"<b>Killed:</b> {_count(row['killed'])} &nbsp; <b>Injured:</b> {_count(row['injured'])}"
        f" &nbsp; <b>Children:</b> {_count(row['children'])}"
    )
    for kind in ("missiles", "drones"):
        launched, intercepted = row[f"{kind}_launched"], row[f"{kind}_intercepted"]
        if pd.notna(launched) or pd.notna(intercepted):
            lines.append(
                f"<b>{kind.capitalize()}:</b> {_count(launched)} launched, {_count(intercepted)} intercepted"
                f"{_rate(launched, intercepted)}"
            )
    if row["damage"]:
        lines.append(f"<b>Damage:</b> {text(row['damage'])}")
    if row["reported_by"]:
        lines.append(f"<b>Reported by:</b> {text(row['reported_by'])}")
    evidence = "".join(f"<li>{text(s)}</li>" for s in str(row["evidence"]).split("\n") if s)
    lines.append(f"<b>Evidence:</b><ul style='margin:2px 0 4px 16px;padding:0'>{evidence}</ul>")
    title = text(row["source_title"] or "source")
    url = _safe_url(str(row["source_url"]))
    source = f'<a href="{text(url)}" target="_blank" rel="noopener noreferrer">{title}</a>' if url else title
    lines.append(f"<b>Source:</b> {source}, {text(row['published'])}")
    return "<div class='strike-popup' style='font-size:12px;line-height:1.35'>" + "<br>".join(lines) + "</div>"


def marker_radius(row: pd.Series) -> float:
    hurt = sum(int(row[c]) for c in ("killed", "injured") if pd.notna(row[c]))
    return min(6 + 3 * math.sqrt(hurt), 22)


def build_map(df: pd.DataFrame, tiles: str | None = None, attribution: str | None = None) -> folium.Map:
    """A folium map with one marker per event, coloured by side."""
    tiles = tiles or os.environ.get("STRIKEMAP_TILES") or DEFAULT_TILES
    attribution = attribution or os.environ.get("STRIKEMAP_TILES_ATTRIBUTION") or DEFAULT_ATTRIBUTION
    fmap = folium.Map(location=[49.0, 32.0], zoom_start=5, tiles=None, control_scale=True)
    js, css = asset_links()
    fmap.default_js, fmap.default_css = js, css
    folium.TileLayer(tiles=tiles, attr=attribution, name="basemap", max_zoom=18).add_to(fmap)
    for _, row in df.iterrows():
        color = SIDE_COLORS.get(row["attacker"], SIDE_COLORS["unknown"])
        point = (float(row["latitude"]), float(row["longitude"]))
        if row["geo_precision"] == "region":
            folium.Circle(point, radius=REGION_RING_METRES, color=color, weight=1, fill=True,
                          fill_opacity=0.12, dash_array="4 4").add_to(fmap)
        label = text(row["place"]) + (f", {text(row['district_of'])}" if row["district_of"] else "")
        folium.CircleMarker(
            point,
            radius=marker_radius(row),
            color="#ffffff" if row["geo_precision"] != "district" else color,
            weight=1.5,
            fill=True,
            fill_color=color,
            fill_opacity=0.85 if row["geo_precision"] != "district" else 0.45,
            popup=folium.Popup(popup_html(row), max_width=360, parse_html=False),
            tooltip=folium.Tooltip(f"{label} · {text(row['event_date'].isoformat())}"),
        ).add_to(fmap)
    if len(df):
        lats, lons = df["latitude"].astype(float), df["longitude"].astype(float)
        fmap.fit_bounds([[lats.min() - 0.3, lons.min() - 0.3], [lats.max() + 0.3, lons.max() + 0.3]])
    return fmap
