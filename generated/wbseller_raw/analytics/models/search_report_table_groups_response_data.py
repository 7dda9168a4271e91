from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_report_table_groups_response_data_groups_item import (
        SearchReportTableGroupsResponseDataGroupsItem,
    )


T = TypeVar("T", bound="SearchReportTableGroupsResponseData")


@_attrs_define
class SearchReportTableGroupsResponseData:
    """
    Attributes:
        groups (list[SearchReportTableGroupsResponseDataGroupsItem] | Unset):
        currency (str | Unset):  Example: RUB.
    """

    groups: list[SearchReportTableGroupsResponseDataGroupsItem] | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if groups is not UNSET:
            field_dict["groups"] = groups
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _groups = d.pop("groups", UNSET)
        groups: list[SearchReportTableGroupsResponseDataGroupsItem] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = SearchReportTableGroupsResponseDataGroupsItem.from_dict(
                    groups_item_data
                )

                groups.append(groups_item)

        currency = d.pop("currency", UNSET)

        search_report_table_groups_response_data = cls(
            groups=groups,
            currency=currency,
        )

        search_report_table_groups_response_data.additional_properties = d
        return search_report_table_groups_response_data

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

# Bound once here by scripts/generate.py, not imported inside to_dict/from_dict on every
# call (a relative import costs microseconds, five per product card): by now this module's
# class exists, so models that refer to each other still import fine.
from ..models.search_report_table_groups_response_data_groups_item import SearchReportTableGroupsResponseDataGroupsItem
