from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.users_list_response_users_item import UsersListResponseUsersItem


T = TypeVar("T", bound="UsersListResponse")


@_attrs_define
class UsersListResponse:
    """
    Attributes:
        total (int | Unset):
        count_in_response (int | Unset):
        users (list[UsersListResponseUsersItem] | Unset):
    """

    total: int | Unset = UNSET
    count_in_response: int | Unset = UNSET
    users: list[UsersListResponseUsersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        count_in_response = self.count_in_response

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if count_in_response is not UNSET:
            field_dict["countInResponse"] = count_in_response
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        count_in_response = d.pop("countInResponse", UNSET)

        _users = d.pop("users", UNSET)
        users: list[UsersListResponseUsersItem] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = UsersListResponseUsersItem.from_dict(users_item_data)

                users.append(users_item)

        users_list_response = cls(
            total=total,
            count_in_response=count_in_response,
            users=users,
        )

        users_list_response.additional_properties = d
        return users_list_response

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
from ..models.users_list_response_users_item import UsersListResponseUsersItem
