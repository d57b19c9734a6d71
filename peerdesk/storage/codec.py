"""Turning domain records into table rows and back, driven by their type annotations.

Scalars map to columns (dates and times as ISO text, enums by value, booleans as 0/1);
sets, tuples and nested dataclasses map to JSON text. Sets are stored sorted, so the same
record always encodes to the same row.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from datetime import UTC, date, datetime, time
from enum import Enum
from typing import Any

from peerdesk.domain.records_base import Record, RecordMeta

META_FIELDS = ("id", "created_at", "created_by", "updated_at", "updated_by", "version")


def iso_dt(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse_dt(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


_FIELDS: dict[Any, tuple[tuple[str, Any], ...]] = {}


def record_fields(cls: Any) -> tuple[tuple[str, Any], ...]:
    """(name, type) of the record's own fields, without ``meta`` (cached per class)."""
    found = _FIELDS.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls)
        found = tuple(
            (f.name, hints[f.name]) for f in dataclasses.fields(cls) if f.name != "meta"
        )
        _FIELDS[cls] = found
    return found


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


@functools.cache
def _shape(tp: Any) -> tuple[Any, Any, bool]:
    """(the type without ``| None``, its generic origin, whether it is a dataclass), worked
    out once per annotation: every saved or loaded field asks."""
    base, _optional = _unwrap_optional(tp)
    is_record = dataclasses.is_dataclass(base) and isinstance(base, type)
    return base, typing.get_origin(base), is_record


def encode(tp: Any, value: Any) -> Any:
    """A value for a column (scalar) or for JSON (inside containers)."""
    if value is None:
        return None
    tp, origin, _ = _shape(tp)
    if origin in (frozenset, set):
        (inner,) = typing.get_args(tp)
        return json.dumps(sorted(_plain(inner, v) for v in value), ensure_ascii=False)
    if origin is tuple:
        return json.dumps([_plain(_tuple_item(tp, i), v) for i, v in enumerate(value)],
                          ensure_ascii=False)
    return _scalar(value)


def _tuple_item(tp: Any, index: int) -> Any:
    args = typing.get_args(tp)
    if len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return args[index]


def _scalar(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return iso_dt(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return value


def _plain(tp: Any, value: Any) -> Any:
    """JSON-ready form of a value nested in a container."""
    if value is None:
        return None
    tp, origin, is_record = _shape(tp)
    if is_record:
        return {name: _plain(ftp, getattr(value, name)) for name, ftp in record_fields(tp)}
    if origin in (frozenset, set):
        (inner,) = typing.get_args(tp)
        return sorted(_plain(inner, v) for v in value)
    if origin is tuple:
        return [_plain(_tuple_item(tp, i), v) for i, v in enumerate(value)]
    return _scalar(value)


def decode(tp: Any, raw: Any) -> Any:
    if raw is None:
        return None
    tp, origin, _ = _shape(tp)
    if origin in (frozenset, set, tuple):
        return _from_plain(tp, json.loads(raw))
    return _from_scalar(tp, raw)


def _from_scalar(tp: Any, raw: Any) -> Any:
    if tp is bool:
        return bool(raw)
    if tp is datetime:
        return parse_dt(str(raw))
    if tp is date:
        return date.fromisoformat(str(raw))
    if tp is time:
        return time.fromisoformat(str(raw))
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(raw)
    if tp is int:
        return int(raw)
    if tp is str:
        return str(raw)
    return raw


def _from_plain(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    tp, origin, is_record = _shape(tp)
    if is_record:
        kwargs = {name: _from_plain(ftp, value.get(name)) for name, ftp in record_fields(tp)
                  if name in value}
        return tp(**kwargs)
    if origin in (frozenset, set):
        (inner,) = typing.get_args(tp)
        return frozenset(_from_plain(inner, v) for v in value)
    if origin is tuple:
        return tuple(_from_plain(_tuple_item(tp, i), v) for i, v in enumerate(value))
    return _from_scalar(tp, value)


def to_columns(record: Record) -> dict[str, Any]:
    meta = record.meta
    row: dict[str, Any] = {
        "id": meta.id,
        "created_at": iso_dt(meta.created_at),
        "created_by": meta.created_by,
        "updated_at": iso_dt(meta.updated_at),
        "updated_by": meta.updated_by,
        "version": meta.version,
    }
    for name, tp in record_fields(type(record)):
        row[name] = encode(tp, getattr(record, name))
    return row


def from_columns(cls: type[Record], row: typing.Mapping[str, Any]) -> Record:
    meta = RecordMeta(
        id=str(row["id"]),
        created_at=parse_dt(row["created_at"]),
        created_by=str(row["created_by"]),
        updated_at=parse_dt(row["updated_at"]),
        updated_by=str(row["updated_by"]),
        version=int(row["version"]),
    )
    kwargs = {name: decode(tp, row[name]) for name, tp in record_fields(cls) if name in row}
    for name, tp in record_fields(cls):
        if kwargs.get(name) is None and name in row:
            base, optional = _unwrap_optional(tp)
            if not optional and base is str:
                kwargs[name] = ""
    return cls(meta=meta, **kwargs)


def snapshot(record: Record) -> dict[str, Any]:
    """The whole record as JSON-ready data (for history and export)."""
    out = {k: v for k, v in to_columns(record).items()}
    for name, tp in record_fields(type(record)):
        out[name] = _plain(tp, getattr(record, name))
    return out


def from_snapshot(cls: type[Record], data: typing.Mapping[str, Any]) -> Record:
    meta = RecordMeta(
        id=str(data["id"]), created_at=parse_dt(data["created_at"]),
        created_by=str(data["created_by"]), updated_at=parse_dt(data["updated_at"]),
        updated_by=str(data["updated_by"]), version=int(data["version"]),
    )
    kwargs = {name: _from_plain(tp, data.get(name)) for name, tp in record_fields(cls)
              if name in data}
    return cls(meta=meta, **kwargs)
