from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_report_main_response_data_common_info import (
        SearchReportMainResponseDataCommonInfo,
    )
    from ..models.search_report_main_response_data_groups_item import (
        SearchReportMainResponseDataGroupsItem,
    )
    from ..models.search_report_main_response_data_position_info import (
        SearchReportMainResponseDataPositionInfo,
    )
    from ..models.search_report_main_response_data_visibility_info import (
        SearchReportMainResponseDataVisibilityInfo,
    )


T = TypeVar("T", bound="SearchReportMainResponseData")


@_attrs_define
class SearchReportMainResponseData:
    """
    Attributes:
        common_info (SearchReportMainResponseDataCommonInfo | Unset):
        position_info (SearchReportMainResponseDataPositionInfo | Unset):
        visibility_info (SearchReportMainResponseDataVisibilityInfo | Unset):
        groups (list[SearchReportMainResponseDataGroupsItem] | Unset):
        currency (str | Unset):  Example: RUB.
    """

    common_info: SearchReportMainResponseDataCommonInfo | Unset = UNSET
    position_info: SearchReportMainResponseDataPositionInfo | Unset = UNSET
    visibility_info: SearchReportMainResponseDataVisibilityInfo | Unset = UNSET
    groups: list[SearchReportMainResponseDataGroupsItem] | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        common_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.common_info, Unset):
            common_info = self.common_info.to_dict()

        position_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position_info, Unset):
            position_info = self.position_info.to_dict()

        visibility_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility_info, Unset):
            visibility_info = self.visibility_info.to_dict()

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
        if common_info is not UNSET:
            field_dict["commonInfo"] = common_info
        if position_info is not UNSET:
            field_dict["positionInfo"] = position_info
        if visibility_info is not UNSET:
            field_dict["visibilityInfo"] = visibility_info
        if groups is not UNSET:
            field_dict["groups"] = groups
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _common_info = d.pop("commonInfo", UNSET)
        common_info: SearchReportMainResponseDataCommonInfo | Unset
        if isinstance(_common_info, Unset):
            common_info = UNSET
        else:
            common_info = SearchReportMainResponseDataCommonInfo.from_dict(_common_info)

        _position_info = d.pop("positionInfo", UNSET)
        position_info: SearchReportMainResponseDataPositionInfo | Unset
        if isinstance(_position_info, Unset):
            position_info = UNSET
        else:
            position_info = SearchReportMainResponseDataPositionInfo.from_dict(
                _position_info
            )

        _visibility_info = d.pop("visibilityInfo", UNSET)
        visibility_info: SearchReportMainResponseDataVisibilityInfo | Unset
        if isinstance(_visibility_info, Unset):
            visibility_info = UNSET
        else:
            visibility_info = SearchReportMainResponseDataVisibilityInfo.from_dict(
                _visibility_info
            )

        _groups = d.pop("groups", UNSET)
        groups: list[SearchReportMainResponseDataGroupsItem] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = SearchReportMainResponseDataGroupsItem.from_dict(
                    groups_item_data
                )

                groups.append(groups_item)

        currency = d.pop("currency", UNSET)

        search_report_main_response_data = cls(
            common_info=common_info,
            position_info=position_info,
            visibility_info=visibility_info,
            groups=groups,
            currency=currency,
        )

        search_report_main_response_data.additional_properties = d
        return search_report_main_response_data

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
from ..models.search_report_main_response_data_common_info import SearchReportMainResponseDataCommonInfo
from ..models.search_report_main_response_data_groups_item import SearchReportMainResponseDataGroupsItem
from ..models.search_report_main_response_data_position_info import SearchReportMainResponseDataPositionInfo
from ..models.search_report_main_response_data_visibility_info import SearchReportMainResponseDataVisibilityInfo
