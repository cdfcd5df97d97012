"""Add a report: paste or upload it, check and correct the extracted events, then save."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

import pandas as pd  # noqa: E402
from streamlit_folium import st_folium  # noqa: E402

from dashboard import access  # noqa: E402
from dashboard import events as schema  # noqa: E402
from dashboard.events import Report  # noqa: E402
from dashboard.extract import extract  # noqa: E402
from dashboard.map_view import build_map  # noqa: E402
from dashboard.report_text import MAX_REPORT_BYTES, ReportError, text_from_bytes  # noqa: E402
from dashboard.store import Store, StoreError  # noqa: E402
from dashboard.ui import data_folder, incident, md, place_geocoder, setting, store_name  # noqa: E402

if setting("database_url", "STRIKEMAP_DATABASE_URL"):  # as the map page does: this page may be opened first
    os.environ["STRIKEMAP_DATABASE_URL"] = setting("database_url", "STRIKEMAP_DATABASE_URL")

EDITABLE = ["place", "event_date", "attacker", "weapons", "killed", "injured", "children", "missiles_launched",
            "missiles_intercepted", "drones_launched", "drones_intercepted", "damage", "reported_by"]


@st.cache_data(show_spinner="Reading the report…", max_entries=64)
def read(report: Report):
    """The extraction of one report, kept while a person corrects its events (every edit reruns the page)."""
    return extract(report, place_geocoder())


st.title("Add a report")
editor = access.require_editor("add reports")  # before any input is read
st.caption("Nothing is stored until you press Save. Every event keeps the sentences it came from.")

uploaded = st.file_uploader("Upload a report (.txt, .html, .md)", type=["txt", "html", "htm", "md"], key="upload")
pasted = st.text_area("…or paste its text", height=200, key="text",
                      help=f"Up to {MAX_REPORT_BYTES // 1_000_000} MB of text.")
cols = st.columns([1, 2, 2])
published = cols[0].date_input("Published", value=date.today(), max_value=date.today(), key="published")
title = cols[1].text_input("Source title", key="title", max_chars=300)
url = cols[2].text_input("Source URL (http or https)", key="url", max_chars=2000)

text = ""
try:
    if uploaded is not None:
        text = text_from_bytes(uploaded.getvalue(), uploaded.name)
    elif pasted.strip():
        text = text_from_bytes(pasted.encode("utf-8"), "the pasted text")
except ReportError as exc:
    st.error(md(exc))
if url and not url.lower().startswith(("http://", "https://")):
    st.warning("The source URL is not an http(s) address; it will be stored as text, not as a link.")

if not text:
    st.info("Paste or upload a report to see what Strike Map extracts from it.")
    st.stop()

report = Report(text, published, title.strip(), url.strip())
result = read(report)
for warning in result.warnings:
    st.warning(md(warning))

if not result.events:
    st.info("No strike events found in this report. Nothing to save.")
    st.stop()

found = schema.events_to_frame(result.events)
st.subheader(f"{len(found)} event{'s' if len(found) != 1 else ''} found")
edited = st.data_editor(
    found[EDITABLE + ["admin1", "geo_precision", "evidence"]],
    key="editor", hide_index=True, width="stretch", num_rows="fixed",
    disabled=["admin1", "geo_precision", "evidence"],
    column_config={
        "event_date": st.column_config.DateColumn("Date", max_value=published),
        "attacker": st.column_config.SelectboxColumn("Attacker", options=list(schema.SIDES), required=True),
        **{c: st.column_config.NumberColumn(c.replace("_", " "), min_value=0, step=1, format="%d")
           for c in schema.COUNT_COLUMNS},
    },
)

# A corrected place name is geocoded again; everything else is taken as typed.
rows, problems = [], []
for i, ev in enumerate(result.events):
    change = edited.iloc[i]
    row = ev.to_dict()
    for col in EDITABLE:
        value = change[col]
        row[col] = None if (not isinstance(value, str) and pd.isna(value)) else value
    if row["place"] != ev.place:
        loc = place_geocoder().geocode(row["place"])
        if loc is None:
            problems.append(f"Row {i + 1}: '{row['place']}' was not found; the place is unchanged.")
            row["place"] = ev.place
        else:
            raw = loc.raw
            row.update(place=raw["place"], admin1=raw["admin1"], country=raw["country"],
                       district_of=raw.get("district_of", ""), latitude=loc.latitude, longitude=loc.longitude,
                       geo_precision=raw["geo_precision"], gazetteer_id=raw["gazetteer_id"])
    if isinstance(row["event_date"], date):
        row["event_date"] = row["event_date"].isoformat()
    rows.append(row)
for problem in problems:
    st.warning(md(problem))
try:
    preview = schema.validate(pd.DataFrame(rows, columns=list(schema.COLUMNS)).astype(object))
except schema.EventTableError as exc:
    st.error(f"These events cannot be saved yet: {md(exc)}")
    st.stop()

st_folium(build_map(preview), height=380, use_container_width=True, returned_objects=[], key="preview_map")

st.caption(f"Saves go to the {md(store_name(Store(data_folder()).where))}. Figures that differ from an event's "
           "reviewed figures wait for an editor's review before they are shown as the event's figures.")
if st.button("Save the report and its events", type="primary", key="save"):
    if access.current_editor() != editor:  # signed out, or the host turned editing off, since the page was drawn
        st.error("You are no longer signed in as an editor: nothing was saved.")
        st.stop()
    corrected = []
    for rec in preview.to_dict("records"):
        rec = {k: (None if (not isinstance(v, str) and pd.isna(v)) else v) for k, v in rec.items()}
        for col in schema.INT_COLUMNS:
            rec[col] = None if rec[col] is None else int(rec[col])
        corrected.append(schema.Event(**rec))
    try:
        summary = Store(data_folder()).add([(report, corrected)], result.warnings, added_by=editor)
    except schema.EventTableError as exc:
        st.error(f"Nothing was saved: {md(exc)}")
    except (StoreError, OSError) as exc:
        st.error(incident("Nothing was saved: the store could not be written.", exc))
    else:
        st.success(f"Saved. {summary.line()}. The map shows them now.")
        st.markdown("[Open the map](./)")
