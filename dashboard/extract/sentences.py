"""Sentences, verbatim, so every piece of evidence is a substring of its report."""

from __future__ import annotations

import re

from dashboard.extract.lexicon import Lexicon, lexicon

# A sentence ends at . ! ? (and a closing quote) before a capital, a digit or an opening quote;
# and, in text whose spaces a web page lost ("в Telegram-канале.Украинские военные"), at a full
# stop between a word's last letters and a capitalised word of the same script (or a quote it opens:
# "Гладков."В ..."; not an outlet's name, "Depo.Харьков").
_END = re.compile(r"[.!?…](?:[\"'\u201d\u2019\u00bb)]?(?=\s+[\"'\u201c\u2018\u00ab(\-–—]?\s?[A-Z\u0400-\u04ff0-9])"
                  r"|(?<=[a-z]{3}.)(?=[\"\u201c\u00ab\u201e]?[A-Z][a-zA-Z ])"
                  r"|(?<=[а-яёіїєґ]{3}.)(?=[\"\u201c\u00ab\u201e]?[А-ЯЁІЇЄҐ][а-яёіїєґА-ЯЁІЇЄҐ ]))")


# A list of names a stray full stop cuts in two ("The communities of A, B, C. D, E and F were
# shelled"): a stop after two or more names parted by commas, before a name and a comma.
_NAME = r"[A-ZА-ЯЁІЇЄҐ][\w'’-]*(?:\s[A-ZА-ЯЁІЇЄҐ][\w'’-]*)?"
_LIST_BEFORE_STOP = re.compile(rf"(?:,\s*{_NAME}){{2}}\.$")
_LIST_AFTER_STOP = re.compile(rf"\s+{_NAME},\s")


def split_sentences(text: str, lex: Lexicon | None = None) -> list[str]:
    """Each line's sentences, in order; an abbreviation ("Gen.", "м.") does not end one, nor a
    stop that cuts a list of names."""
    lex = lex or lexicon("en")
    sentences: list[str] = []
    for line in text.splitlines():
        start = 0
        for m in _END.finditer(line):
            chunk = line[start:m.end()]
            if lex.abbreviation.test(chunk):
                continue
            if chunk.endswith(".") and _LIST_BEFORE_STOP.search(chunk[-120:]) \
                    and _LIST_AFTER_STOP.match(line, m.end()):
                continue
            if chunk.strip():
                sentences.append(chunk.strip())
            start = m.end()
        if line[start:].strip():
            sentences.append(line[start:].strip())
    return sentences


# A list laid out one item a line under a line ending in a colon ("Shelled today were these
# hromadas:" / "Khotin" / "Myropillia" ...): each item is a bare name, a few words at most.
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•·–—*][ \t]*)?[^\W\d_][^\n:.!?]{0,48}?[.;,]?[ \t]*")
_LIST_ITEM_WORDS = 4


def vertical_lists_inline(text: str) -> str:
    """The text with each list laid out one item a line after a colon written on the colon's
    line, the items parted by commas, so the list is read as the sentence it completes ("these
    hromadas: Khotin, Myropillia"). One character stands for another (a line break for a comma
    or a space, a bullet for a space): every position stays, as the report has it."""
    if ":\n" not in text and ":\r\n" not in text and ": \n" not in text:
        return text
    lines = text.split("\n")
    chars = None
    at, k = 0, 0
    starts = []
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    while k < len(lines):
        if not lines[k].rstrip().endswith(":"):
            k += 1
            continue
        items, j = [], k + 1
        while j < len(lines):
            item = lines[j]
            if not item.strip():
                j += 1
                continue
            if not _LIST_ITEM.fullmatch(item.rstrip("\r")) or len(item.split()) > _LIST_ITEM_WORDS + 1:
                break
            items.append(j)
            j += 1
            if item.rstrip().endswith("."):
                break
        if len(items) < 2:
            k += 1
            continue
        chars = chars if chars is not None else list(text)
        previous = k
        for n, i in enumerate(items):
            gap_from = starts[previous] + len(lines[previous].rstrip())
            for p in range(gap_from, starts[i]):
                chars[p] = " "
            if n > 0 and not lines[previous].rstrip().endswith((";", ",")):
                chars[gap_from] = ","
            bullet = re.match(r"[ \t]*[-•·–—*]", lines[i])
            if bullet:
                chars[starts[i] + bullet.end() - 1] = " "
            previous = i
        k = items[-1] + 1
    return text if chars is None else "".join(chars)
