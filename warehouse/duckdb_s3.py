"""How DuckDB reaches a warehouse in an object store: httpfs where installed, else fsspec.

`httpfs` is DuckDB's own S3 client (fast: parallel ranged reads, no Python in the loop). It is
used when DuckDB has it installed, or when the `duckdb-extension-httpfs` package ships it
(`pip install 'newsledger[httpfs]'`, no network needed at run time). Otherwise the same s3fs
filesystem the writers use is registered with DuckDB, so `s3://` paths still resolve.
NEWSLEDGER_DUCKDB_S3=httpfs|fsspec forces one of the two.

Both take the endpoint, region and credentials from `warehouse.s3_settings`: a Prefect block
when one is configured, else the usual AWS settings, as boto reads them.
"""

from __future__ import annotations

import importlib.resources
import os
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
from upath import UPath

from warehouse.s3_settings import resolved_settings
from warehouse.storage import is_local

MODE_VARIABLE = "NEWSLEDGER_DUCKDB_S3"


def _packaged_httpfs(con: duckdb.DuckDBPyConnection) -> Path | None:
    """The httpfs binary shipped by the `duckdb-extension-httpfs` package for this DuckDB."""
    try:
        package = importlib.resources.files("duckdb_extension_httpfs")
    except ModuleNotFoundError:
        return None
    row = con.execute("PRAGMA version").fetchone()
    version = row[0] if row else ""
    candidate = Path(str(package)) / "extensions" / version / "httpfs.duckdb_extension"
    return candidate if candidate.is_file() else None


def _load_httpfs(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute(
        "SELECT installed FROM duckdb_extensions() WHERE extension_name = 'httpfs'"
    ).fetchone()
    if row and row[0]:
        con.execute("LOAD httpfs")
        return True
    packaged = _packaged_httpfs(con)
    if packaged is None:
        return False
    con.execute(f"LOAD '{_quoted(str(packaged))}'")
    return True


def _create_secret(con: duckdb.DuckDBPyConnection) -> None:
    """An S3 secret from the same settings the writers use (`warehouse.s3_settings`)."""
    settings = resolved_settings()
    options: dict[str, str] = {"TYPE": "s3", "REGION": settings.region or "us-east-1"}
    if settings.key and settings.secret:
        options["KEY_ID"] = settings.key
        options["SECRET"] = settings.secret
    if settings.token:
        options["SESSION_TOKEN"] = settings.token
    if settings.endpoint_url:
        endpoint = settings.endpoint_url
        parts = urlsplit(endpoint if "://" in endpoint else f"https://{endpoint}")
        options["ENDPOINT"] = parts.netloc
        options["USE_SSL"] = "true" if parts.scheme == "https" else "false"
        options["URL_STYLE"] = "path"  # S3-compatible servers (SeaweedFS, MinIO) expect it
    settings_sql = ", ".join(
        f"{key} {value}" if key in {"TYPE", "USE_SSL"} else f"{key} '{_quoted(value)}'"
        for key, value in options.items()
    )
    con.execute(f"CREATE OR REPLACE SECRET newsledger_s3 ({settings_sql})")


def _quoted(value: str) -> str:
    return value.replace("'", "''")


def attach_object_store(con: duckdb.DuckDBPyConnection, root: UPath) -> str:
    """Make `root`'s scheme readable by a new connection `con`; return how: "local",
    "httpfs" or "fsspec" (also kept in the DuckDB variable `newsledger_storage`)."""
    how = _attach(con, root)
    con.execute("SET VARIABLE newsledger_storage = ?", [how])
    return how


def _attach(con: duckdb.DuckDBPyConnection, root: UPath) -> str:
    if is_local(root):
        return "local"
    mode = os.environ.get(MODE_VARIABLE, "")
    if mode != "fsspec" and root.protocol in ("s3", "s3a") and _load_httpfs(con):
        _create_secret(con)
        # The session's view is fixed when it connects (views.sql): file metadata may be kept.
        con.execute("SET enable_http_metadata_cache = true")
        return "httpfs"
    if mode == "httpfs":
        raise RuntimeError(f"{MODE_VARIABLE}=httpfs, but DuckDB's httpfs extension is missing")
    # A filesystem of the session's own: its listings may be cached for the session's life
    # (the session sees the runs committed when it connected; see views.sql), which spares a
    # HEAD request for every file DuckDB opens. Writers' listings are never cached.
    options = {**root.storage_options, "use_listings_cache": True, "skip_instance_cache": True}
    con.register_filesystem(type(root.fs)(**options))
    return "fsspec"
