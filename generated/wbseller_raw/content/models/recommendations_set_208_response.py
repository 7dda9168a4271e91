from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecommendationsSet208Response")


@_attrs_define
class RecommendationsSet208Response:
    """
    Attributes:
        request_id (str | Unset):  Example: a03341a9-7b2c-41fd-9902-12a2705f0d24.
        origin (str | Unset):  Example: recoms.
        title (str | Unset):  Example: Already Reported.
        detail (str | Unset):  Example: Recommendations already set.
    """

    request_id: str | Unset = UNSET
    origin: str | Unset = UNSET
    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        origin = self.origin

        title = self.title

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if origin is not UNSET:
            field_dict["origin"] = origin
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_id = d.pop("requestId", UNSET)

        origin = d.pop("origin", UNSET)

        title = d.pop("title", UNSET)

        detail = d.pop("detail", UNSET)

        recommendations_set_208_response = cls(
            request_id=request_id,
            origin=origin,
            title=title,
            detail=detail,
        )

        recommendations_set_208_response.additional_properties = d
        return recommendations_set_208_response

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
