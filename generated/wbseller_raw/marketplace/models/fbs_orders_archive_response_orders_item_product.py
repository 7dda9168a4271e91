from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FbsOrdersArchiveResponseOrdersItemProduct")


@_attrs_define
class FbsOrdersArchiveResponseOrdersItemProduct:
    """
    Attributes:
        article (str | Unset):  Example: wv1702fyjh.
        chrt_id (int | Unset):  Example: 12345678.
        nm_id (int | Unset):  Example: 370870300.
        skus (list[str] | Unset):
    """

    article: str | Unset = UNSET
    chrt_id: int | Unset = UNSET
    nm_id: int | Unset = UNSET
    skus: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article = self.article

        chrt_id = self.chrt_id

        nm_id = self.nm_id

        skus: list[str] | Unset = UNSET
        if not isinstance(self.skus, Unset):
            skus = self.skus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if article is not UNSET:
            field_dict["article"] = article
        if chrt_id is not UNSET:
            field_dict["chrtId"] = chrt_id
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if skus is not UNSET:
            field_dict["skus"] = skus

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        article = d.pop("article", UNSET)

        chrt_id = d.pop("chrtId", UNSET)

        nm_id = d.pop("nmId", UNSET)

        skus = cast(list[str], d.pop("skus", UNSET))

        fbs_orders_archive_response_orders_item_product = cls(
            article=article,
            chrt_id=chrt_id,
            nm_id=nm_id,
            skus=skus,
        )

        fbs_orders_archive_response_orders_item_product.additional_properties = d
        return fbs_orders_archive_response_orders_item_product

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
