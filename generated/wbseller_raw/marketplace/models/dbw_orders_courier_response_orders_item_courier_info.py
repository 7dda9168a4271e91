from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbw_orders_courier_response_orders_item_courier_info_contacts_type_0 import (
        DbwOrdersCourierResponseOrdersItemCourierInfoContactsType0,
    )


T = TypeVar("T", bound="DbwOrdersCourierResponseOrdersItemCourierInfo")


@_attrs_define
class DbwOrdersCourierResponseOrdersItemCourierInfo:
    """
    Attributes:
        contacts (DbwOrdersCourierResponseOrdersItemCourierInfoContactsType0 | None | Unset):
        must_be_assigned (bool | Unset):
        updated_at (None | str | Unset):  Example: 2025-09-06T11:33:10+03:00.
    """

    contacts: (
        DbwOrdersCourierResponseOrdersItemCourierInfoContactsType0 | None | Unset
    ) = UNSET
    must_be_assigned: bool | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        contacts: dict[str, Any] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(
            self.contacts, DbwOrdersCourierResponseOrdersItemCourierInfoContactsType0
        ):
            contacts = self.contacts.to_dict()
        else:
            contacts = self.contacts

        must_be_assigned = self.must_be_assigned

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if must_be_assigned is not UNSET:
            field_dict["mustBeAssigned"] = must_be_assigned
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_contacts(
            data: object,
        ) -> DbwOrdersCourierResponseOrdersItemCourierInfoContactsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contacts_type_0 = DbwOrdersCourierResponseOrdersItemCourierInfoContactsType0.from_dict(
                    data
                )

                return contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                DbwOrdersCourierResponseOrdersItemCourierInfoContactsType0
                | None
                | Unset,
                data,
            )

        contacts = _parse_contacts(d.pop("contacts", UNSET))

        must_be_assigned = d.pop("mustBeAssigned", UNSET)

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        dbw_orders_courier_response_orders_item_courier_info = cls(
            contacts=contacts,
            must_be_assigned=must_be_assigned,
            updated_at=updated_at,
        )

        dbw_orders_courier_response_orders_item_courier_info.additional_properties = d
        return dbw_orders_courier_response_orders_item_courier_info

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
from ..models.dbw_orders_courier_response_orders_item_courier_info_contacts_type_0 import DbwOrdersCourierResponseOrdersItemCourierInfoContactsType0
