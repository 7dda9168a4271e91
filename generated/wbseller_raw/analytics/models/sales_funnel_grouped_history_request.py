from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_funnel_grouped_history_request_aggregation_level import (
    SalesFunnelGroupedHistoryRequestAggregationLevel,
    check_sales_funnel_grouped_history_request_aggregation_level,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sales_funnel_grouped_history_request_selected_period import (
        SalesFunnelGroupedHistoryRequestSelectedPeriod,
    )


T = TypeVar("T", bound="SalesFunnelGroupedHistoryRequest")


@_attrs_define
class SalesFunnelGroupedHistoryRequest:
    """
    Attributes:
        selected_period (SalesFunnelGroupedHistoryRequestSelectedPeriod):
        brand_names (list[str] | Unset):
        subject_ids (list[int] | Unset):
        tag_ids (list[int] | Unset):
        skip_deleted_nm (bool | Unset):  Example: False.
        aggregation_level (SalesFunnelGroupedHistoryRequestAggregationLevel | Unset):  Default: 'day'. Example: day.
    """

    selected_period: SalesFunnelGroupedHistoryRequestSelectedPeriod
    brand_names: list[str] | Unset = UNSET
    subject_ids: list[int] | Unset = UNSET
    tag_ids: list[int] | Unset = UNSET
    skip_deleted_nm: bool | Unset = UNSET
    aggregation_level: SalesFunnelGroupedHistoryRequestAggregationLevel | Unset = "day"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selected_period = self.selected_period.to_dict()

        brand_names: list[str] | Unset = UNSET
        if not isinstance(self.brand_names, Unset):
            brand_names = self.brand_names

        subject_ids: list[int] | Unset = UNSET
        if not isinstance(self.subject_ids, Unset):
            subject_ids = self.subject_ids

        tag_ids: list[int] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        skip_deleted_nm = self.skip_deleted_nm

        aggregation_level: str | Unset = UNSET
        if not isinstance(self.aggregation_level, Unset):
            aggregation_level = self.aggregation_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "selectedPeriod": selected_period,
            }
        )
        if brand_names is not UNSET:
            field_dict["brandNames"] = brand_names
        if subject_ids is not UNSET:
            field_dict["subjectIds"] = subject_ids
        if tag_ids is not UNSET:
            field_dict["tagIds"] = tag_ids
        if skip_deleted_nm is not UNSET:
            field_dict["skipDeletedNm"] = skip_deleted_nm
        if aggregation_level is not UNSET:
            field_dict["aggregationLevel"] = aggregation_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        selected_period = SalesFunnelGroupedHistoryRequestSelectedPeriod.from_dict(
            d.pop("selectedPeriod")
        )

        brand_names = cast(list[str], d.pop("brandNames", UNSET))

        subject_ids = cast(list[int], d.pop("subjectIds", UNSET))

        tag_ids = cast(list[int], d.pop("tagIds", UNSET))

        skip_deleted_nm = d.pop("skipDeletedNm", UNSET)

        _aggregation_level = d.pop("aggregationLevel", UNSET)
        aggregation_level: SalesFunnelGroupedHistoryRequestAggregationLevel | Unset
        if isinstance(_aggregation_level, Unset):
            aggregation_level = UNSET
        else:
            aggregation_level = (
                check_sales_funnel_grouped_history_request_aggregation_level(
                    _aggregation_level
                )
            )

        sales_funnel_grouped_history_request = cls(
            selected_period=selected_period,
            brand_names=brand_names,
            subject_ids=subject_ids,
            tag_ids=tag_ids,
            skip_deleted_nm=skip_deleted_nm,
            aggregation_level=aggregation_level,
        )

        sales_funnel_grouped_history_request.additional_properties = d
        return sales_funnel_grouped_history_request

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
from ..models.sales_funnel_grouped_history_request_selected_period import SalesFunnelGroupedHistoryRequestSelectedPeriod
