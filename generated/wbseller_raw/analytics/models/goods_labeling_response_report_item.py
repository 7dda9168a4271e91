from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoodsLabelingResponseReportItem")


@_attrs_define
class GoodsLabelingResponseReportItem:
    """
    Attributes:
        amount (float | Unset):
        date (str | Unset):
        income_id (int | Unset):
        nm_id (int | Unset):
        photo_urls (list[str] | Unset):
        shk_id (int | Unset):
        sku (str | Unset):
    """

    amount: float | Unset = UNSET
    date: str | Unset = UNSET
    income_id: int | Unset = UNSET
    nm_id: int | Unset = UNSET
    photo_urls: list[str] | Unset = UNSET
    shk_id: int | Unset = UNSET
    sku: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        date = self.date

        income_id = self.income_id

        nm_id = self.nm_id

        photo_urls: list[str] | Unset = UNSET
        if not isinstance(self.photo_urls, Unset):
            photo_urls = self.photo_urls

        shk_id = self.shk_id

        sku = self.sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if date is not UNSET:
            field_dict["date"] = date
        if income_id is not UNSET:
            field_dict["incomeId"] = income_id
        if nm_id is not UNSET:
            field_dict["nmID"] = nm_id
        if photo_urls is not UNSET:
            field_dict["photoUrls"] = photo_urls
        if shk_id is not UNSET:
            field_dict["shkID"] = shk_id
        if sku is not UNSET:
            field_dict["sku"] = sku

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        date = d.pop("date", UNSET)

        income_id = d.pop("incomeId", UNSET)

        nm_id = d.pop("nmID", UNSET)

        photo_urls = cast(list[str], d.pop("photoUrls", UNSET))

        shk_id = d.pop("shkID", UNSET)

        sku = d.pop("sku", UNSET)

        goods_labeling_response_report_item = cls(
            amount=amount,
            date=date,
            income_id=income_id,
            nm_id=nm_id,
            photo_urls=photo_urls,
            shk_id=shk_id,
            sku=sku,
        )

        goods_labeling_response_report_item.additional_properties = d
        return goods_labeling_response_report_item

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
