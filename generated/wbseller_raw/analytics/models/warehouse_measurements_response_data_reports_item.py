from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WarehouseMeasurementsResponseDataReportsItem")


@_attrs_define
class WarehouseMeasurementsResponseDataReportsItem:
    """
    Attributes:
        nm_id (int | Unset):  Example: 123456789.
        subject_name (str | Unset):
        dim_id (int | Unset):  Example: 123456789.
        volume (float | Unset):
        width (int | Unset):  Example: 66.
        length (int | Unset):  Example: 54.
        height (int | Unset):  Example: 11.
        photo_urls (list[str] | Unset):
        dt (str | Unset):  Example: 2025-04-01T00:06:00Z.
    """

    nm_id: int | Unset = UNSET
    subject_name: str | Unset = UNSET
    dim_id: int | Unset = UNSET
    volume: float | Unset = UNSET
    width: int | Unset = UNSET
    length: int | Unset = UNSET
    height: int | Unset = UNSET
    photo_urls: list[str] | Unset = UNSET
    dt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        subject_name = self.subject_name

        dim_id = self.dim_id

        volume = self.volume

        width = self.width

        length = self.length

        height = self.height

        photo_urls: list[str] | Unset = UNSET
        if not isinstance(self.photo_urls, Unset):
            photo_urls = self.photo_urls

        dt = self.dt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name
        if dim_id is not UNSET:
            field_dict["dimId"] = dim_id
        if volume is not UNSET:
            field_dict["volume"] = volume
        if width is not UNSET:
            field_dict["width"] = width
        if length is not UNSET:
            field_dict["length"] = length
        if height is not UNSET:
            field_dict["height"] = height
        if photo_urls is not UNSET:
            field_dict["photoUrls"] = photo_urls
        if dt is not UNSET:
            field_dict["dt"] = dt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_id = d.pop("nmId", UNSET)

        subject_name = d.pop("subjectName", UNSET)

        dim_id = d.pop("dimId", UNSET)

        volume = d.pop("volume", UNSET)

        width = d.pop("width", UNSET)

        length = d.pop("length", UNSET)

        height = d.pop("height", UNSET)

        photo_urls = cast(list[str], d.pop("photoUrls", UNSET))

        dt = d.pop("dt", UNSET)

        warehouse_measurements_response_data_reports_item = cls(
            nm_id=nm_id,
            subject_name=subject_name,
            dim_id=dim_id,
            volume=volume,
            width=width,
            length=length,
            height=height,
            photo_urls=photo_urls,
            dt=dt,
        )

        warehouse_measurements_response_data_reports_item.additional_properties = d
        return warehouse_measurements_response_data_reports_item

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
