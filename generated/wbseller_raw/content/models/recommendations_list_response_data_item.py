from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecommendationsListResponseDataItem")


@_attrs_define
class RecommendationsListResponseDataItem:
    """
    Attributes:
        nm_id (int | Unset):  Example: 5870243.
        imt_id (int | Unset):  Example: 619043112.
        vendor_code (str | Unset):  Example: 41058/transparent.
        brand_name (str | Unset):  Example: Comma.
        updated_at (None | str | Unset):  Example: 2025-11-13T12:56:15.778591Z.
        pics_count (int | Unset):  Example: 4.
        title (str | Unset):  Example: Transparent phone case.
        subject_name (str | Unset):  Example: Phone cases.
        pic (str | Unset):
        recom_count (int | Unset):  Example: 2.
        recom_pics (list[str] | Unset):
        recom_nms (list[int] | Unset):
    """

    nm_id: int | Unset = UNSET
    imt_id: int | Unset = UNSET
    vendor_code: str | Unset = UNSET
    brand_name: str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    pics_count: int | Unset = UNSET
    title: str | Unset = UNSET
    subject_name: str | Unset = UNSET
    pic: str | Unset = UNSET
    recom_count: int | Unset = UNSET
    recom_pics: list[str] | Unset = UNSET
    recom_nms: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        imt_id = self.imt_id

        vendor_code = self.vendor_code

        brand_name = self.brand_name

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        pics_count = self.pics_count

        title = self.title

        subject_name = self.subject_name

        pic = self.pic

        recom_count = self.recom_count

        recom_pics: list[str] | Unset = UNSET
        if not isinstance(self.recom_pics, Unset):
            recom_pics = self.recom_pics

        recom_nms: list[int] | Unset = UNSET
        if not isinstance(self.recom_nms, Unset):
            recom_nms = self.recom_nms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if imt_id is not UNSET:
            field_dict["imtId"] = imt_id
        if vendor_code is not UNSET:
            field_dict["vendorCode"] = vendor_code
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if pics_count is not UNSET:
            field_dict["picsCount"] = pics_count
        if title is not UNSET:
            field_dict["title"] = title
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name
        if pic is not UNSET:
            field_dict["pic"] = pic
        if recom_count is not UNSET:
            field_dict["recomCount"] = recom_count
        if recom_pics is not UNSET:
            field_dict["recomPics"] = recom_pics
        if recom_nms is not UNSET:
            field_dict["recomNms"] = recom_nms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_id = d.pop("nmId", UNSET)

        imt_id = d.pop("imtId", UNSET)

        vendor_code = d.pop("vendorCode", UNSET)

        brand_name = d.pop("brandName", UNSET)

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        pics_count = d.pop("picsCount", UNSET)

        title = d.pop("title", UNSET)

        subject_name = d.pop("subjectName", UNSET)

        pic = d.pop("pic", UNSET)

        recom_count = d.pop("recomCount", UNSET)

        recom_pics = cast(list[str], d.pop("recomPics", UNSET))

        recom_nms = cast(list[int], d.pop("recomNms", UNSET))

        recommendations_list_response_data_item = cls(
            nm_id=nm_id,
            imt_id=imt_id,
            vendor_code=vendor_code,
            brand_name=brand_name,
            updated_at=updated_at,
            pics_count=pics_count,
            title=title,
            subject_name=subject_name,
            pic=pic,
            recom_count=recom_count,
            recom_pics=recom_pics,
            recom_nms=recom_nms,
        )

        recommendations_list_response_data_item.additional_properties = d
        return recommendations_list_response_data_item

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
