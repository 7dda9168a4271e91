from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sales_funnel_products_request_order_by import (
        SalesFunnelProductsRequestOrderBy,
    )
    from ..models.sales_funnel_products_request_past_period import (
        SalesFunnelProductsRequestPastPeriod,
    )
    from ..models.sales_funnel_products_request_selected_period import (
        SalesFunnelProductsRequestSelectedPeriod,
    )


T = TypeVar("T", bound="SalesFunnelProductsRequest")


@_attrs_define
class SalesFunnelProductsRequest:
    """
    Attributes:
        selected_period (SalesFunnelProductsRequestSelectedPeriod):
        past_period (SalesFunnelProductsRequestPastPeriod | Unset):
        nm_ids (list[int] | Unset):
        brand_names (list[str] | Unset):
        subject_ids (list[int] | Unset):
        tag_ids (list[int] | Unset):
        skip_deleted_nm (bool | Unset):  Example: False.
        order_by (SalesFunnelProductsRequestOrderBy | Unset):
        limit (int | Unset):  Default: 50. Example: 231.
        offset (int | Unset):  Default: 0. Example: 10.
    """

    selected_period: SalesFunnelProductsRequestSelectedPeriod
    past_period: SalesFunnelProductsRequestPastPeriod | Unset = UNSET
    nm_ids: list[int] | Unset = UNSET
    brand_names: list[str] | Unset = UNSET
    subject_ids: list[int] | Unset = UNSET
    tag_ids: list[int] | Unset = UNSET
    skip_deleted_nm: bool | Unset = UNSET
    order_by: SalesFunnelProductsRequestOrderBy | Unset = UNSET
    limit: int | Unset = 50
    offset: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selected_period = self.selected_period.to_dict()

        past_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.past_period, Unset):
            past_period = self.past_period.to_dict()

        nm_ids: list[int] | Unset = UNSET
        if not isinstance(self.nm_ids, Unset):
            nm_ids = self.nm_ids

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

        order_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by.to_dict()

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "selectedPeriod": selected_period,
            }
        )
        if past_period is not UNSET:
            field_dict["pastPeriod"] = past_period
        if nm_ids is not UNSET:
            field_dict["nmIds"] = nm_ids
        if brand_names is not UNSET:
            field_dict["brandNames"] = brand_names
        if subject_ids is not UNSET:
            field_dict["subjectIds"] = subject_ids
        if tag_ids is not UNSET:
            field_dict["tagIds"] = tag_ids
        if skip_deleted_nm is not UNSET:
            field_dict["skipDeletedNm"] = skip_deleted_nm
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        selected_period = SalesFunnelProductsRequestSelectedPeriod.from_dict(
            d.pop("selectedPeriod")
        )

        _past_period = d.pop("pastPeriod", UNSET)
        past_period: SalesFunnelProductsRequestPastPeriod | Unset
        if isinstance(_past_period, Unset):
            past_period = UNSET
        else:
            past_period = SalesFunnelProductsRequestPastPeriod.from_dict(_past_period)

        nm_ids = cast(list[int], d.pop("nmIds", UNSET))

        brand_names = cast(list[str], d.pop("brandNames", UNSET))

        subject_ids = cast(list[int], d.pop("subjectIds", UNSET))

        tag_ids = cast(list[int], d.pop("tagIds", UNSET))

        skip_deleted_nm = d.pop("skipDeletedNm", UNSET)

        _order_by = d.pop("orderBy", UNSET)
        order_by: SalesFunnelProductsRequestOrderBy | Unset
        if isinstance(_order_by, Unset):
            order_by = UNSET
        else:
            order_by = SalesFunnelProductsRequestOrderBy.from_dict(_order_by)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        sales_funnel_products_request = cls(
            selected_period=selected_period,
            past_period=past_period,
            nm_ids=nm_ids,
            brand_names=brand_names,
            subject_ids=subject_ids,
            tag_ids=tag_ids,
            skip_deleted_nm=skip_deleted_nm,
            order_by=order_by,
            limit=limit,
            offset=offset,
        )

        sales_funnel_products_request.additional_properties = d
        return sales_funnel_products_request

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
from ..models.sales_funnel_products_request_order_by import SalesFunnelProductsRequestOrderBy
from ..models.sales_funnel_products_request_past_period import SalesFunnelProductsRequestPastPeriod
from ..models.sales_funnel_products_request_selected_period import SalesFunnelProductsRequestSelectedPeriod
