"""Dataclass fields walked once: what a field holds, JSON out and copies (JSON in: schema_read).

The model's dataclasses are the one declaration of what a project file, the ``analyze`` JSON
and an undo snapshot hold. Each field's type hint says how it is written and checked:

- ``str``, ``bool``, ``int``, ``float``, ``datetime.date`` (ISO text), ``X | None``;
- ``Literal[...]``: text that must be one of the literal's values;
- ``list[X]`` and ``tuple[X, ...]``: JSON lists; ``dict[str, X]``: a JSON object, other
  keys (``dict[int, X]``) a list of ``[key, value]`` pairs in key order;
  a nested dataclass: a JSON object, or a JSON
  list of its values when the class sets ``JSON_AS_ARRAY = True``;
- ``Annotated[T, marker]``: a :class:`Check` tests the value itself; any other marker names
  a check the caller supplies (e.g. that a paragraph number exists in the article).

A field with a default may be missing from the JSON; one without is required. A field whose
metadata says ``stored=False`` (see :func:`not_stored`) is neither written nor read.
Encoders and decoders are built once per class and cached.
"""

from __future__ import annotations

import dataclasses
import datetime
import math
import operator
import re
import types
from collections.abc import Callable
from functools import cache
from typing import (
    Annotated,
    Any,
    TypeVar,
    Union,
    cast,
    get_args,
    get_origin,
    get_type_hints,
)

T = TypeVar("T")

_SURROGATE = re.compile("[\ud800-\udfff]")

Encoder = Callable[[Any], Any]


def storable(text: str) -> str:
    """Return ``text`` with each lone surrogate replaced by U+FFFD (UTF-8 cannot hold one)."""
    return _SURROGATE.sub("\ufffd", text)


def not_stored(**kwargs: Any) -> Any:
    """Return a dataclass field that files and JSON leave out (derived or session-only data)."""
    return dataclasses.field(metadata={"stored": False}, **kwargs)


@dataclasses.dataclass(frozen=True)
class Check:
    """A rule a value must meet beyond its type: ``test`` returns True when it does.

    ``needs`` completes the sentence "{field} … must be"; e.g. ``"an ISO date"``.
    """

    test: Callable[[Any], bool]
    needs: str


@dataclasses.dataclass(frozen=True)
class Ref:
    """A marker for values that must be among those the caller of ``schema_read.from_json`` knows.

    ``problem`` says what is wrong with one that is not; ``{}`` stands for the value.
    """

    name: str
    problem: str


# --- writing -------------------------------------------------------------------------------


def to_json(obj: Any, *, omit: tuple[str, ...] = ()) -> Any:
    """Return ``obj`` (a dataclass, or a list of them) as JSON-ready values.

    ``omit`` names top-level fields to leave out. Non-finite floats become 0.0, which JSON can
    hold; dates become ISO text.
    """
    if isinstance(obj, list | tuple):
        return [to_json(x, omit=omit) for x in obj]
    cls: Any = type(obj)
    encode = _encoder(cls)
    if encode is None:
        raise TypeError(f"to_json needs a dataclass, not {cls.__name__}")
    data = encode(obj)
    for name in omit:
        data.pop(name, None)
    return data


@cache
def _encoder(tp: Any) -> Encoder | None:
    """Return the function that writes a value of type ``tp``; None when it is written as is."""
    tp, _ = strip_annotated(tp)
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        inner = [_encoder(a) for a in get_args(tp) if a is not type(None)]
        if all(e is None for e in inner):
            return None
        enc = inner[0] if len(inner) == 1 else None
        if enc is None:
            raise TypeError(f"cannot store a union of {tp}")
        return lambda v: None if v is None else enc(v)
    if origin in (list, tuple):
        elem = _encoder(get_args(tp)[0])
        if elem is None:
            return list
        return lambda v: [elem(x) for x in v]
    if origin is dict:
        key_type, value_type = (strip_annotated(a)[0] for a in get_args(tp))
        value_enc = _encoder(value_type) or (lambda x: x)
        if key_type is not str:
            # JSON keys are text: other keys go as [key, value] pairs, in key order.
            return lambda v: [[k, value_enc(x)] for k, x in sorted(v.items())]
        return lambda v: {k: value_enc(x) for k, x in v.items()}
    if tp is float:
        return lambda v: v if math.isfinite(v) else 0.0
    if tp is datetime.date:
        return lambda v: v.isoformat()
    if dataclasses.is_dataclass(tp):
        return _dataclass_encoder(cast(type, tp))
    return None


def _dataclass_encoder(cls: type) -> Encoder:
    fields = [(name, _encoder(hint)) for name, hint in stored_fields(cls)]
    names = [name for name, _ in fields]
    converted = [(name, enc) for name, enc in fields if enc is not None]
    get_all = operator.attrgetter(*names) if len(names) > 1 else None
    if getattr(cls, "JSON_AS_ARRAY", False) and get_all is not None and not converted:
        return lambda obj: list(get_all(obj))

    def as_object(obj: Any) -> Any:
        out = (
            dict(zip(names, get_all(obj), strict=True))
            if get_all
            else {names[0]: getattr(obj, names[0])}
        )
        for name, enc in converted:
            out[name] = enc(out[name])
        return list(out.values()) if getattr(cls, "JSON_AS_ARRAY", False) else out

    return as_object


# --- copying -------------------------------------------------------------------------------


def copy_of(obj: T) -> T:
    """Return a copy of dataclass ``obj`` that later edits of ``obj`` do not reach.

    Lists and mutable dataclasses are copied, all the way down; frozen dataclasses and other
    immutable values are shared, so a copy of a briefing of a long article stays cheap.
    """
    cls: Any = type(obj)
    copier = _copier(cls)
    return obj if copier is None else cast(T, copier(obj))


@cache
def _copier(tp: Any) -> Encoder | None:
    """Return the function that copies a value of type ``tp``; None when it can be shared."""
    tp, _ = strip_annotated(tp)
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        inner = [_copier(a) for a in get_args(tp) if a is not type(None)]
        if all(c is None for c in inner):
            return None
        if len(inner) != 1:
            raise TypeError(f"cannot copy a union of mutable types {tp}")
        copy_inner = inner[0]
        if copy_inner is None:
            return None
        return lambda v: None if v is None else copy_inner(v)
    if origin is dict:
        value_copy = _copier(get_args(tp)[1])
        if value_copy is None:
            return dict
        return lambda v: {k: value_copy(x) for k, x in v.items()}
    if origin is list:
        elem = _copier(get_args(tp)[0])
        if elem is None:
            return list
        return lambda v: [elem(x) for x in v]
    if origin is tuple:
        if _copier(get_args(tp)[0]) is not None:
            raise TypeError(f"a tuple cannot hold mutable values: {tp}")
        return None
    frozen = getattr(getattr(tp, "__dataclass_params__", None), "frozen", True)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp) and not frozen:
        return _dataclass_copier(tp)
    return None


def _dataclass_copier(cls: type) -> Encoder:
    hints = get_type_hints(cls, include_extras=True)
    deep = [(f.name, _copier(hints[f.name])) for f in dataclasses.fields(cls)]
    mutable = [(name, c) for name, c in deep if c is not None]

    def copy(obj: Any) -> Any:
        new: Any = object.__new__(cls)
        new.__dict__.update(obj.__dict__)
        for name, c in mutable:
            setattr(new, name, c(getattr(obj, name)))
        return new

    return copy


# --- shared --------------------------------------------------------------------------------


def stored_fields(cls: type) -> list[tuple[str, Any]]:
    """Return (name, type hint) of each field of ``cls`` that files hold, in declared order."""
    hints = get_type_hints(cls, include_extras=True)
    return [
        (f.name, hints[f.name]) for f in dataclasses.fields(cls) if f.metadata.get("stored", True)
    ]


def strip_annotated(tp: Any) -> tuple[Any, tuple[Any, ...]]:
    if get_origin(tp) is Annotated:
        args = get_args(tp)
        return args[0], tuple(args[1:])
    return tp, ()
