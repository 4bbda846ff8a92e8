"""``@record``: a frozen, slotted dataclass whose methods are shared, not generated.

``@dataclass(frozen=True, slots=True)`` writes the source of six methods for each class and
compiles it when the module is imported: about half a millisecond a class, 7 ms for the engine's
twelve result types alone, all of it before the reader's first paint. A record is the same
dataclass (``fields``, ``replace``, ``asdict``, pickling and ``__match_args__`` work as before),
frozen and slotted, whose ``__init__``, ``__eq__``, ``__hash__``, ``__repr__`` and frozen
``__setattr__`` are closures and functions shared by every record: nothing is compiled.

A record's ``__init__`` binds its arguments in Python rather than by a generated signature:
about a microsecond a call, where the generated one takes half of that.
"""

from __future__ import annotations

from dataclasses import MISSING, Field, FrozenInstanceError, dataclass, fields
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")


@dataclass_transform(frozen_default=True)
def record(cls: type[T]) -> type[T]:
    """``cls`` as a frozen, slotted dataclass (eq, hash and repr as the generated ones give them)."""
    made: Any = dataclass(init=False, repr=False, eq=False, slots=True)(cls)
    flds = fields(made)
    if any(not f.init or f.kw_only for f in flds):
        raise TypeError(f"{cls.__qualname__}: a record's fields are all positional __init__ arguments")
    compared = tuple(f.name for f in flds if f.compare)
    made.__init__ = _init_of(made, flds)
    made.__repr__ = _repr
    made.__eq__ = _eq
    made.__hash__ = _hash
    made.__setattr__ = _no_assigning
    made.__delattr__ = _no_deleting
    made.__getstate__ = _getstate
    made.__setstate__ = _setstate
    made._record_repr = tuple(f.name for f in flds if f.repr)
    made._record_names = tuple(f.name for f in flds)
    # The fields compared, as one tuple (attrgetter gives the bare value for a single name).
    made._record_key = staticmethod(attrgetter(*compared) if len(compared) > 1 else _key_of(compared))
    # The params say what the class is: frozen, compared and hashed by its fields.
    params = made.__dataclass_params__
    for name, value in (("init", True), ("repr", True), ("eq", True), ("frozen", True)):
        object.__setattr__(params, name, value)
    return made  # type: ignore[no-any-return]


def _init_of(cls: Any, flds: tuple[Field[Any], ...]) -> Any:
    names = tuple(f.name for f in flds)
    defaults = {f.name: f.default for f in flds if f.default is not MISSING}
    factories = {f.name: f.default_factory for f in flds if f.default_factory is not MISSING}
    count = len(names)
    set_field = object.__setattr__
    post_init = getattr(cls, "__post_init__", None)
    label = cls.__qualname__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > count:
            raise TypeError(f"{label}.__init__() takes {count + 1} positional arguments but {len(args) + 1} were given")
        if kwargs or len(args) < count:
            values = list(args)
            for name in names[len(args):]:
                if name in kwargs:
                    values.append(kwargs.pop(name))
                elif name in defaults:
                    values.append(defaults[name])
                elif name in factories:
                    values.append(factories[name]())
                else:
                    raise TypeError(f"{label}.__init__() missing required argument: {name!r}")
            if kwargs:
                name = next(iter(kwargs))
                said = "got multiple values for argument" if name in names else "got an unexpected keyword argument"
                raise TypeError(f"{label}.__init__() {said} {name!r}")
            args = tuple(values)
        for name, value in zip(names, args, strict=True):
            set_field(self, name, value)
        if post_init is not None:
            post_init(self)

    __init__.__qualname__ = f"{label}.__init__"
    return __init__


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._record_repr)
    return f"{type(self).__qualname__}({shown})"


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is self.__class__:
        return self._record_key(self) == self._record_key(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(self._record_key(self))


def _key_of(names: tuple[str, ...]) -> Any:
    def key(obj: Any) -> tuple[Any, ...]:
        return tuple(getattr(obj, name) for name in names)

    return key


def _no_assigning(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _no_deleting(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _getstate(self: Any) -> list[Any]:
    return [getattr(self, name) for name in self._record_names]


def _setstate(self: Any, state: list[Any]) -> None:
    for name, value in zip(self._record_names, state, strict=True):
        object.__setattr__(self, name, value)
