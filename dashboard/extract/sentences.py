"""Sentences, verbatim, so every piece of evidence is a substring of its report."""

from __future__ import annotations

import re

from dashboard.extract.lexicon import Lexicon, lexicon

# A sentence ends at . ! ? (and a closing quote) before a capital, a digit or an opening quote;
# and, in text whose spaces a web page lost ("в Telegram-канале.Украинские военные"), at a full
# stop between a word's last letters and a capitalised word (or a quote it opens: "Гладков."В ...").
_END = re.compile(r"[.!?…](?:[\"'\u201d\u2019\u00bb)]?(?=\s+[\"'\u201c\u2018\u00ab(\-–—]?\s?[A-Z\u0400-\u04ff0-9])"
                  r"|(?<=[a-zа-яёіїєґ]{3}.)(?=[\"\u201c\u00ab\u201e]?[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґA-ZА-ЯЁІЇЄҐ ]))")


def split_sentences(text: str, lex: Lexicon | None = None) -> list[str]:
    """Each line's sentences, in order; an abbreviation ("Gen.", "м.") does not end one."""
    lex = lex or lexicon("en")
    sentences: list[str] = []
    for line in text.splitlines():
        start = 0
        for m in _END.finditer(line):
            chunk = line[start:m.end()]
            if lex.abbreviation.test(chunk):
                continue
            if chunk.strip():
                sentences.append(chunk.strip())
            start = m.end()
        if line[start:].strip():
            sentences.append(line[start:].strip())
    return sentences
