"""Tables that take seconds to build and are the same for every process of one version, kept on
the local disk so each process after the first loads them instead of building them again.

The gazetteer is one: GeoNames' cities by every name they go by, about 3.5 s of CPU to build
and 0.4 s to load. Every command, Prefect worker process and Dask worker derives records, and
each paid the build at its start.

A cached table is a pickle named `<name>-<key>.pickle` in `NEWSLEDGER_CACHE_DIR`, else
`$XDG_CACHE_HOME/newsledger`, else `~/.cache/newsledger`. The key is the caller's: a digest of
everything the table is built from (code and package versions), so a table built by other code
is never read; a new one replaces the others of its name. The cache only saves time: a missing,
unreadable or damaged file is built again, and a folder that cannot be written leaves each
process building its own, as before.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

CACHE_DIR_VARIABLE = "NEWSLEDGER_CACHE_DIR"
T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where cached tables live (see the module docstring); None where the user has no home to
    find (no HOME, and a user id the system does not list, as in some containers)."""
    configured = os.environ.get(CACHE_DIR_VARIABLE)
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "newsledger"
    try:
        return Path.home() / ".cache" / "newsledger"
    except RuntimeError:
        return None


def cached_build(name: str, key: str, kind: type[T], build: Callable[[], T]) -> T:
    """The table `name` at `key`: loaded when a file of this key holds a `kind`, else built and
    stored for the next process."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as file:
            loaded = pickle.load(file)
    # Missing, or damaged in any of pickle's many ways (UnpicklingError, EOFError, a class or
    # attribute renamed since): either way the table is built again.
    except Exception:
        loaded = None
    if isinstance(loaded, kind):
        return loaded
    value = build()
    with contextlib.suppress(OSError):
        _store(path, name, value)
    return value


def _store(path: Path, name: str, value: object) -> None:
    """Write the table under a temporary name and rename it into place (a reader sees a whole
    file or none), then remove the files of other keys of the same name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as file:
        try:
            pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:
            os.unlink(file.name)
            raise
    os.replace(file.name, path)
    for other in path.parent.glob(f"{name}-*.pickle"):
        if other != path:
            with contextlib.suppress(OSError):
                other.unlink()
