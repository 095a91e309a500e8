"""The entity stage's derivation key: its code version, the model's identity, the alias table.

The code version is `tasks.entities.CODE_VERSION` (in the package, where every stage keeps its
own), read when a key is made, so a test that sets it sees new keys.
"""

from __future__ import annotations

from tasks.derivation import compose
from tasks.entities.model import model_identity


def entity_derivation_key(table_version: str, model: str | None = None) -> str:
    """The derivation key of mention records (see `tasks.derivation`)."""
    from tasks import entities  # the package, loaded by now; deferred only to read it late

    return compose(
        {
            "entities": entities.CODE_VERSION,
            "model": model_identity(model),
            "aliases": table_version,
        }
    )
