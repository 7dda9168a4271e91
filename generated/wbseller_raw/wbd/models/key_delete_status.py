from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyDeleteStatus")


@_attrs_define
class KeyDeleteStatus:
    """The outcome of deleting one key (WB's reference, wbd-keys-fields).

    Attributes:
        id (int | Unset): Key ID.
        code (str | Unset): Outcome code (a string).
        message (str | Unset): Outcome message.
        status (bool | Unset): Whether the key was deleted.
    """

    id: int | Unset = UNSET
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    status: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        message = self.message

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        status = d.pop("status", UNSET)

        key_delete_status = cls(
            id=id,
            code=code,
            message=message,
            status=status,
        )

        key_delete_status.additional_properties = d
        return key_delete_status

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
