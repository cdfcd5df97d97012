"""Page elements of the map page made with small components of their own: the feed of latest
events (one message a rerun instead of three per card; cards made once per view, a "Show on
map" click sent back as a trigger) and the share link (plain text and a copy button, instead of
a code block whose syntax highlighter took the browser a second to load and run)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Callable
from urllib.parse import quote

import pandas as pd
import streamlit as st
from streamlit.components.v2.get_bidi_component_manager import get_bidi_component_manager

STATIC = Path(__file__).parent / "static"
FEED_JS = (STATIC / "feed.js").read_text(encoding="utf-8")
SHARE_JS = (STATIC / "share.js").read_text(encoding="utf-8")
SHARE_CSS = """
.share { font-family: inherit; color: inherit; }
.title { font-size: 1.25rem; font-weight: 600; margin: 0.5rem 0; }
.row { display: flex; gap: 0.5rem; align-items: flex-start; }
code { flex: 1; min-width: 0; overflow-wrap: anywhere; font-size: 0.8rem; padding: 0.5rem; border-radius: 0.5rem;
  background: rgba(172, 177, 195, 0.25); }
button { padding: 0.3rem 0.6rem; border-radius: 0.5rem; border: 1px solid rgba(49, 51, 63, 0.2); background: #fff;
  color: inherit; font: inherit; font-size: 0.85rem; cursor: pointer; }
button:hover { border-color: #b22222; color: #b22222; }
.note { font-size: 0.85em; color: rgba(49, 51, 63, 0.6); margin-top: 0.4rem; }
"""
FEED_CSS = """
.feed { font-family: inherit; color: inherit; }
.head { margin-bottom: 0.5rem; }
.list { max-height: 560px; overflow-y: auto; display: flex; flex-direction: column; gap: 0.5rem; }
.card { border: 1px solid rgba(49, 51, 63, 0.2); border-radius: 0.5rem; padding: 0.6rem 0.75rem; line-height: 1.45; }
.card a { color: #b22222; }
.card small { font-size: 0.85em; }
.card button { display: block; width: 100%; margin-top: 0.5rem; padding: 0.3rem; border-radius: 0.5rem;
  border: 1px solid rgba(49, 51, 63, 0.2); background: #fff; color: inherit; font: inherit; cursor: pointer; }
.card button:hover { border-color: #b22222; color: #b22222; }
.card.chosen button { background: #b22222; border-color: #b22222; color: #fff; }
.more { font-size: 0.85em; color: rgba(49, 51, 63, 0.6); }
"""
# Characters a link may keep as they are; the rest is encoded, so no address can leave its attribute.
LINK_SAFE = ":/?#@!$&*+,;=%~-._"


def count(value: object) -> str:
    """One event's figure: '—' when the report gave none, else the number (0 when it said none)."""
    return "—" if value is None or pd.isna(value) else f"{int(value):,}"


def feed_cards(rows: pd.DataFrame) -> list[dict]:
    """Each of the feed's events as a card: date, place, side, key figures, permalink, source
    (every text escaped, made once per view for every session)."""
    cards = []
    for row in rows.itertuples():
        where = row.place + (f", {row.district_of}" if row.district_of else "")
        figures = [f"{label} {count(getattr(row, col))}" for col, label in
                   (("killed", "killed"), ("injured", "injured")) if not pd.isna(getattr(row, col))]
        source = (f' <a href="{html.escape(quote(row.source_url, safe=LINK_SAFE))}" target="_blank" '
                  'rel="noopener">source</a>' if str(row.source_url).startswith(("http://", "https://")) else "")
        text = (f"<strong>{row.event_date.isoformat()} · {html.escape(where)}</strong><br>"
                f"<small>{html.escape(row.admin1)} · struck by {html.escape(row.attacker)}"
                f"{' · ' + ' · '.join(figures) if figures else ''}<br>"
                f'<a href="?event={quote(row.event_id, safe="")}" target="_blank" rel="noopener">permalink</a>{source}</small>')
        cards.append({"id": row.event_id, "attr": html.escape(row.event_id), "html": text})
    return cards


_registered: dict[str, tuple] = {}  # component name -> (the runtime's component manager, its mount)


def _mount(name: str, js: str, css: str) -> Callable:
    """A component's mount, registered once with the running app (a test's app is a new one)."""
    manager = get_bidi_component_manager()
    known = _registered.get(name)
    if known is None or known[0] is not manager or manager.get(name) is None:
        known = _registered[name] = (manager, st.components.v2.component(name, js=js, css=css))
    return known[1]


def picked(key: str) -> str | None:
    """The event whose "Show on map" was just clicked in the feed under ``key``, if one was."""
    state = st.session_state.get(key)
    return getattr(state, "show", None) or (state.get("show") if isinstance(state, dict) else None)


def feed(cards: list[dict], total: int, selected: str, more: str, key: str, on_show: Callable[[], None]) -> None:
    """The newest events first (``cards`` of ``total`` in view), the ``selected`` one marked."""
    data = {"cards": cards, "total_text": f"{total:,} event{'' if total == 1 else 's'}", "selected": selected or "",
            "more": html.escape(more)}
    _mount("strikemap_feed", FEED_JS, FEED_CSS)(key=key, data=data, on_show_change=on_show)


def share_link(url: str, key: str) -> None:
    """The link to this exact view, with a copy button."""
    _mount("strikemap_share", SHARE_JS, SHARE_CSS)(
        key=key, data={"url": url, "note": "Copy this link (the address bar holds it too): it opens this exact view."})
