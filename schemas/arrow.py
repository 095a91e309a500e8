"""Derive one pyarrow schema from one typed record class.

The dataclasses in this package are the contract between stages; deriving the Parquet schema
from their annotations keeps the two from drifting apart (one definition, not two).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import datetime
from typing import Any, Union, get_args, get_origin

import pyarrow as pa

_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    datetime: pa.timestamp("us", tz="UTC"),
}


def _arrow_type(annotation: Any) -> tuple[pa.DataType, bool]:
    """Return (arrow type, nullable) for one field annotation."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"only Optional[X] unions are supported, got {annotation!r}")
        inner, _ = _arrow_type(args[0])
        return inner, True
    if origin in (list, tuple):
        (item,) = get_args(annotation)[:1]
        inner, _ = _arrow_type(item)
        return pa.list_(inner), False
    if origin is typing.Literal:
        return pa.string(), False
    if annotation in _SCALARS:
        return _SCALARS[annotation], False
    raise TypeError(f"no arrow type for {annotation!r}")


def arrow_schema(record_class: type) -> pa.Schema:
    """The pyarrow schema of a record dataclass, field by field, in declaration order."""
    hints = typing.get_type_hints(record_class)
    fields = []
    for field in dataclasses.fields(record_class):
        arrow_type, nullable = _arrow_type(hints[field.name])
        fields.append(pa.field(field.name, arrow_type, nullable=nullable))
    return pa.schema(fields)
