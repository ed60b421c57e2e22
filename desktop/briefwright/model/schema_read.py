"""Parsed JSON read back into the model's dataclasses, every value checked against its field."""

from __future__ import annotations

import dataclasses
import datetime
import types
from collections.abc import Callable, Container, Mapping
from functools import cache
from typing import Any, Literal, TypeVar, Union, cast, get_args, get_origin

from briefwright.model.schema import Check, Ref, storable, stored_fields, strip_annotated

T = TypeVar("T")

Decoder = Callable[[Any, "Context"], Any]


@dataclasses.dataclass
class Context:
    """What a decode needs beyond the JSON: the values each :class:`Ref` may take."""

    refs: Mapping[Ref, Container[Any]] = dataclasses.field(default_factory=dict)


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
    tp, markers = strip_annotated(tp)
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
        if strip_annotated(key_type)[0] is not str:
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
        for name, hint in stored_fields(cls)
        if name not in given
    ]
    if getattr(cls, "JSON_AS_ARRAY", False) and not given:
        needed = sum(required for _, _, required in stored)
        return _array_decoder(
            cls, [dec for _, dec, _ in stored], [n for n, _, _ in stored], needed
        )
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
    cls: type, decoders: list[Decoder], names: list[str], needed: int
) -> Callable[[Any, Context, Mapping[str, Any]], Any]:
    """Return a decoder of ``[value, …]``: the first ``needed`` values are required, those
    after them (fields with a default, added since) may be missing."""
    shape = "[" + ", ".join(names) + "]"
    n = len(decoders)

    def decode(v: Any, ctx: Context, supplied: Mapping[str, Any]) -> Any:
        if type(v) is not list or not needed <= len(v) <= n:
            raise _Bad(f" must be {shape}")
        return cls(*[dec(item, ctx) for dec, item in zip(decoders, v, strict=False)])

    return decode


def _default_of(cls: type, name: str) -> Any:
    f = cls.__dataclass_fields__[name]  # type: ignore[attr-defined]
    if f.default is not _MISSING or f.default_factory is not _MISSING:
        return None
    return _MISSING
