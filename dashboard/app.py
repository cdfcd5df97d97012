"""Strike Map dashboard: the Map page (load -> read the URL -> compute -> draw) and the page list.

Every page runs inside one guard (ui.guarded): a visitor sees an apology with an
incident id, never a traceback; the server log has the details.
"""

from __future__ import annotations

import dataclasses
from html import escape
import os
import math
import sys
from pathlib import Path
from urllib.parse import urlencode

import streamlit as st

# Visitors never see an exception's message, type or trace, even where no .streamlit/config.toml is read
# (an installed copy started from any folder); the project's config says the same.
st.set_option("client.showErrorDetails", "none")

if __package__ in (None, ""):
    # `streamlit run dashboard/app.py` runs this file as a script.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pyarrow as pa  # noqa: E402

from dashboard import access  # noqa: E402
from dashboard import columnar  # noqa: E402
from dashboard import filters as flt  # noqa: E402
from dashboard import shared_views as shared  # noqa: E402
from dashboard import store  # noqa: E402
from dashboard.events import COUNT_COLUMNS, EventTableError  # noqa: E402
from dashboard.edit_view import event_panel  # noqa: E402
from dashboard import feed_view  # noqa: E402
from dashboard.feed_view import count  # noqa: E402
from dashboard.export import EXPORTERS  # noqa: E402
from dashboard.map_view import SIDE_COLORS, build_map, show_map  # noqa: E402
from dashboard.regions_view import region_totals, regions_tab  # noqa: E402
from dashboard.airforce_view import interceptions_section  # noqa: E402
from dashboard.ui import data_folder, guarded, incident, md, place_geocoder, plural, setting  # noqa: E402

TABLE_ROWS = 1_000  # the table shows the latest events; downloads hold the whole view
# How long a page's first run waits for the map's first report before sending the rest anyway.
REST_AFTER_SECONDS = 3
TAB_TITLES = {"timeline": "Timeline", "interceptions": "Interceptions", "events": "Events", "regions": "By region",
              "about": "About the data"}
# Bars per day, week or month: the Vega-Lite time unit and how its ticks read.
STEPS = {"day": ("yearmonthdate", "%d %b"), "week": ("yearweek", "%d %b"), "month": ("yearmonth", "%b %Y")}
# The table's columns and the names a reader sees.
TABLE_COLUMNS = {
    "event_date": "Date", "place": "Place", "district_of": "District of", "admin1": "Region", "country": "Country",
    "attacker": "Struck by", "attacker_basis": "Side is", "weapons": "Weapons", "killed": "Killed",
    "injured": "Injured", "children": "Children", "missiles_launched": "Missiles launched",
    "missiles_intercepted": "Missiles intercepted", "drones_launched": "Drones launched",
    "drones_intercepted": "Drones intercepted", "damage": "Damage", "reported_by": "Reported by",
    "geo_precision": "Place precision", "date_precision": "Date precision", "source_title": "Source",
    "source_url": "Source link", "event_id": "Event id",
}


def query_params() -> dict[str, list[str]]:
    """The URL's parameters with every value of a repeated one."""
    return {key: st.query_params.get_all(key) for key in st.query_params.keys()}


def figure(head: shared.Headline, col: str) -> str:
    """A total (short when large), or '—' when no event in view reports the figure at all."""
    if col not in head.reported:
        return "—"
    n = head.totals[col]
    return f"{n / 1e6:.1f}M" if n >= 1e6 else f"{n / 1e3:.1f}k" if n >= 10_000 else f"{n:,}"


def figures_html(figures: list[tuple[str, str, str]]) -> str:
    """The view's figures, (label, value, help) each, as one page element (eight metrics and their
    rows were eleven messages a rerun), with the note on "—" and 0."""
    cells = []
    for label, value, hint in figures:
        title = f' title="{escape(hint)}"' if hint else ""
        cells.append(f'<div style="flex:1 1 calc(25% - 1rem);min-width:9rem"{title}>'
                     f'<div style="font-size:0.875rem;color:rgba(49,51,63,0.7)">{escape(label)}</div>'
                     f'<div style="font-size:2rem;line-height:1.3">{escape(value)}</div></div>')
    return (f'<div style="display:flex;flex-wrap:wrap;gap:0.5rem 1rem">{"".join(cells)}</div>'
            '<div style="font-size:0.875rem;color:rgba(49,51,63,0.6);margin-top:0.5rem">'
            "—: no event in view reports the figure; 0: reports said none.</div>")


def outside_filters(row: pd.Series, f: flt.Filters) -> list[str]:
    """Why a linked event is not in the filtered view, in words."""
    why = []
    if not f.start <= row["event_date"] <= f.end:
        why.append(f"its date {row['event_date'].isoformat()} is outside {f.start.isoformat()} – {f.end.isoformat()}")
    if row["attacker"] not in f.sides:
        why.append(f"it was struck by {row['attacker']}, and the side filter shows {', '.join(f.sides)}")
    if f.weapons and not set(f.weapons) & set(str(row["weapons"]).split(";")):
        why.append(f"its weapons ({row['weapons'] or 'not stated'}) are not among {', '.join(f.weapons)}")
    if f.regions and row["admin1"] not in f.regions:
        why.append(f"it is in {row['admin1']}")
    one = row.to_frame().T.astype({c: "Int64" for c in ("killed", "injured")})
    if f.min_casualties and flt.apply(one, flt.Filters(f.start, f.end, min_casualties=f.min_casualties)).empty:
        why.append(f"it has fewer than {f.min_casualties} killed + injured")
    if f.q and flt.apply(one, flt.Filters(f.start, f.end, q=f.q)).empty:
        why.append(f"it does not match the search '{f.q}'")
    return why


def map_page() -> None:
    database_url = setting("database_url", "STRIKEMAP_DATABASE_URL")
    if database_url:
        os.environ["STRIKEMAP_DATABASE_URL"] = database_url
    folder = data_folder()
    try:
        # changes with every save, in this process or any other
        mtime = shared.figures_store(str(folder), store.database_url()).version()
        data = shared.at_version(str(folder), mtime)
        events = data.first  # the page's columns of every event (``data.whole`` gives whole rows)
    except (EventTableError, store.StoreError) as exc:
        st.error(incident("The event store could not be read.", exc))
        return

    # --- the URL, checked, then the widgets ---------------------------------------------
    bounds, regions, weapon_options = data.bounds, data.regions, data.weapons
    filters, notices = flt.from_query(query_params(), bounds, regions, events["event_id"], weapon_options,
                                      shared.known_regions())
    view_state, view_notices = flt.view_from_query(query_params())
    notices += view_notices
    moved = st.session_state.get("strike_map") or {}
    if moved.get("center") and moved.get("zoom"):  # where the visitor has moved the map since
        view_state.center = (round(moved["center"]["lat"], 4), round(moved["center"]["lng"], 4))
        view_state.zoom = min(max(int(moved["zoom"]), flt.ZOOMS[0]), flt.ZOOMS[1])

    st.title("Strike Map")
    st.caption(f"Strike events geocoded from news reports · {plural(len(events), 'event')} in the store")
    for notice in notices:
        st.warning(md(notice))

    first = map_first()
    if first:  # the widgets come with the rest of the page, an instant later
        st.sidebar.caption("Loading the filters…")
    else:
        sidebar(filters, view_state, bounds, regions, weapon_options)

    view_selection = data.selection(shared.ViewKey.of(filters))
    base_url = setting("public_url", "STRIKEMAP_PUBLIC_URL").rstrip("/")

    selected = None
    if filters.event:
        row = data.whole(np.flatnonzero((events["event_id"] == filters.event).to_numpy(dtype=bool))[:1]).iloc[0]
        where = row["place"] + (f", {row['district_of']}" if row["district_of"] else "")
        if row.name in view_selection:
            selected = row
        else:
            why = outside_filters(row, filters)
            st.info(f"The linked event ({md(where)}, {row['event_date'].isoformat()}, struck by "
                    f"{md(row['attacker'])}) is outside these filters: {md('; '.join(why) or 'it is filtered out')}. "
                    "Clear the filters to see it.")

    # --- map and feed, figures ------------------------------------------------------------
    moved = st.session_state.get("strike_map") or {}
    area = map_area(moved.get("bounds"))
    in_view = view_state.in_view and area is not None
    shown_key = shared.ViewKey.of(filters, area if in_view else None)
    shown_selection = data.selection(shown_key)

    head = data.derived("headline", shown_key)
    tot = head.totals
    rate = tot["interception_rate"]
    rate_text = "—" if math.isnan(rate) else f"{rate:.0%}"
    children = figure(head, "children")
    st.markdown(
        f"**{plural(tot['events'], 'event')}**{' in this map view' if in_view else ''} · "
        f"{figure(head, 'killed')} killed · {figure(head, 'injured')} injured · {children} "
        f"{'child' if children == '1' else 'children'} among casualties · interception rate {rate_text}"
    )

    if not len(view_selection):
        st.info("No events match these filters.")
    url, header = data.map_data()
    # The map holds every event and applies these filters itself: a change sends this, not the events.
    spec = columnar.filter_spec(header, filters.start, filters.end, filters.sides, filters.weapons, filters.regions,
                                filters.min_casualties, rows=view_selection.positions() if filters.q else None)
    spec.update(selected=int(selected.name) if selected is not None else None, focus_zoom=10,
                heat="heat" in view_state.layers)
    start = view_state
    if selected is not None and view_state.center is None:  # a permalink opens on its event
        start = dataclasses.replace(view_state, center=(float(selected["latitude"]), float(selected["longitude"])),
                                    zoom=10)
    center, zoom = map_start(start, (mtime,))
    map_col, feed_col = st.columns([3, 1], gap="small")
    with map_col:
        show_map(lambda: build_map(events, data_url=url, center=center, zoom=zoom, base_url=base_url),
                 (url, center, zoom, base_url, os.environ.get("STRIKEMAP_TILES"),
                  os.environ.get("STRIKEMAP_TILES_ATTRIBUTION")), spec, key="strike_map")
        legend = " &nbsp; ".join(f"<span style='color:{c}'>●</span> struck by {s}" for s, c in SIDE_COLORS.items())
        st.markdown(f"<small>{legend} · click a point for its details and sources</small>", unsafe_allow_html=True)
    with feed_col:
        if first:
            st.caption("Loading the latest events…")
            rest_without_the_map()
            st.session_state["page_ran"] = True
            return
        view_state.in_view = st.toggle("This map view only", value=view_state.in_view, key="inview",
                                       help="Limit the feed, the figures, the table and the downloads to the area "
                                            "the map shows.")
        more = (f"The latest {FEED_ROWS} of {tot['events']:,}; narrow the filters or the map to see others."
                if tot["events"] > FEED_ROWS else "")
        feed_view.feed(data.derived("feed", shown_key), tot["events"], filters.event, more, key="feed",
                       on_show=show_picked_event)

    if selected is not None:
        with st.container(border=True):
            st.markdown(f"**Selected event: {md(where)}**, {md(selected['admin1'])} · "
                        f"{selected['event_date'].isoformat()} · struck by {md(selected['attacker'])} "
                        f"({md(selected['attacker_basis'])})")
            st.markdown(f"Killed {count(selected['killed'])} · injured {count(selected['injured'])} · "
                        f"children {count(selected['children'])}")
            for sentence in str(selected["evidence"]).split("\n"):
                st.markdown(f"> {md(sentence)}")
            st.caption(f"Source: {md(selected['source_title'] or 'not named')} · published {md(selected['published'])}")
            event_panel(folder, selected)

    with st.expander("Figures for this view", expanded=True):
        st.markdown(figures_html([
            ("Events", f"{tot['events']:,}", ""), ("Killed", figure(head, "killed"), ""),
            ("Injured", figure(head, "injured"), ""), ("Children among casualties", children, ""),
            ("Missiles launched / intercepted",
             f"{figure(head, 'missiles_launched')} / {figure(head, 'missiles_intercepted')}", ""),
            ("Drones launched / intercepted",
             f"{figure(head, 'drones_launched')} / {figure(head, 'drones_intercepted')}", ""),
            ("Interception rate", rate_text, "Intercepted ÷ launched, over events that report both figures."),
            ("Regions", f"{head.regions:,}", "")]), unsafe_allow_html=True)

    # --- context -----------------------------------------------------------------------
    tabs = st.tabs(list(TAB_TITLES.values()), default=TAB_TITLES[view_state.tab], key="tab", on_change="rerun")
    tab_time, tab_intercept, tab_table, tab_regions, tab_about = tabs
    view_state.tab = {title: name for name, title in TAB_TITLES.items()}.get(st.session_state.get("tab"),
                                                                             view_state.tab)

    # Only the open tab is computed and sent (the tabs rerun the page when switched).
    if tab_time.open is not False:
        with tab_time:
            if st.session_state.get("strike_map") or st.session_state.get("page_ran"):
                timeline(data.derived("timeline", shown_key))
            else:  # the page's first run: the chart's scripts would hold up the map's; it follows at once
                st.caption("Drawing the chart…")
    st.session_state["page_ran"] = True

    if tab_regions.open is not False:
        with tab_regions:
            regions_tab(data.derived("by_region", shown_key), lambda: data.derived("region_totals", shown_key))

    if tab_intercept.open is not False:
        with tab_intercept:
            inter = data.derived("interceptions", shown_key)
            if inter.empty:
                st.caption("No interception figures in this view.")
            else:
                st.vega_lite_chart(inter, INTERCEPTIONS_SPEC, width="stretch")
            interceptions_section(data.air_force()[0])

    if tab_table.open is not False:
        with tab_table:
            shown = data.derived("table", shown_key)[list(TABLE_COLUMNS)]
            counts = [c for c in COUNT_COLUMNS if c in TABLE_COLUMNS]
            picked_rows = st.dataframe(
                shown.style.format(count, subset=counts), hide_index=True, width="stretch", on_select="rerun",
                selection_mode="single-row", key="table",
                column_config={
                    **{c: st.column_config.Column(label) for c, label in TABLE_COLUMNS.items()},
                    "event_date": st.column_config.DateColumn("Date"),
                    "source_url": st.column_config.LinkColumn("Source link"),
                },
            )
            more = (f" Showing the latest {TABLE_ROWS:,} of {len(shown_selection):,}; the downloads hold all of them."
                    if len(shown_selection) > TABLE_ROWS else "")
            st.caption("—: not reported; 0: reported as none. Select a row to show it on the map." + more)
            rows = picked_rows.selection.rows if picked_rows else []
            if rows:
                chosen = shown.iloc[rows[0]]["event_id"]
                if chosen != filters.event:
                    filters.event = chosen
                    st.query_params.from_dict({**filters.to_query(bounds), **view_state.to_query()})
                    st.rerun()
            cols = st.columns(len(EXPORTERS))
            for col, (fmt, (export, mime, ext)) in zip(cols, EXPORTERS.items()):
                label = {"csv": "CSV", "geojson": "GeoJSON", "acled": "ACLED CSV"}[fmt]
                col.download_button(f"Download {label}", on_click="ignore",
                                    data=lambda export=export: export(data.whole(shown_selection.positions())),
                                    file_name=f"strikemap-events.{'acled.' if fmt == 'acled' else ''}{ext}", mime=mime,
                                    key=f"download_{fmt}")
            st.caption(f"The downloads hold exactly the {plural(len(shown_selection), 'event')} shown above"
                       f"{' (this map view only)' if in_view else ''}; "
                       "an empty figure was not reported.")

    if tab_about.open is not False:
        with tab_about:
            st.markdown(ABOUT)

    # --- the URL holds the whole view ----------------------------------------------------
    query = {**filters.to_query(bounds), **view_state.to_query()}
    st.query_params.from_dict(query)
    with st.sidebar:
        feed_view.share_link(f"{page_url(base_url)}/" + (f"?{urlencode(query)}" if query else ""), key="share")


def sidebar(filters: flt.Filters, view_state: flt.ViewState, bounds, regions, weapon_options) -> None:
    """The place search and the filters' widgets; sets ``filters`` and the heat layer from them."""
    with st.sidebar:
        st.text_input("Go to a place", key="goto", on_change=go_to_place, max_chars=flt.MAX_QUERY,
                      placeholder="Kharkiv, Харків, Holosiivskyi, Donetsk Oblast…",
                      help="Any spelling the project's gazetteer knows: English, Ukrainian or Russian.")
        if st.session_state.get("goto_notice"):
            st.caption(md(st.session_state["goto_notice"]))
        st.header("Filters")
        period = st.segmented_control("Latest", options=list(PERIODS), format_func=PERIODS.get,
                                      default=filters.period or None, key="period", on_change=pick_period,
                                      args=(bounds,), help=f"The latest days of the data (up to {bounds[1]}).")
        filters.period = period if period in flt.RANGES else ""
        picked = st.date_input("Date range", value=(filters.start, filters.end), min_value=bounds[0],
                               max_value=bounds[1], key="dates", on_change=st.session_state.update,
                               kwargs={"period": None})
        if isinstance(picked, (tuple, list)) and len(picked) == 2:
            filters.start, filters.end = picked
        filters.sides = st.multiselect("Side that struck", options=list(flt.SIDE_PARAMS.values()),
                                       default=filters.sides, key="sides",
                                       help="Russia: strikes by Russia. Ukraine: strikes by Ukraine.")
        filters.weapons = st.multiselect("Weapon", options=weapon_options, default=filters.weapons, key="weapons",
                                         placeholder="All weapons")
        filters.regions = st.multiselect("Region", options=regions, default=filters.regions, key="regions",
                                         placeholder="All regions")
        filters.q = st.text_input("Place or source", value=filters.q, key="q", max_chars=flt.MAX_QUERY).strip()
        filters.min_casualties = int(st.number_input("Minimum killed + injured", min_value=0,
                                                     max_value=flt.MAX_CASUALTIES, value=filters.min_casualties,
                                                     step=1, key="min_casualties"))
        heat = st.checkbox("Casualty heat map", value="heat" in view_state.layers, key="heat",
                           help="Shades the map by killed + injured.")
        view_state.layers = ["heat"] if heat else []


def map_first() -> bool:
    """Whether this run is a browser's first of the page: it then sends the title, the view's totals
    and the map, with a line where the widgets and the feed go, and the map's first report of where
    it is reruns the page at once with everything else. The browser rendered the sidebar's widgets,
    the feed and the figures (about a second on two busy cores) before it made the map's frame,
    which then loads its scripts and data on the same thread. AppTest has no browser (no request
    headers) and no map to rerun the page, so it gets the whole page on its first run."""
    if st.session_state.get("page_ran"):
        return False
    try:
        return bool(st.context.headers)
    except Exception:  # no request behind this run
        return False


@st.fragment(run_every=REST_AFTER_SECONDS)
def rest_without_the_map() -> None:
    """The rest of the page when the map's frame never reports (its scripts blocked or failing):
    the map's first report brings it otherwise, within a second or two of the first run. A timer
    in the page runs this REST_AFTER_SECONDS after the first run; any whole run of the page
    (the one the map's report starts) stops it first. Run inline by the first run, it does nothing."""
    if st.session_state.get("page_ran"):
        st.rerun(scope="app")


def timeline_data(view: pd.DataFrame) -> tuple[pa.Table, int] | None:
    """The timeline's rows as Arrow (what the chart sends, converted once per view) and the days
    they span; None without events."""
    per_day = flt.daily(view)
    if per_day.empty:
        return None
    return (pa.Table.from_pandas(per_day, preserve_index=False),
            (per_day["event_date"].max() - per_day["event_date"].min()).days)


def timeline(data: tuple[pa.Table, int] | None) -> None:
    """Events and casualties per day, week or month and side, as bars. (Not a fragment: one costs
    every full rerun about 3% for copying the page's containers, more than the rare switch between
    days, weeks and months would save.)"""
    if data is None:
        st.caption("No events to chart.")
        return
    per_day, span = data
    step = st.segmented_control("Totals per", options=list(STEPS), key="step",
                                default="day" if span <= 60 else "week" if span <= 400 else "month") or "day"
    st.vega_lite_chart(per_day, timeline_spec(step, span), width="stretch")


def timeline_spec(step: str, span: int) -> dict:
    """A plain Vega-Lite spec (no schema validation on each rerun): two bar charts, events and
    killed + injured, coloured by side; ticks on whole days (never hours) however short the range."""
    unit, fmt = STEPS[step]
    axis = {"format": fmt, **({"tickCount": {"interval": "day", "step": max(1, span // 8)}}
                              if unit == "yearmonthdate" else {})}
    x = {"field": "event_date", "timeUnit": unit, "type": "temporal", "title": None, "axis": axis}
    colour = {"field": "attacker", "type": "nominal", "title": "Struck by",
              "scale": {"domain": list(SIDE_COLORS), "range": list(SIDE_COLORS.values())}}
    tooltip = [{"field": "event_date", "timeUnit": unit, "type": "temporal", "title": step},
               {"field": "attacker", "type": "nominal"},
               {"field": "events", "aggregate": "sum", "type": "quantitative"},
               {"field": "casualties", "aggregate": "sum", "type": "quantitative"}]

    def bars(field: str, title: str) -> dict:
        return {"mark": "bar", "height": 160, "width": "container",
                "encoding": {"x": x, "color": colour, "tooltip": tooltip,
                             "y": {"field": field, "aggregate": "sum", "type": "quantitative", "title": title}}}
    return {"vconcat": [bars("events", f"Events per {step}"), bars("casualties", "Killed + injured")]}


INTERCEPTIONS_SPEC = {
    "mark": {"type": "line", "point": True}, "height": 220,
    "encoding": {
        "x": {"field": "event_date", "type": "temporal", "title": "Date"},
        "y": {"field": "count", "aggregate": "sum", "type": "quantitative", "title": "Count"},
        "color": {"field": "figure", "type": "nominal", "title": ""},
        "strokeDash": {"field": "weapon", "type": "nominal", "title": "Weapon"},
        "tooltip": [{"field": "event_date", "type": "temporal"}, {"field": "weapon", "type": "nominal"},
                    {"field": "figure", "type": "nominal"},
                    {"field": "count", "aggregate": "sum", "type": "quantitative"}],
    },
}

PERIODS = {"1d": "24 hours", "7d": "7 days", "30d": "30 days", "all": "All"}
FEED_ROWS = 50
PLACE_ZOOM = {"district": 12, "city": 11, "region": 7, "country": 5}


def pick_period(bounds) -> None:
    """A quick range sets the date range to the data's latest days."""
    period = st.session_state.get("period")
    if period in flt.RANGES:
        st.session_state["dates"] = flt.range_dates(period, bounds)
    elif period == "all":
        st.session_state["dates"] = bounds


def map_area(bounds: dict | None) -> tuple[float, float, float, float] | None:
    """(south, west, north, east) of the area the map last showed, if it has said."""
    try:
        sw, ne = bounds["_southWest"], bounds["_northEast"]
        area = (float(sw["lat"]), float(sw["lng"]), float(ne["lat"]), float(ne["lng"]))
    except (TypeError, KeyError, ValueError):
        return None
    return area if all(math.isfinite(v) for v in area) else None


def go_to_place() -> None:
    """Centre the map on the place typed in the search box, zoomed to how large the place is."""
    name = " ".join(str(st.session_state.get("goto") or "").split())
    st.session_state["goto_notice"] = ""
    if not name:
        return
    try:
        found = place_geocoder().geocode(name)
    except ValueError:  # GeocodeQueryError: not a place name at all
        found = None
    if found is None:
        st.session_state["goto_notice"] = f"No place called '{name[:60]}' was found."
        return
    raw = found.raw
    st.session_state["goto_notice"] = f"Showing {raw['place']}, {raw.get('admin1') or raw.get('country', '')}."
    st.session_state.pop("strike_map", None)  # the map's last reported view no longer counts
    st.session_state.pop("map_drawn", None)  # so the map is drawn again, there
    st.query_params.update(lat=f"{found.latitude:.4f}", lon=f"{found.longitude:.4f}",
                           zoom=str(PLACE_ZOOM.get(raw.get("geo_precision"), 10)))
    st.query_params.pop("event", None)


def show_picked_event() -> None:
    """A "Show on map" click in the feed: the event goes into the URL, which selects it."""
    event_id = feed_view.picked("feed")
    if event_id:
        st.query_params["event"] = event_id


def map_start(view_state: flt.ViewState, drawn: tuple) -> tuple[tuple[float, float] | None, int | None]:
    """The centre and zoom to build the map with. While the same store version is drawn, the map
    is built as before (so panning and filtering, which rerun the page, never rebuild it); a new
    version starts where the visitor left the map, or where the link says."""
    last = st.session_state.get("map_drawn")
    if last and last[0] == drawn:
        return last[1]
    start = (view_state.center, view_state.zoom)
    st.session_state["map_drawn"] = (drawn, start)
    return start


def page_url(base_url: str) -> str:
    """This app's public address: the configured one for hosted use, else the one in use."""
    if base_url:
        return base_url
    try:
        return (st.context.url or "").split("?")[0].rstrip("/")
    except Exception:
        return ""


ABOUT = """
Events come from running Strike Map's extractor on news reports: every figure keeps the sentence(s) of the
report it came from (the evidence in each popup), and the source is linked when its address is known.

- **Side** is the side that struck. *Stated* means the report says who; *inferred* means it was deduced
  (a strike on Ukraine by Russia, on Russia or Russian-held ground by Ukraine).
- **Precision** says how exact a point is: *district* and *city* points are the place's coordinates; a
  *region* point is the region's centroid, drawn with a dashed ring because the report did not say where in
  the region the strike fell.
- **— vs 0**: "—" means the figure was not reported; 0 means it was reported as none. Totals add the reported
  figures; a district never repeats its city's casualties, and interception figures are counted once per attack.
- **Caveats**: reports are early and often revised; figures from the two sides are not independently
  verified; a place may be named for a strike that did little damage. Read the evidence before quoting a number.
"""

# What the page shows of a view, computed once for every session showing it.
shared.register("feed", lambda df: flt.latest(df, FEED_ROWS), whole_rows=True, then=feed_view.feed_cards)
shared.register("table", lambda df: flt.latest(df, TABLE_ROWS), whole_rows=True)
shared.register("region_totals", region_totals)
shared.register("timeline", timeline_data)

st.set_page_config(page_icon="🗺️", layout="wide")  # each page's title is its st.Page title
PAGES = [st.Page(map_page, title="Map", icon=":material/map:", url_path="map", default=True)]
if access.editing_offered():  # a read-only map lists no page that writes (and each such page checks again)
    PAGES += [st.Page(Path(__file__).parent / "pages" / "add_report.py", title="Add a report",
                      icon=":material/edit_note:", url_path="add_report"),
              st.Page(Path(__file__).parent / "pages" / "review.py", title="Review", icon=":material/rule:",
                      url_path="review")]
guarded(st.navigation(PAGES).run)
