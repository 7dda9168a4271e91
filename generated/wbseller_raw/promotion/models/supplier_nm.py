from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SupplierNm")


@_attrs_define
class SupplierNm:
    """
    Attributes:
        title (str | Unset): Product card title.
        nm (int | Unset): WB article.
        subject_id (int | Unset): Subject ID.
    """

    title: str | Unset = UNSET
    nm: int | Unset = UNSET
    subject_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        nm = self.nm

        subject_id = self.subject_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if nm is not UNSET:
            field_dict["nm"] = nm
        if subject_id is not UNSET:
            field_dict["subjectId"] = subject_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        nm = d.pop("nm", UNSET)

        subject_id = d.pop("subjectId", UNSET)

        supplier_nm = cls(
            title=title,
            nm=nm,
            subject_id=subject_id,
        )

        supplier_nm.additional_properties = d
        return supplier_nm

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
