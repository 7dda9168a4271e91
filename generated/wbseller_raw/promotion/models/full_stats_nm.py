from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FullStatsNm")


@_attrs_define
class FullStatsNm:
    """
    Attributes:
        atbs (int | Unset):
        canceled (int | Unset):
        clicks (int | Unset):
        cpc (float | Unset):
        cr (float | Unset):
        ctr (float | Unset):
        name (str | Unset):
        nm_id (int | Unset):
        orders (int | Unset):
        shks (int | Unset):
        sum_ (float | Unset):
        sum_price (float | Unset):
        views (int | Unset):
    """

    atbs: int | Unset = UNSET
    canceled: int | Unset = UNSET
    clicks: int | Unset = UNSET
    cpc: float | Unset = UNSET
    cr: float | Unset = UNSET
    ctr: float | Unset = UNSET
    name: str | Unset = UNSET
    nm_id: int | Unset = UNSET
    orders: int | Unset = UNSET
    shks: int | Unset = UNSET
    sum_: float | Unset = UNSET
    sum_price: float | Unset = UNSET
    views: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        atbs = self.atbs

        canceled = self.canceled

        clicks = self.clicks

        cpc = self.cpc

        cr = self.cr

        ctr = self.ctr

        name = self.name

        nm_id = self.nm_id

        orders = self.orders

        shks = self.shks

        sum_ = self.sum_

        sum_price = self.sum_price

        views = self.views

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if atbs is not UNSET:
            field_dict["atbs"] = atbs
        if canceled is not UNSET:
            field_dict["canceled"] = canceled
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if cpc is not UNSET:
            field_dict["cpc"] = cpc
        if cr is not UNSET:
            field_dict["cr"] = cr
        if ctr is not UNSET:
            field_dict["ctr"] = ctr
        if name is not UNSET:
            field_dict["name"] = name
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if orders is not UNSET:
            field_dict["orders"] = orders
        if shks is not UNSET:
            field_dict["shks"] = shks
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if sum_price is not UNSET:
            field_dict["sum_price"] = sum_price
        if views is not UNSET:
            field_dict["views"] = views

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        atbs = d.pop("atbs", UNSET)

        canceled = d.pop("canceled", UNSET)

        clicks = d.pop("clicks", UNSET)

        cpc = d.pop("cpc", UNSET)

        cr = d.pop("cr", UNSET)

        ctr = d.pop("ctr", UNSET)

        name = d.pop("name", UNSET)

        nm_id = d.pop("nmId", UNSET)

        orders = d.pop("orders", UNSET)

        shks = d.pop("shks", UNSET)

        sum_ = d.pop("sum", UNSET)

        sum_price = d.pop("sum_price", UNSET)

        views = d.pop("views", UNSET)

        full_stats_nm = cls(
            atbs=atbs,
            canceled=canceled,
            clicks=clicks,
            cpc=cpc,
            cr=cr,
            ctr=ctr,
            name=name,
            nm_id=nm_id,
            orders=orders,
            shks=shks,
            sum_=sum_,
            sum_price=sum_price,
            views=views,
        )

        full_stats_nm.additional_properties = d
        return full_stats_nm

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
