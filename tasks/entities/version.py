"""The entity stage's derivation key: its code version, the model's identity, the alias table.

Bump `CODE_VERSION` (by hand) whenever resolved entities change for some text and model output;
never for a refactor that changes no output (see `tasks.derivation`).
"""

from __future__ import annotations

from tasks.derivation import compose
from tasks.entities.model import model_identity

CODE_VERSION = "2"


def entity_derivation_key(table_version: str, model: str | None = None) -> str:
    """The derivation key of mention records (see `tasks.derivation`)."""
    return compose(
        {"entities": CODE_VERSION, "model": model_identity(model), "aliases": table_version}
    )
