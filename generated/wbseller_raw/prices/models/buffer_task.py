from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BufferTask")


@_attrs_define
class BufferTask:
    """An upload still being processed.

    Attributes:
        upload_id (int | Unset): Upload ID.
        status (int | Unset): Upload status; 1 — being processed (e.g. waiting for the promo start).
        upload_date (str | Unset): Date and time the upload was created.
        activation_date (str | Unset): Date and time the prices and discounts take effect.
        over_all_goods_number (int | Unset): Number of products in the upload.
        success_goods_number (int | Unset): Number of products processed without errors so far.
    """

    upload_id: int | Unset = UNSET
    status: int | Unset = UNSET
    upload_date: str | Unset = UNSET
    activation_date: str | Unset = UNSET
    over_all_goods_number: int | Unset = UNSET
    success_goods_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        status = self.status

        upload_date = self.upload_date

        activation_date = self.activation_date

        over_all_goods_number = self.over_all_goods_number

        success_goods_number = self.success_goods_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upload_id is not UNSET:
            field_dict["uploadID"] = upload_id
        if status is not UNSET:
            field_dict["status"] = status
        if upload_date is not UNSET:
            field_dict["uploadDate"] = upload_date
        if activation_date is not UNSET:
            field_dict["activationDate"] = activation_date
        if over_all_goods_number is not UNSET:
            field_dict["overAllGoodsNumber"] = over_all_goods_number
        if success_goods_number is not UNSET:
            field_dict["successGoodsNumber"] = success_goods_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        upload_id = d.pop("uploadID", UNSET)

        status = d.pop("status", UNSET)

        upload_date = d.pop("uploadDate", UNSET)

        activation_date = d.pop("activationDate", UNSET)

        over_all_goods_number = d.pop("overAllGoodsNumber", UNSET)

        success_goods_number = d.pop("successGoodsNumber", UNSET)

        buffer_task = cls(
            upload_id=upload_id,
            status=status,
            upload_date=upload_date,
            activation_date=activation_date,
            over_all_goods_number=over_all_goods_number,
            success_goods_number=success_goods_number,
        )

        buffer_task.additional_properties = d
        return buffer_task

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
