from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FailedCard")


@_attrs_define
class FailedCard:
    """A product card that failed to be created, with its errors.

    Attributes:
        object_ (str | Unset): Subject name.
        object_id (int | Unset): Subject ID.
        vendor_code (str | Unset): Seller's article.
        updated_at (str | Unset): Time of the failed attempt.
        errors (list[str] | None | Unset): Error descriptions.
    """

    object_: str | Unset = UNSET
    object_id: int | Unset = UNSET
    vendor_code: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    errors: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        object_id = self.object_id

        vendor_code = self.vendor_code

        updated_at = self.updated_at

        errors: list[str] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = self.errors

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if object_id is not UNSET:
            field_dict["objectID"] = object_id
        if vendor_code is not UNSET:
            field_dict["vendorCode"] = vendor_code
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        object_ = d.pop("object", UNSET)

        object_id = d.pop("objectID", UNSET)

        vendor_code = d.pop("vendorCode", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        def _parse_errors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = cast(list[str], data)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        failed_card = cls(
            object_=object_,
            object_id=object_id,
            vendor_code=vendor_code,
            updated_at=updated_at,
            errors=errors,
        )

        failed_card.additional_properties = d
        return failed_card

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
