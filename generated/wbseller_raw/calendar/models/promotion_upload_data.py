from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionUploadData")


@_attrs_define
class PromotionUploadData:
    """The upload of products into a promotion.

    Attributes:
        promotion_id (int): Promotion ID.
        nomenclatures (list[int]): WB articles (nmID) to add to the promotion.
        upload_now (bool | Unset): Apply the upload immediately (true) or, presumably, when the promotion starts
            (false).
    """

    promotion_id: int
    nomenclatures: list[int]
    upload_now: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        promotion_id = self.promotion_id

        nomenclatures = self.nomenclatures

        upload_now = self.upload_now

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "promotionID": promotion_id,
                "nomenclatures": nomenclatures,
            }
        )
        if upload_now is not UNSET:
            field_dict["uploadNow"] = upload_now

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        promotion_id = d.pop("promotionID")

        nomenclatures = cast(list[int], d.pop("nomenclatures"))

        upload_now = d.pop("uploadNow", UNSET)

        promotion_upload_data = cls(
            promotion_id=promotion_id,
            nomenclatures=nomenclatures,
            upload_now=upload_now,
        )

        promotion_upload_data.additional_properties = d
        return promotion_upload_data

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
