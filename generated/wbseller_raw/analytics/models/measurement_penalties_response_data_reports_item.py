from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeasurementPenaltiesResponseDataReportsItem")


@_attrs_define
class MeasurementPenaltiesResponseDataReportsItem:
    """
    Attributes:
        nm_id (int | Unset):  Example: 123456789.
        subject_name (str | Unset):
        dim_id (int | Unset):  Example: 123456789.
        prc_over (float | Unset):  Example: 130.71.
        volume (float | Unset):  Example: 6.47.
        width (int | Unset):  Example: 7.
        length (int | Unset):  Example: 28.
        height (int | Unset):  Example: 33.
        volume_sup (float | Unset):  Example: 4.95.
        width_sup (int | Unset):  Example: 8.
        length_sup (int | Unset):  Example: 33.
        height_sup (int | Unset):  Example: 33.
        photo_urls (list[str] | Unset):
        dt_bonus (str | Unset):  Example: 2025-06-02T00:00:00Z.
        is_valid (bool | Unset):  Example: True.
        is_valid_dt (str | Unset):  Example: 2025-05-29T13:35:57Z.
        reversal_amount (float | Unset):  Example: 0.
        penalty_amount (float | Unset):  Example: 449.83.
    """

    nm_id: int | Unset = UNSET
    subject_name: str | Unset = UNSET
    dim_id: int | Unset = UNSET
    prc_over: float | Unset = UNSET
    volume: float | Unset = UNSET
    width: int | Unset = UNSET
    length: int | Unset = UNSET
    height: int | Unset = UNSET
    volume_sup: float | Unset = UNSET
    width_sup: int | Unset = UNSET
    length_sup: int | Unset = UNSET
    height_sup: int | Unset = UNSET
    photo_urls: list[str] | Unset = UNSET
    dt_bonus: str | Unset = UNSET
    is_valid: bool | Unset = UNSET
    is_valid_dt: str | Unset = UNSET
    reversal_amount: float | Unset = UNSET
    penalty_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        subject_name = self.subject_name

        dim_id = self.dim_id

        prc_over = self.prc_over

        volume = self.volume

        width = self.width

        length = self.length

        height = self.height

        volume_sup = self.volume_sup

        width_sup = self.width_sup

        length_sup = self.length_sup

        height_sup = self.height_sup

        photo_urls: list[str] | Unset = UNSET
        if not isinstance(self.photo_urls, Unset):
            photo_urls = self.photo_urls

        dt_bonus = self.dt_bonus

        is_valid = self.is_valid

        is_valid_dt = self.is_valid_dt

        reversal_amount = self.reversal_amount

        penalty_amount = self.penalty_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name
        if dim_id is not UNSET:
            field_dict["dimId"] = dim_id
        if prc_over is not UNSET:
            field_dict["prcOver"] = prc_over
        if volume is not UNSET:
            field_dict["volume"] = volume
        if width is not UNSET:
            field_dict["width"] = width
        if length is not UNSET:
            field_dict["length"] = length
        if height is not UNSET:
            field_dict["height"] = height
        if volume_sup is not UNSET:
            field_dict["volumeSup"] = volume_sup
        if width_sup is not UNSET:
            field_dict["widthSup"] = width_sup
        if length_sup is not UNSET:
            field_dict["lengthSup"] = length_sup
        if height_sup is not UNSET:
            field_dict["heightSup"] = height_sup
        if photo_urls is not UNSET:
            field_dict["photoUrls"] = photo_urls
        if dt_bonus is not UNSET:
            field_dict["dtBonus"] = dt_bonus
        if is_valid is not UNSET:
            field_dict["isValid"] = is_valid
        if is_valid_dt is not UNSET:
            field_dict["isValidDt"] = is_valid_dt
        if reversal_amount is not UNSET:
            field_dict["reversalAmount"] = reversal_amount
        if penalty_amount is not UNSET:
            field_dict["penaltyAmount"] = penalty_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_id = d.pop("nmId", UNSET)

        subject_name = d.pop("subjectName", UNSET)

        dim_id = d.pop("dimId", UNSET)

        prc_over = d.pop("prcOver", UNSET)

        volume = d.pop("volume", UNSET)

        width = d.pop("width", UNSET)

        length = d.pop("length", UNSET)

        height = d.pop("height", UNSET)

        volume_sup = d.pop("volumeSup", UNSET)

        width_sup = d.pop("widthSup", UNSET)

        length_sup = d.pop("lengthSup", UNSET)

        height_sup = d.pop("heightSup", UNSET)

        photo_urls = cast(list[str], d.pop("photoUrls", UNSET))

        dt_bonus = d.pop("dtBonus", UNSET)

        is_valid = d.pop("isValid", UNSET)

        is_valid_dt = d.pop("isValidDt", UNSET)

        reversal_amount = d.pop("reversalAmount", UNSET)

        penalty_amount = d.pop("penaltyAmount", UNSET)

        measurement_penalties_response_data_reports_item = cls(
            nm_id=nm_id,
            subject_name=subject_name,
            dim_id=dim_id,
            prc_over=prc_over,
            volume=volume,
            width=width,
            length=length,
            height=height,
            volume_sup=volume_sup,
            width_sup=width_sup,
            length_sup=length_sup,
            height_sup=height_sup,
            photo_urls=photo_urls,
            dt_bonus=dt_bonus,
            is_valid=is_valid,
            is_valid_dt=is_valid_dt,
            reversal_amount=reversal_amount,
            penalty_amount=penalty_amount,
        )

        measurement_penalties_response_data_reports_item.additional_properties = d
        return measurement_penalties_response_data_reports_item

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
