from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_report_table_details_request_position_cluster import (
    SearchReportTableDetailsRequestPositionCluster,
    check_search_report_table_details_request_position_cluster,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_report_table_details_request_current_period import (
        SearchReportTableDetailsRequestCurrentPeriod,
    )
    from ..models.search_report_table_details_request_order_by import (
        SearchReportTableDetailsRequestOrderBy,
    )
    from ..models.search_report_table_details_request_past_period import (
        SearchReportTableDetailsRequestPastPeriod,
    )


T = TypeVar("T", bound="SearchReportTableDetailsRequest")


@_attrs_define
class SearchReportTableDetailsRequest:
    """
    Attributes:
        current_period (SearchReportTableDetailsRequestCurrentPeriod):
        order_by (SearchReportTableDetailsRequestOrderBy):
        position_cluster (SearchReportTableDetailsRequestPositionCluster):
        limit (int):  Example: 150.
        offset (int):  Example: 100.
        past_period (SearchReportTableDetailsRequestPastPeriod | Unset):
        subject_id (int | Unset):  Example: 123.
        brand_name (str | Unset):  Example: Apple.
        tag_id (int | Unset):  Example: 45.
        nm_ids (list[int] | Unset):
        include_substituted_sk_us (bool | Unset):  Default: True. Example: True.
        include_search_texts (bool | Unset):  Default: True. Example: False.
    """

    current_period: SearchReportTableDetailsRequestCurrentPeriod
    order_by: SearchReportTableDetailsRequestOrderBy
    position_cluster: SearchReportTableDetailsRequestPositionCluster
    limit: int
    offset: int
    past_period: SearchReportTableDetailsRequestPastPeriod | Unset = UNSET
    subject_id: int | Unset = UNSET
    brand_name: str | Unset = UNSET
    tag_id: int | Unset = UNSET
    nm_ids: list[int] | Unset = UNSET
    include_substituted_sk_us: bool | Unset = True
    include_search_texts: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_period = self.current_period.to_dict()

        order_by = self.order_by.to_dict()

        position_cluster: str = self.position_cluster

        limit = self.limit

        offset = self.offset

        past_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.past_period, Unset):
            past_period = self.past_period.to_dict()

        subject_id = self.subject_id

        brand_name = self.brand_name

        tag_id = self.tag_id

        nm_ids: list[int] | Unset = UNSET
        if not isinstance(self.nm_ids, Unset):
            nm_ids = self.nm_ids

        include_substituted_sk_us = self.include_substituted_sk_us

        include_search_texts = self.include_search_texts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentPeriod": current_period,
                "orderBy": order_by,
                "positionCluster": position_cluster,
                "limit": limit,
                "offset": offset,
            }
        )
        if past_period is not UNSET:
            field_dict["pastPeriod"] = past_period
        if subject_id is not UNSET:
            field_dict["subjectId"] = subject_id
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if tag_id is not UNSET:
            field_dict["tagId"] = tag_id
        if nm_ids is not UNSET:
            field_dict["nmIds"] = nm_ids
        if include_substituted_sk_us is not UNSET:
            field_dict["includeSubstitutedSKUs"] = include_substituted_sk_us
        if include_search_texts is not UNSET:
            field_dict["includeSearchTexts"] = include_search_texts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        current_period = SearchReportTableDetailsRequestCurrentPeriod.from_dict(
            d.pop("currentPeriod")
        )

        order_by = SearchReportTableDetailsRequestOrderBy.from_dict(d.pop("orderBy"))

        position_cluster = check_search_report_table_details_request_position_cluster(
            d.pop("positionCluster")
        )

        limit = d.pop("limit")

        offset = d.pop("offset")

        _past_period = d.pop("pastPeriod", UNSET)
        past_period: SearchReportTableDetailsRequestPastPeriod | Unset
        if isinstance(_past_period, Unset):
            past_period = UNSET
        else:
            past_period = SearchReportTableDetailsRequestPastPeriod.from_dict(
                _past_period
            )

        subject_id = d.pop("subjectId", UNSET)

        brand_name = d.pop("brandName", UNSET)

        tag_id = d.pop("tagId", UNSET)

        nm_ids = cast(list[int], d.pop("nmIds", UNSET))

        include_substituted_sk_us = d.pop("includeSubstitutedSKUs", UNSET)

        include_search_texts = d.pop("includeSearchTexts", UNSET)

        search_report_table_details_request = cls(
            current_period=current_period,
            order_by=order_by,
            position_cluster=position_cluster,
            limit=limit,
            offset=offset,
            past_period=past_period,
            subject_id=subject_id,
            brand_name=brand_name,
            tag_id=tag_id,
            nm_ids=nm_ids,
            include_substituted_sk_us=include_substituted_sk_us,
            include_search_texts=include_search_texts,
        )

        search_report_table_details_request.additional_properties = d
        return search_report_table_details_request

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
from ..models.search_report_table_details_request_current_period import SearchReportTableDetailsRequestCurrentPeriod
from ..models.search_report_table_details_request_order_by import SearchReportTableDetailsRequestOrderBy
from ..models.search_report_table_details_request_past_period import SearchReportTableDetailsRequestPastPeriod
