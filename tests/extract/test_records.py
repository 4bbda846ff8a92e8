"""``@record`` behaves as ``@dataclass(frozen=True, slots=True)`` does, for every record the product defines."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import FrozenInstanceError, field, fields, replace

import pytest

from tui.config import ReaderConfig
from tui.extract.records import record
from tui.extract.types import ArticleInput, DateFact, EventFact, Mention, Span
from tui.library.entries import ArticleEntry


@record
class Point:
    """A record for the tests."""

    x: int
    y: int = 0
    tags: tuple[str, ...] = field(default=())
    notes: list[str] = field(default_factory=list, compare=False, repr=False)


@dataclasses.dataclass(frozen=True, slots=True)
class GeneratedPoint:
    """What ``@dataclass`` generates, to compare with."""

    x: int
    y: int = 0
    tags: tuple[str, ...] = field(default=())
    notes: list[str] = field(default_factory=list, compare=False, repr=False)


def test_construction_equality_hash_and_repr_are_the_generated_ones() -> None:
    for args, kwargs in [((1,), {}), ((1, 2), {}), ((1,), {"tags": ("a",)}), ((), {"x": 3, "y": 4})]:
        ours, theirs = Point(*args, **kwargs), GeneratedPoint(*args, **kwargs)  # type: ignore[arg-type]
        assert repr(ours) == repr(theirs).replace("GeneratedPoint", "Point")
        assert hash(ours) == hash(theirs)
        assert ours == Point(*args, **kwargs)  # type: ignore[arg-type]
    assert Point(1) != Point(2)
    assert Point(1, notes=["a"]) == Point(1, notes=["b"])  # a field left out of comparisons
    assert Point(1) != GeneratedPoint(1)  # another class is never equal
    assert Point(1).notes is not Point(1).notes  # a factory's value is made for each record


@pytest.mark.parametrize("call", [lambda: Point(), lambda: Point(1, 2, (), [], 5), lambda: Point(1, x=2),
                                  lambda: Point(1, z=3)])
def test_wrong_arguments_are_refused_as_python_refuses_them(call: object) -> None:
    with pytest.raises(TypeError):
        call()  # type: ignore[operator]


def test_frozen_slotted_and_still_a_dataclass() -> None:
    point = Point(1, 2)
    with pytest.raises(FrozenInstanceError):
        point.x = 3  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del point.x  # type: ignore[misc]
    assert not hasattr(point, "__dict__")
    assert dataclasses.is_dataclass(point) and Point.__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert [f.name for f in fields(point)] == ["x", "y", "tags", "notes"]
    assert replace(point, y=5) == Point(1, 5)
    assert dataclasses.asdict(point) == {"x": 1, "y": 2, "tags": (), "notes": []}
    assert Point.__match_args__ == ("x", "y", "tags", "notes")  # type: ignore[attr-defined]
    match point:
        case Point(1, y):
            assert y == 2
        case _:
            pytest.fail("no match")


def test_records_survive_pickling_and_copies() -> None:
    # The analysis worker sends its results across processes.
    items = [Point(1, 2, ("a",)), Span(1, 2, "x", "e"), Mention(0, 3, "Ann", "PERSON", "e1", nested=True),
             DateFact("t", ((0, 1),), "r", 0.5, Span(0, 1, "t"), "2024", "year", True),
             EventFact("t", (), "r", 0.5, "meet", Span(0, 1, "t"), actors=(Span(0, 1, "t"),)),
             ArticleEntry("k", "Title", read=True), ReaderConfig({"app.quit": "x"})]
    for item in items:
        for again in (pickle.loads(pickle.dumps(item)), copy.copy(item), copy.deepcopy(item)):
            assert again == item and type(again) is type(item)
            assert [getattr(again, f.name) for f in fields(again)] == [getattr(item, f.name) for f in fields(item)]


def test_post_init_runs() -> None:
    # ArticleInput turns a file name's lone surrogates into U+FFFD, whatever way it is built.
    assert ArticleInput("a\udcff").text == "a\ufffd"
    assert replace(ArticleInput("x"), title="b\udcff").title == "b\ufffd"
