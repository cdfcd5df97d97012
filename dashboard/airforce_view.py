"""The Air Force's night figures on the dashboard: launched against shot down by night and by
weapon type in the Interceptions tab, and in a strike's popup the figures of its night.

The regional air commands' figures are part of the Air Force Command's national summary of the
same night, so a night is counted from its national records when it has any, else from its
regional ones; a place's own figures (the event's counts) are shown beside the night's, never
added to them.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

FIGURES = {"launched": "launched", "shot_down": "shot down"}
NOTE_TITLE = "The night's Air Force figures"  # the popup's heading for `night_notes`


def counted(records: pd.DataFrame, by: tuple[str, ...] = ("night",)) -> pd.DataFrame:
    """The records a night's totals come from: its national ones if it has any, else its regional ones."""
    if records.empty:
        return records
    has_national = records.groupby(list(by))["national"].transform("any")
    return records[records["national"] | ~has_national]


def by_night(records: pd.DataFrame) -> pd.DataFrame:
    """Launched and shot down per night (long form: night, figure, count), every weapon together."""
    return _long(counted(records), ["night"])


def by_weapon_type(records: pd.DataFrame) -> pd.DataFrame:
    """Launched and shot down per month and weapon type (long form: month, weapon_type, figure, count)."""
    chosen = counted(records)
    chosen = chosen.assign(month=pd.to_datetime(chosen["night"]).dt.to_period("M").dt.to_timestamp())
    return _long(chosen, ["month", "weapon_type"])


def _long(records: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    columns = [*keys, "figure", "count"]
    if records.empty:
        return pd.DataFrame(columns=columns)
    sums = records.groupby(keys)[list(FIGURES)].sum(min_count=1).reset_index()
    out = sums.melt(id_vars=keys, var_name="figure", value_name="count").dropna(subset=["count"])
    out["figure"] = out["figure"].map(FIGURES)
    out["count"] = out["count"].astype(int)
    if "night" in out:
        out["night"] = pd.to_datetime(out["night"])
    return out[columns].sort_values(keys, kind="stable").reset_index(drop=True)


def night_notes(links: pd.DataFrame) -> pd.Series:
    """Per event_id, the popup's lines for its night: each national record (or, on a night without
    a national summary, each regional record of the event's region), with where it comes from."""
    if links.empty:
        return pd.Series(dtype=object, name="night_figures")
    chosen = counted(links, by=("event_id", "night"))
    lines = {}
    for event_id, group in chosen.groupby("event_id", sort=False):
        lines[event_id] = "\n".join(_line(row) for row in group.itertuples(index=False))
    return pd.Series(lines, dtype=object, name="night_figures")


def _line(record) -> str:
    parts = []
    for name, label in (("launched", "launched"), ("shot_down", "shot down"), ("not_reached", "lost in location")):
        value = getattr(record, name)
        if not pd.isna(value):
            parts.append(f"{int(value):,} {label}")
    scope = "all Ukraine" if record.national else "regional command, " + ", ".join(record.regions)
    account = record.source.split("/", 1)[0]
    return (f"{record.model}: {', '.join(parts) or 'no figures'} (night to {record.night:%d %b %Y}; {scope}"
            + (f"; {account}" if account else "") + ")")


def with_night_figures(notes: pd.DataFrame, links: pd.DataFrame) -> pd.DataFrame:
    """The map's popup notes (``edits.event_notes``) with a ``night_figures`` column added."""
    night = night_notes(links)
    out = notes.join(night, how="outer") if len(notes) else night.to_frame()
    return out.fillna("")


def interceptions_section(records: pd.DataFrame) -> None:
    """Charts of the Air Force's national figures, below the events' own interception chart."""
    st.subheader("Air Force night summaries")
    if records.empty:
        st.caption("No Air Force figures in the store: import them with "
                   "`strikemap import --format airforce missile_attacks_daily.csv`.")
        return
    st.caption(f"{len(records):,} records from {records['night'].min():%d %b %Y} to {records['night'].max():%d %b %Y}. "
               "Each night counts its national summary; a regional command's figures only on a night "
               "without one, since the national summary includes them.")
    import altair as alt  # here, not at the top: importing it took 0.7 s of every server's first page

    colours = alt.Scale(domain=list(FIGURES.values()), range=["#b2182b", "#2166ac"])
    dashes = alt.Scale(domain=list(FIGURES.values()), range=[[1, 0], [4, 3]])
    st.markdown("**Launched and shot down by night**")
    st.altair_chart(
        alt.Chart(by_night(records)).mark_line(strokeWidth=1, opacity=0.85).encode(
            x=alt.X("night:T", title="Night (date it ended)", axis=alt.Axis(format="%b %Y")),
            y=alt.Y("count:Q", title="Drones and missiles"),
            color=alt.Color("figure:N", title="", scale=colours, legend=alt.Legend(orient="top")),
            tooltip=[alt.Tooltip("night:T", title="Night"), "figure:N", "count:Q"],
        ).properties(height=200),
        width="stretch",
    )
    st.markdown("**By weapon type, per month** (launched solid, shot down dashed; a log scale, as drones "
                "outnumber missiles a hundredfold)")
    st.altair_chart(
        alt.Chart(by_weapon_type(records)).mark_line(point=alt.OverlayMarkDef(size=12)).encode(
            x=alt.X("month:T", title="Month", axis=alt.Axis(format="%b %Y")),
            y=alt.Y("count:Q", title="Count", scale=alt.Scale(type="symlog")),
            color=alt.Color("weapon_type:N", title="", legend=alt.Legend(orient="top", columns=2)),
            strokeDash=alt.StrokeDash("figure:N", title="", scale=dashes, legend=None),
            detail="figure:N",
            tooltip=[alt.Tooltip("month:T", format="%b %Y", title="Month"), alt.Tooltip("weapon_type:N", title="Type"),
                     "figure:N", "count:Q"],
        ).properties(height=240),
        width="stretch",
    )
