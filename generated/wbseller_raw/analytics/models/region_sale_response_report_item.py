from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegionSaleResponseReportItem")


@_attrs_define
class RegionSaleResponseReportItem:
    """
    Attributes:
        city_name (str | Unset):
        country_name (str | Unset):
        fo_name (str | Unset):
        nm_id (int | Unset):  Example: 177974431.
        region_name (str | Unset):
        sa (str | Unset):  Example: 112233445566778899.
        sale_invoice_cost_price (float | Unset):  Example: 592.11.
        sale_invoice_cost_price_perc (float | Unset):  Example: 43.0547333297454.
        sale_item_invoice_qty (int | Unset):  Example: 4.
    """

    city_name: str | Unset = UNSET
    country_name: str | Unset = UNSET
    fo_name: str | Unset = UNSET
    nm_id: int | Unset = UNSET
    region_name: str | Unset = UNSET
    sa: str | Unset = UNSET
    sale_invoice_cost_price: float | Unset = UNSET
    sale_invoice_cost_price_perc: float | Unset = UNSET
    sale_item_invoice_qty: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city_name = self.city_name

        country_name = self.country_name

        fo_name = self.fo_name

        nm_id = self.nm_id

        region_name = self.region_name

        sa = self.sa

        sale_invoice_cost_price = self.sale_invoice_cost_price

        sale_invoice_cost_price_perc = self.sale_invoice_cost_price_perc

        sale_item_invoice_qty = self.sale_item_invoice_qty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city_name is not UNSET:
            field_dict["cityName"] = city_name
        if country_name is not UNSET:
            field_dict["countryName"] = country_name
        if fo_name is not UNSET:
            field_dict["foName"] = fo_name
        if nm_id is not UNSET:
            field_dict["nmID"] = nm_id
        if region_name is not UNSET:
            field_dict["regionName"] = region_name
        if sa is not UNSET:
            field_dict["sa"] = sa
        if sale_invoice_cost_price is not UNSET:
            field_dict["saleInvoiceCostPrice"] = sale_invoice_cost_price
        if sale_invoice_cost_price_perc is not UNSET:
            field_dict["saleInvoiceCostPricePerc"] = sale_invoice_cost_price_perc
        if sale_item_invoice_qty is not UNSET:
            field_dict["saleItemInvoiceQty"] = sale_item_invoice_qty

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        city_name = d.pop("cityName", UNSET)

        country_name = d.pop("countryName", UNSET)

        fo_name = d.pop("foName", UNSET)

        nm_id = d.pop("nmID", UNSET)

        region_name = d.pop("regionName", UNSET)

        sa = d.pop("sa", UNSET)

        sale_invoice_cost_price = d.pop("saleInvoiceCostPrice", UNSET)

        sale_invoice_cost_price_perc = d.pop("saleInvoiceCostPricePerc", UNSET)

        sale_item_invoice_qty = d.pop("saleItemInvoiceQty", UNSET)

        region_sale_response_report_item = cls(
            city_name=city_name,
            country_name=country_name,
            fo_name=fo_name,
            nm_id=nm_id,
            region_name=region_name,
            sa=sa,
            sale_invoice_cost_price=sale_invoice_cost_price,
            sale_invoice_cost_price_perc=sale_invoice_cost_price_perc,
            sale_item_invoice_qty=sale_item_invoice_qty,
        )

        region_sale_response_report_item.additional_properties = d
        return region_sale_response_report_item

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
