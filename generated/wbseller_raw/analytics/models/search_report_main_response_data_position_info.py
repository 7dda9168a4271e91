from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_report_main_response_data_position_info_average import (
        SearchReportMainResponseDataPositionInfoAverage,
    )
    from ..models.search_report_main_response_data_position_info_chart_items_item import (
        SearchReportMainResponseDataPositionInfoChartItemsItem,
    )
    from ..models.search_report_main_response_data_position_info_clusters import (
        SearchReportMainResponseDataPositionInfoClusters,
    )
    from ..models.search_report_main_response_data_position_info_median import (
        SearchReportMainResponseDataPositionInfoMedian,
    )


T = TypeVar("T", bound="SearchReportMainResponseDataPositionInfo")


@_attrs_define
class SearchReportMainResponseDataPositionInfo:
    """
    Attributes:
        average (SearchReportMainResponseDataPositionInfoAverage | Unset):
        median (SearchReportMainResponseDataPositionInfoMedian | Unset):
        chart_items (list[SearchReportMainResponseDataPositionInfoChartItemsItem] | Unset):
        clusters (SearchReportMainResponseDataPositionInfoClusters | Unset):
    """

    average: SearchReportMainResponseDataPositionInfoAverage | Unset = UNSET
    median: SearchReportMainResponseDataPositionInfoMedian | Unset = UNSET
    chart_items: (
        list[SearchReportMainResponseDataPositionInfoChartItemsItem] | Unset
    ) = UNSET
    clusters: SearchReportMainResponseDataPositionInfoClusters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average: dict[str, Any] | Unset = UNSET
        if not isinstance(self.average, Unset):
            average = self.average.to_dict()

        median: dict[str, Any] | Unset = UNSET
        if not isinstance(self.median, Unset):
            median = self.median.to_dict()

        chart_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chart_items, Unset):
            chart_items = []
            for chart_items_item_data in self.chart_items:
                chart_items_item = chart_items_item_data.to_dict()
                chart_items.append(chart_items_item)

        clusters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clusters, Unset):
            clusters = self.clusters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if average is not UNSET:
            field_dict["average"] = average
        if median is not UNSET:
            field_dict["median"] = median
        if chart_items is not UNSET:
            field_dict["chartItems"] = chart_items
        if clusters is not UNSET:
            field_dict["clusters"] = clusters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _average = d.pop("average", UNSET)
        average: SearchReportMainResponseDataPositionInfoAverage | Unset
        if isinstance(_average, Unset):
            average = UNSET
        else:
            average = SearchReportMainResponseDataPositionInfoAverage.from_dict(
                _average
            )

        _median = d.pop("median", UNSET)
        median: SearchReportMainResponseDataPositionInfoMedian | Unset
        if isinstance(_median, Unset):
            median = UNSET
        else:
            median = SearchReportMainResponseDataPositionInfoMedian.from_dict(_median)

        _chart_items = d.pop("chartItems", UNSET)
        chart_items: (
            list[SearchReportMainResponseDataPositionInfoChartItemsItem] | Unset
        ) = UNSET
        if _chart_items is not UNSET:
            chart_items = []
            for chart_items_item_data in _chart_items:
                chart_items_item = (
                    SearchReportMainResponseDataPositionInfoChartItemsItem.from_dict(
                        chart_items_item_data
                    )
                )

                chart_items.append(chart_items_item)

        _clusters = d.pop("clusters", UNSET)
        clusters: SearchReportMainResponseDataPositionInfoClusters | Unset
        if isinstance(_clusters, Unset):
            clusters = UNSET
        else:
            clusters = SearchReportMainResponseDataPositionInfoClusters.from_dict(
                _clusters
            )

        search_report_main_response_data_position_info = cls(
            average=average,
            median=median,
            chart_items=chart_items,
            clusters=clusters,
        )

        search_report_main_response_data_position_info.additional_properties = d
        return search_report_main_response_data_position_info

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
from ..models.search_report_main_response_data_position_info_average import SearchReportMainResponseDataPositionInfoAverage
from ..models.search_report_main_response_data_position_info_chart_items_item import SearchReportMainResponseDataPositionInfoChartItemsItem
from ..models.search_report_main_response_data_position_info_clusters import SearchReportMainResponseDataPositionInfoClusters
from ..models.search_report_main_response_data_position_info_median import SearchReportMainResponseDataPositionInfoMedian
