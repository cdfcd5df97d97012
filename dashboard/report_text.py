"""Report files to plain text: decode, strip HTML, and refuse what is not a report.

Every refusal is a ReportError whose message is one line naming the file and the reason.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

MAX_REPORT_BYTES = 10_000_000
_HTML_HINT = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|p|div|article|br|span|h[1-6])\b", re.IGNORECASE)


class ReportError(ValueError):
    """A report cannot be read: the message says which file and why."""


class _TextOfHtml(HTMLParser):
    """Visible text of an HTML page, a line per block element; scripts and styles dropped."""

    _BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "blockquote", "title"}
    _HIDDEN = {"script", "style", "noscript", "template", "head", "svg", "iframe"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


_EMPHASIS = re.compile(r"\(\s*[!?]+\s*\)")


def blank_emphasis(text: str) -> str:
    """Text with a writer's "(!)" marks blanked, every position kept: "збито 17 (!) безпілотників"
    counts 17 drones in any language."""
    return _EMPHASIS.sub(lambda m: " " * len(m.group(0)), text) if "(" in text else text


def html_to_text(markup: str) -> str:
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def text_from_bytes(data: bytes, name: str = "report") -> str:
    """Decode a report (UTF-8, or UTF-16 with a byte-order mark) and strip HTML markup."""
    if not data.strip():
        raise ReportError(f"{name}: the report is empty")
    if len(data) > MAX_REPORT_BYTES:
        raise ReportError(f"{name}: the report is {len(data):,} bytes; the limit is {MAX_REPORT_BYTES:,}")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReportError(f"{name}: broken UTF-16 text (byte {exc.start})") from exc
    else:
        if b"\x00" in data:
            raise ReportError(f"{name}: binary file, not a text report")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ReportError(f"{name}: not UTF-8 text (byte {exc.start}); save the report as UTF-8") from exc
    if _HTML_HINT.search(data[:5000].replace(b"\x00", b"")):
        text = html_to_text(text)
    if sum(ch.isalpha() for ch in text[:20000]) < 10:
        raise ReportError(f"{name}: no readable text in the report")
    return text


def read_report_bytes(path: Path) -> bytes:
    """A report file's bytes (up to one past the limit, so ``text_from_bytes`` can refuse it)."""
    try:
        with path.open("rb") as fh:
            return fh.read(MAX_REPORT_BYTES + 1)
    except OSError as exc:
        raise ReportError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def read_report(path: Path) -> str:
    """Plain text of a report file, or ReportError with a one-line reason."""
    return text_from_bytes(read_report_bytes(path), str(path))
