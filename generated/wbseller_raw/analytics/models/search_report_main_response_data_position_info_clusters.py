from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_report_main_response_data_position_info_clusters_below import (
        SearchReportMainResponseDataPositionInfoClustersBelow,
    )
    from ..models.search_report_main_response_data_position_info_clusters_first_hundred import (
        SearchReportMainResponseDataPositionInfoClustersFirstHundred,
    )
    from ..models.search_report_main_response_data_position_info_clusters_second_hundred import (
        SearchReportMainResponseDataPositionInfoClustersSecondHundred,
    )


T = TypeVar("T", bound="SearchReportMainResponseDataPositionInfoClusters")


@_attrs_define
class SearchReportMainResponseDataPositionInfoClusters:
    """
    Attributes:
        first_hundred (SearchReportMainResponseDataPositionInfoClustersFirstHundred | Unset):
        second_hundred (SearchReportMainResponseDataPositionInfoClustersSecondHundred | Unset):
        below (SearchReportMainResponseDataPositionInfoClustersBelow | Unset):
    """

    first_hundred: (
        SearchReportMainResponseDataPositionInfoClustersFirstHundred | Unset
    ) = UNSET
    second_hundred: (
        SearchReportMainResponseDataPositionInfoClustersSecondHundred | Unset
    ) = UNSET
    below: SearchReportMainResponseDataPositionInfoClustersBelow | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_hundred: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first_hundred, Unset):
            first_hundred = self.first_hundred.to_dict()

        second_hundred: dict[str, Any] | Unset = UNSET
        if not isinstance(self.second_hundred, Unset):
            second_hundred = self.second_hundred.to_dict()

        below: dict[str, Any] | Unset = UNSET
        if not isinstance(self.below, Unset):
            below = self.below.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_hundred is not UNSET:
            field_dict["firstHundred"] = first_hundred
        if second_hundred is not UNSET:
            field_dict["secondHundred"] = second_hundred
        if below is not UNSET:
            field_dict["below"] = below

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _first_hundred = d.pop("firstHundred", UNSET)
        first_hundred: (
            SearchReportMainResponseDataPositionInfoClustersFirstHundred | Unset
        )
        if isinstance(_first_hundred, Unset):
            first_hundred = UNSET
        else:
            first_hundred = (
                SearchReportMainResponseDataPositionInfoClustersFirstHundred.from_dict(
                    _first_hundred
                )
            )

        _second_hundred = d.pop("secondHundred", UNSET)
        second_hundred: (
            SearchReportMainResponseDataPositionInfoClustersSecondHundred | Unset
        )
        if isinstance(_second_hundred, Unset):
            second_hundred = UNSET
        else:
            second_hundred = (
                SearchReportMainResponseDataPositionInfoClustersSecondHundred.from_dict(
                    _second_hundred
                )
            )

        _below = d.pop("below", UNSET)
        below: SearchReportMainResponseDataPositionInfoClustersBelow | Unset
        if isinstance(_below, Unset):
            below = UNSET
        else:
            below = SearchReportMainResponseDataPositionInfoClustersBelow.from_dict(
                _below
            )

        search_report_main_response_data_position_info_clusters = cls(
            first_hundred=first_hundred,
            second_hundred=second_hundred,
            below=below,
        )

        search_report_main_response_data_position_info_clusters.additional_properties = d
        return search_report_main_response_data_position_info_clusters

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
from ..models.search_report_main_response_data_position_info_clusters_below import SearchReportMainResponseDataPositionInfoClustersBelow
from ..models.search_report_main_response_data_position_info_clusters_first_hundred import SearchReportMainResponseDataPositionInfoClustersFirstHundred
from ..models.search_report_main_response_data_position_info_clusters_second_hundred import SearchReportMainResponseDataPositionInfoClustersSecondHundred
