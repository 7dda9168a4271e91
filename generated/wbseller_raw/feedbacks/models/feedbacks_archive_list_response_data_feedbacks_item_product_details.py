from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeedbacksArchiveListResponseDataFeedbacksItemProductDetails")


@_attrs_define
class FeedbacksArchiveListResponseDataFeedbacksItemProductDetails:
    """
    Attributes:
        nm_id (int | Unset):
        imt_id (int | Unset):
        product_name (str | Unset):
        supplier_article (None | str | Unset):
        supplier_name (None | str | Unset):
        brand_name (None | str | Unset):
        size (str | Unset):
    """

    nm_id: int | Unset = UNSET
    imt_id: int | Unset = UNSET
    product_name: str | Unset = UNSET
    supplier_article: None | str | Unset = UNSET
    supplier_name: None | str | Unset = UNSET
    brand_name: None | str | Unset = UNSET
    size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        imt_id = self.imt_id

        product_name = self.product_name

        supplier_article: None | str | Unset
        if isinstance(self.supplier_article, Unset):
            supplier_article = UNSET
        else:
            supplier_article = self.supplier_article

        supplier_name: None | str | Unset
        if isinstance(self.supplier_name, Unset):
            supplier_name = UNSET
        else:
            supplier_name = self.supplier_name

        brand_name: None | str | Unset
        if isinstance(self.brand_name, Unset):
            brand_name = UNSET
        else:
            brand_name = self.brand_name

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if imt_id is not UNSET:
            field_dict["imtId"] = imt_id
        if product_name is not UNSET:
            field_dict["productName"] = product_name
        if supplier_article is not UNSET:
            field_dict["supplierArticle"] = supplier_article
        if supplier_name is not UNSET:
            field_dict["supplierName"] = supplier_name
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_id = d.pop("nmId", UNSET)

        imt_id = d.pop("imtId", UNSET)

        product_name = d.pop("productName", UNSET)

        def _parse_supplier_article(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_article = _parse_supplier_article(d.pop("supplierArticle", UNSET))

        def _parse_supplier_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_name = _parse_supplier_name(d.pop("supplierName", UNSET))

        def _parse_brand_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_name = _parse_brand_name(d.pop("brandName", UNSET))

        size = d.pop("size", UNSET)

        feedbacks_archive_list_response_data_feedbacks_item_product_details = cls(
            nm_id=nm_id,
            imt_id=imt_id,
            product_name=product_name,
            supplier_article=supplier_article,
            supplier_name=supplier_name,
            brand_name=brand_name,
            size=size,
        )

        feedbacks_archive_list_response_data_feedbacks_item_product_details.additional_properties = d
        return feedbacks_archive_list_response_data_feedbacks_item_product_details

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
