"""Strike Map dashboard: load -> read filters from the URL -> compute -> draw."""

from __future__ import annotations

import hashlib
import math
import os
import sys
from pathlib import Path
from urllib.parse import urlencode

import streamlit as st

if __package__ in (None, ""):
    # `streamlit run dashboard/app.py` runs this file as a script.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import altair as alt  # noqa: E402
from streamlit_folium import st_folium  # noqa: E402

from dashboard import filters as flt  # noqa: E402
from dashboard import store  # noqa: E402
from dashboard.events import WEAPONS, EventTableError  # noqa: E402
from dashboard.export import EXPORTERS  # noqa: E402
from dashboard.cache import cache_dir as store_cache_dir  # noqa: E402
from dashboard.cache import pickled  # noqa: E402
from dashboard.map_view import SIDE_COLORS, MapData, PayloadFiles, build_map, payload_json  # noqa: E402
from dashboard.ui import md, setting  # noqa: E402

st.set_page_config(page_title="Strike Map", page_icon="🗺️", layout="wide")
TABLE_ROWS = 1_000  # the table shows the latest events; downloads hold the whole view


@st.cache_resource(show_spinner="Loading events…", max_entries=2)
def load(path: str, mtime: float):
    """Cached per file version: a new ingest or a saved report shows up on the next rerun."""
    return store.Store(Path(path).parent).events()


@st.cache_resource(show_spinner=False, max_entries=2)
def map_data(path: str, mtime: float, base_url: str) -> MapData:
    """The whole store's map columns, encoded once per store version (and kept on disk,
    so a restarted server does not encode them again)."""
    key = hashlib.sha256(f"{Path(path).resolve()}|{mtime}|{base_url}|{MapData.VERSION}".encode()).hexdigest()[:32]
    return pickled(store_cache_dir() / "map-columns" / f"{key}.pickle", lambda: MapData(load(path, mtime), base_url),
                   keep=4)


@st.cache_resource(show_spinner=False)
def payload_files() -> PayloadFiles:
    return PayloadFiles(store_cache_dir() / "map-data")


@st.cache_data(show_spinner=False, max_entries=64)
def payload_url(path: str, mtime: float, base_url: str, ids_key: str, _rows) -> str:
    """The URL of one filtered view's map data; the key is the view's event ids."""
    return payload_files().publish(payload_json(map_data(path, mtime, base_url).payload(_rows)))


data_dir = setting("data_dir", "STRIKEMAP_DATA")
if data_dir:
    os.environ["STRIKEMAP_DATA"] = data_dir
database_url = setting("database_url", "STRIKEMAP_DATABASE_URL")
if database_url:
    os.environ["STRIKEMAP_DATABASE_URL"] = database_url
path = store.events_path()
try:
    mtime = store.Store().version()  # changes with every save, in this process or any other
    events = load(str(path), mtime)
except (EventTableError, store.StoreError) as exc:
    st.error(f"The event store could not be read: {md(exc)}")
    st.stop()

# --- filters from the URL, then the widgets --------------------------------------
bounds = flt.date_bounds(events)
regions = sorted(r for r in events["admin1"].unique() if r)
filters, notices = flt.from_query(st.query_params, bounds, regions, events["event_id"])

st.title("Strike Map")
st.caption(f"Strike events geocoded from news reports · {len(events):,} events in the store")
for notice in notices:
    st.warning(md(notice))

with st.sidebar:
    st.header("Filters")
    picked = st.date_input("Date range", value=(filters.start, filters.end), min_value=bounds[0],
                           max_value=bounds[1], key="dates")
    if isinstance(picked, (tuple, list)) and len(picked) == 2:
        filters.start, filters.end = picked
    filters.sides = st.multiselect("Side that struck", options=list(flt.SIDE_PARAMS.values()), default=filters.sides,
                                   key="sides", help="Russia: strikes by Russia. Ukraine: strikes by Ukraine.")
    filters.weapons = st.multiselect("Weapon", options=[w for w in WEAPONS if w != "unknown"], default=filters.weapons,
                                     key="weapons", placeholder="All weapons")
    filters.regions = st.multiselect("Region", options=regions, default=filters.regions, key="regions",
                                     placeholder="All regions")
    filters.q = st.text_input("Place or source", value=filters.q, key="q", max_chars=100).strip()
    filters.min_casualties = int(st.number_input("Minimum killed + injured", min_value=0, max_value=flt.MAX_CASUALTIES,
                                                 value=filters.min_casualties, step=1, key="min_casualties"))

view = flt.apply(events, filters)
st.query_params.from_dict(filters.to_query(bounds))
base_url = setting("public_url", "STRIKEMAP_PUBLIC_URL").rstrip("/")

def page_url() -> str:
    """This app's public address: the configured one for hosted use, else the one in use."""
    if base_url:
        return base_url
    try:
        return (st.context.url or "").split("?")[0].rstrip("/")
    except Exception:
        return ""


with st.sidebar:
    st.subheader("Share this view")
    query = urlencode(filters.to_query(bounds))
    st.code(f"{page_url()}/" + (f"?{query}" if query else ""), language=None)
    st.caption("Copy this link (the address bar holds it too): it opens this exact view.")

# --- figures, map -------------------------------------------------------------------
tot = flt.totals(view)


def figure(col: str) -> str:
    """A total (short when large), or a dash when no event in view reports the figure at all."""
    if not view[col].notna().any():
        return "—"
    n = tot[col]
    return f"{n / 1e6:.1f}M" if n >= 1e6 else f"{n / 1e3:.1f}k" if n >= 10_000 else f"{n:,}"


rate = tot["interception_rate"]
st.markdown(
    f"**{tot['events']:,} events** · {tot['killed']:,} killed · {tot['injured']:,} injured · "
    f"{tot['children']:,} {'child' if tot['children'] == 1 else 'children'} among casualties · interception rate "
    f"{'—' if math.isnan(rate) else f'{rate:.0%}'}"
)

if view.empty:
    st.info("No events match these filters.")
ids_key = hashlib.sha256("|".join(view["event_id"]).encode()).hexdigest()
url = payload_url(str(path), mtime, base_url, ids_key, view.index.to_numpy())
st_folium(build_map(view, selected=filters.event or None, payload_url=url), height=600, use_container_width=True,
          returned_objects=[], key="strike_map")
legend = " &nbsp; ".join(f"<span style='color:{c}'>●</span> struck by {s}" for s, c in SIDE_COLORS.items())
st.markdown(f"<small>{legend} · click a point for its details and sources</small>", unsafe_allow_html=True)

if filters.event:
    row = events[events["event_id"] == filters.event].iloc[0]
    with st.container(border=True):
        where = row["place"] + (f", {row['district_of']}" if row["district_of"] else "")
        st.markdown(f"**Selected event: {md(where)}**, {md(row['admin1'])} · {row['event_date'].isoformat()} · "
                    f"struck by {md(row['attacker'])} ({md(row['attacker_basis'])})")
        for sentence in str(row["evidence"]).split("\n"):
            st.markdown(f"> {md(sentence)}")
        st.caption(f"Source: {md(row['source_title'] or 'not named')} · published {md(row['published'])}")

with st.expander("Figures for this view", expanded=True):
    cols = st.columns(4)
    cols[0].metric("Events", f"{tot['events']:,}")
    cols[1].metric("Killed", f"{tot['killed']:,}")
    cols[2].metric("Injured", f"{tot['injured']:,}")
    cols[3].metric("Children among casualties", f"{tot['children']:,}")
    cols = st.columns(4)
    cols[0].metric("Missiles launched / intercepted", f"{figure('missiles_launched')} / {figure('missiles_intercepted')}")
    cols[1].metric("Drones launched / intercepted", f"{figure('drones_launched')} / {figure('drones_intercepted')}")
    cols[2].metric("Interception rate", "—" if math.isnan(rate) else f"{rate:.0%}",
                   help="Intercepted ÷ launched, over events that report both figures.")
    cols[3].metric("Regions", f"{view['admin1'].nunique():,}")

# --- context -----------------------------------------------------------------------
tab_time, tab_intercept, tab_table, tab_about = st.tabs(["Timeline", "Interceptions", "Events", "About the data"])

with tab_time:
    per_day = flt.daily(view)
    if per_day.empty:
        st.caption("No events to chart.")
    else:
        colour = alt.Color("attacker:N", title="Struck by",
                           scale=alt.Scale(domain=list(SIDE_COLORS), range=list(SIDE_COLORS.values())))
        base = alt.Chart(per_day).encode(x=alt.X("event_date:T", title="Date"), color=colour)
        st.altair_chart(
            alt.vconcat(
                base.mark_bar().encode(y=alt.Y("sum(events):Q", title="Events per day")).properties(height=160),
                base.mark_bar().encode(y=alt.Y("sum(casualties):Q", title="Killed + injured")).properties(height=160),
            ),
            width="stretch",
        )

with tab_intercept:
    inter = flt.interceptions_by_day(view)
    if inter.empty:
        st.caption("No interception figures in this view.")
    else:
        st.altair_chart(
            alt.Chart(inter).mark_line(point=True).encode(
                x=alt.X("event_date:T", title="Date"), y=alt.Y("sum(count):Q", title="Count"),
                color=alt.Color("figure:N", title=""), strokeDash=alt.StrokeDash("weapon:N", title="Weapon"),
                tooltip=["event_date:T", "weapon:N", "figure:N", "sum(count):Q"],
            ).properties(height=220),
            width="stretch",
        )

with tab_table:
    shown = view.sort_values("event_date", ascending=False).head(TABLE_ROWS)[["event_date", "place", "district_of", "admin1", "country", "attacker", "attacker_basis", "weapons",
                  "killed", "injured", "children", "missiles_launched", "missiles_intercepted", "drones_launched",
                  "drones_intercepted", "damage", "reported_by", "geo_precision", "date_precision", "source_title",
                  "source_url", "event_id"]]
    picked_rows = st.dataframe(
        shown, hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row",
        key="table",
        column_config={
            "event_date": st.column_config.DateColumn("Date"),
            "source_url": st.column_config.LinkColumn("Source link"),
            "event_id": st.column_config.TextColumn("Event id"),
            **{c: st.column_config.NumberColumn(c.replace("_", " ").capitalize(), format="%d")
               for c in ("killed", "injured", "children", "missiles_launched", "missiles_intercepted",
                         "drones_launched", "drones_intercepted")},
        },
    )
    more = f" Showing the latest {TABLE_ROWS:,} of {len(view):,}; the downloads hold all of them." if len(view) > TABLE_ROWS else ""
    st.caption("None: not reported; 0: reported as none. Select a row to show it on the map." + more)
    rows = picked_rows.selection.rows if picked_rows else []
    if rows:
        chosen = shown.iloc[rows[0]]["event_id"]
        if chosen != filters.event:
            st.query_params["event"] = chosen
            st.rerun()
    cols = st.columns(len(EXPORTERS))
    for col, (fmt, (export, mime, ext)) in zip(cols, EXPORTERS.items()):
        label = {"csv": "CSV", "geojson": "GeoJSON", "acled": "ACLED CSV"}[fmt]
        col.download_button(f"Download {label}", lambda export=export: export(view), on_click="ignore",
                            file_name=f"strikemap-events.{'acled.' if fmt == 'acled' else ''}{ext}", mime=mime,
                            key=f"download_{fmt}")

with tab_about:
    st.markdown(
        """
Events come from running Strike Map's extractor on news reports: every figure keeps the sentence(s) of the
report it came from (the evidence in each popup), and the source is linked when its address is known.

- **Side** is the side that struck. *Stated* means the report says who; *inferred* means it was deduced
  (a strike on Ukraine by Russia, on Russia or Russian-held ground by Ukraine).
- **Precision** says how exact a point is: *district* and *city* points are the place's coordinates; a
  *region* point is the region's centroid, drawn with a dashed ring because the report did not say where in
  the region the strike fell.
- **Empty vs 0**: an empty figure was not reported; 0 was reported as none. Totals add the reported figures;
  a district never repeats its city's casualties, and interception figures are counted once per attack.
- **Caveats**: reports are early and often revised; figures from the two sides are not independently
  verified; a place may be named for a strike that did little damage. Read the evidence before quoting a number.
"""
    )
