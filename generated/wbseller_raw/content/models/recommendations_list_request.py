from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecommendationsListRequest")


@_attrs_define
class RecommendationsListRequest:
    """
    Attributes:
        brand_names (list[str] | Unset):
        limit (int | Unset):  Default: 20.
        next_ (int | Unset):  Default: 0. Example: 123.
        search (str | Unset):  Example: 410.
        subject_ids (list[int] | Unset):
    """

    brand_names: list[str] | Unset = UNSET
    limit: int | Unset = 20
    next_: int | Unset = 0
    search: str | Unset = UNSET
    subject_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_names: list[str] | Unset = UNSET
        if not isinstance(self.brand_names, Unset):
            brand_names = self.brand_names

        limit = self.limit

        next_ = self.next_

        search = self.search

        subject_ids: list[int] | Unset = UNSET
        if not isinstance(self.subject_ids, Unset):
            subject_ids = self.subject_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand_names is not UNSET:
            field_dict["brandNames"] = brand_names
        if limit is not UNSET:
            field_dict["limit"] = limit
        if next_ is not UNSET:
            field_dict["next"] = next_
        if search is not UNSET:
            field_dict["search"] = search
        if subject_ids is not UNSET:
            field_dict["subjectIds"] = subject_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        brand_names = cast(list[str], d.pop("brandNames", UNSET))

        limit = d.pop("limit", UNSET)

        next_ = d.pop("next", UNSET)

        search = d.pop("search", UNSET)

        subject_ids = cast(list[int], d.pop("subjectIds", UNSET))

        recommendations_list_request = cls(
            brand_names=brand_names,
            limit=limit,
            next_=next_,
            search=search,
            subject_ids=subject_ids,
        )

        recommendations_list_request.additional_properties = d
        return recommendations_list_request

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
