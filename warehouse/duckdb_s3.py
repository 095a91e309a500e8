"""How DuckDB reaches a warehouse in an object store: httpfs where installed, else fsspec.

`httpfs` is DuckDB's own S3 client (fast: parallel ranged reads, no Python in the loop). It is
used when DuckDB has it installed, or when the `duckdb-extension-httpfs` package ships it
(`pip install 'newsledger[httpfs]'`, no network needed at run time). Otherwise the same s3fs
filesystem the writers use is registered with DuckDB, so `s3://` paths still resolve.
NEWSLEDGER_DUCKDB_S3=httpfs|fsspec forces one of the two.

Both take the endpoint, region and credentials from the usual AWS settings (environment,
shared config and credentials files, profiles), as boto does.
"""

from __future__ import annotations

import importlib.resources
import os
from pathlib import Path
from urllib.parse import urlsplit

import botocore.session
import duckdb
from upath import UPath

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


def _endpoint() -> str | None:
    return os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")


def _create_secret(con: duckdb.DuckDBPyConnection) -> None:
    """An S3 secret from boto's view of the AWS settings (and a custom endpoint, if any)."""
    session = botocore.session.Session()
    options: dict[str, str] = {"TYPE": "s3"}
    credentials = session.get_credentials()
    if credentials is not None:
        frozen = credentials.get_frozen_credentials()
        options["KEY_ID"] = frozen.access_key
        options["SECRET"] = frozen.secret_key
        if frozen.token:
            options["SESSION_TOKEN"] = frozen.token
    options["REGION"] = session.get_config_variable("region") or "us-east-1"
    endpoint = _endpoint()
    if endpoint:
        parts = urlsplit(endpoint if "://" in endpoint else f"https://{endpoint}")
        options["ENDPOINT"] = parts.netloc
        options["USE_SSL"] = "true" if parts.scheme == "https" else "false"
        options["URL_STYLE"] = "path"  # S3-compatible servers (SeaweedFS, MinIO) expect it
    settings = ", ".join(
        f"{key} {value}" if key in {"TYPE", "USE_SSL"} else f"{key} '{_quoted(value)}'"
        for key, value in options.items()
    )
    con.execute(f"CREATE OR REPLACE SECRET newsledger_s3 ({settings})")


def _quoted(value: str) -> str:
    return value.replace("'", "''")


def attach_object_store(con: duckdb.DuckDBPyConnection, root: UPath) -> str:
    """Make `root`'s scheme readable by a new connection `con`; return how: "local",
    "httpfs" or "fsspec" (also kept in the DuckDB variable `newsledger_storage`)."""
    how = _attach(con, root)
    con.execute("SET VARIABLE newsledger_storage = ?", [how])
    return how


def _attach(con: duckdb.DuckDBPyConnection, root: UPath) -> str:
    if root.protocol in ("", "file", "local"):
        return "local"
    mode = os.environ.get(MODE_VARIABLE, "")
    if mode != "fsspec" and root.protocol in ("s3", "s3a") and _load_httpfs(con):
        _create_secret(con)
        return "httpfs"
    if mode == "httpfs":
        raise RuntimeError(f"{MODE_VARIABLE}=httpfs, but DuckDB's httpfs extension is missing")
    con.register_filesystem(root.fs)
    return "fsspec"
