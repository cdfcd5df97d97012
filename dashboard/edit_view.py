"""The selected event's figures by report and history for everyone, and for editors the
form that corrects it, reverts an edit, and accepts or rejects a report's figures.

Every write here runs only when ``access.current_editor()`` names an editor in the same run
that drew the form: a reader's session never draws it, so nothing it sends can reach a write.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import access
from dashboard import events as schema
from dashboard.edits import EditError, FIELDS, history_lines, resolve, source_lines
from dashboard.store import Store, StoreError
from dashboard.ui import incident, md, store_name

_MESSAGE = "_edit_message"


def _done(message: str) -> None:
    st.session_state[_MESSAGE] = message


def event_panel(folder: Path, event: pd.Series) -> None:
    """Below the selected event: what each report says, the history, and the editor's tools."""
    store = Store(folder)
    event_id = event["event_id"]
    reviews = {pair: status for pair, status in store.reviews().items() if pair[0] == event_id}
    sources = store.sources_of([event_id])
    by_report = source_lines(sources, reviews).get(event_id, [])
    if by_report:
        st.markdown("**Figures by report**  \n" + "  \n".join(f"· {md(line)}" for line in by_report))
        if event["figures_rule"]:
            st.caption(md(event["figures_rule"]))
    history = history_lines(store.history(event_id))
    if history:
        st.markdown("**History**  \n" + "  \n".join(f"· {md(line)}" for line in history))
    if st.session_state.get(_MESSAGE):
        st.success(md(st.session_state.pop(_MESSAGE)))
    editor = access.current_editor()
    if not editor:
        return
    with st.expander("Edit this event"):
        _edit_form(store, event, editor)
        edit_ids = sorted({int(e["edit_id"]) for e in store.history(event_id) if "edit_id" in e}, reverse=True)
        if edit_ids:
            cols = st.columns([2, 1])
            chosen = cols[0].selectbox("Edit to revert", edit_ids, key="revert_id")
            if cols[1].button("Revert it", key="revert"):
                try:
                    store.revert(int(chosen), editor=editor)
                except StoreError as exc:  # a later edit changed the same field; no server path is shown
                    st.error(md(str(exc).replace(store.where, store_name(store.where))))
                else:
                    _done(f"Edit {chosen} was reverted.")
                    st.rerun()
        for (_, article_id), status in sorted(reviews.items()):
            if status != "pending":
                continue
            row = sources[sources["article_id"] == article_id].iloc[0]
            st.markdown(f"Report **{md(row['source_title'] or article_id)}** ({md(row['published'])}) awaits review.")
            cols = st.columns(2)
            for col, accept, label in ((cols[0], True, "Accept its figures"), (cols[1], False, "Reject its figures")):
                if col.button(label, key=f"review-{article_id}-{accept}"):
                    store.review(event_id, article_id, accept, editor)
                    _done(f"The figures of report {row['source_title'] or article_id} were "
                          f"{'accepted' if accept else 'rejected'}.")
                    st.rerun()


def _edit_form(store: Store, event: pd.Series, editor: str) -> None:
    with st.form("edit_event"):
        cols = st.columns(3)
        values = {
            "place": cols[0].text_input("Place", value=event["place"], max_chars=200),
            "event_date": cols[1].date_input("Date", value=event["event_date"], max_value=date.today()),
            "attacker": cols[2].selectbox("Struck by", list(schema.SIDES), index=list(schema.SIDES).index(
                event["attacker"])),
            "weapons": ";".join(st.multiselect("Weapons", list(schema.WEAPONS),
                                               default=[w for w in str(event["weapons"]).split(";") if w])),
        }
        cols = st.columns(4)
        for n, col in enumerate(schema.COUNT_COLUMNS):
            current = event[col]
            values[col] = cols[n % 4].number_input(col.replace("_", " ").capitalize(), min_value=0, step=1,
                                                   value=None if pd.isna(current) else int(current),
                                                   placeholder="not reported")
        values["damage"] = st.text_input("Damage", value=event["damage"], max_chars=500)
        values["reported_by"] = st.text_input("Reported by", value=event["reported_by"], max_chars=300)
        note = st.text_input("Why (goes to the history)", max_chars=500)
        if not st.form_submit_button("Save the correction"):
            return
    if not note.strip():
        st.error("Say why: the note goes to the event's history. Nothing was changed.")
        return
    changes = {}
    for name in FIELDS:
        new, old = values[name], event[name]
        same = (pd.isna(old) and new is None) if name in schema.COUNT_COLUMNS else str(new) == str(old)
        if name == "event_date":
            same = new == old
        if not same:
            changes[name] = new
    if not changes:
        st.info("Nothing was changed: the form holds the event's values.")
        return
    try:
        made = store.edit(event["event_id"], resolve(changes), note=note.strip(), editor=editor)
    except (EditError, schema.EventTableError) as exc:
        st.error(f"Nothing was changed: {md(exc)}")
        return
    except StoreError as exc:
        st.error(incident("Nothing was changed: the store could not be written.", exc))
        return
    _done(f"Saved as edit {made[0]['edit_id']}." if made else "Nothing was changed.")
    st.rerun()
