"""Dataclass fields walked once: JSON out, JSON in with checks that name the field, and copies.

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
from collections.abc import Callable, Container, Mapping
from functools import cache
from typing import (
    Annotated,
    Any,
    Literal,
    TypeVar,
    Union,
    cast,
    get_args,
    get_origin,
    get_type_hints,
)

T = TypeVar("T")

_SURROGATE = re.compile("[\ud800-\udfff]")

Decoder = Callable[[Any, "Context"], Any]
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
    """A marker for values that must be among those the caller of :func:`from_json` knows.

    ``problem`` says what is wrong with one that is not; ``{}`` stands for the value.
    """

    name: str
    problem: str


@dataclasses.dataclass
class Context:
    """What a decode needs beyond the JSON: the values each :class:`Ref` may take."""

    refs: Mapping[Ref, Container[Any]] = dataclasses.field(default_factory=dict)


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
    tp, _ = _strip_annotated(tp)
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
        key_type, value_type = (_strip_annotated(a)[0] for a in get_args(tp))
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
    fields = [(name, _encoder(hint)) for name, hint in _stored_fields(cls)]
    names = [name for name, _ in fields]
    converted = [(name, enc) for name, enc in fields if enc is not None]
    get_all = operator.attrgetter(*names) if len(names) > 1 else None
    if getattr(cls, "JSON_AS_ARRAY", False) and get_all is not None and not converted:
        return lambda obj: list(get_all(obj))

    def as_object(obj: Any) -> Any:
        out = dict(zip(names, get_all(obj), strict=True)) if get_all else {
            names[0]: getattr(obj, names[0])
        }
        for name, enc in converted:
            out[name] = enc(out[name])
        return list(out.values()) if getattr(cls, "JSON_AS_ARRAY", False) else out

    return as_object


# --- reading -------------------------------------------------------------------------------


class _Bad(Exception):
    """A value that does not fit its field; the path to it is built on the way out."""

    def __init__(self, problem: str, path: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.path = path

    def inside(self, segment: str) -> _Bad:
        self.path = segment + self.path
        return self


def from_json(
    cls: type[T],
    data: Any,
    where: str,
    *,
    context: Context | None = None,
    given: Mapping[str, Any] | None = None,
) -> T:
    """Return a ``cls`` built from parsed JSON ``data``, every field checked.

    ``where`` names ``data`` in messages (``"project"``, ``"project.article"``); inside the
    project, what lies deeper than its own fields is named from them (``sections[0].role``,
    ``meta.title``). ``given`` supplies fields already built (they are not read). Raises
    ValueError with a one-line message naming the field (``facts[0].paragraph must be a
    whole number``).
    """
    target: Any = cls
    decode = _dataclass_decoder(target, frozenset(given or ()))
    try:
        return cast(T, decode(data, context or Context(), given or {}))
    except _Bad as bad:
        path = where + bad.path
        if path.startswith("project.") and any(c in path[8:] for c in ".["):
            path = path[8:]
        raise ValueError(f"{path}{bad.problem}") from None


@cache
def _decoder(tp: Any) -> Decoder:
    """Return the function that reads and checks a value of type ``tp``."""
    tp, markers = _strip_annotated(tp)
    base = _plain_decoder(tp)
    checks = [m for m in markers if isinstance(m, Check)]
    refs = [m for m in markers if isinstance(m, Ref)]
    if not checks and not refs:
        return base

    def checked(v: Any, ctx: Context) -> Any:
        value = base(v, ctx)
        if value is None:
            return None
        for c in checks:
            if not c.test(value):
                raise _Bad(f" {value!r} must be {c.needs}")
        for r in refs:
            known = ctx.refs.get(r)
            if known is not None and value not in known:
                raise _Bad(" " + r.problem.format(value))
        return value

    return checked


def _plain_decoder(tp: Any) -> Decoder:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"cannot read a union of {tp}")
        if args[0] is str:
            return _opt_text
        inner = _decoder(args[0])
        return lambda v, ctx: None if v is None else inner(v, ctx)
    if origin is Literal:
        return _literal_decoder(get_args(tp))
    if origin in (list, tuple):
        return _sequence_decoder(get_args(tp)[0], origin)
    if origin is dict:
        key_type, value_type = get_args(tp)
        if _strip_annotated(key_type)[0] is not str:
            return _pairs_decoder(key_type, value_type)
        return _mapping_decoder(value_type)
    if tp is str:
        return _text
    if tp is bool:
        return _flag
    if tp is int:
        return _whole
    if tp is float:
        return _number
    if tp is datetime.date:
        return _iso_date
    if dataclasses.is_dataclass(tp):
        decode = _dataclass_decoder(cast(Any, tp), frozenset())
        return lambda v, ctx: decode(v, ctx, {})
    raise TypeError(f"no reader for fields of type {tp!r}")


def _text(v: Any, ctx: Context) -> str:
    if type(v) is not str:
        raise _Bad(" must be text")
    return v if v.isascii() else storable(v)


def _opt_text(v: Any, ctx: Context) -> str | None:
    if v is None:
        return None
    if type(v) is not str:
        raise _Bad(" must be text or null")
    return v if v.isascii() else storable(v)


def _flag(v: Any, ctx: Context) -> bool:
    if type(v) is not bool:
        raise _Bad(" must be true or false")
    return v


def _whole(v: Any, ctx: Context) -> int:
    if type(v) is not int:
        raise _Bad(" must be a whole number")
    return v


def _number(v: Any, ctx: Context) -> float:
    if type(v) is not float:
        if type(v) is not int:
            raise _Bad(" must be a number")
        return float(v)
    return v


def _iso_date(v: Any, ctx: Context) -> datetime.date:
    if type(v) is not str:
        raise _Bad(" must be text")
    try:
        return datetime.date.fromisoformat(v)
    except ValueError:
        raise _Bad(f" {v!r} is not an ISO date") from None


def _literal_decoder(values: tuple[Any, ...]) -> Decoder:
    allowed = frozenset(values)
    listed = ", ".join(str(v) for v in values)

    def literal(v: Any, ctx: Context) -> Any:
        if v not in allowed or type(v) is not str:
            if type(v) is not str:
                raise _Bad(" must be text")
            raise _Bad(f" {v!r} is not one of {listed}")
        return v

    return literal


def _sequence_decoder(elem_type: Any, origin: type) -> Decoder:
    elem = _decoder(elem_type)
    make = tuple if origin is tuple else list

    def sequence(v: Any, ctx: Context) -> Any:
        if type(v) is not list:
            raise _Bad(" must be a list")
        out = []
        for x in v:
            try:
                out.append(elem(x, ctx))
            except _Bad as bad:
                raise bad.inside(f"[{len(out)}]") from None
        return out if make is list else make(out)

    return sequence


def _mapping_decoder(value_type: Any) -> Decoder:
    value_dec = _decoder(value_type)

    def mapping(v: Any, ctx: Context) -> Any:
        if type(v) is not dict:
            raise _Bad(" must be an object")
        out = {}
        for key, x in v.items():
            try:
                out[key if key.isascii() else storable(key)] = value_dec(x, ctx)
            except _Bad as bad:
                raise bad.inside(f"[{key!r}]") from None
        return out

    return mapping


def _pairs_decoder(key_type: Any, value_type: Any) -> Decoder:
    key_dec, value_dec = _decoder(key_type), _decoder(value_type)

    def pairs(v: Any, ctx: Context) -> Any:
        if type(v) is not list:
            raise _Bad(" must be a list of [key, value] pairs")
        out = {}
        for i, pair in enumerate(v):
            if type(pair) is not list or len(pair) != 2:
                raise _Bad(" must be a list of [key, value] pairs", f"[{i}]")
            try:
                out[key_dec(pair[0], ctx)] = value_dec(pair[1], ctx)
            except _Bad as bad:
                raise bad.inside(f"[{i}]") from None
        return out

    return pairs


_MISSING = dataclasses.MISSING


@cache
def _dataclass_decoder(
    cls: type, given: frozenset[str]
) -> Callable[[Any, Context, Mapping[str, Any]], Any]:
    stored = [
        (name, _decoder(hint), _default_of(cls, name) is _MISSING)
        for name, hint in _stored_fields(cls)
        if name not in given
    ]
    if getattr(cls, "JSON_AS_ARRAY", False) and not given:
        return _array_decoder(cls, [dec for _, dec, _ in stored], [n for n, _, _ in stored])
    absent = object()

    def decode(v: Any, ctx: Context, supplied: Mapping[str, Any]) -> Any:
        if type(v) is not dict:
            raise _Bad(" is not an object")
        kwargs: dict[str, Any] = dict(supplied) if supplied else {}
        for name, dec, required in stored:
            value = v.get(name, absent)
            if value is not absent:
                try:
                    kwargs[name] = dec(value, ctx)
                except _Bad as bad:
                    raise bad.inside(f".{name}") from None
            elif required:
                raise _Bad(" is missing", f".{name}")
        return cls(**kwargs)

    return decode


def _array_decoder(
    cls: type, decoders: list[Decoder], names: list[str]
) -> Callable[[Any, Context, Mapping[str, Any]], Any]:
    shape = "[" + ", ".join(names) + "]"
    n = len(decoders)

    def decode(v: Any, ctx: Context, supplied: Mapping[str, Any]) -> Any:
        if type(v) is not list or len(v) != n:
            raise _Bad(f" must be {shape}")
        return cls(*[dec(item, ctx) for dec, item in zip(decoders, v, strict=True)])

    return decode


def _default_of(cls: type, name: str) -> Any:
    f = cls.__dataclass_fields__[name]  # type: ignore[attr-defined]
    if f.default is not _MISSING or f.default_factory is not _MISSING:
        return None
    return _MISSING


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
    tp, _ = _strip_annotated(tp)
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


def _stored_fields(cls: type) -> list[tuple[str, Any]]:
    """Return (name, type hint) of each field of ``cls`` that files hold, in declared order."""
    hints = get_type_hints(cls, include_extras=True)
    return [
        (f.name, hints[f.name])
        for f in dataclasses.fields(cls)
        if f.metadata.get("stored", True)
    ]


def _strip_annotated(tp: Any) -> tuple[Any, tuple[Any, ...]]:
    if get_origin(tp) is Annotated:
        args = get_args(tp)
        return args[0], tuple(args[1:])
    return tp, ()
