from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubjectCharacteristic")


@_attrs_define
class SubjectCharacteristic:
    """A characteristic of a subject.

    Attributes:
        charc_id (int | Unset): Characteristic ID.
        subject_name (str | Unset): Subject name.
        subject_id (int | Unset): Subject ID.
        name (str | Unset): Characteristic name.
        required (bool | Unset): Whether the characteristic must be filled in.
        unit_name (str | Unset): Unit of measurement.
        max_count (int | Unset): Maximum number of values that can be given for the characteristic.
        popular (bool | Unset): Whether the characteristic is popular with buyers.
        charc_type (int | Unset): Type of the characteristic's value (string, number…).
        is_variable (bool | Unset): WB's reference of 2026 names it without a description (content-details-2026-08).
        has_filter (bool | Unset): WB's reference of 2026 names it without a description (content-details-2026-08).
        exist_named_field (bool | Unset): WB's reference of 2026 names it without a description (content-
            details-2026-08).
    """

    charc_id: int | Unset = UNSET
    subject_name: str | Unset = UNSET
    subject_id: int | Unset = UNSET
    name: str | Unset = UNSET
    required: bool | Unset = UNSET
    unit_name: str | Unset = UNSET
    max_count: int | Unset = UNSET
    popular: bool | Unset = UNSET
    charc_type: int | Unset = UNSET
    is_variable: bool | Unset = UNSET
    has_filter: bool | Unset = UNSET
    exist_named_field: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charc_id = self.charc_id

        subject_name = self.subject_name

        subject_id = self.subject_id

        name = self.name

        required = self.required

        unit_name = self.unit_name

        max_count = self.max_count

        popular = self.popular

        charc_type = self.charc_type

        is_variable = self.is_variable

        has_filter = self.has_filter

        exist_named_field = self.exist_named_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charc_id is not UNSET:
            field_dict["charcID"] = charc_id
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name
        if subject_id is not UNSET:
            field_dict["subjectID"] = subject_id
        if name is not UNSET:
            field_dict["name"] = name
        if required is not UNSET:
            field_dict["required"] = required
        if unit_name is not UNSET:
            field_dict["unitName"] = unit_name
        if max_count is not UNSET:
            field_dict["maxCount"] = max_count
        if popular is not UNSET:
            field_dict["popular"] = popular
        if charc_type is not UNSET:
            field_dict["charcType"] = charc_type
        if is_variable is not UNSET:
            field_dict["isVariable"] = is_variable
        if has_filter is not UNSET:
            field_dict["hasFilter"] = has_filter
        if exist_named_field is not UNSET:
            field_dict["existNamedField"] = exist_named_field

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        charc_id = d.pop("charcID", UNSET)

        subject_name = d.pop("subjectName", UNSET)

        subject_id = d.pop("subjectID", UNSET)

        name = d.pop("name", UNSET)

        required = d.pop("required", UNSET)

        unit_name = d.pop("unitName", UNSET)

        max_count = d.pop("maxCount", UNSET)

        popular = d.pop("popular", UNSET)

        charc_type = d.pop("charcType", UNSET)

        is_variable = d.pop("isVariable", UNSET)

        has_filter = d.pop("hasFilter", UNSET)

        exist_named_field = d.pop("existNamedField", UNSET)

        subject_characteristic = cls(
            charc_id=charc_id,
            subject_name=subject_name,
            subject_id=subject_id,
            name=name,
            required=required,
            unit_name=unit_name,
            max_count=max_count,
            popular=popular,
            charc_type=charc_type,
            is_variable=is_variable,
            has_filter=has_filter,
            exist_named_field=exist_named_field,
        )

        subject_characteristic.additional_properties = d
        return subject_characteristic

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
