"""Review: reports whose figures wait for an editor, and events whose reports disagree."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import quote

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from dashboard import access  # noqa: E402
from dashboard.edits import DISAGREE_ABSOLUTE, DISAGREE_RELATIVE, disagreements  # noqa: E402
from dashboard.store import Store, StoreError  # noqa: E402
from dashboard.ui import data_folder, incident, md, setting  # noqa: E402

if setting("database_url", "STRIKEMAP_DATABASE_URL"):  # as the map page does: this page may be opened first
    os.environ["STRIKEMAP_DATABASE_URL"] = setting("database_url", "STRIKEMAP_DATABASE_URL")

st.title("Review")
access.require_editor("review figures")  # before anything is read
try:
    store = Store(data_folder())
    reviews = store.reviews()
    shared = store.shared_sources()
except StoreError as exc:
    st.error(incident("The event store could not be read.", exc))
    st.stop()

waiting = sorted(pair for pair, status in reviews.items() if status == "pending")
st.subheader(f"Reports awaiting review · {len(waiting)}")
if not waiting:
    st.caption("None: every report's figures have been reviewed.")
for event_id, article_id in waiting:
    rows = shared[(shared["event_id"] == event_id) & (shared["article_id"] == article_id)]
    if rows.empty:
        continue
    row = rows.iloc[0]
    st.markdown(f"[{md(row['place'])}, {row['event_date'].isoformat()}](./?event={quote(event_id, safe='')}) · "
                f"{md(row['source_title'] or article_id)} ({md(row['published'])})")

listed = disagreements(shared, reviews)
st.subheader(f"Events whose reports disagree · {listed['event_id'].nunique()}")
st.caption(f"Reports differ on a figure by more than {DISAGREE_ABSOLUTE} and by more than {DISAGREE_RELATIVE:.0%} "
           "(rejected reports aside). Open an event to see every report's figures, then correct the event or "
           "accept or reject a waiting report below it.")
for event_id, group in listed.groupby("event_id", sort=False):
    first = group.iloc[0]
    figures = "; ".join(f"{r.figure} from {r.lowest:,} to {r.highest:,}" for r in group.itertuples())
    st.markdown(f"[{md(first['place'])}, {first['event_date'].isoformat()}](./?event={quote(event_id, safe='')}) · "
                f"{md(figures)}")
