from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_report_main_response_data_visibility_info_by_day_item import (
        SearchReportMainResponseDataVisibilityInfoByDayItem,
    )
    from ..models.search_report_main_response_data_visibility_info_by_month_item import (
        SearchReportMainResponseDataVisibilityInfoByMonthItem,
    )
    from ..models.search_report_main_response_data_visibility_info_by_week_item import (
        SearchReportMainResponseDataVisibilityInfoByWeekItem,
    )
    from ..models.search_report_main_response_data_visibility_info_open_card import (
        SearchReportMainResponseDataVisibilityInfoOpenCard,
    )
    from ..models.search_report_main_response_data_visibility_info_visibility import (
        SearchReportMainResponseDataVisibilityInfoVisibility,
    )


T = TypeVar("T", bound="SearchReportMainResponseDataVisibilityInfo")


@_attrs_define
class SearchReportMainResponseDataVisibilityInfo:
    """
    Attributes:
        visibility (SearchReportMainResponseDataVisibilityInfoVisibility | Unset):
        open_card (SearchReportMainResponseDataVisibilityInfoOpenCard | Unset):
        by_day (list[SearchReportMainResponseDataVisibilityInfoByDayItem] | Unset):
        by_week (list[SearchReportMainResponseDataVisibilityInfoByWeekItem] | Unset):
        by_month (list[SearchReportMainResponseDataVisibilityInfoByMonthItem] | Unset):
    """

    visibility: SearchReportMainResponseDataVisibilityInfoVisibility | Unset = UNSET
    open_card: SearchReportMainResponseDataVisibilityInfoOpenCard | Unset = UNSET
    by_day: list[SearchReportMainResponseDataVisibilityInfoByDayItem] | Unset = UNSET
    by_week: list[SearchReportMainResponseDataVisibilityInfoByWeekItem] | Unset = UNSET
    by_month: list[SearchReportMainResponseDataVisibilityInfoByMonthItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        visibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.to_dict()

        open_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.open_card, Unset):
            open_card = self.open_card.to_dict()

        by_day: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_day, Unset):
            by_day = []
            for by_day_item_data in self.by_day:
                by_day_item = by_day_item_data.to_dict()
                by_day.append(by_day_item)

        by_week: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_week, Unset):
            by_week = []
            for by_week_item_data in self.by_week:
                by_week_item = by_week_item_data.to_dict()
                by_week.append(by_week_item)

        by_month: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_month, Unset):
            by_month = []
            for by_month_item_data in self.by_month:
                by_month_item = by_month_item_data.to_dict()
                by_month.append(by_month_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if open_card is not UNSET:
            field_dict["openCard"] = open_card
        if by_day is not UNSET:
            field_dict["byDay"] = by_day
        if by_week is not UNSET:
            field_dict["byWeek"] = by_week
        if by_month is not UNSET:
            field_dict["byMonth"] = by_month

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _visibility = d.pop("visibility", UNSET)
        visibility: SearchReportMainResponseDataVisibilityInfoVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = SearchReportMainResponseDataVisibilityInfoVisibility.from_dict(
                _visibility
            )

        _open_card = d.pop("openCard", UNSET)
        open_card: SearchReportMainResponseDataVisibilityInfoOpenCard | Unset
        if isinstance(_open_card, Unset):
            open_card = UNSET
        else:
            open_card = SearchReportMainResponseDataVisibilityInfoOpenCard.from_dict(
                _open_card
            )

        _by_day = d.pop("byDay", UNSET)
        by_day: list[SearchReportMainResponseDataVisibilityInfoByDayItem] | Unset = (
            UNSET
        )
        if _by_day is not UNSET:
            by_day = []
            for by_day_item_data in _by_day:
                by_day_item = (
                    SearchReportMainResponseDataVisibilityInfoByDayItem.from_dict(
                        by_day_item_data
                    )
                )

                by_day.append(by_day_item)

        _by_week = d.pop("byWeek", UNSET)
        by_week: list[SearchReportMainResponseDataVisibilityInfoByWeekItem] | Unset = (
            UNSET
        )
        if _by_week is not UNSET:
            by_week = []
            for by_week_item_data in _by_week:
                by_week_item = (
                    SearchReportMainResponseDataVisibilityInfoByWeekItem.from_dict(
                        by_week_item_data
                    )
                )

                by_week.append(by_week_item)

        _by_month = d.pop("byMonth", UNSET)
        by_month: (
            list[SearchReportMainResponseDataVisibilityInfoByMonthItem] | Unset
        ) = UNSET
        if _by_month is not UNSET:
            by_month = []
            for by_month_item_data in _by_month:
                by_month_item = (
                    SearchReportMainResponseDataVisibilityInfoByMonthItem.from_dict(
                        by_month_item_data
                    )
                )

                by_month.append(by_month_item)

        search_report_main_response_data_visibility_info = cls(
            visibility=visibility,
            open_card=open_card,
            by_day=by_day,
            by_week=by_week,
            by_month=by_month,
        )

        search_report_main_response_data_visibility_info.additional_properties = d
        return search_report_main_response_data_visibility_info

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
from ..models.search_report_main_response_data_visibility_info_by_day_item import SearchReportMainResponseDataVisibilityInfoByDayItem
from ..models.search_report_main_response_data_visibility_info_by_month_item import SearchReportMainResponseDataVisibilityInfoByMonthItem
from ..models.search_report_main_response_data_visibility_info_by_week_item import SearchReportMainResponseDataVisibilityInfoByWeekItem
from ..models.search_report_main_response_data_visibility_info_open_card import SearchReportMainResponseDataVisibilityInfoOpenCard
from ..models.search_report_main_response_data_visibility_info_visibility import SearchReportMainResponseDataVisibilityInfoVisibility
