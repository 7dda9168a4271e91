from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sales_funnel_products_response_data_products_item_statistic_comparison import (
        SalesFunnelProductsResponseDataProductsItemStatisticComparison,
    )
    from ..models.sales_funnel_products_response_data_products_item_statistic_past import (
        SalesFunnelProductsResponseDataProductsItemStatisticPast,
    )
    from ..models.sales_funnel_products_response_data_products_item_statistic_selected import (
        SalesFunnelProductsResponseDataProductsItemStatisticSelected,
    )


T = TypeVar("T", bound="SalesFunnelProductsResponseDataProductsItemStatistic")


@_attrs_define
class SalesFunnelProductsResponseDataProductsItemStatistic:
    """
    Attributes:
        selected (SalesFunnelProductsResponseDataProductsItemStatisticSelected | Unset):
        past (SalesFunnelProductsResponseDataProductsItemStatisticPast | Unset):
        comparison (SalesFunnelProductsResponseDataProductsItemStatisticComparison | Unset):
    """

    selected: SalesFunnelProductsResponseDataProductsItemStatisticSelected | Unset = (
        UNSET
    )
    past: SalesFunnelProductsResponseDataProductsItemStatisticPast | Unset = UNSET
    comparison: (
        SalesFunnelProductsResponseDataProductsItemStatisticComparison | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selected: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selected, Unset):
            selected = self.selected.to_dict()

        past: dict[str, Any] | Unset = UNSET
        if not isinstance(self.past, Unset):
            past = self.past.to_dict()

        comparison: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comparison, Unset):
            comparison = self.comparison.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if selected is not UNSET:
            field_dict["selected"] = selected
        if past is not UNSET:
            field_dict["past"] = past
        if comparison is not UNSET:
            field_dict["comparison"] = comparison

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _selected = d.pop("selected", UNSET)
        selected: SalesFunnelProductsResponseDataProductsItemStatisticSelected | Unset
        if isinstance(_selected, Unset):
            selected = UNSET
        else:
            selected = (
                SalesFunnelProductsResponseDataProductsItemStatisticSelected.from_dict(
                    _selected
                )
            )

        _past = d.pop("past", UNSET)
        past: SalesFunnelProductsResponseDataProductsItemStatisticPast | Unset
        if isinstance(_past, Unset):
            past = UNSET
        else:
            past = SalesFunnelProductsResponseDataProductsItemStatisticPast.from_dict(
                _past
            )

        _comparison = d.pop("comparison", UNSET)
        comparison: (
            SalesFunnelProductsResponseDataProductsItemStatisticComparison | Unset
        )
        if isinstance(_comparison, Unset):
            comparison = UNSET
        else:
            comparison = SalesFunnelProductsResponseDataProductsItemStatisticComparison.from_dict(
                _comparison
            )

        sales_funnel_products_response_data_products_item_statistic = cls(
            selected=selected,
            past=past,
            comparison=comparison,
        )

        sales_funnel_products_response_data_products_item_statistic.additional_properties = d
        return sales_funnel_products_response_data_products_item_statistic

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
from ..models.sales_funnel_products_response_data_products_item_statistic_comparison import SalesFunnelProductsResponseDataProductsItemStatisticComparison
from ..models.sales_funnel_products_response_data_products_item_statistic_past import SalesFunnelProductsResponseDataProductsItemStatisticPast
from ..models.sales_funnel_products_response_data_products_item_statistic_selected import SalesFunnelProductsResponseDataProductsItemStatisticSelected
