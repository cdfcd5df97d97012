"""Extraction: a news report's text to strike events, by the rules a careful reader applies.

The stages, each its own module: ``language`` (which lexicon reads the report),
``sentences``, ``places`` (place mentions and their roles, in every grammatical case
through ``morphology``), ``facts`` (side, weapons, casualties, interceptions, dates,
damage) and ``reader``, which assembles events. What a language says lives in
``lexicons/<code>.toml``; the code knows no language.
"""

from dashboard.extract.facts import casualties, date_in, interceptions, stated_side
from dashboard.extract.language import detect_language
from dashboard.extract.reader import Extraction, extract
from dashboard.extract.sentences import split_sentences

__all__ = ["Extraction", "casualties", "date_in", "detect_language", "extract", "interceptions", "split_sentences",
           "stated_side"]
