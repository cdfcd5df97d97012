"""Case-insensitive matching, faster: a pattern with its letters lowercased, run over lowercased
text. Python's case-insensitive matching of long alternations is several times slower, and the
readers run their patterns on every sentence of every report."""

from __future__ import annotations


def lowercase_pattern(pattern: str) -> str:
    """The pattern with its letters lowercased, escapes (\\S, \\W, \\D, \\B) left as they are."""
    out, escaped = [], False
    for ch in pattern:
        out.append(ch if escaped else ch.lower())
        escaped = ch == "\\" and not escaped
    return "".join(out).replace("(?p<", "(?P<").replace("(?p=", "(?P=")
