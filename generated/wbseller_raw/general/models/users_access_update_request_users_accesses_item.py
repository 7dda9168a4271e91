from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.users_access_update_request_users_accesses_item_access_item import (
        UsersAccessUpdateRequestUsersAccessesItemAccessItem,
    )


T = TypeVar("T", bound="UsersAccessUpdateRequestUsersAccessesItem")


@_attrs_define
class UsersAccessUpdateRequestUsersAccessesItem:
    """
    Attributes:
        user_id (int | Unset):
        access (list[UsersAccessUpdateRequestUsersAccessesItemAccessItem] | Unset):
    """

    user_id: int | Unset = UNSET
    access: list[UsersAccessUpdateRequestUsersAccessesItemAccessItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        access: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = []
            for access_item_data in self.access:
                access_item = access_item_data.to_dict()
                access.append(access_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        user_id = d.pop("userId", UNSET)

        _access = d.pop("access", UNSET)
        access: list[UsersAccessUpdateRequestUsersAccessesItemAccessItem] | Unset = (
            UNSET
        )
        if _access is not UNSET:
            access = []
            for access_item_data in _access:
                access_item = (
                    UsersAccessUpdateRequestUsersAccessesItemAccessItem.from_dict(
                        access_item_data
                    )
                )

                access.append(access_item)

        users_access_update_request_users_accesses_item = cls(
            user_id=user_id,
            access=access,
        )

        users_access_update_request_users_accesses_item.additional_properties = d
        return users_access_update_request_users_accesses_item

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

# Bound once here by scripts/generate.py, not imported inside to_dict/from_dict on every
# call (a relative import costs microseconds, five per product card): by now this module's
# class exists, so models that refer to each other still import fine.
from ..models.users_access_update_request_users_accesses_item_access_item import UsersAccessUpdateRequestUsersAccessesItemAccessItem
