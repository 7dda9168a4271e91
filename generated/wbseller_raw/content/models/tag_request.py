from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_request_color import TagRequestColor, check_tag_request_color
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagRequest")


@_attrs_define
class TagRequest:
    """A tag's color and name.

    Attributes:
        color (TagRequestColor | Unset): Tag color: D1CFD7 — grey, FEE0E0 — red, ECDAFF — purple, E4EAFF — blue, DEF1DD
            — green,
            FFECC7 — yellow.
        name (str | Unset): Tag name, at most 15 characters.
    """

    color: TagRequestColor | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if color is not UNSET:
            field_dict["color"] = color
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _color = d.pop("color", UNSET)
        color: TagRequestColor | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = check_tag_request_color(_color)

        name = d.pop("name", UNSET)

        tag_request = cls(
            color=color,
            name=name,
        )

        tag_request.additional_properties = d
        return tag_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
