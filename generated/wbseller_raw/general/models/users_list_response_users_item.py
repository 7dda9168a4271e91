from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.users_list_response_users_item_access_item import (
        UsersListResponseUsersItemAccessItem,
    )
    from ..models.users_list_response_users_item_invitee_info_type_0 import (
        UsersListResponseUsersItemInviteeInfoType0,
    )


T = TypeVar("T", bound="UsersListResponseUsersItem")


@_attrs_define
class UsersListResponseUsersItem:
    """
    Attributes:
        id (int | Unset):
        role (str | Unset):
        position (str | Unset):
        phone (str | Unset):
        email (str | Unset):
        is_owner (bool | Unset):
        first_name (str | Unset):
        second_name (str | Unset):
        patronymic (str | Unset):
        goods_return (bool | Unset):
        is_invitee (bool | Unset):
        invitee_info (None | Unset | UsersListResponseUsersItemInviteeInfoType0):
        access (list[UsersListResponseUsersItemAccessItem] | Unset):
    """

    id: int | Unset = UNSET
    role: str | Unset = UNSET
    position: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    is_owner: bool | Unset = UNSET
    first_name: str | Unset = UNSET
    second_name: str | Unset = UNSET
    patronymic: str | Unset = UNSET
    goods_return: bool | Unset = UNSET
    is_invitee: bool | Unset = UNSET
    invitee_info: None | Unset | UsersListResponseUsersItemInviteeInfoType0 = UNSET
    access: list[UsersListResponseUsersItemAccessItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        role = self.role

        position = self.position

        phone = self.phone

        email = self.email

        is_owner = self.is_owner

        first_name = self.first_name

        second_name = self.second_name

        patronymic = self.patronymic

        goods_return = self.goods_return

        is_invitee = self.is_invitee

        invitee_info: dict[str, Any] | None | Unset
        if isinstance(self.invitee_info, Unset):
            invitee_info = UNSET
        elif isinstance(self.invitee_info, UsersListResponseUsersItemInviteeInfoType0):
            invitee_info = self.invitee_info.to_dict()
        else:
            invitee_info = self.invitee_info

        access: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = []
            for access_item_data in self.access:
                access_item = access_item_data.to_dict()
                access.append(access_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if role is not UNSET:
            field_dict["role"] = role
        if position is not UNSET:
            field_dict["position"] = position
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if is_owner is not UNSET:
            field_dict["isOwner"] = is_owner
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if second_name is not UNSET:
            field_dict["secondName"] = second_name
        if patronymic is not UNSET:
            field_dict["patronymic"] = patronymic
        if goods_return is not UNSET:
            field_dict["goodsReturn"] = goods_return
        if is_invitee is not UNSET:
            field_dict["isInvitee"] = is_invitee
        if invitee_info is not UNSET:
            field_dict["inviteeInfo"] = invitee_info
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        role = d.pop("role", UNSET)

        position = d.pop("position", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        is_owner = d.pop("isOwner", UNSET)

        first_name = d.pop("firstName", UNSET)

        second_name = d.pop("secondName", UNSET)

        patronymic = d.pop("patronymic", UNSET)

        goods_return = d.pop("goodsReturn", UNSET)

        is_invitee = d.pop("isInvitee", UNSET)

        def _parse_invitee_info(
            data: object,
        ) -> None | Unset | UsersListResponseUsersItemInviteeInfoType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invitee_info_type_0 = (
                    UsersListResponseUsersItemInviteeInfoType0.from_dict(data)
                )

                return invitee_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsersListResponseUsersItemInviteeInfoType0, data)

        invitee_info = _parse_invitee_info(d.pop("inviteeInfo", UNSET))

        _access = d.pop("access", UNSET)
        access: list[UsersListResponseUsersItemAccessItem] | Unset = UNSET
        if _access is not UNSET:
            access = []
            for access_item_data in _access:
                access_item = UsersListResponseUsersItemAccessItem.from_dict(
                    access_item_data
                )

                access.append(access_item)

        users_list_response_users_item = cls(
            id=id,
            role=role,
            position=position,
            phone=phone,
            email=email,
            is_owner=is_owner,
            first_name=first_name,
            second_name=second_name,
            patronymic=patronymic,
            goods_return=goods_return,
            is_invitee=is_invitee,
            invitee_info=invitee_info,
            access=access,
        )

        users_list_response_users_item.additional_properties = d
        return users_list_response_users_item

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
from ..models.users_list_response_users_item_access_item import UsersListResponseUsersItemAccessItem
from ..models.users_list_response_users_item_invitee_info_type_0 import UsersListResponseUsersItemInviteeInfoType0
