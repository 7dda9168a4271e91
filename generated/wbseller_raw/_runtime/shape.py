"""A generated model's field table and its check-and-build functions. Written by scripts/codegen
(copied from scripts/codegen/runtime/shape.py); each <spec>/_shapes/<model module>.py holds the
Shape of one model, and registers it here when imported.

The functions are straight-line source written at generation time: `valid(json)` says whether
a JSON object matches the model (every field of the right JSON kind, nested objects and lists
too, required keys present); `build(json)` checks and builds in one pass the very object the
generated `from_dict` makes (equal field by field, extra keys in `additional_properties`), or
returns MISSING. The JSON's lists are filled with the built items as it goes.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

from .operation import Answer


class Field:
    """One field of a model: its attribute name, JSON key, generated type and whether the JSON
    must hold it."""

    __slots__ = ("key", "name", "required", "type")

    def __init__(self, name: str, key: str, type: Any, required: bool) -> None:
        self.name, self.key, self.type, self.required = name, key, type, required

    def __repr__(self) -> str:
        return f"Field({self.name!r}, {self.key!r}, {self.type!r}, {self.required!r})"


class Shape(Answer):
    """A model as an Answer (`type` is the model class), with its field table."""

    __slots__ = ("fields",)

    def __init__(
        self,
        model: type,
        fields: tuple[Field, ...],
        valid: Callable[[Any], bool],
        build: Callable[[Any], Any],
    ) -> None:
        super().__init__(model, valid, build)
        self.fields = fields


SHAPES: dict[type, Shape] = {}


def register(
    model: type,
    fields: tuple[Field, ...],
    valid: Callable[[Any], bool],
    build: Callable[[Any], Any],
) -> Shape:
    shape = SHAPES[model] = Shape(model, fields, valid, build)
    return shape


def shape_of(model: type) -> Shape:
    """The Shape of a generated model (its _shapes module imported on first need: the module
    beside models/<module>.py, by scripts/codegen's naming)."""
    shape = SHAPES.get(model)
    if shape is None:
        package, _, module = model.__module__.rpartition(".models.")
        if not package:
            raise TypeError(f"{model!r} is not a generated model")
        import_module(f"{package}._shapes.{module}")
        shape = SHAPES[model]
    return shape
