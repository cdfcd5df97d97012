"""Strike Map dashboard: load -> read filters from the URL -> compute -> draw."""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

if __package__ in (None, ""):
    # `streamlit run dashboard/app.py` runs this file as a script.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from streamlit_folium import st_folium  # noqa: E402

from dashboard import filters as flt  # noqa: E402
from dashboard import store  # noqa: E402
from dashboard.events import EventTableError  # noqa: E402
from dashboard.map_view import SIDE_COLORS, build_map  # noqa: E402

st.set_page_config(page_title="Strike Map", page_icon="🗺️", layout="wide")


@st.cache_data(show_spinner="Loading events…")
def load(path: str, mtime: float):
    """Cached per file version: a new ingest shows up on the next rerun."""
    return store.load_events(Path(path))


path = store.events_path()
try:
    events = load(str(path), path.stat().st_mtime if path.exists() else 0.0)
except EventTableError as exc:
    st.error(f"The event store could not be read: {exc}")
    st.stop()

st.title("Strike Map")
st.caption(f"Strike events geocoded from news reports · {len(events)} events in the store · data: `{path}`")

bounds = flt.date_bounds(events)
filters, notices = flt.from_query(st.query_params, bounds)
for notice in notices:
    st.warning(notice)

with st.sidebar:
    st.header("Filters")
    picked = st.date_input(
        "Date range", value=(filters.start, filters.end), min_value=bounds[0], max_value=bounds[1], key="dates"
    )
    if isinstance(picked, (tuple, list)) and len(picked) == 2:
        filters.start, filters.end = picked
    filters.sides = st.multiselect(
        "Side that struck", options=["Russia", "Ukraine", "unknown"], default=filters.sides,
        key="sides", help="Russia: strikes by Russia (mostly on Ukraine). Ukraine: strikes by Ukraine.",
    )

st.query_params.from_dict(filters.to_query(bounds))
view = flt.apply(events, filters)
tot = flt.totals(view)

cols = st.columns(5)
cols[0].metric("Events", tot["events"])
cols[1].metric("Killed", tot["killed"])
cols[2].metric("Injured", tot["injured"])
cols[3].metric("Missiles intercepted", f"{tot['missiles_intercepted']} / {tot['missiles_launched']}")
cols[4].metric("Drones intercepted", tot["drones_intercepted"])

legend = " &nbsp; ".join(
    f"<span style='color:{color}'>●</span> struck by {side}" for side, color in SIDE_COLORS.items()
)
st.markdown(
    f"<small>{legend} &nbsp; · &nbsp; dashed ring = region-level location · pale dot = city district</small>",
    unsafe_allow_html=True,
)

if view.empty:
    st.info("No events match these filters.")
st_folium(build_map(view), height=560, use_container_width=True, returned_objects=[], key="strike_map")

st.subheader("Events")
table = view.drop(columns=["evidence", "event_id", "attack_id", "article_id", "gazetteer_id"])
st.dataframe(table, hide_index=True, use_container_width=True)
