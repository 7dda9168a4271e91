from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionsListResponseDataQuestionsItemProductDetails")


@_attrs_define
class QuestionsListResponseDataQuestionsItemProductDetails:
    """
    Attributes:
        nm_id (int | Unset):
        imt_id (int | Unset):
        product_name (str | Unset):
        supplier_article (str | Unset):
        supplier_name (str | Unset):
        brand_name (str | Unset):
    """

    nm_id: int | Unset = UNSET
    imt_id: int | Unset = UNSET
    product_name: str | Unset = UNSET
    supplier_article: str | Unset = UNSET
    supplier_name: str | Unset = UNSET
    brand_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        imt_id = self.imt_id

        product_name = self.product_name

        supplier_article = self.supplier_article

        supplier_name = self.supplier_name

        brand_name = self.brand_name

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_id = d.pop("nmId", UNSET)

        imt_id = d.pop("imtId", UNSET)

        product_name = d.pop("productName", UNSET)

        supplier_article = d.pop("supplierArticle", UNSET)

        supplier_name = d.pop("supplierName", UNSET)

        brand_name = d.pop("brandName", UNSET)

        questions_list_response_data_questions_item_product_details = cls(
            nm_id=nm_id,
            imt_id=imt_id,
            product_name=product_name,
            supplier_article=supplier_article,
            supplier_name=supplier_name,
            brand_name=brand_name,
        )

        questions_list_response_data_questions_item_product_details.additional_properties = d
        return questions_list_response_data_questions_item_product_details

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
