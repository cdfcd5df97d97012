"""Report files to text: what is decoded, what is stripped, what is refused."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events import Report
from dashboard.extract import extract
from dashboard.report_text import MAX_REPORT_BYTES, ReportError, html_to_text, text_from_bytes


def test_html_pages_are_reduced_to_their_visible_text():
    page = (b"<!doctype html><html><head><title>t</title><script>var x='Kharkiv was hit';</script></head>"
            b"<body><h1>Strike</h1><p>Russian drones struck Kharkiv overnight, injuring 3 people.</p>"
            b"<p>Fires &amp; damage.</p><style>p{}</style></body></html>")
    text = text_from_bytes(page)
    assert "Russian drones struck Kharkiv overnight, injuring 3 people." in text.splitlines()
    assert "Fires & damage." in text
    assert "var x" not in text and "<p>" not in text


def test_events_from_an_html_report_quote_the_text_not_the_markup(geocoder):
    page = b"<html><body><p>Russian drones struck Kharkiv overnight, injuring 3 people.</p></body></html>"
    events = extract(Report(text_from_bytes(page), date(2025, 3, 1)), geocoder).events
    assert [e.place for e in events] == ["Kharkiv"]
    assert "<" not in events[0].evidence


def test_utf16_with_bom_is_decoded():
    assert text_from_bytes("Київ was attacked.".encode("utf-16")) == "Київ was attacked."


@pytest.mark.parametrize(
    "data, reason",
    [(b"   \n\t", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"), (b"\xd0\xcf\x11\xe0 caf\xe9", "not UTF-8"),
     (b"1234 5678 ... !!!", "no readable text"), (b"a" * (MAX_REPORT_BYTES + 1), "the limit is")],
)
def test_what_is_not_a_report_is_refused_with_a_reason(data, reason):
    with pytest.raises(ReportError, match=reason):
        text_from_bytes(data, "upload.txt")


def test_a_five_megabyte_report_is_read(geocoder):
    paragraph = "Officials met to discuss the budget. The weather was mild. " * 10 + "\n"
    data = (paragraph * (5_000_000 // len(paragraph))).encode()
    text = text_from_bytes(data)
    assert extract(Report(text, date(2025, 3, 1)), geocoder).events == []


def test_entities_in_plain_html_are_unescaped_once():
    assert html_to_text("<p>&lt;script&gt; stays text</p>") == "<script> stays text"
