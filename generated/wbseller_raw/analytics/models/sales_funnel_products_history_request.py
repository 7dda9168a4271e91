from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_funnel_products_history_request_aggregation_level import (
    SalesFunnelProductsHistoryRequestAggregationLevel,
    check_sales_funnel_products_history_request_aggregation_level,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sales_funnel_products_history_request_selected_period import (
        SalesFunnelProductsHistoryRequestSelectedPeriod,
    )


T = TypeVar("T", bound="SalesFunnelProductsHistoryRequest")


@_attrs_define
class SalesFunnelProductsHistoryRequest:
    """
    Attributes:
        selected_period (SalesFunnelProductsHistoryRequestSelectedPeriod):
        nm_ids (list[int]):
        skip_deleted_nm (bool | Unset):
        aggregation_level (SalesFunnelProductsHistoryRequestAggregationLevel | Unset):  Default: 'day'. Example: day.
    """

    selected_period: SalesFunnelProductsHistoryRequestSelectedPeriod
    nm_ids: list[int]
    skip_deleted_nm: bool | Unset = UNSET
    aggregation_level: SalesFunnelProductsHistoryRequestAggregationLevel | Unset = "day"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selected_period = self.selected_period.to_dict()

        nm_ids = self.nm_ids

        skip_deleted_nm = self.skip_deleted_nm

        aggregation_level: str | Unset = UNSET
        if not isinstance(self.aggregation_level, Unset):
            aggregation_level = self.aggregation_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "selectedPeriod": selected_period,
                "nmIds": nm_ids,
            }
        )
        if skip_deleted_nm is not UNSET:
            field_dict["skipDeletedNm"] = skip_deleted_nm
        if aggregation_level is not UNSET:
            field_dict["aggregationLevel"] = aggregation_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        selected_period = SalesFunnelProductsHistoryRequestSelectedPeriod.from_dict(
            d.pop("selectedPeriod")
        )

        nm_ids = cast(list[int], d.pop("nmIds"))

        skip_deleted_nm = d.pop("skipDeletedNm", UNSET)

        _aggregation_level = d.pop("aggregationLevel", UNSET)
        aggregation_level: SalesFunnelProductsHistoryRequestAggregationLevel | Unset
        if isinstance(_aggregation_level, Unset):
            aggregation_level = UNSET
        else:
            aggregation_level = (
                check_sales_funnel_products_history_request_aggregation_level(
                    _aggregation_level
                )
            )

        sales_funnel_products_history_request = cls(
            selected_period=selected_period,
            nm_ids=nm_ids,
            skip_deleted_nm=skip_deleted_nm,
            aggregation_level=aggregation_level,
        )

        sales_funnel_products_history_request.additional_properties = d
        return sales_funnel_products_history_request

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
from ..models.sales_funnel_products_history_request_selected_period import SalesFunnelProductsHistoryRequestSelectedPeriod
