"""The map: all events as one layer on Leaflet served by the app itself.

The map's data is written once per store version as typed arrays (``dashboard.columnar``) and
served as a file the browser caches; ``static/strike_layer.js`` draws it (with WebGL on a GPU,
else on a canvas), applies the page's filters to it, and fetches an event's text only for the point that is clicked,
inserting it as text. Leaflet comes from its XStatic package, whose folder is declared as a
Streamlit component so the app serves its files (the map's frame needs no jQuery), with no
CDN and nothing third-party copied into this repository. Only basemap tiles are external: when they do not load, the map draws the
borders shipped in data/borders instead (see StrikeMapBorders in the script).
"""

from __future__ import annotations

import collections
import functools
import gzip
import json
import os
import threading
import time
from pathlib import Path
from typing import Callable, Iterable, Sequence
from urllib.parse import urlencode

import folium
from folium.map import FitBounds
import pandas as pd
import streamlit as st
import streamlit.components.v1 as components
import streamlit_folium
import xstatic.pkg.leaflet
from branca.element import Element, MacroElement
from jinja2 import Template

from dashboard.columnar import SIDE_COLOURS, SIDES, MapBundle, inline_json, read_header
from dashboard.shipped import shipped_data

SIDE_COLORS = dict(zip(SIDES, SIDE_COLOURS))
DEFAULT_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
# Tiles that have neither loaded nor failed after this long count as failed (a hanging server).
TILE_WAIT_MS = 6_000
BORDERS_FILE = "borders.geojson"
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
.strike-legend-cell { display: inline-block; min-width: 16px; height: 16px; border-radius: 8px; background: #777;
                      color: #fff; font: bold 9px/16px sans-serif; text-align: center; margin-right: 2px; }
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
    "borders": str(shipped_data() / "borders"),
    # the layer's script, a file the browser caches rather than 33 kB of every rerun's map message
    "static": str(Path(__file__).parent / "static"),
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


class MapFiles:
    """The map's data as files the app serves, so the browser loads them over HTTP once per store
    version (and caches them) instead of inside the map's script, which Streamlit would resend on
    every rerun. One binary file of typed arrays, ``STORE_KEY.bin`` (and its gzipped copy for a
    first visit, ``STORE_KEY.bin.gz``), and popup text chunks, ``STORE_KEY-N.json``.

    The folder is shared by every app on the machine, whatever store each serves, so a new
    version only replaces older versions of its own store (the newest ``keep`` stay); another
    store's files go only once nobody has asked for them for ``idle`` seconds, or to keep the
    folder within ``budget`` bytes. Each request marks its files as used, and files taken away
    behind a running app's back are written again."""

    def __init__(self, folder: Path, keep: int = 2, idle: float = 7 * 86400, budget: int = 2 << 30,
                 busy: float = 3600):
        self.folder = folder
        self.keep = keep
        self.idle = idle
        self.budget = budget
        self.busy = busy
        self._headers: dict[str, dict] = {}
        self._lock = threading.Lock()
        self._writing: set[str] = set()  # stems whose text a thread of this process is writing
        folder.mkdir(parents=True, exist_ok=True)
        components.declare_component("map_data", path=str(folder))
        self.prefix = f"../{__name__}.map_data/"

    def publish(self, key: str, build: Callable[[], MapBundle], store: str = "") -> tuple[str, dict]:
        """(URL relative to the map's frame, header) of the data named ``key`` of the store named
        ``store``, built only when no earlier run wrote it. Cheap when the files are there: asked on
        every rerun. The binary file's presence means it is complete, and so is the text once its
        last chunk is there. A bundle whose text comes ``later`` has its binary file written first
        and its text and gzipped copy written by a thread of their own, so the page that encodes a
        million events draws the map without waiting for their text (a point clicked meanwhile
        shows its popup once its chunk is written); a run that finds the binary file without the
        text's last chunk (a process that stopped while writing it) has the text written again."""
        stem = f"{store}_{key}" if store else key
        path = self.folder / f"{stem}.bin"
        header = self._headers.get(stem)
        if header is not None and self._used(path) and (stem in self._writing or self._complete(path, header)):
            return self.prefix + path.name, header
        with self._lock:  # one session encodes the data; the others wait for it
            try:
                with path.open("rb") as fh:
                    start = fh.read(8)
                    header = read_header(start + fh.read(int.from_bytes(start[4:8], "little")))
                self._used(path)
                if stem not in self._writing and not self._text_written(path, header):
                    self._later(stem, path, lambda: build().chunks)
                elif stem not in self._writing and not packed(path).exists():  # written by a version without it
                    self._write(packed(path), gzip.compress(path.read_bytes(), 6, mtime=0))
            except (OSError, ValueError):
                bundle = build()
                if bundle.later:
                    self._write(path, bundle.binary)
                    self._later(stem, path, lambda: bundle.chunks)
                else:
                    self._write_text(stem, bundle.chunks)
                    self._write(packed(path), gzip.compress(bundle.binary, 6, mtime=0))
                    self._write(path, bundle.binary)
                self._prune(store)
                header = bundle.header
            self._headers[stem] = header
        return self.prefix + path.name, header

    def _later(self, stem: str, path: Path, chunks: Callable[[], Iterable[str]]) -> None:
        """Write the gzipped copy, then the text's chunks, in a thread of their own (not a daemon:
        a process that ends waits for it, so no text is left half written)."""
        def write() -> None:
            try:
                if not packed(path).exists():
                    self._write(packed(path), gzip.compress(path.read_bytes(), 6, mtime=0))
                self._write_text(stem, chunks())
            except OSError:
                pass  # a run that finds the text incomplete writes it again
            finally:
                self._writing.discard(stem)
        self._writing.add(stem)
        threading.Thread(target=write, name=f"map-text-{stem}", daemon=False).start()

    def _write_text(self, stem: str, chunks: Iterable[str]) -> None:
        """The chunks in order, so the last one's presence means the text is complete."""
        for k, chunk in enumerate(chunks):
            self._write(self.folder / f"{stem}-{k}.json", chunk.encode("utf-8"))

    def _text_written(self, path: Path, header: dict) -> bool:
        return not header.get("chunks") or path.with_name(f"{path.stem}-{header['chunks'] - 1}.json").exists()

    def _complete(self, path: Path, header: dict) -> bool:
        return packed(path).exists() and self._text_written(path, header)

    def wait(self) -> None:
        """Until the text being written in the background is written (for tests and benchmarks)."""
        for thread in [t for t in threading.enumerate() if t.name.startswith("map-text-")]:
            thread.join()

    @staticmethod
    def _used(path: Path) -> bool:
        """Mark the file as just used (for pruning); False if it is gone."""
        try:
            os.utime(path)
            return True
        except OSError:
            return False

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        tmp = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")  # two writers never share one
        tmp.write_bytes(data)
        tmp.replace(path)

    @staticmethod
    def _store_of(stem: str) -> str:
        return stem.split("_")[0] if "_" in stem else ""

    def _prune(self, store: str) -> None:
        """Older versions of ``store`` beyond ``keep`` go, and every store unused for ``idle``;
        over ``budget`` bytes, the stores used longest ago go first, but none used within
        ``busy`` seconds (its app would write it again, a large store at some cost)."""
        files: dict[str, list[tuple[Path, float, int]]] = collections.defaultdict(list)
        for path in self.folder.iterdir():
            try:
                if not path.name.startswith("."):  # a file being written
                    info = path.stat()
                    stem = path.name.split("-")[0].removesuffix(".gz").removesuffix(".bin")
                    files[stem].append((path, info.st_mtime, info.st_size))
            except OSError:
                continue
        now = time.time()
        versions: dict[str, list[tuple[float, str]]] = collections.defaultdict(list)
        kept = set()
        for stem, parts in files.items():
            used = [t for path, t, _ in parts if path.suffix == ".bin"]
            if used:
                versions[self._store_of(stem)].append((used[0], stem))
            elif now - max(t for _, t, _ in parts) < self.busy:  # its text is written before its .bin
                kept.add(stem)
        stores = {}
        for name, stems in versions.items():
            stems.sort(reverse=True)
            if name == store or now - stems[0][0] < self.idle:
                stores[name] = stems[:self.keep]
        size = {name: sum(n for _, stem in stems for _, _, n in files[stem]) for name, stems in stores.items()}
        total = sum(size.values())
        for name in sorted(stores, key=lambda name: stores[name][0][0]):  # the longest unused first
            if total <= self.budget:
                break
            if name != store and now - stores[name][0][0] >= self.busy:
                total -= size[name]
                del stores[name]
        kept.update(stem for stems in stores.values() for _, stem in stems)
        for stem, parts in files.items():
            if stem not in kept:
                for path, _, _ in parts:
                    path.unlink(missing_ok=True)
        self._headers = {stem: h for stem, h in self._headers.items() if stem in kept}


def packed(path: Path) -> Path:
    """The map's data file gzipped, written once per store version: the app's server sends a gzip
    file as it is, where it compressed the data file for every first visit (0.7-0.8 s of its
    processor time for the 14 MB of a million events), and the map's frame unpacks it."""
    return path.with_name(path.name + ".gz")


def asset_links(data_url: str | None = None) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(js, css) links for folium's default_js / default_css; with ``data_url``, a first script
    that starts reading the map's data from the browser's cache and fetching the other files at
    once, while the frame loads its scripts one after another."""
    prefix = register_assets()
    # folium's jQuery is not among them, as nothing on this map uses it
    js = [("leaflet", prefix["leaflet"] + "leaflet.js"), ("strike_layer", prefix["static"] + "strike_layer.js")]
    css = [("leaflet_css", prefix["leaflet"] + "leaflet.css")]
    if data_url:
        js.insert(0, ("prefetch", prefix["static"] + "prefetch.js?" + urlencode(
            [("data", data_url)] + [("js", src) for _, src in js] + [("css", href) for _, href in css])))
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


class StrikeLayer(MacroElement):
    """folium element that loads the map data (from its URL, or inline for a small map) into the
    canvas layer, with its legend and time slider."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        window.StrikeMapLoad({{ this._parent.get_name() }}, {{ this.source }}, {{ this.options }});
        {% endmacro %}
    """)

    def __init__(self, source: str, base_url: str = ""):
        """``source``: JSON, either {"url": ...} or inline data (``columnar.inline_json``)."""
        super().__init__()
        self._name = "StrikeLayer"
        self.source = source
        self.options = json.dumps({"base_url": base_url})


def filter_script(spec: dict) -> str:
    """The page's filters (``columnar.filter_spec``) as the map's frame runs them: one call to the
    layer, in a feature group of its own, which the map component swaps on a change while the
    map itself, with its data, stays as it is."""
    spec_json = json.dumps(spec, separators=(",", ":")).replace("</", "<\\/")
    return ("var feature_group_feature_group_0 = L.featureGroup({});\n"
            f"window.StrikeMapFilter({spec_json});\n"
            "map_div.addLayer(feature_group_feature_group_0);\n"
            "window.feature_group = window.feature_group || [];\n"
            "window.feature_group.push(feature_group_feature_group_0);\n")


PREPARED_KEPT = 16
_prepared: collections.OrderedDict[tuple, dict] = collections.OrderedDict()
_prepared_lock = threading.Lock()


def component_args(fmap: folium.Map, height: int, returned_objects: Sequence[str], key: str) -> dict:
    """What ``st_folium`` hands its component for ``fmap`` (full width, no layer control), but
    the feature group and the change callback. Rendering the map takes tens of milliseconds."""
    from folium.elements import JSCSSMixin

    fmap.get_root().render()
    fmap.render()
    html = streamlit_folium._get_html(fmap)
    header = streamlit_folium._get_header(fmap)
    leaflet = streamlit_folium._get_map_string(fmap)
    south_west, north_east = fmap.get_bounds()
    bounds = {"_southWest": {"lat": south_west[0], "lng": south_west[1]},
              "_northEast": {"lat": north_east[0], "lng": north_east[1]}}
    defaults = {"bounds": bounds, "zoom": fmap.options.get("zoom")}
    css, js = [], []

    def walk(element):
        if isinstance(element, JSCSSMixin):
            css.extend(href for _, href in getattr(element, "default_css", []))
            js.extend(src for _, src in getattr(element, "default_js", []))
        for child in getattr(element, "_children", {}).values():
            walk(child)
    walk(fmap)
    return dict(script=leaflet, header=header, html=html, id=streamlit_folium.get_full_id(fmap),
                key=streamlit_folium.generate_js_hash(leaflet, key, False), height=height, width=None,
                returned_objects=list(returned_objects), default={k: v for k, v in defaults.items()
                                                                   if k in returned_objects},
                zoom=None, center=None, return_on_hover=False, layer_control=None, pixelated=False,
                css_links=list(dict.fromkeys(css)), js_links=list(dict.fromkeys(js)), wrap_longitude=False)


def show_map(build: Callable[[], folium.Map], built_from: tuple, spec: dict, key: str, height: int = 600,
             returned_objects: Sequence[str] = ("center", "zoom", "bounds")) -> dict | None:
    """The map from ``build()``, drawn by streamlit-folium's component like ``st_folium``, with
    the filters from ``filter_script``. The map's rendered code is kept per ``built_from`` (what
    ``build`` depends on) for every session: only the filters change from one rerun to the next,
    so a rerun sends them without rendering the map again. Returns what the map last reported."""
    cache_key = (built_from, height, tuple(returned_objects), key)
    with _prepared_lock:
        args = _prepared.get(cache_key)
        if args is not None:
            _prepared.move_to_end(cache_key)
    if args is None:
        args = component_args(build(), height, returned_objects, key)
        with _prepared_lock:
            _prepared[cache_key] = args
            while len(_prepared) > PREPARED_KEPT:
                _prepared.popitem(last=False)

    def changed() -> None:  # as st_folium: the component's value under the caller's key
        st.session_state[key] = st.session_state.get(args["key"], {})

    return streamlit_folium._component_func(**args, feature_group=filter_script(spec), on_change=changed)


def build_map(
    df: pd.DataFrame,
    data_url: str | None = None,
    tiles: str | None = None,
    attribution: str | None = None,
    center: tuple[float, float] | None = None,
    zoom: int | None = None,
    base_url: str = "",
) -> folium.Map:
    """A folium map of the events at ``center`` and ``zoom`` when given (a shared view), else
    fitted to the events.

    The data is fetched from ``data_url`` (see MapFiles), or for a small map goes inline,
    encoded from ``df``. Filters, the selected event and the heat layer come separately, from
    ``filter_layer``."""
    tiles = tiles or os.environ.get("STRIKEMAP_TILES") or DEFAULT_TILES
    attribution = attribution or os.environ.get("STRIKEMAP_TILES_ATTRIBUTION") or DEFAULT_ATTRIBUTION
    fmap = folium.Map(location=[49.0, 32.0], zoom_start=5, tiles=None, control_scale=True, prefer_canvas=True)
    js, css = asset_links(data_url)
    fmap.default_js, fmap.default_css = js, css
    fmap.get_root().header.add_child(Element(_CSS), name="strike_css")
    folium.TileLayer(tiles=tiles, attr=attribution, name="basemap", max_zoom=18).add_to(fmap)
    source = json.dumps({"url": data_url}) if data_url else inline_json(MapBundle.encode(df))
    StrikeLayer(source, base_url).add_to(fmap)
    OfflineBorders(register_assets()["borders"] + BORDERS_FILE).add_to(fmap)
    if center is not None or zoom is not None:
        if center is not None:
            fmap.location = [center[0], center[1]]
        fmap.options["zoom"] = zoom if zoom is not None else 8
    elif len(df):
        lats, lons = df["latitude"].astype(float), df["longitude"].astype(float)
        pad = 0.3 if len(df) > 1 else 0.5
        # At once, not animated: an animated fit ends after the map's first report of where it is,
        # and its second report reran the whole page once more on every page open.
        fit = FitBounds([[lats.min() - pad, lons.min() - pad], [lats.max() + pad, lons.max() + pad]])
        fit.options["animate"] = False
        fmap.add_child(fit)
    return fmap
